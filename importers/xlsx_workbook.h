// Reading .xlsx workbooks as their writers saved them (Excel, LibreOffice, maturity):
// libzip unzips, Boost.Property_tree parses the XML. Used by `maturity import`.
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace maturity {

/// One cell as stored: its text (shared, inline or formula-result string, or the
/// number as written) and whether the writer stored it as a number.
struct XlsxCell {
  std::string text;
  bool is_number = false;
  bool is_error = false;  ///< `t="e"`, e.g. #REF!
  bool is_formula = false;  ///< The cell holds a formula; `text` is its last result.
};

struct XlsxSheet {
  std::string name;
  std::string state;  ///< "" (visible), "hidden" or "veryHidden".
  bool is_protected = false;
  std::map<std::string, XlsxCell> cells;  ///< By reference, "C14".

  /// The cell at `ref`, or null when the writer left it out (a blank cell).
  const XlsxCell* Find(const std::string& ref) const;
};

struct XlsxWorkbook {
  std::vector<XlsxSheet> sheets;                 ///< In workbook order.
  std::map<std::string, std::string> parts;      ///< Zip entry -> content.
  std::map<std::string, std::string> defined_names;
  bool date1904 = false;  ///< Dates count from 1904 (old Mac Excel) rather than 1900.

  const XlsxSheet* FindSheet(const std::string& name) const;
};

/// A file that is not a readable workbook: not a zip, a missing part, broken XML.
class XlsxError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Unzips and parses the workbook at `path`. Throws XlsxError saying what is wrong.
XlsxWorkbook ReadXlsxWorkbook(const std::string& path);
/// One part of the workbook at `path` (`docProps/core.xml`); none when the file is not a
/// zip archive, has no such part, or it cannot be read.
std::optional<std::string> ReadXlsxPart(const std::string& path, const std::string& part);
/// Parses a workbook from its unzipped parts (zip entry -> content): what
/// ReadXlsxWorkbook does once it has them. Throws XlsxError.
XlsxWorkbook ParseXlsxParts(std::map<std::string, std::string> parts);

/// "C14" for zero-based row 13, column 2.
std::string CellReference(int row, int column);
/// Zero-based row and column of a reference such as "C14"; none when malformed.
std::optional<std::pair<int, int>> ParseCellReference(const std::string& ref);
/// Column letters for a zero-based column: 0 -> "A", 26 -> "AA".
std::string ColumnLetters(int column);

/// A date serial (days since 1899-12-30, or 1904-01-01) as YYYY-MM-DD; none when the
/// number is not a whole day within years 1900-9999.
std::optional<std::string> SerialToDate(double serial, bool date1904);

}  // namespace maturity
