#include "tests/support/xlsx_reader.h"

#include "importers/xlsx_workbook.h"

namespace maturity::testing {

XlsxContent ReadXlsx(const std::string& path) {
  XlsxWorkbook workbook;
  try {
    workbook = ReadXlsxWorkbook(path);
  } catch (const XlsxError& error) {
    throw std::runtime_error(path + ": " + error.what());
  }
  XlsxContent content;
  content.parts = workbook.parts;
  content.defined_names = workbook.defined_names;
  for (const XlsxSheet& sheet : workbook.sheets) {
    content.sheet_names.push_back(sheet.name);
    auto& cells = content.cells[sheet.name];
    for (const auto& [ref, cell] : sheet.cells) cells[ref] = cell.text;
  }
  return content;
}

}  // namespace maturity::testing
