#include "importers/questionnaire_import.h"

#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

#include "common/messages.h"
#include "engine/value_formats.h"
#include "importers/answer_draft.h"
#include "reports/presentation.h"
#include "reports/xlsx/questionnaire_workbook.h"

namespace maturity {

namespace fs = std::filesystem;

namespace {

bool IsDate(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  int month = std::stoi(text.substr(5, 2));
  int day = std::stoi(text.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/// The same word in every catalogue language, for answers typed or pasted in another.
std::vector<std::string> InEveryLanguage(MessageKey key) {
  std::vector<std::string> words;
  for (const std::string& language : Messages::Languages()) {
    words.push_back(Messages::For(language)(key));
  }
  return words;
}

bool MatchesAny(const std::string& text, const std::vector<std::string>& words) {
  std::string lower = LowerText(text);
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& word) { return LowerText(word) == lower; });
}

/// One entry of the questionnaire's cell map.
struct MapEntry {
  std::string sheet;
  std::string ref;
  std::string role;
  std::string element;
  std::string item;
};

std::vector<MapEntry> ReadMap(const XlsxSheet& meta) {
  std::vector<MapEntry> entries;
  for (int row = kQuestionnaireMapHeaderRow + 1;; ++row) {
    auto text = [&](int col) {
      const XlsxCell* cell = meta.Find(CellReference(row, col));
      return cell ? cell->text : std::string();
    };
    if (text(0).empty()) break;
    entries.push_back({text(0), text(1), text(2), text(3), text(4)});
  }
  return entries;
}

}  // namespace

BlankQuestionnaire MakeBlankQuestionnaire(const Framework& framework,
                                          const QuestionnaireIdentity& identity) {
  std::string pattern = (fs::temp_directory_path() / "maturity-blank-XXXXXX.xlsx").string();
  int descriptor = mkstemps(pattern.data(), 5);
  if (descriptor < 0) throw std::runtime_error("cannot create a temporary file in " + pattern);
  close(descriptor);
  struct Remove {
    std::string path;
    ~Remove() {
      std::error_code ignored;
      fs::remove(path, ignored);
    }
  } remove{pattern};
  QuestionnaireOptions options;
  options.language = identity.language;
  options.respondents = identity.respondents;
  options.actions_sheet = identity.actions_sheet;
  options.short_sheet_names = identity.short_sheet_names;
  options.created = 0;
  // Its notes (texts shortened to fit a cell) were shown when it was sent out.
  static_cast<void>(WriteQuestionnaireWorkbook(framework, options, pattern));
  return {identity, ReadXlsxWorkbook(pattern)};
}

namespace {

/// A draft with the cells it came from, for errors.
struct Draft : AnswerDraft {
  std::string first_ref;  ///< The first cell holding any of it.
  std::string sheet;
  std::string answer_ref;  ///< The first cell of the answer itself (or "not applicable").
  std::string evidence_ref;
  std::string note_ref;
};

class Importer {
 public:
  Importer(const std::string& path, const XlsxWorkbook& workbook, const Framework& framework,
           const QuestionnaireIdentity& identity)
      : path_(path),
        workbook_(workbook),
        framework_(framework),
        identity_(identity),
        messages_(Messages::For(identity.language)) {}

  /// The warnings of the last Run.
  const Diagnostics& warnings() const { return warnings_; }

  Response Run(const BlankQuestionnaire* made) {
    std::optional<BlankQuestionnaire> own;
    if (!made || !(made->identity == identity_)) {
      made = &own.emplace(MakeBlankQuestionnaire(framework_, identity_));
    }
    const XlsxWorkbook& blank = made->workbook;
    const XlsxSheet* meta = blank.FindSheet(kQuestionnaireMetaSheet);
    std::vector<MapEntry> map = ReadMap(*meta);
    for (const MapEntry& entry : map) {
      for (const std::string& ref : Cells(entry)) answer_cells_[entry.sheet].insert(ref);
    }
    // A questionnaire started from last period shows last period's answers beside the
    // answer cells: its own map says where and what was written (a fresh blank has none).
    for (const MapEntry& entry : ReadMap(*workbook_.FindSheet(kQuestionnaireMetaSheet))) {
      if (entry.role == "last_period") last_period_cells_[entry.sheet][entry.ref] = entry.item;
    }
    CompareWithBlank(blank);

    response_.file = path_;
    response_.framework_id = framework_.id;
    response_.framework_version = framework_.version;
    for (const MapEntry& entry : map) {
      if (entry.role == "respondents") ReadRespondents(entry);
    }
    for (const MapEntry& entry : map) Read(entry);
    Finish();
    if (diagnostics_.HasErrors()) throw InputError(diagnostics_);
    return response_;
  }

 private:
  /// Every cell an entry covers: one, or one per respondent for answer rows.
  std::vector<std::string> Cells(const MapEntry& entry) const {
    if (!IsAnswerRole(entry.role)) {
      if (entry.role == "actions") {
        std::vector<std::string> cells;
        auto [row, col] = *ParseCellReference(entry.ref);
        for (int i = 0; i < kQuestionnaireActionRows; ++i) {
          for (int c = 0; c < 6; ++c) cells.push_back(CellReference(row + i, col + c));
        }
        return cells;
      }
      if (entry.role != "respondents") return {entry.ref};
      std::vector<std::string> cells;
      auto [row, col] = *ParseCellReference(entry.ref);
      for (int i = 0; i < identity_.respondents; ++i) {
        for (int c = 0; c < 4; ++c) cells.push_back(CellReference(row + i, col + c));
      }
      return cells;
    }
    std::vector<std::string> cells;
    auto [row, col] = *ParseCellReference(entry.ref);
    for (int i = 0; i < identity_.respondents; ++i) cells.push_back(CellReference(row, col + i));
    return cells;
  }

  static bool IsAnswerRole(const std::string& role) {
    return role == "level" || role == "value" || role == "not_applicable" || role == "checked" ||
           role == "evidence" || role == "note";
  }

  void Error(const std::string& sheet, const std::string& ref, const std::string& message) {
    diagnostics_.Error(CellLocation(path_, sheet, ref), "", message);
  }

  /// Anything written outside the answer cells is an answer the importer cannot place:
  /// reported, never dropped.
  void CompareWithBlank(const XlsxWorkbook& blank) {
    for (const XlsxSheet& expected : blank.sheets) {
      if (expected.name == kQuestionnaireMetaSheet) continue;
      const XlsxSheet* sheet = workbook_.FindSheet(expected.name);
      if (!sheet) {
        diagnostics_.Error({path_}, "",
                           "the sheet " + QuotedText(expected.name) +
                               " is missing; was it renamed or deleted? Its answers cannot be "
                               "read");
        continue;
      }
      const auto& answers = answer_cells_[expected.name];
      for (const auto& [ref, cell] : sheet->cells) {
        if (answers.contains(ref)) continue;
        std::string text = UnixLines(cell.text);
        if (TrimText(text).empty()) continue;
        const XlsxCell* original = expected.Find(ref);
        if (original && original->is_formula) continue;
        if (auto shown = last_period_cells_[expected.name].find(ref);
            shown != last_period_cells_[expected.name].end()) {
          if (UnixLines(shown->second) == text) continue;
          warnings_.Warning(CellLocation(path_, expected.name, ref), "",
                            "last period's answer shown here was changed (it reads " +
                                Excerpt(TrimText(text)) +
                                "); nothing is read from this column. Put this period's "
                                "answers in the shaded cells");
          continue;
        }
        if (original && UnixLines(original->text) == text) continue;
        if (original && !TrimText(original->text).empty()) {
          // The sheets are protected, so a changed text is most often one an earlier
          // version wrote: reported, and nothing read from it.
          warnings_.Warning(
              CellLocation(path_, expected.name, ref), "",
              "the questionnaire's own text here differs from what this version of maturity "
              "writes (it reads " +
                  Excerpt(TrimText(text)) +
                  "): a questionnaire from an earlier "
                  "version, or text typed over the question. Nothing is read from this cell; "
                  "if it holds an answer, move it to the shaded cells and import again");
          continue;
        }
        Error(expected.name, ref,
              "a value outside the answer cells (" + QuotedText(TrimText(text)) +
                  "); the importer cannot place it. Put answers in the shaded cells");
      }
    }
    for (const XlsxSheet& sheet : workbook_.sheets) {
      if (blank.FindSheet(sheet.name)) continue;
      bool empty = std::all_of(sheet.cells.begin(), sheet.cells.end(),
                               [](const auto& cell) { return TrimText(cell.second.text).empty(); });
      if (!empty) {
        diagnostics_.Error({path_}, "",
                           "the sheet " + QuotedText(sheet.name) +
                               " is not part of the questionnaire; the importer cannot place "
                               "what it holds. Move any answers into the questionnaire's "
                               "sheets");
      }
    }
  }

  std::string Text(const std::string& sheet, const std::string& ref) const {
    const XlsxSheet* found = workbook_.FindSheet(sheet);
    if (!found) return "";
    const XlsxCell* cell = found->Find(ref);
    if (!cell) return "";
    if (cell->is_number) {
      if (auto number = ParseNumberText(cell->text)) return NumberToText(*number);
    }
    return TrimText(UnixLines(cell->text));
  }

  const XlsxCell* Cell(const std::string& sheet, const std::string& ref) const {
    const XlsxSheet* found = workbook_.FindSheet(sheet);
    return found ? found->Find(ref) : nullptr;
  }

  void ReadRespondents(const MapEntry& entry) {
    auto [first_row, col] = *ParseCellReference(entry.ref);
    respondents_first_row_ = first_row;
    std::set<std::string> ids;
    for (int i = 0; i < identity_.respondents; ++i) {
      int row = first_row + i;
      std::string id = Text(entry.sheet, CellReference(row, col));
      std::string side = Text(entry.sheet, CellReference(row, col + 1));
      std::string name = Text(entry.sheet, CellReference(row, col + 2));
      std::string role = Text(entry.sheet, CellReference(row, col + 3));
      if (id.empty()) {
        if (!side.empty() || !name.empty() || !role.empty()) {
          Error(entry.sheet, CellReference(row, col),
                "expected the respondent's id: this row gives a side, name or role but no id");
        }
        continue;
      }
      if (!ids.insert(id).second) {
        Error(entry.sheet, CellReference(row, col), "duplicate respondent id " + QuotedText(id));
        invalid_columns_.insert(i);
        continue;
      }
      std::string perspective = PerspectiveKey(side);
      if (perspective.empty()) {
        std::vector<std::string> labels;
        for (const Perspective& p : framework_.perspectives) {
          labels.push_back(p.label.In(identity_.language));
        }
        Error(entry.sheet, CellReference(row, col + 1),
              side.empty() ? "expected the side respondent " + QuotedText(id) +
                                 " answers for: " + JoinQuotedTexts(labels)
                           : "expected " + JoinQuotedTexts(labels) + ", got " + QuotedText(side));
        invalid_columns_.insert(i);  // Reported once here, not again for each answer.
        continue;
      }
      respondent_by_column_[i] = id;
      response_.respondents.push_back({id, perspective, name, role});
    }
  }

  /// The perspective a Respondents-sheet text names: its label in any language, or key.
  std::string PerspectiveKey(const std::string& text) const {
    if (text.empty()) return "";
    for (const Perspective& perspective : framework_.perspectives) {
      if (LowerText(text) == LowerText(perspective.key)) return perspective.key;
      if (LowerText(text) == LowerText(perspective.label.In(identity_.language)))
        return perspective.key;
      for (const auto& [language, label] : perspective.label.translations()) {
        if (LowerText(text) == LowerText(label)) return perspective.key;
      }
    }
    return "";
  }

  void Read(const MapEntry& entry) {
    if (entry.role == "institution.id") {
      std::string id = Text(entry.sheet, entry.ref);
      auto allowed = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
      };
      if (id.empty()) {
        Error(entry.sheet, entry.ref, "expected the institution's id, e.g. coleg-y-bryn");
      } else if (id.front() == '-' || id.front() == '_' ||
                 !std::all_of(id.begin(), id.end(), allowed)) {
        Error(entry.sheet, entry.ref,
              "expected an id of lowercase letters, digits, '-' and '_', got " + QuotedText(id));
      }
      response_.institution.id = id;
    } else if (entry.role == "institution.name") {
      response_.institution.name = Required(entry, "expected the institution's name");
    } else if (entry.role == "period") {
      response_.period = Required(entry, "expected the period assessed, e.g. 2025-26");
    } else if (entry.role == "profile") {
      ReadProfileField(entry);
    } else if (entry.role == "actions") {
      ReadActions(entry);
    } else if (entry.role.starts_with("sign_off.")) {
      ReadSignOff(entry);
    } else if (IsAnswerRole(entry.role)) {
      ReadAnswerRow(entry);
    }
  }

  std::string Required(const MapEntry& entry, const std::string& message) {
    std::string text = Text(entry.sheet, entry.ref);
    if (text.empty()) Error(entry.sheet, entry.ref, message);
    return text;
  }

  void ReadProfileField(const MapEntry& entry) {
    const ProfileField* field = framework_.FindProfileField(entry.item);
    if (!field) return;
    std::string text = Text(entry.sheet, entry.ref);
    if (text.empty()) {
      if (field->required) {
        Error(entry.sheet, entry.ref,
              "expected a value for the profile field " + QuotedText(field->key));
      }
      return;
    }
    ProfileValue value;
    value.text = text;
    if (field->type == ProfileFieldType::kChoice) {
      value.text = field->ValueNamed(text);
      if (value.text.empty()) {
        Error(entry.sheet, entry.ref,
              "expected " + JoinQuotedTexts(ChoiceLabels(*field)) + ", got " + QuotedText(text));
        return;
      }
    } else if (field->type == ProfileFieldType::kInteger) {
      auto number = ParseNumberText(text);
      if (!number || *number != std::floor(*number) || std::fabs(*number) > 9e15) {
        Error(entry.sheet, entry.ref, "expected a whole number, got " + QuotedText(text));
        return;
      }
      value.number = static_cast<std::int64_t>(*number);
      if (!field->bands.empty()) {
        const Band* band = field->BandOf(*value.number);
        if (!band) {
          Error(entry.sheet, entry.ref,
                text + " falls in none of the bands of " + QuotedText(field->key));
          return;
        }
        value.band = band->key;
      }
    }
    response_.institution.profile[field->key] = value;
  }

  /// What the drop-down of a choice field offers: its values' labels in the
  /// questionnaire's language.
  std::vector<std::string> ChoiceLabels(const ProfileField& field) const {
    std::vector<std::string> labels;
    for (const std::string& value : field.values) {
      auto label = field.labels.find(value);
      labels.push_back(label == field.labels.end() ? value : label->second.In(identity_.language));
    }
    return labels;
  }

  /// A date cell (a serial number) or a date typed as YYYY-MM-DD; "" and an error if not.
  std::string DateIn(const std::string& sheet, const std::string& ref) {
    const XlsxCell* cell = Cell(sheet, ref);
    std::string text = Text(sheet, ref);
    if (text.empty()) return "";
    if (cell && cell->is_number) {
      auto number = ParseNumberText(cell->text);
      auto date = number ? SerialToDate(*number, workbook_.date1904) : std::nullopt;
      if (!date) Error(sheet, ref, "expected a date, got the number " + text);
      return date.value_or("");
    }
    if (IsDate(text)) return text;
    Error(sheet, ref, "expected a date as YYYY-MM-DD, got " + QuotedText(text));
    return "";
  }

  /// The Agreed actions sheet: a row with anything in it needs its element and action.
  void ReadActions(const MapEntry& entry) {
    // Not a structured binding: clang 14 (the fuzz build) cannot capture one in a lambda.
    const std::pair<int, int> start = *ParseCellReference(entry.ref);
    const int first_row = start.first;
    const int col = start.second;
    for (int i = 0; i < kQuestionnaireActionRows; ++i) {
      const int row = first_row + i;
      auto ref = [&](int c) { return CellReference(row, col + c); };
      std::vector<std::string> cells;
      for (int c = 0; c < 6; ++c) cells.push_back(Text(entry.sheet, ref(c)));
      if (std::all_of(cells.begin(), cells.end(), [](const std::string& t) { return t.empty(); })) {
        continue;
      }
      AgreedAction action;
      action.location = CellLocation(path_, entry.sheet, ref(0));
      bool ok = true;
      action.element = ElementNamed(cells[0]);
      if (action.element.empty()) {
        Error(entry.sheet, ref(0),
              cells[0].empty() ? "expected the element this action is for (from the list)"
                               : "expected an element of the framework (its title from the list, "
                                 "or its id), got " +
                                     QuotedText(cells[0]));
        ok = false;
      }
      action.action = cells[1];
      if (action.action.empty()) {
        Error(entry.sheet, ref(1), "expected the action agreed");
        ok = false;
      }
      action.owner = cells[2];
      action.due = DateIn(entry.sheet, ref(3));
      if (!cells[3].empty() && action.due.empty()) ok = false;
      if (!cells[4].empty()) {
        bool known = false;
        for (ActionStatus status : kActionStatuses) {
          if (MatchesAny(cells[4], InEveryLanguage(ActionStatusKey(status))) ||
              cells[4] == ActionStatusName(status)) {
            action.status = status;
            known = true;
          }
        }
        if (!known) {
          Error(entry.sheet, ref(4),
                "expected " + JoinQuotedTexts(ActionStatusLabels(messages_)) + ", got " +
                    QuotedText(cells[4]));
          ok = false;
        }
      }
      action.note = cells[5];
      if (ok) response_.actions.push_back(std::move(action));
    }
  }

  /// The element `text` names: its id, or its title in any of the framework's languages
  /// (the drop-down offers titles); "" when none, or when two elements share the title.
  std::string ElementNamed(const std::string& text) const {
    if (text.empty()) return "";
    if (framework_.FindElement(text)) return text;
    std::string found;
    int matches = 0;
    ForEachElement(framework_, [&](const ElementStep& step) {
      for (const auto& [language, title] : step.element.title.translations()) {
        if (title == text) {
          if (found != step.element.id) ++matches;
          found = step.element.id;
          break;
        }
      }
    });
    return matches == 1 ? found : "";
  }

  void ReadSignOff(const MapEntry& entry) {
    SignOffDraft& draft = sign_offs_[entry.item];
    draft.sheet = entry.sheet;
    if (entry.role == "sign_off.name") {
      draft.name = Text(entry.sheet, entry.ref);
      draft.name_ref = entry.ref;
      return;
    }
    if (entry.role == "sign_off.statement") {
      draft.statement = Text(entry.sheet, entry.ref);
      draft.statement_ref = entry.ref;
      return;
    }
    if (entry.role == "sign_off.agreed") {
      std::string text = Text(entry.sheet, entry.ref);
      if (text.empty() || MatchesAny(text, InEveryLanguage("questionnaire.yes"))) return;
      if (MatchesAny(text, InEveryLanguage("questionnaire.no"))) {
        draft.agreed = false;
        draft.agreed_ref = entry.ref;
        return;
      }
      Error(entry.sheet, entry.ref,
            "expected " + QuotedText(messages_("questionnaire.yes")) + " or " +
                QuotedText(messages_("questionnaire.no")) + " (blank is " +
                QuotedText(messages_("questionnaire.yes")) + "), got " + QuotedText(text));
      return;
    }
    draft.date_ref = entry.ref;
    const XlsxCell* cell = Cell(entry.sheet, entry.ref);
    std::string text = Text(entry.sheet, entry.ref);
    if (text.empty()) return;
    if (cell && cell->is_number) {
      auto number = ParseNumberText(cell->text);
      auto date = number ? SerialToDate(*number, workbook_.date1904) : std::nullopt;
      if (!date) {
        Error(entry.sheet, entry.ref, "expected a date, got the number " + text);
        return;
      }
      draft.date = *date;
    } else if (IsDate(text)) {
      draft.date = text;
    } else {
      Error(entry.sheet, entry.ref, "expected a date as YYYY-MM-DD, got " + QuotedText(text));
      draft.date_invalid = true;
    }
  }

  Draft& DraftFor(const MapEntry& entry, int column) {
    Draft& draft = drafts_[{entry.element, column}];
    draft.sheet = entry.sheet;
    return draft;
  }

  void ReadAnswerRow(const MapEntry& entry) {
    const Element* element = framework_.FindElement(entry.element);
    if (!element) return;
    auto [row, first_col] = *ParseCellReference(entry.ref);
    for (int i = 0; i < identity_.respondents; ++i) {
      std::string ref = CellReference(row, first_col + i);
      std::string text = Text(entry.sheet, ref);
      if (text.empty()) continue;
      Draft& draft = DraftFor(entry, i);
      if (draft.first_ref.empty()) draft.first_ref = ref;
      bool answer_cell = entry.role != "evidence" && entry.role != "note";
      if (answer_cell && draft.answer_ref.empty()) draft.answer_ref = ref;
      if (entry.role == "evidence") draft.evidence_ref = ref;
      if (entry.role == "level") {
        ReadLevel(entry.sheet, ref, text, draft);
      } else if (entry.role == "value") {
        const XlsxCell* cell = Cell(entry.sheet, ref);
        auto number = ParseNumberText(cell ? cell->text : text);
        if (!number) {
          Error(entry.sheet, ref, "expected a number, got " + QuotedText(text));
          draft.invalid = true;
        } else {
          draft.value = *number;
        }
      } else if (entry.role == "not_applicable") {
        if (MatchesAny(text, InEveryLanguage("questionnaire.not_applicable"))) {
          draft.not_applicable = true;
        } else {
          Error(entry.sheet, ref,
                "expected " + QuotedText(messages_("questionnaire.not_applicable")) +
                    " or an empty cell, got " + QuotedText(text));
          draft.invalid = true;
        }
      } else if (entry.role == "checked") {
        if (MatchesAny(text, InEveryLanguage("questionnaire.yes"))) {
          draft.checked.push_back(entry.item);
          draft.any_item = true;
        } else if (MatchesAny(text, InEveryLanguage("questionnaire.no"))) {
          draft.any_item = true;
        } else {
          Error(entry.sheet, ref,
                "expected " + QuotedText(messages_("questionnaire.yes")) + " or " +
                    QuotedText(messages_("questionnaire.no")) + ", got " + QuotedText(text));
          draft.invalid = true;
        }
      } else if (entry.role == "evidence") {
        draft.evidence = EvidenceLines(text);
      } else if (entry.role == "note") {
        draft.note = text;
        draft.note_ref = ref;
      }
    }
    if (entry.role == "note") {
      for (int i = 0; i < identity_.respondents; ++i) {
        Draft& draft = drafts_[{entry.element, i}];
        if (draft.note_ref.empty()) draft.note_ref = CellReference(row, first_col + i);
      }
    }
  }

  void ReadLevel(const std::string& sheet, const std::string& ref, const std::string& text,
                 Draft& draft) {
    std::vector<std::string> options;
    for (const ScaleLevel& level : framework_.scale) {
      std::string option = QuestionnaireLevelOption(level, identity_.language);
      options.push_back(option);
      if (LowerText(text) == LowerText(option)) {
        draft.level = level.level;
        return;
      }
    }
    if (MatchesAny(text, InEveryLanguage("questionnaire.not_applicable"))) {
      draft.not_applicable = true;
      return;
    }
    // A bare level number, as typed where drop-downs are not enforced (or as text).
    if (auto number = ParseNumberText(text); number && *number == std::floor(*number)) {
      if (framework_.FindLevel(static_cast<int>(*number))) {
        draft.level = static_cast<int>(*number);
        return;
      }
    }
    options.push_back(messages_("questionnaire.not_applicable"));
    Error(sheet, ref, "expected one of " + JoinQuotedTexts(options) + ", got " + QuotedText(text));
    draft.invalid = true;
  }

  void Finish() {
    for (auto& [key, draft] : drafts_) {
      const auto& [element_id, column] = key;
      if (draft.first_ref.empty() || draft.invalid || invalid_columns_.contains(column)) continue;
      const Element* element = framework_.FindElement(element_id);
      auto respondent = respondent_by_column_.find(column);
      if (respondent == respondent_by_column_.end()) {
        Error(draft.sheet, draft.first_ref,
              "an answer in a column with no respondent: give their id and side on the " +
                  QuotedText(messages_("questionnaire.sheet.respondents")) + " sheet, row " +
                  std::to_string(respondents_first_row_ + column + 1));
        continue;
      }
      auto answer = DraftAnswer(draft, respondent->second);
      if (!answer) continue;
      std::vector<AnswerProblem> problems = CheckAnswer(framework_, *element, *answer);
      for (const AnswerProblem& problem : problems) {
        const std::string* cell = &draft.first_ref;
        switch (CellOf(problem)) {
          case DraftCell::kAnswer:
            cell = &draft.answer_ref;
            break;
          case DraftCell::kNote:
            cell = &draft.note_ref;
            break;
          case DraftCell::kEvidence:
            cell = &draft.evidence_ref;
            break;
          case DraftCell::kFirst:
            break;
        }
        Error(draft.sheet, cell->empty() ? draft.first_ref : *cell,
              DraftProblemMessage(problem, element_id,
                                  QuotedText(messages_("questionnaire.not_applicable")),
                                  "under Notes"));
      }
      if (problems.empty()) AddAnswer(response_, element_id, std::move(*answer));
    }
    for (const Perspective& perspective : framework_.perspectives) {
      auto found = sign_offs_.find(perspective.key);
      if (found == sign_offs_.end()) continue;
      const SignOffDraft& draft = found->second;
      if (draft.name.empty() && draft.date.empty()) {
        if (!draft.agreed || !draft.statement.empty()) {
          Error(draft.sheet, draft.name_ref,
                "a side's agreement or statement but no name or date: the side's signatory "
                "gives both");
        }
        continue;
      }
      if (!draft.agreed && draft.statement.empty()) {
        Error(draft.sheet, draft.statement_ref,
              "this side does not agree: give its statement of why here");
      } else if (draft.name.empty()) {
        Error(draft.sheet, draft.name_ref, "a sign-off date but no name");
      } else if (draft.date.empty()) {
        if (!draft.date_invalid) Error(draft.sheet, draft.date_ref, "a sign-off name but no date");
      } else {
        response_.sign_off.push_back(
            {perspective.key, draft.name, draft.date, draft.agreed, draft.statement});
      }
    }
    if (response_.respondents.empty()) {
      diagnostics_.Error({path_}, "",
                         "no respondents: list each person who answered on the " +
                             QuotedText(messages_("questionnaire.sheet.respondents")) + " sheet");
    }
  }

  struct SignOffDraft {
    std::string sheet;
    std::string name;
    std::string date;
    std::string statement;
    bool agreed = true;
    std::string name_ref;
    std::string date_ref;
    std::string statement_ref;
    std::string agreed_ref;
    bool date_invalid = false;
  };

  const std::string& path_;
  const XlsxWorkbook& workbook_;
  const Framework& framework_;
  QuestionnaireIdentity identity_;
  const Messages& messages_;
  Diagnostics diagnostics_;
  Diagnostics warnings_;
  /// Cells showing last period's answers, by sheet and reference: the text written.
  std::map<std::string, std::map<std::string, std::string>> last_period_cells_;
  Response response_;
  std::map<std::string, std::set<std::string>> answer_cells_;
  std::map<int, std::string> respondent_by_column_;
  int respondents_first_row_ = 0;
  std::set<int> invalid_columns_;  ///< Respondent rows already reported as invalid.
  std::map<std::pair<std::string, int>, Draft> drafts_;
  std::map<std::string, SignOffDraft> sign_offs_;
};

}  // namespace

Location CellLocation(const std::string& path, const std::string& sheet, const std::string& ref) {
  bool plain = std::all_of(sheet.begin(), sheet.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
  });
  std::string quoted = plain ? sheet : "'" + sheet + "'";
  return {path + ":" + quoted + "!" + ref};
}

XlsxWorkbook ReadQuestionnaireWorkbook(const std::string& path) {
  try {
    return ReadXlsxWorkbook(path);
  } catch (const XlsxError& error) {
    throw InputError({path}, "", error.what());
  }
}

QuestionnaireIdentity ReadQuestionnaireIdentity(const std::string& path,
                                                const XlsxWorkbook& workbook) {
  const XlsxSheet* meta = workbook.FindSheet(kQuestionnaireMetaSheet);
  auto text = [&](const char* ref) {
    const XlsxCell* cell = meta ? meta->Find(ref) : nullptr;
    return cell ? TrimText(cell->text) : std::string();
  };
  if (!meta || text("A1") != kQuestionnaireMarker) {
    throw InputError({path}, "",
                     "not a maturity questionnaire: it has no \"" +
                         std::string(kQuestionnaireMetaSheet) +
                         "\" sheet. Make questionnaires with: maturity template --format xlsx");
  }
  if (text("B1") != std::to_string(kQuestionnaireLayoutVersion)) {
    throw InputError({path}, "",
                     "a questionnaire of layout " + QuotedText(text("B1")) +
                         ", which this version of maturity does not read (it reads layout " +
                         std::to_string(kQuestionnaireLayoutVersion) + ")");
  }
  QuestionnaireIdentity identity;
  identity.framework_id = text("B2");
  identity.framework_version = text("B3");
  identity.language = text("B4");
  auto respondents = ParseNumberText(text("B5"));
  if (identity.framework_id.empty() || identity.framework_version.empty() ||
      !Messages::Supports(identity.language) || !respondents || *respondents < 1 ||
      *respondents > 200) {
    throw InputError({path}, "",
                     "the questionnaire's hidden \"" + std::string(kQuestionnaireMetaSheet) +
                         "\" sheet is damaged; ask for a new questionnaire");
  }
  identity.respondents = static_cast<int>(*respondents);
  identity.actions_sheet = text("B7") == "1";
  identity.short_sheet_names = text("D1") == "short";
  return identity;
}

Response ImportQuestionnaire(const std::string& path, const XlsxWorkbook& workbook,
                             const Framework& framework, Diagnostics& diagnostics,
                             const BlankQuestionnaire* blank) {
  QuestionnaireIdentity identity = ReadQuestionnaireIdentity(path, workbook);
  if (identity.framework_id != framework.id || identity.framework_version != framework.version) {
    throw InputError({path}, "",
                     "this questionnaire was made for " + identity.framework_id + " " +
                         identity.framework_version + ", not " + framework.id + " " +
                         framework.version + "; import it with the framework it was made from");
  }
  Importer importer(path, workbook, framework, identity);
  Response response = importer.Run(blank);
  for (const Diagnostic& warning : importer.warnings().items()) {
    diagnostics.Warning(warning.location, warning.key_path, warning.message);
  }
  return response;
}

}  // namespace maturity
