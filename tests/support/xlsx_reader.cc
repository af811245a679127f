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

#include <zip.h>

#include <memory>
#include <regex>
#include <stdexcept>

namespace maturity::testing {

namespace {

std::string Escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

void TypeIntoXlsx(const std::string& path, int sheet,
                  const std::map<std::string, std::string>& texts) {
  std::string part = "xl/worksheets/sheet" + std::to_string(sheet) + ".xml";
  std::string xml = ReadXlsx(path).parts.at(part);
  for (const auto& [ref, text] : texts) {
    std::regex cell("<c r=\"" + ref + "\"( s=\"[0-9]+\")?( t=\"[a-z]+\")?(/>|>.*?</c>)");
    std::smatch found;
    if (!std::regex_search(xml, found, cell)) {
      throw std::runtime_error(part + ": no cell " + ref + " to type into");
    }
    xml.replace(found.position(), found.length(),
                "<c r=\"" + ref + "\"" + found[1].str() + " t=\"inlineStr\"><is><t>" +
                    Escaped(text) + "</t></is></c>");
  }
  ReplaceXlsxPart(path, part, xml);
}

void ReplaceXlsxPart(const std::string& path, const std::string& part, const std::string& xml) {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), 0, &error);
  if (!archive) throw std::runtime_error(path + ": cannot open the workbook");
  // libzip reads the buffer when the archive is closed, below: it must live until then.
  zip_source_t* source = zip_source_buffer(archive, xml.data(), xml.size(), 0);
  if (!source || zip_file_add(archive, part.c_str(), source, ZIP_FL_OVERWRITE) < 0) {
    zip_source_free(source);
    zip_discard(archive);
    throw std::runtime_error(path + ": cannot replace " + part);
  }
  if (zip_close(archive) != 0) throw std::runtime_error(path + ": cannot write the workbook");
}

}  // namespace maturity::testing
