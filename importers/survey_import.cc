#include "importers/survey_import.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>

#include "common/messages.h"
#include "common/strings.h"
#include "common/yaml_output.h"
#include "engine/answer_kinds.h"
#include "engine/response_loader.h"
#include "engine/yaml_reader.h"
#include "importers/answer_draft.h"
#include "importers/csv_table.h"
#include "importers/xlsx_workbook.h"
#include "reports/yaml/response_template.h"
#include "reports/yaml/response_yaml.h"

namespace maturity {

namespace {

constexpr int kNotApplicable = 0;

/// `levels:` maps answer texts to a scale level or `not_applicable`.
std::map<std::string, int> ReadLevels(YamlReader& reader, const YamlNode& node,
                                      const std::string& path, const Framework& framework) {
  std::map<std::string, int> levels;
  MapReader map(reader, node, path);
  if (!map.valid()) return levels;
  for (const MapReader::Entry& entry : map.entries()) {
    std::string entry_path = map.PathOf(entry.key);
    if (entry.value.IsPlain() && entry.value.Scalar() == "not_applicable") {
      levels[entry.key] = kNotApplicable;
      continue;
    }
    auto level = reader.ReadInteger(entry.value, entry_path);
    if (!level) continue;
    if (!framework.FindLevel(static_cast<int>(*level))) {
      reader.Error(entry.value, entry_path,
                   "expected a level from " + std::to_string(framework.lowest_level()) + " to " +
                       std::to_string(framework.highest_level()) + " or not_applicable, got " +
                       std::to_string(*level));
      continue;
    }
    levels[entry.key] = static_cast<int>(*level);
  }
  return levels;
}

SurveyColumn ReadColumn(YamlReader& reader, const MapReader::Entry& entry, const std::string& path,
                        const Framework& framework) {
  SurveyColumn column;
  column.header = entry.key;
  column.location = reader.Where(entry.key_node);
  YamlNode element_node;
  if (entry.value.IsMap()) {
    MapReader map(reader, entry.value, path);
    element_node = map.Required("element");
    if (YamlNode role = map.Optional("role"); role.IsDefined()) {
      auto text = reader.ReadString(role, map.PathOf("role"));
      if (text == "evidence") {
        column.role = SurveyColumn::Role::kEvidence;
      } else if (text == "note") {
        column.role = SurveyColumn::Role::kNote;
      } else if (text && text != "answer") {
        reader.Error(role, map.PathOf("role"),
                     "expected answer, evidence or note, got " + YamlReader::Describe(role));
      }
    }
    if (YamlNode levels = map.Optional("levels"); levels.IsDefined()) {
      column.levels = ReadLevels(reader, levels, map.PathOf("levels"), framework);
    }
    if (YamlNode items = map.Optional("items"); items.IsDefined()) {
      MapReader items_map(reader, items, map.PathOf("items"));
      for (const MapReader::Entry& item : items_map.entries()) {
        if (auto key = reader.ReadString(item.value, items_map.PathOf(item.key))) {
          column.items[item.key] = *key;
        }
      }
    }
    if (YamlNode separator = map.Optional("separator"); separator.IsDefined()) {
      auto text = reader.ReadString(separator, map.PathOf("separator"));
      if (text && text->empty()) {
        reader.Error(separator, map.PathOf("separator"), "expected a separator, got nothing");
      } else if (text) {
        column.separator = *text;
      }
    }
    map.Finish();
  } else {
    element_node = entry.value;
  }
  if (!element_node.IsDefined()) return column;
  auto id = reader.ReadString(element_node, entry.value.IsMap() ? KeyPath(path, "element") : path);
  if (!id) return column;
  column.element = *id;
  const Element* element = framework.FindElement(*id);
  std::string element_path = entry.value.IsMap() ? KeyPath(path, "element") : path;
  if (!element) {
    reader.Error(element_node, element_path, "unknown element '" + *id + "'");
    column.element.clear();
    return column;
  }
  if (column.role != SurveyColumn::Role::kAnswer) return column;
  AnswerForm form = FormOf(*element);
  if (form.input == AnswerInput::kTicks) {
    if (column.items.empty()) {
      reader.Error(entry.value, path,
                   "'" + *id + "' is a checklist: give items: {answer text: item key, ...}");
    }
    for (const auto& [text, key] : column.items) {
      bool known = key == "none";
      for (const ChecklistItem& item : *form.items) known = known || item.key == key;
      if (!known) {
        std::vector<std::string> keys;
        for (const ChecklistItem& item : *form.items) keys.push_back(item.key);
        reader.Error(entry.value, KeyPath(path, "items"),
                     "'" + key + "' is not an item of '" + *id +
                         "'; its items are: " + Join(keys, ", ") + " (or none)");
      }
    }
  } else if (!column.items.empty()) {
    reader.Error(entry.value, KeyPath(path, "items"),
                 "items: is for checklist elements; '" + *id + "' is not one");
  }
  if (form.input == AnswerInput::kNumber && !column.levels.empty()) {
    reader.Error(entry.value, KeyPath(path, "levels"),
                 "'" + *id + "' is a measure, answered with a number; levels: does not apply");
  }
  return column;
}

}  // namespace

std::pair<std::string, std::string> ReadSurveyMappingFramework(const std::string& path,
                                                               const std::string& content) {
  Diagnostics diagnostics;
  YamlReader reader(path, diagnostics);
  YamlNode root = reader.Parse(content);
  std::pair<std::string, std::string> result;
  if (!diagnostics.HasErrors()) {
    if (!root.IsMap()) {
      reader.Error(root, "",
                   "expected a mapping file (a YAML mapping), got " + YamlReader::Describe(root));
    } else {
      for (auto [key, field] : {std::pair{"framework", &result.first},
                                std::pair{"framework_version", &result.second}}) {
        YamlNode node = root[key];
        if (!node.IsDefined()) {
          reader.Error(root, "", std::string("missing required key '") + key + "'");
        } else if (auto text = reader.ReadString(node, key)) {
          *field = *text;
        }
      }
    }
  }
  if (diagnostics.HasErrors()) throw InputError(diagnostics);
  return result;
}

SurveyMapping ReadSurveyMapping(const std::string& path, const std::string& content,
                                const Framework& framework) {
  Diagnostics diagnostics;
  YamlReader reader(path, diagnostics);
  SurveyMapping mapping;
  mapping.file = path;
  YamlNode root = reader.Parse(content);
  if (diagnostics.HasErrors()) throw InputError(diagnostics);
  MapReader map(reader, root, "");
  if (!map.valid()) throw InputError(diagnostics);
  mapping.header = ReadResponseHeader(reader, map, framework);
  if (YamlNode delimiter = map.Optional("delimiter"); delimiter.IsDefined()) {
    auto text = reader.ReadString(delimiter, "delimiter");
    if (text && (*text == "," || *text == ";" || *text == "\t" || *text == "|")) {
      mapping.delimiter = (*text)[0];
    } else if (text) {
      reader.Error(
          delimiter, "delimiter",
          "expected \",\", \";\", \"\\t\" or \"|\", got " + YamlReader::Describe(delimiter));
    }
  }
  if (YamlNode id = map.Optional("respondent_id"); id.IsDefined()) {
    mapping.id_column = reader.ReadString(id, "respondent_id");
  }
  if (YamlNode perspective = map.Required("perspective"); perspective.IsDefined()) {
    mapping.perspective_column = reader.ReadString(perspective, "perspective").value_or("");
  }
  if (YamlNode perspectives = map.Optional("perspectives"); perspectives.IsDefined()) {
    MapReader texts(reader, perspectives, "perspectives");
    for (const MapReader::Entry& entry : texts.entries()) {
      auto key = reader.ReadString(entry.value, texts.PathOf(entry.key));
      if (!key) continue;
      if (!framework.FindPerspective(*key)) {
        std::vector<std::string> keys;
        for (const Perspective& p : framework.perspectives) keys.push_back(p.key);
        reader.Error(
            entry.value, texts.PathOf(entry.key),
            "unknown perspective '" + *key + "'; the framework's are: " + Join(keys, ", "));
        continue;
      }
      mapping.perspectives[entry.key] = *key;
    }
  }
  if (YamlNode levels = map.Optional("levels"); levels.IsDefined()) {
    mapping.levels = ReadLevels(reader, levels, "levels", framework);
  }
  if (YamlNode ignore = map.Optional("ignore"); ignore.IsDefined()) {
    mapping.ignore =
        reader.ReadStringList(ignore, "ignore", true).value_or(std::vector<std::string>{});
  }
  if (YamlNode columns = map.Required("columns"); columns.IsDefined()) {
    MapReader column_map(reader, columns, "columns");
    std::map<std::string, std::string> answer_columns;  // element -> header
    for (const MapReader::Entry& entry : column_map.entries()) {
      SurveyColumn column = ReadColumn(reader, entry, column_map.PathOf(entry.key), framework);
      if (column.element.empty()) continue;
      if (column.role == SurveyColumn::Role::kAnswer) {
        const Element* element = framework.FindElement(column.element);
        if (FormOf(*element).input == AnswerInput::kLevel && column.levels.empty() &&
            mapping.levels.empty()) {
          reader.Error(entry.value, column_map.PathOf(entry.key),
                       "no answer texts for '" + column.element +
                           "': give levels: here or a shared levels: mapping");
        }
      }
      auto [place, inserted] = answer_columns.emplace(
          column.element + "/" + std::to_string(static_cast<int>(column.role)), column.header);
      if (!inserted) {
        reader.Error(entry.key_node, column_map.PathOf(entry.key),
                     "a second column for the same element and role as \"" + place->second +
                         "\"; one column each");
        continue;
      }
      mapping.columns.push_back(std::move(column));
    }
  }
  map.Finish();
  if (diagnostics.HasErrors()) throw InputError(diagnostics);
  return mapping;
}

namespace {

class SurveyImporter {
 public:
  SurveyImporter(const std::string& path, const SurveyMapping& mapping, const Framework& framework)
      : path_(path), mapping_(mapping), framework_(framework) {}

  Response Run(const std::string& content) {
    CsvTable table = ParseCsv(path_, content, mapping_.delimiter);
    response_ = mapping_.header;
    response_.file = path_;
    MatchHeaders(table.rows.front());
    if (diagnostics_.HasErrors()) throw InputError(diagnostics_);
    if (table.rows.size() == 1) {
      diagnostics_.Error({path_, table.lines.front(), 1}, "",
                         "the survey has a header row but no answers");
    }
    std::set<std::string> ids;
    for (std::size_t r = 1; r < table.rows.size(); ++r) ReadRow(table.rows[r], r, ids);
    if (diagnostics_.HasErrors()) throw InputError(diagnostics_);
    return response_;
  }

 private:
  void Error(std::size_t row, int column, const std::string& message) {
    std::string header = column < static_cast<int>(headers_.size()) ? headers_[column] : "";
    diagnostics_.Error({path_ + ":" + CellReference(static_cast<int>(row), column)}, "",
                       (header.empty() ? "" : "column " + QuotedText(header) + ": ") + message);
  }

  /// Every header is the respondent id, the perspective, a mapped column or ignored;
  /// every mapped column is in the file.
  void MatchHeaders(const std::vector<std::string>& header_row) {
    for (const std::string& header : header_row) headers_.push_back(TrimText(header));
    std::map<std::string, int> found;
    for (int i = 0; i < static_cast<int>(headers_.size()); ++i) {
      if (!found.emplace(headers_[i], i).second && !headers_[i].empty()) {
        Error(0, i,
              "the same header appears twice (also column " + ColumnLetters(found[headers_[i]]) +
                  "); rename one in the survey tool or the file");
      }
    }
    auto locate = [&](const std::string& header, const std::string& what) -> int {
      auto place = found.find(header);
      if (place != found.end()) return place->second;
      std::vector<std::string> candidates(headers_.begin(), headers_.end());
      auto close = ClosestMatch(header, candidates, std::max<std::size_t>(2, header.size() / 5));
      diagnostics_.Error({mapping_.file}, "",
                         what + " column " + QuotedText(header) + " is not in " + path_ +
                             (close ? "; did you mean " + QuotedText(*close) + "?" : ""));
      return -1;
    };
    std::set<int> used;
    if (mapping_.id_column)
      used.insert(id_column_ = locate(*mapping_.id_column, "the respondent_id"));
    perspective_column_ = locate(mapping_.perspective_column, "the perspective");
    used.insert(perspective_column_);
    for (const SurveyColumn& column : mapping_.columns) {
      int index = locate(column.header, "the mapped");
      columns_.push_back(index);
      used.insert(index);
    }
    for (const std::string& ignored : mapping_.ignore) used.insert(locate(ignored, "the ignored"));
    for (int i = 0; i < static_cast<int>(headers_.size()); ++i) {
      if (used.contains(i)) continue;
      if (headers_[i].empty()) continue;  // Checked per row: a column with no header.
      Error(0, i,
            "not in the mapping: map it under columns: or list it under ignore: so that no "
            "answer is lost");
    }
    unheaded_ = [&] {
      std::set<int> columns;
      for (int i = 0; i < static_cast<int>(headers_.size()); ++i) {
        if (headers_[i].empty() && !used.contains(i)) columns.insert(i);
      }
      return columns;
    }();
  }

  std::string Cell(const std::vector<std::string>& row, int column) const {
    if (column < 0 || column >= static_cast<int>(row.size())) return "";
    return TrimText(UnixLines(row[column]));
  }

  void ReadRow(const std::vector<std::string>& row, std::size_t index, std::set<std::string>& ids) {
    for (int i = static_cast<int>(headers_.size()); i < static_cast<int>(row.size()); ++i) {
      if (!Cell(row, i).empty()) {
        Error(index, i,
              "a value beyond the last header (" + QuotedText(Cell(row, i)) +
                  "); the importer cannot place it");
      }
    }
    for (int i : unheaded_) {
      if (!Cell(row, i).empty()) {
        Error(index, i,
              "a value in a column with no header (" + QuotedText(Cell(row, i)) +
                  "); the importer cannot place it");
      }
    }
    std::string id =
        mapping_.id_column ? Cell(row, id_column_) : "row-" + std::to_string(index + 1);
    if (id.empty()) {
      Error(index, id_column_, "expected the respondent's id");
      return;
    }
    if (!ids.insert(id).second) {
      Error(index, mapping_.id_column ? id_column_ : 0,
            "duplicate respondent id " + QuotedText(id));
      return;
    }
    std::string side = Cell(row, perspective_column_);
    std::string perspective = Perspective(side);
    if (perspective.empty()) {
      std::vector<std::string> texts;
      for (const auto& [text, key] : mapping_.perspectives) texts.push_back(text);
      for (const auto& p : framework_.perspectives) texts.push_back(p.key);
      Error(index, perspective_column_,
            side.empty() ? "expected the side this respondent answers for"
                         : "the answer " + QuotedText(side) +
                               " is not mapped to a perspective; add it under perspectives: "
                               "(known: " +
                               JoinQuotedTexts(texts) + ")");
      return;
    }
    response_.respondents.push_back({id, perspective, "", ""});

    std::map<std::string, AnswerDraft> drafts;
    std::map<std::string, int> first_column;
    // The column of each draft's answer, evidence and note, to point at its problems.
    std::map<std::pair<std::string, DraftCell>, int> cell_column;
    for (std::size_t c = 0; c < mapping_.columns.size(); ++c) {
      const SurveyColumn& column = mapping_.columns[c];
      int at = columns_[c];
      std::string text = Cell(row, at);
      if (text.empty()) continue;
      AnswerDraft& draft = drafts[column.element];
      if (!first_column.contains(column.element)) first_column[column.element] = at;
      const Element* element = framework_.FindElement(column.element);
      DraftCell cell = column.role == SurveyColumn::Role::kEvidence ? DraftCell::kEvidence
                       : column.role == SurveyColumn::Role::kNote   ? DraftCell::kNote
                                                                    : DraftCell::kAnswer;
      cell_column.try_emplace({column.element, cell}, at);
      switch (column.role) {
        case SurveyColumn::Role::kEvidence:
          draft.evidence = EvidenceLines(text);
          break;
        case SurveyColumn::Role::kNote:
          draft.note = text;
          break;
        case SurveyColumn::Role::kAnswer:
          ReadAnswer(column, *element, text, index, at, draft);
          break;
      }
    }
    for (auto& [element_id, draft] : drafts) {
      if (draft.invalid) continue;
      auto answer = DraftAnswer(draft, id);
      if (!answer) continue;
      std::vector<AnswerProblem> problems =
          CheckAnswer(framework_, *framework_.FindElement(element_id), *answer);
      for (const AnswerProblem& problem : problems) {
        auto cell = cell_column.find({element_id, CellOf(problem)});
        Error(index, cell == cell_column.end() ? first_column[element_id] : cell->second,
              DraftProblemMessage(problem, element_id, "not applicable",
                                  "in its note column (map one with role: note)"));
      }
      if (problems.empty()) AddAnswer(response_, element_id, std::move(*answer));
    }
  }

  std::string Perspective(const std::string& text) const {
    if (text.empty()) return "";
    for (const auto& [answer, key] : mapping_.perspectives) {
      if (LowerText(answer) == LowerText(text)) return key;
    }
    for (const maturity::Perspective& perspective : framework_.perspectives) {
      if (LowerText(perspective.key) == LowerText(text)) return perspective.key;
      for (const auto& [language, label] : perspective.label.translations()) {
        if (LowerText(label) == LowerText(text)) return perspective.key;
      }
    }
    return "";
  }

  void ReadAnswer(const SurveyColumn& column, const Element& element, const std::string& text,
                  std::size_t row, int at, AnswerDraft& draft) {
    const auto& levels = column.levels.empty() ? mapping_.levels : column.levels;
    auto level_of = [&](const std::string& answer) -> std::optional<int> {
      for (const auto& [known, level] : levels) {
        if (LowerText(known) == LowerText(answer)) return level;
      }
      return std::nullopt;
    };
    AnswerInput input = FormOf(element).input;
    if (input == AnswerInput::kNumber) {
      if (auto level = level_of(text); level && *level == kNotApplicable) {
        draft.not_applicable = true;
      } else if (auto number = ParseNumberText(text)) {
        draft.value = *number;
      } else {
        Error(row, at, "expected a number for " + element.id + ", got " + QuotedText(text));
        draft.invalid = true;
      }
      return;
    }
    if (input == AnswerInput::kTicks) {
      if (auto level = level_of(text); level && *level == kNotApplicable) {
        draft.not_applicable = true;
        return;
      }
      draft.any_item = true;
      std::size_t start = 0;
      while (start <= text.size()) {
        std::size_t end = text.find(column.separator, start);
        if (end == std::string::npos) end = text.size();
        std::string choice = TrimText(text.substr(start, end - start));
        start = end + column.separator.size();
        if (choice.empty()) continue;
        auto item = std::find_if(column.items.begin(), column.items.end(), [&](const auto& entry) {
          return LowerText(entry.first) == LowerText(choice);
        });
        if (item == column.items.end()) {
          std::vector<std::string> known;
          for (const auto& [answer, key] : column.items) known.push_back(answer);
          Error(row, at,
                "the answer " + QuotedText(choice) + " is not mapped to an item of " + element.id +
                    "; add it under items: (known: " + JoinQuotedTexts(known) + ")");
          draft.invalid = true;
        } else if (item->second != "none") {
          draft.checked.push_back(item->second);
        }
      }
      return;
    }
    if (auto level = level_of(text)) {
      if (*level == kNotApplicable) {
        draft.not_applicable = true;
      } else {
        draft.level = *level;
      }
      return;
    }
    std::vector<std::string> known;
    for (const auto& [answer, level] : levels) known.push_back(answer);
    Error(row, at,
          "the answer " + QuotedText(text) + " is not mapped to a level; add it under levels: " +
              "(known: " + JoinQuotedTexts(known) + ")");
    draft.invalid = true;
  }

  const std::string& path_;
  const SurveyMapping& mapping_;
  const Framework& framework_;
  Diagnostics diagnostics_;
  Response response_;
  std::vector<std::string> headers_;
  std::vector<int> columns_;
  std::set<int> unheaded_;
  int id_column_ = -1;
  int perspective_column_ = -1;
};

}  // namespace

Response ImportSurvey(const std::string& path, const std::string& content,
                      const SurveyMapping& mapping, const Framework& framework) {
  return SurveyImporter(path, mapping, framework).Run(content);
}

void WriteSurveyMappingTemplate(const Framework& framework, const std::string& language,
                                std::ostream& stream) {
  const Messages& messages = Messages::For(language);
  auto quoted_key = [](YAML::Emitter& out, const std::string& key) {
    out << YAML::Key << YAML::DoubleQuoted << key << YAML::Value;
  };
  YAML::Emitter out;
  SetHouseStyle(out);
  out << SafeComment(
      messages("survey.map.title", {framework.title.In(language), framework.version}));
  out << YAML::BeginMap;
  out << YAML::Key << "framework" << YAML::Value << framework.id;
  out << YAML::Key << "framework_version" << YAML::Value;
  EmitText(out, framework.version);
  out << YAML::Key << "institution" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "id" << YAML::Value << kFillIn;
  out << YAML::Key << "name" << YAML::Value << kFillIn;
  if (!framework.profile.empty()) {
    out << YAML::Key << "profile" << YAML::Value << YAML::BeginMap;
    for (const ProfileField& field : framework.profile) {
      out << YAML::Key << field.key << YAML::Value << kFillIn;
      if (field.type == ProfileFieldType::kChoice) {
        out << SafeComment(Join(field.values, ", "));
      }
    }
    out << YAML::EndMap;
  }
  out << YAML::EndMap;
  out << YAML::Key << "period" << YAML::Value << kFillIn;
  EmitTextField(out, "delimiter", ",");
  EmitTextField(out, "respondent_id", messages("survey.respondent_id"));
  out << SafeComment(messages("survey.map.respondent_id"));
  EmitTextField(out, "perspective", messages("questionnaire.perspective"));
  out << YAML::Key << "perspectives" << SafeComment(messages("survey.map.perspectives"))
      << YAML::Value << YAML::BeginMap;
  for (const Perspective& perspective : framework.perspectives) {
    quoted_key(out, perspective.label.In(language));
    out << perspective.key;
  }
  out << YAML::EndMap;
  out << YAML::Key << "levels" << SafeComment(messages("survey.map.levels")) << YAML::Value
      << YAML::BeginMap;
  for (const ScaleLevel& level : framework.scale) {
    quoted_key(out, level.label.In(language));
    out << level.level;
  }
  quoted_key(out, messages("questionnaire.not_applicable"));
  out << "not_applicable";
  out << YAML::EndMap;
  out << YAML::Key << "ignore" << YAML::Value << YAML::Flow << YAML::BeginSeq << YAML::EndSeq
      << SafeComment(messages("survey.map.ignore"));
  out << YAML::Key << "columns" << YAML::Value << YAML::BeginMap;
  WalkFramework(
      framework,
      [&](const DimensionStep& step) { EmitComment(out, step.dimension.title.In(language)); },
      [&](const ElementStep& step) {
        const Element& element = step.element;
        std::string title = element.title.In(language);
        quoted_key(out, title);
        AnswerForm form = FormOf(element);
        if (form.input == AnswerInput::kTicks) {
          out << YAML::BeginMap;
          out << YAML::Key << "element" << YAML::Value << element.id;
          EmitTextField(out, "separator", ";");
          out << YAML::Key << "items" << YAML::Value << YAML::BeginMap;
          for (const ChecklistItem& item : *form.items) {
            quoted_key(out, item.text.In(language));
            out << item.key;
          }
          out << YAML::EndMap << YAML::EndMap;
        } else {
          out << element.id;
          if (form.input == AnswerInput::kNumber) {
            out << SafeComment(messages("survey.map.number", {form.unit->In(language)}));
          }
        }
        quoted_key(out, title + " - " + messages("survey.comments"));
        out << YAML::Flow << YAML::BeginMap << YAML::Key << "element" << YAML::Value << element.id
            << YAML::Key << "role" << YAML::Value << "note" << YAML::EndMap;
      });
  out << YAML::EndMap;
  out << YAML::EndMap;
  WriteYaml(out, stream);
}

}  // namespace maturity
