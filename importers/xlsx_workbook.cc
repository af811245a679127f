#include "importers/xlsx_workbook.h"

#include <zip.h>

#include <algorithm>
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <memory>
#include <sstream>
#include <string_view>
#include <vector>

namespace maturity {

namespace pt = boost::property_tree;

namespace {

/// Workbook parts are small; anything bigger than this is not a questionnaire.
constexpr zip_uint64_t kMaxPartSize = 64u << 20;
/// All parts together, unpacked: a zip bomb stops here.
constexpr zip_uint64_t kMaxWorkbookSize = 256u << 20;
/// How deep XML elements may nest: workbook parts nest five or six deep; the XML parser
/// recurses once per level, so a hostile part could otherwise exhaust the stack.
constexpr int kMaxXmlDepth = 64;

/// `line:column` (both from 1, the column in characters) of byte `offset` in `text`.
std::string LineColumn(const std::string& text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t line = 1;
  std::size_t line_start = 0;
  for (std::size_t at = text.find('\n'); at != std::string::npos && at < offset;
       at = text.find('\n', at + 1)) {
    ++line;
    line_start = at + 1;
  }
  std::size_t column = 1;
  for (std::size_t at = line_start; at < offset; ++at) {
    column += (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;  // UTF-8 characters.
  }
  return std::to_string(line) + ":" + std::to_string(column);
}

bool IsXmlSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/// Checks the structure of the XML part `name` before it is parsed, in one pass over it
/// (linear time, no recursion): comments, CDATA sections and processing instructions are
/// skipped whole, quoted attribute values may hold `>` and `/`, every element closes in
/// order, and elements nest at most `kMaxXmlDepth` deep (the XML parser recurses once per
/// level). A document type declaration is refused: spreadsheets never write one. Throws
/// XlsxError naming the part, the line and column, and what was expected.
void CheckXmlStructure(const std::string& name, const std::string& xml) {
  auto refuse = [&](std::size_t at, const std::string& what) {
    throw XlsxError(name + ":" + LineColumn(xml, at) + " inside the workbook: " + what);
  };
  // Past the `end` of what opens at `start` with `opening` characters.
  auto skip_past = [&](std::size_t start, std::size_t opening, std::string_view end,
                       const char* what) {
    std::size_t found = xml.find(end, start + opening);
    if (found == std::string::npos) refuse(start, std::string(what) + " is never closed");
    return found + end.size();
  };
  auto name_end = [&](std::size_t at) {
    while (at < xml.size() && !IsXmlSpace(xml[at]) && xml[at] != '>' && xml[at] != '/' &&
           xml[at] != '<' && xml[at] != '"' && xml[at] != '\'' && xml[at] != '=') {
      ++at;
    }
    return at;
  };
  std::vector<std::pair<std::string_view, std::size_t>> open;  // Name, where it opened.
  std::string_view text(xml);
  std::size_t at = xml.find('<');
  while (at != std::string::npos) {
    if (text.substr(at).starts_with("<!--")) {
      at = skip_past(at, 4, "-->", "a comment");
    } else if (text.substr(at).starts_with("<![CDATA[")) {
      at = skip_past(at, 9, "]]>", "a CDATA section");
    } else if (text.substr(at).starts_with("<?")) {
      at = skip_past(at, 2, "?>", "a processing instruction");
    } else if (text.substr(at).starts_with("<!")) {
      refuse(at, "expected an element, a comment or CDATA, got a document type declaration");
    } else if (text.substr(at).starts_with("</")) {
      std::size_t end = name_end(at + 2);
      std::string_view closed = text.substr(at + 2, end - at - 2);
      while (end < xml.size() && IsXmlSpace(xml[end])) ++end;
      if (end >= xml.size() || xml[end] != '>') refuse(at, "expected '>' to end the closing tag");
      if (open.empty()) {
        refuse(at, "</" + std::string(closed) + "> closes an element that was never opened");
      }
      if (open.back().first != closed) {
        refuse(at, "expected </" + std::string(open.back().first) + "> (opened at " +
                       LineColumn(xml, open.back().second) + "), got </" + std::string(closed) +
                       ">");
      }
      open.pop_back();
      at = end + 1;
    } else {
      std::size_t end = name_end(at + 1);
      if (end == at + 1) refuse(at, "expected an element name after '<'");
      std::string_view opened = text.substr(at + 1, end - at - 1);
      bool empty = false;
      while (true) {
        if (end >= xml.size()) refuse(at, "the tag <" + std::string(opened) + " is never closed");
        char c = xml[end];
        if (c == '"' || c == '\'') {
          std::size_t quote = xml.find(c, end + 1);
          if (quote == std::string::npos) refuse(end, "an attribute value is never closed");
          end = quote + 1;
        } else if (c == '<') {
          refuse(end, "expected '>' to end the tag <" + std::string(opened) + ", got '<'");
        } else if (c == '/' && end + 1 < xml.size() && xml[end + 1] == '>') {
          empty = true;
          end += 1;
          break;
        } else if (c == '>') {
          break;
        } else {
          ++end;
        }
      }
      if (!empty) {
        if (open.size() >= static_cast<std::size_t>(kMaxXmlDepth)) {
          refuse(at, "elements nest more than " + std::to_string(kMaxXmlDepth) +
                         " deep; it was not written by a spreadsheet");
        }
        open.emplace_back(opened, at);
      }
      at = end + 1;
    }
    at = xml.find('<', at);
  }
  if (!open.empty()) {
    refuse(xml.size(), "expected </" + std::string(open.back().first) + "> (opened at " +
                           LineColumn(xml, open.back().second) + "), got the end of the part");
  }
}

std::string ReadEntry(zip_t* archive, zip_uint64_t index, const std::string& name) {
  zip_stat_t stat;
  if (zip_stat_index(archive, index, 0, &stat) != 0) {
    throw XlsxError("cannot read " + name + " inside the workbook");
  }
  if (stat.size > kMaxPartSize) throw XlsxError(name + " inside the workbook is too large");
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen_index(archive, index, 0),
                                                         zip_fclose);
  if (!file) throw XlsxError("cannot open " + name + " inside the workbook");
  std::string content(stat.size, '\0');
  zip_int64_t read = zip_fread(file.get(), content.data(), stat.size);
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) {
    throw XlsxError("cannot read " + name + " inside the workbook (damaged?)");
  }
  return content;
}

/// Element names without a namespace prefix: some writers spell <x:c> for <c>.
std::string LocalName(const std::string& name) {
  auto colon = name.find(':');
  return colon == std::string::npos || name.starts_with("<") ? name : name.substr(colon + 1);
}

/// A copy of `tree` with namespace prefixes stripped from element names (attributes
/// keep theirs: r:id is looked up as written).
pt::ptree StripPrefixes(const pt::ptree& tree) {
  pt::ptree stripped(tree.data());
  for (const auto& [name, child] : tree) {
    if (name == "<xmlattr>") {
      stripped.push_back({name, child});
    } else {
      stripped.push_back({LocalName(name), StripPrefixes(child)});
    }
  }
  return stripped;
}

pt::ptree ParseXml(const std::map<std::string, std::string>& parts, const std::string& name) {
  auto found = parts.find(name);
  if (found == parts.end()) throw XlsxError("the workbook has no " + name + " part");
  CheckXmlStructure(name, found->second);
  pt::ptree tree;
  std::istringstream in(found->second);
  try {
    pt::read_xml(in, tree);
  } catch (const pt::xml_parser_error& error) {
    throw XlsxError(name + " inside the workbook is not well-formed XML: " + error.message());
  }
  return StripPrefixes(tree);
}

/// The text of an <si> or <is> element: plain <t>, or the runs of a rich string
/// (phonetic <rPh> runs are not part of the text).
std::string StringItem(const pt::ptree& item) {
  std::string text;
  for (const auto& [name, child] : item) {
    if (name == "t") text += child.data();
    if (name == "r") text += child.get<std::string>("t", "");
  }
  return text;
}

std::string Attribute(const pt::ptree& node, const std::string& name, std::string fallback = "") {
  return node.get<std::string>("<xmlattr>." + name, fallback);
}

/// Resolves a relationship target against the folder of the part that holds it.
std::string PartPath(const std::string& target) {
  if (target.starts_with("/")) return target.substr(1);
  std::string path = "xl/" + target;
  // Normalise "xl/../x" forms some writers use.
  while (true) {
    auto up = path.find("/../");
    if (up == std::string::npos) break;
    auto start = path.rfind('/', up == 0 ? 0 : up - 1);
    path.erase(start == std::string::npos ? 0 : start + 1,
               up + 4 - (start == std::string::npos ? 0 : start + 1));
  }
  return path;
}

}  // namespace

std::optional<std::pair<int, int>> ParseCellReference(const std::string& ref) {
  int column = 0;
  std::size_t i = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z') {
    column = column * 26 + (ref[i] - 'A' + 1);
    ++i;
  }
  if (i == 0 || i == ref.size() || column > 16384) return std::nullopt;
  int row = 0;
  for (; i < ref.size(); ++i) {
    if (ref[i] < '0' || ref[i] > '9' || row > 1048576) return std::nullopt;
    row = row * 10 + (ref[i] - '0');
  }
  if (row == 0) return std::nullopt;
  return std::make_pair(row - 1, column - 1);
}

namespace {

void ReadSheet(const pt::ptree& xml, const std::vector<std::string>& shared, XlsxSheet& sheet,
               const std::string& part) {
  const pt::ptree* worksheet = nullptr;
  if (auto found = xml.get_child_optional("worksheet")) worksheet = &*found;
  if (!worksheet) throw XlsxError(part + " inside the workbook is not a worksheet");
  sheet.is_protected = worksheet->get_child_optional("sheetProtection").has_value();
  auto data = worksheet->get_child_optional("sheetData");
  if (!data) return;
  int next_row = 0;
  for (const auto& [row_name, row] : *data) {
    if (row_name != "row") continue;
    int row_index = next_row;
    if (auto r = row.get_optional<int>("<xmlattr>.r")) row_index = *r - 1;
    next_row = row_index + 1;
    int next_column = 0;
    for (const auto& [cell_name, cell] : row) {
      if (cell_name != "c") continue;
      std::string ref = Attribute(cell, "r");
      int column = next_column;
      if (!ref.empty()) {
        auto place = ParseCellReference(ref);
        if (!place) throw XlsxError(part + ": a cell has a malformed reference \"" + ref + "\"");
        column = place->second;
      } else {
        ref = CellReference(row_index, column);
      }
      next_column = column + 1;
      std::string type = Attribute(cell, "t", "n");
      XlsxCell value;
      value.is_formula = cell.get_child_optional("f").has_value();
      if (type == "s") {
        auto index = cell.get_optional<std::size_t>("v");
        if (!index || *index >= shared.size()) {
          throw XlsxError(part + ": cell " + ref + " refers to a missing shared string");
        }
        value.text = shared[*index];
      } else if (type == "inlineStr") {
        if (auto is = cell.get_child_optional("is")) value.text = StringItem(*is);
      } else if (auto v = cell.get_optional<std::string>("v")) {
        value.text = *v;
        value.is_number = type == "n";
        value.is_error = type == "e";
      } else if (!value.is_formula) {
        continue;  // A styled blank cell.
      }
      sheet.cells[ref] = std::move(value);
    }
  }
}

}  // namespace

const XlsxCell* XlsxSheet::Find(const std::string& ref) const {
  auto found = cells.find(ref);
  return found == cells.end() ? nullptr : &found->second;
}

const XlsxSheet* XlsxWorkbook::FindSheet(const std::string& name) const {
  for (const XlsxSheet& sheet : sheets) {
    if (sheet.name == name) return &sheet;
  }
  return nullptr;
}

std::string ColumnLetters(int column) {
  std::string letters;
  for (int n = column + 1; n > 0; n = (n - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return letters;
}

std::string CellReference(int row, int column) {
  return ColumnLetters(column) + std::to_string(row + 1);
}

std::optional<std::string> SerialToDate(double serial, bool date1904) {
  // Day 0 is 1904-01-01 in the 1904 system; in the 1900 system it is no date.
  if (!std::isfinite(serial) || serial != std::floor(serial) || serial < (date1904 ? 0 : 1) ||
      serial > 2958465) {
    return std::nullopt;
  }
  using namespace std::chrono;
  // Serial 60 is Excel's fictitious 1900-02-29; later serials count from 1899-12-30.
  sys_days epoch = date1904 ? sys_days(year(1904) / January / 1)
                            : sys_days(year(1899) / December / (serial < 60 ? 31 : 30));
  if (!date1904 && serial == 60) return std::nullopt;
  year_month_day date(epoch + days(static_cast<long>(serial)));
  if (!date.ok() || int(date.year()) > 9999) return std::nullopt;
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", int(date.year()), unsigned(date.month()),
                unsigned(date.day()));
  return std::string(text);
}

XlsxWorkbook ReadXlsxWorkbook(const std::string& path) {
  int error = 0;
  std::unique_ptr<zip_t, void (*)(zip_t*)> archive(zip_open(path.c_str(), ZIP_RDONLY, &error),
                                                   zip_discard);
  if (!archive) {
    if (error == ZIP_ER_NOENT || error == ZIP_ER_OPEN || error == ZIP_ER_READ) {
      throw XlsxError("cannot read the file");
    }
    throw XlsxError("not an .xlsx workbook (not a zip archive)");
  }
  XlsxWorkbook workbook;
  zip_int64_t entries = zip_get_num_entries(archive.get(), 0);
  zip_uint64_t total = 0;
  for (zip_int64_t i = 0; i < entries; ++i) {
    const char* name = zip_get_name(archive.get(), static_cast<zip_uint64_t>(i), 0);
    if (!name) continue;
    std::string& part = workbook.parts[name];
    part = ReadEntry(archive.get(), static_cast<zip_uint64_t>(i), name);
    total += part.size();
    if (total > kMaxWorkbookSize) {
      throw XlsxError("the workbook unpacks to more than " +
                      std::to_string(kMaxWorkbookSize >> 20) + " MiB; it is not a questionnaire");
    }
  }
  archive.reset();
  return ParseXlsxParts(std::move(workbook.parts));
}

std::optional<std::string> ReadXlsxPart(const std::string& path, const std::string& part) {
  int error = 0;
  std::unique_ptr<zip_t, void (*)(zip_t*)> archive(zip_open(path.c_str(), ZIP_RDONLY, &error),
                                                   zip_discard);
  if (!archive) return std::nullopt;
  zip_int64_t index = zip_name_locate(archive.get(), part.c_str(), 0);
  if (index < 0) return std::nullopt;
  try {
    return ReadEntry(archive.get(), static_cast<zip_uint64_t>(index), part);
  } catch (const XlsxError&) {
    return std::nullopt;
  }
}

XlsxWorkbook ParseXlsxParts(std::map<std::string, std::string> parts) {
  XlsxWorkbook workbook;
  workbook.parts = std::move(parts);
  std::vector<std::string> shared;
  if (workbook.parts.contains("xl/sharedStrings.xml")) {
    pt::ptree strings = ParseXml(workbook.parts, "xl/sharedStrings.xml");
    if (auto sst = strings.get_child_optional("sst")) {
      for (const auto& [name, item] : *sst) {
        if (name == "si") shared.push_back(StringItem(item));
      }
    }
  }
  pt::ptree book = ParseXml(workbook.parts, "xl/workbook.xml");
  pt::ptree relations = ParseXml(workbook.parts, "xl/_rels/workbook.xml.rels");
  std::map<std::string, std::string> targets;
  if (auto list = relations.get_child_optional("Relationships")) {
    for (const auto& [name, relation] : *list) {
      if (name == "Relationship")
        targets[Attribute(relation, "Id")] = Attribute(relation, "Target");
    }
  }
  std::string date1904 = book.get<std::string>("workbook.workbookPr.<xmlattr>.date1904", "");
  workbook.date1904 = date1904 == "1" || date1904 == "true";
  auto sheets = book.get_child_optional("workbook.sheets");
  if (!sheets) throw XlsxError("xl/workbook.xml lists no sheets");
  for (const auto& [name, entry] : *sheets) {
    if (name != "sheet") continue;
    XlsxSheet sheet;
    sheet.name = Attribute(entry, "name");
    sheet.state = Attribute(entry, "state");
    auto target = targets.find(Attribute(entry, "r:id"));
    if (target == targets.end()) {
      throw XlsxError("sheet \"" + sheet.name + "\" has no part in the workbook");
    }
    std::string part = PartPath(target->second);
    ReadSheet(ParseXml(workbook.parts, part), shared, sheet, part);
    workbook.sheets.push_back(std::move(sheet));
  }
  if (auto names = book.get_child_optional("workbook.definedNames")) {
    for (const auto& [name, defined] : *names) {
      if (name == "definedName")
        workbook.defined_names[Attribute(defined, "name")] = defined.data();
    }
  }
  return workbook;
}

}  // namespace maturity
