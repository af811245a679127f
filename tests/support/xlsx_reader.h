// Reads the sheets and cell values of an .xlsx file, for workbook tests.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace maturity::testing {

/// A workbook's content: sheet names in order, and each sheet's cells by reference
/// ("B5") as the text Excel would show for strings or the number as written.
struct XlsxContent {
  std::vector<std::string> sheet_names;
  std::map<std::string, std::map<std::string, std::string>> cells;  ///< sheet -> ref -> value
  std::map<std::string, std::string> parts;                         ///< zip entry -> XML text
  std::map<std::string, std::string> defined_names;                 ///< name -> formula
};

/// Unzips `path` (libzip) and parses workbook, shared strings and sheets (Property_tree).
/// Throws std::runtime_error when the file is not a readable workbook.
XlsxContent ReadXlsx(const std::string& path);

}  // namespace maturity::testing

namespace maturity::testing {

/// Types `texts` (reference -> text) into existing cells of sheet number `sheet` (from 1,
/// as `xl/worksheets/sheetN.xml`) of the workbook at `path`, as inline strings, keeping
/// each cell's style: a person filling in a questionnaire. Throws std::runtime_error
/// when a cell is not in the sheet.
void TypeIntoXlsx(const std::string& path, int sheet,
                  const std::map<std::string, std::string>& texts);
/// Replaces (or adds) the zip entry `part` of the workbook at `path` with `content`.
void ReplaceXlsxPart(const std::string& path, const std::string& part, const std::string& content);

}  // namespace maturity::testing
