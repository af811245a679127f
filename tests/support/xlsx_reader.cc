#include "tests/support/xlsx_reader.h"

#include <zip.h>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <sstream>
#include <stdexcept>

namespace maturity::testing {

namespace pt = boost::property_tree;

namespace {

std::string ReadEntry(zip_t* archive, const std::string& name) {
  zip_stat_t stat;
  if (zip_stat(archive, name.c_str(), 0, &stat) != 0) return "";
  zip_file_t* file = zip_fopen(archive, name.c_str(), 0);
  if (!file) return "";
  std::string content(stat.size, '\0');
  zip_int64_t read = zip_fread(file, content.data(), stat.size);
  zip_fclose(file);
  if (read < 0) return "";
  content.resize(static_cast<std::size_t>(read));
  return content;
}

pt::ptree ParseXml(const std::string& text) {
  pt::ptree tree;
  std::istringstream in(text);
  pt::read_xml(in, tree);
  return tree;
}

/// The text of an <si> or <is> element: plain <t>, or the runs of a rich string.
std::string StringItem(const pt::ptree& item) {
  std::string text;
  for (const auto& [name, child] : item) {
    if (name == "t") text += child.data();
    if (name == "r") text += child.get<std::string>("t", "");
  }
  return text;
}

}  // namespace

XlsxContent ReadXlsx(const std::string& path) {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, &error);
  if (!archive) throw std::runtime_error(path + ": not a zip file");
  XlsxContent content;
  zip_int64_t entries = zip_get_num_entries(archive, 0);
  for (zip_int64_t i = 0; i < entries; ++i) {
    std::string name = zip_get_name(archive, static_cast<zip_uint64_t>(i), 0);
    content.parts[name] = ReadEntry(archive, name);
  }
  zip_close(archive);

  std::vector<std::string> shared;
  if (content.parts.contains("xl/sharedStrings.xml")) {
    pt::ptree strings = ParseXml(content.parts["xl/sharedStrings.xml"]);
    for (const auto& [name, item] : strings.get_child("sst")) {
      if (name == "si") shared.push_back(StringItem(item));
    }
  }
  pt::ptree workbook = ParseXml(content.parts.at("xl/workbook.xml"));
  pt::ptree relations = ParseXml(content.parts.at("xl/_rels/workbook.xml.rels"));
  std::map<std::string, std::string> targets;
  for (const auto& [name, relation] : relations.get_child("Relationships")) {
    if (name != "Relationship") continue;
    targets[relation.get<std::string>("<xmlattr>.Id")] =
        relation.get<std::string>("<xmlattr>.Target");
  }
  for (const auto& [name, sheet] : workbook.get_child("workbook.sheets")) {
    if (name != "sheet") continue;
    std::string sheet_name = sheet.get<std::string>("<xmlattr>.name");
    content.sheet_names.push_back(sheet_name);
    std::string target = targets.at(sheet.get<std::string>("<xmlattr>.r:id"));
    pt::ptree xml = ParseXml(content.parts.at("xl/" + target));
    auto& cells = content.cells[sheet_name];
    for (const auto& [row_name, row] : xml.get_child("worksheet.sheetData")) {
      if (row_name != "row") continue;
      for (const auto& [cell_name, cell] : row) {
        if (cell_name != "c") continue;
        std::string ref = cell.get<std::string>("<xmlattr>.r");
        std::string type = cell.get<std::string>("<xmlattr>.t", "n");
        if (type == "s") {
          cells[ref] = shared.at(cell.get<std::size_t>("v"));
        } else if (type == "inlineStr") {
          cells[ref] = StringItem(cell.get_child("is"));
        } else if (auto value = cell.get_optional<std::string>("v")) {
          cells[ref] = *value;
        }
      }
    }
  }
  if (auto names = workbook.get_child_optional("workbook.definedNames")) {
    for (const auto& [name, defined] : *names) {
      if (name == "definedName") {
        content.defined_names[defined.get<std::string>("<xmlattr>.name")] = defined.data();
      }
    }
  }
  return content;
}

}  // namespace maturity::testing
