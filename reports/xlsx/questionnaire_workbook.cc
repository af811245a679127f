#include "reports/xlsx/questionnaire_workbook.h"

#include <algorithm>
#include <functional>
#include <stdexcept>
#include <vector>

#include "common/messages.h"
#include "common/strings.h"
#include "engine/answer_kinds.h"
#include "reports/presentation.h"
#include "reports/xlsx/workbook_style.h"

// libxlsxwriter 1.1.5 (Debian 12) does not free the formula it copies for a LIST_FORMULA
// validation (one short string per drop-down whose list lives on the meta sheet; found by
// the sanitizer build). LeakSanitizer is told of it here; the library is built without
// frame pointers, so the leak's stack ends at lxw_strdup, and that is what is named.
#if defined(__has_feature)  // clang (the fuzz build)
#if __has_feature(address_sanitizer)
#define MATURITY_ADDRESS_SANITIZER 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)  // GCC
#define MATURITY_ADDRESS_SANITIZER 1
#endif
#if defined(MATURITY_ADDRESS_SANITIZER)
extern "C" const char* __lsan_default_suppressions() { return "leak:lxw_strdup\n"; }
// Quietly: outputs on stderr are compared exactly by the tests.
extern "C" const char* __lsan_default_options() { return "print_suppressions=0"; }
#endif

namespace maturity {

namespace {

/// A tab name with no ellipsis: `number` and the title's words while they fit in 24
/// characters, without a dangling "and" at the end (`6. Membership, skills`); the
/// sheet's first row gives the full title.
std::string ShortSheetName(const std::string& number, const std::string& title) {
  constexpr std::size_t kShort = 24;
  static const std::vector<std::string> kDangling = {"and", "or", "of", "for", "the", "a", "ac",
                                                     "ar",  "y",  "yr", "i",   "o",   "&"};
  std::vector<std::string> words;
  std::string name = number;
  std::size_t start = 0;
  while (start < title.size()) {
    std::size_t end = title.find(' ', start);
    if (end == std::string::npos) end = title.size();
    std::string word = title.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    if (!words.empty() && name.size() + 1 + word.size() > kShort) break;
    words.push_back(word);
    name += " " + word;
  }
  while (words.size() > 1 &&
         std::find(kDangling.begin(), kDangling.end(), words.back()) != kDangling.end()) {
    words.pop_back();
  }
  name = number;
  for (std::string& word : words) name += " " + word;
  while (!name.empty() && (name.back() == ',' || name.back() == ';' || name.back() == ':')) {
    name.pop_back();
  }
  return SafeSheetName(name);
}

/// The columns of a dimension's sheet, left to right: the element's id, the question and
/// its descriptors, then one answer column per respondent.
enum Column : lxw_col_t { kIdColumn, kTextColumn, kFirstAnswerColumn };
constexpr double kTextWidth = 112;
constexpr double kIdWidth = 16;
constexpr double kAnswerWidth = 15;
constexpr double kLastPeriodWidth = 34;
constexpr double kDescriptorPoints = 10;  ///< The level descriptors' font size.
constexpr double kSpacerHeight = 8;       ///< The empty row before each question.

/// Writes the questionnaire; one instance per workbook.
class QuestionnaireWriter {
 public:
  QuestionnaireWriter(const Framework& framework, const QuestionnaireOptions& options,
                      const std::string& path)
      : framework_(framework),
        options_(options),
        messages_(Messages::For(options.language)),
        style_(path, Document(framework, options)) {
    answer_format_ = style_.fill_in_format;
    date_format_ = style_.date_format;
    id_format_ = workbook_add_format(style_.workbook());
    format_set_font_size(id_format_, 8);
    format_set_font_color(id_format_, 0x808080);
    format_set_align(id_format_, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(id_format_);
    element_format_ = workbook_add_format(style_.workbook());
    format_set_bold(element_format_);
    format_set_text_wrap(element_format_);
    format_set_top(element_format_, LXW_BORDER_THIN);
    format_set_align(element_format_, LXW_ALIGN_VERTICAL_TOP);
    descriptor_format_ = workbook_add_format(style_.workbook());
    format_set_text_wrap(descriptor_format_);
    format_set_font_size(descriptor_format_, kDescriptorPoints);
    format_set_font_color(descriptor_format_, 0x404040);
    format_set_align(descriptor_format_, LXW_ALIGN_VERTICAL_TOP);
    hint_format_ = workbook_add_format(style_.workbook());
    format_set_italic(hint_format_);
    format_set_font_color(hint_format_, 0x595959);
    format_set_text_wrap(hint_format_);
    format_set_align(hint_format_, LXW_ALIGN_VERTICAL_TOP);
    answer_label_format_ = workbook_add_format(style_.workbook());
    format_set_bold(answer_label_format_);
    format_set_align(answer_label_format_, LXW_ALIGN_RIGHT);
    format_set_align(answer_label_format_, LXW_ALIGN_VERTICAL_TOP);
    // Last period's answers: grey italics on grey, plainly not an answer cell.
    last_period_format_ = workbook_add_format(style_.workbook());
    format_set_italic(last_period_format_);
    format_set_font_size(last_period_format_, 9);
    format_set_font_color(last_period_format_, 0x404040);
    format_set_bg_color(last_period_format_, 0xEDEDED);
    // Wrapped within its column: a line running on past the sheet's last column widened
    // the printed area, and the questionnaire printed at half its width.
    format_set_text_wrap(last_period_format_);
    format_set_align(last_period_format_, LXW_ALIGN_VERTICAL_TOP);
    last_period_header_format_ = workbook_add_format(style_.workbook());
    format_set_bold(last_period_header_format_);
    format_set_text_wrap(last_period_header_format_);
    format_set_bg_color(last_period_header_format_, 0xD9D9D9);
    format_set_align(last_period_header_format_, LXW_ALIGN_VERTICAL_TOP);
  }

  std::vector<std::string> Write() {
    // Sheet order: instructions first; the meta sheet is created first among the rest
    // of the data so that drop-down lists can refer to it, then moved out of sight.
    lxw_worksheet* instructions = style_.AddSheet(messages_("questionnaire.sheet.instructions"));
    institution_name_ = messages_("questionnaire.sheet.institution");
    respondents_name_ = messages_("questionnaire.sheet.respondents");
    sign_off_name_ = messages_("questionnaire.sheet.sign_off");
    lxw_worksheet* institution = style_.AddSheet(institution_name_);
    lxw_worksheet* respondents = style_.AddSheet(respondents_name_);
    std::vector<std::pair<std::string, lxw_worksheet*>> dimension_sheets;
    for (std::size_t i = 0; i < framework_.dimensions.size(); ++i) {
      const std::string number = std::to_string(i + 1) + ".";
      const std::string title = framework_.dimensions[i].title.In(Language());
      std::string name = options_.short_sheet_names ? ShortSheetName(number, title)
                                                    : SafeSheetName(number + " " + title);
      dimension_sheets.emplace_back(name, style_.AddSheet(name));
    }
    actions_name_ = messages_("questionnaire.sheet.actions");
    lxw_worksheet* actions = options_.actions_sheet ? style_.AddSheet(actions_name_) : nullptr;
    lxw_worksheet* sign_off = style_.AddSheet(sign_off_name_);
    meta_ = workbook_add_worksheet(style_.workbook(), kQuestionnaireMetaSheet);
    if (!meta_) throw std::runtime_error("cannot add the questionnaire's meta sheet");

    WriteMetaHeader();
    WriteInstructions(instructions, dimension_sheets);
    WriteInstitution(institution);
    WriteRespondents(respondents);
    for (std::size_t i = 0; i < dimension_sheets.size(); ++i) {
      WriteDimensionSheet(dimension_sheets[i].second, dimension_sheets[i].first,
                          framework_.dimensions[i]);
    }
    if (actions) WriteActions(actions);
    WriteSignOff(sign_off);
    for (lxw_worksheet* sheet : {instructions, institution, respondents, sign_off}) Protect(sheet);
    if (actions) Protect(actions);
    for (auto& [name, sheet] : dimension_sheets) Protect(sheet);
    Protect(meta_);
    worksheet_hide(meta_);
    worksheet_activate(instructions);
    std::vector<std::string> notes = style_.Close();
    notes.insert(notes.begin(), notes_.begin(), notes_.end());
    return notes;
  }

 private:
  static WorkbookStyle::Document Document(const Framework& framework,
                                          const QuestionnaireOptions& options) {
    const Messages& messages = Messages::For(options.language);
    WorkbookStyle::Document document;
    document.title = messages("questionnaire.title", {framework.title.In(options.language)});
    document.subject = framework.id + " " + framework.version;
    document.comments = "maturity template --format xlsx";
    document.created = options.created;
    document.footer = framework.title.In(options.language) + " " + framework.version;
    document.language = options.language;
    return document;
  }

  const std::string& Language() const { return options_.language; }
  std::string In(const Text& text) const { return text.In(Language()); }

  void Protect(lxw_worksheet* sheet) {
    lxw_protection protection = {};
    protection.format_columns = 1;  // Respondents may widen columns and rows to read.
    protection.format_rows = 1;
    worksheet_protect(sheet, nullptr, &protection);
  }

  /// One entry of the cell map the importer reads.
  void Map(const std::string& sheet, lxw_row_t row, lxw_col_t col, const std::string& role,
           const std::string& element = "", const std::string& item = "") {
    worksheet_write_string(meta_, map_row_, 0, sheet.c_str(), nullptr);
    char ref[16];
    lxw_rowcol_to_cell(ref, row, col);
    worksheet_write_string(meta_, map_row_, 1, ref, nullptr);
    worksheet_write_string(meta_, map_row_, 2, role.c_str(), nullptr);
    if (!element.empty()) worksheet_write_string(meta_, map_row_, 3, element.c_str(), nullptr);
    if (!item.empty()) worksheet_write_string(meta_, map_row_, 4, item.c_str(), nullptr);
    ++map_row_;
  }

  void WriteMetaHeader() {
    auto pair = [&](lxw_row_t row, const char* key, const std::string& value) {
      worksheet_write_string(meta_, row, 0, key, nullptr);
      worksheet_write_string(meta_, row, 1, value.c_str(), nullptr);
    };
    pair(0, kQuestionnaireMarker, std::to_string(kQuestionnaireLayoutVersion));
    if (options_.short_sheet_names) {  // Beside the layout: earlier versions wrote nothing.
      worksheet_write_string(meta_, 0, 2, "sheet_names", nullptr);
      worksheet_write_string(meta_, 0, 3, "short", nullptr);
    }
    pair(1, "framework", framework_.id);
    pair(2, "framework_version", framework_.version);
    pair(3, "language", Language());
    pair(4, "respondents", std::to_string(options_.respondents));
    if (options_.previous) pair(5, "last_period", options_.previous->period);
    if (options_.actions_sheet) pair(6, "actions", "1");
    const char* headers[] = {"sheet", "cell", "role", "element", "item"};
    for (lxw_col_t col = 0; col < 5; ++col) {
      worksheet_write_string(meta_, kQuestionnaireMapHeaderRow, col, headers[col], nullptr);
    }
    map_row_ = kQuestionnaireMapHeaderRow + 1;
  }

  /// A drop-down list over a block of cells. Short lists are written into the
  /// validation; longer ones go to a column of the meta sheet (Excel's 255-character
  /// limit on inline lists).
  void DropDown(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t first_col, lxw_col_t last_col,
                const std::vector<std::string>& options) {
    DropDown(sheet, row, row, first_col, last_col, options);
  }

  /// One drop-down over rows `first_row`..`last_row`: a long list is written once to the
  /// meta sheet and referred to.
  void DropDown(lxw_worksheet* sheet, lxw_row_t first_row, lxw_row_t last_row, lxw_col_t first_col,
                lxw_col_t last_col, const std::vector<std::string>& options) {
    lxw_data_validation validation = {};
    validation.validate = LXW_VALIDATION_TYPE_LIST;
    std::size_t length = 0;  // An inline list cannot hold a comma: such lists go to cells.
    for (const std::string& option : options) {
      length += option.find(',') == std::string::npos ? option.size() + 1 : 1000;
    }
    std::vector<char*> list;
    std::string formula;
    if (length < 200) {
      for (const std::string& option : options) list.push_back(const_cast<char*>(option.c_str()));
      list.push_back(nullptr);
      validation.value_list = list.data();
    } else {
      lxw_col_t col = list_column_++;
      for (std::size_t i = 0; i < options.size(); ++i) {
        worksheet_write_string(meta_, static_cast<lxw_row_t>(i), col, options[i].c_str(), nullptr);
      }
      formula = SheetRange(kQuestionnaireMetaSheet, 0, col,
                           static_cast<lxw_row_t>(options.size() - 1), col);
      validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
      validation.value_formula = formula.data();
    }
    std::string message = messages_("questionnaire.validation.list");
    validation.error_message = message.data();
    worksheet_data_validation_range(sheet, first_row, first_col, last_row, last_col, &validation);
  }

  /// The checklist items `checked` names, by their texts in the workbook's language (a key
  /// the framework no longer has is shown as it is).
  std::vector<std::string> CheckedTexts(const Element& element,
                                        const std::vector<std::string>& checked) const {
    AnswerForm form = FormOf(element);
    std::vector<std::string> texts;
    for (const std::string& key : checked) {
      std::string text = key;
      for (const ChecklistItem& item : form.items ? *form.items : std::vector<ChecklistItem>{}) {
        if (item.key == key) text = In(item.text);
      }
      if (text.size() > 1 && text.back() == '.') {
        text.pop_back();  // Joined by "; ": "written down; It is signed ..."
      }
      texts.push_back(text);
    }
    return texts;
  }

  /// What a person is told who gives a value outside the range: only the bounds the
  /// measure has, never the stand-in for "no bound".
  std::string ValidationMessage(bool whole, std::optional<double> min,
                                std::optional<double> max) const {
    if (whole) return messages_("questionnaire.validation.whole");
    if (min && max) {
      return messages_("questionnaire.validation.range", {FormatNumber(*min), FormatNumber(*max)});
    }
    if (min) return messages_("questionnaire.validation.at_least", {FormatNumber(*min)});
    if (max) return messages_("questionnaire.validation.at_most", {FormatNumber(*max)});
    return messages_("questionnaire.validation.number");
  }

  /// Whole numbers from 0, or numbers within a measure's `min` and `max` when it has them.
  void NumberValidation(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t first_col,
                        lxw_col_t last_col, bool whole, std::optional<double> min = std::nullopt,
                        std::optional<double> max = std::nullopt) {
    lxw_data_validation validation = {};
    validation.validate = whole ? LXW_VALIDATION_TYPE_INTEGER : LXW_VALIDATION_TYPE_DECIMAL;
    validation.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    validation.minimum_number = min.value_or(whole ? 0 : -1e15);
    validation.maximum_number = max.value_or(whole ? 2147483647 : 1e15);
    std::string message = ValidationMessage(whole, min, max);
    validation.error_message = message.data();
    worksheet_data_validation_range(sheet, row, first_col, row, last_col, &validation);
  }

  void DateValidation(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col) {
    lxw_data_validation validation = {};
    validation.validate = LXW_VALIDATION_TYPE_DATE_NUMBER;
    validation.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    validation.minimum_number = 1;
    validation.maximum_number = 2958465;  // 9999-12-31
    std::string message = messages_("questionnaire.validation.date");
    validation.error_message = message.data();
    worksheet_data_validation_cell(sheet, row, col, &validation);
  }

  void Wrapped(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const std::string& text,
               lxw_format* format, double width, double points = 11, bool bold = false) {
    style_.String(sheet, row, col, text, format);
    style_.Row(sheet, row, WorkbookStyle::ExcelRowHeight({{text, width}}, points, bold));
  }

  void WriteInstructions(lxw_worksheet* sheet,
                         const std::vector<std::pair<std::string, lxw_worksheet*>>& dimensions) {
    style_.Columns(sheet, {4, 100});
    lxw_row_t row = 0;
    style_.String(sheet, row++, 1, messages_("questionnaire.title", {In(framework_.title)}),
                  style_.title_format);
    style_.String(sheet, row++, 1,
                  messages_("questionnaire.version", {In(framework_.title), framework_.version}),
                  style_.subtitle_format);
    ++row;
    Wrapped(sheet, row++, 1, messages_("questionnaire.intro"), style_.text_format, 100);
    if (!framework_.description.empty()) {
      Wrapped(sheet, row++, 1, In(framework_.description), style_.text_format, 100);
    }
    ++row;
    style_.String(sheet, row++, 1, messages_("questionnaire.how"), style_.section_format);
    std::vector<std::string> steps = {
        messages_("questionnaire.step.institution", {institution_name_}),
        messages_("questionnaire.step.respondents",
                  {respondents_name_, std::to_string(options_.respondents)}),
        messages_("questionnaire.step.answers"),
        framework_.scoring.evidence_required_from
            ? messages_(
                  "questionnaire.step.evidence",
                  {LevelOption(*framework_.FindLevel(*framework_.scoring.evidence_required_from))})
            : messages_("questionnaire.step.evidence_any"),
        messages_("questionnaire.step.not_applicable", {messages_("questionnaire.not_applicable")}),
        messages_("questionnaire.step.sign_off", {sign_off_name_}),
        messages_("questionnaire.step.return"),
        messages_("questionnaire.cells")};
    for (const std::string& step : steps) Wrapped(sheet, row++, 1, step, style_.text_format, 100);
    ++row;
    style_.String(sheet, row++, 1, messages_("questionnaire.levels"), style_.section_format);
    for (const ScaleLevel& level : framework_.scale) {
      std::string text = LevelOption(level);
      if (!level.description.empty()) text += ": " + In(level.description);
      Wrapped(sheet, row++, 1, text, style_.text_format, 100);
    }
    ++row;
    style_.String(sheet, row++, 1, messages_("questionnaire.dimensions"), style_.section_format);
    for (std::size_t i = 0; i < dimensions.size(); ++i) {
      // The link says the dimension's full title; the tab it leads to is short.
      const std::string& name = dimensions[i].first;
      std::string link = "internal:" + SheetCell(name, 0, 0);
      std::string text = std::to_string(i + 1) + ". " + In(framework_.dimensions[i].title);
      worksheet_write_url_opt(sheet, row++, 1, link.c_str(), nullptr, text.c_str(), nullptr);
    }
  }

  std::string LevelOption(const ScaleLevel& level) const {
    return QuestionnaireLevelOption(level, Language());
  }

  /// A label in column A, a hint in column C and an answer cell in column B.
  void Field(lxw_worksheet* sheet, lxw_row_t row, const std::string& label, const std::string& hint,
             const std::string& role, const std::string& item = "", const std::string& value = "",
             std::optional<std::int64_t> number = std::nullopt) {
    style_.String(sheet, row, 0, label, style_.label_format);
    if (number) {  // Filled in from last period.
      worksheet_write_number(sheet, row, 1, static_cast<double>(*number), answer_format_);
    } else {
      style_.String(sheet, row, 1, value, answer_format_);
    }
    style_.String(sheet, row, 2, hint, style_.subtitle_format);
    Map(institution_name_, row, 1, role, "", item);
    // A hint worded from last period is not in a fresh blank: the importer learns it here.
    if (options_.previous) Map(institution_name_, row, 2, "last_period", "", hint);
  }

  void WriteInstitution(lxw_worksheet* sheet) {
    style_.Columns(sheet, {30, 40, 60});
    lxw_row_t row = 0;
    style_.String(sheet, row++, 0, institution_name_, style_.title_format);
    ++row;
    const Response* previous = options_.previous;
    Field(sheet, row++, messages_("questionnaire.institution_id"),
          messages_("questionnaire.institution_id_hint"), "institution.id", "",
          previous ? previous->institution.id : "");
    Field(sheet, row++, messages_("questionnaire.institution_name"), "", "institution.name", "",
          previous ? previous->institution.name : "");
    Field(sheet, row++, messages_("questionnaire.period"),
          previous ? messages_("template.last_period", {previous->period})
                   : messages_("questionnaire.period_hint"),
          "period", "", options_.period);
    if (framework_.profile.empty()) return;
    ++row;
    style_.String(sheet, row++, 0, messages_("questionnaire.profile"), style_.section_format);
    for (const ProfileField& field : framework_.profile) {
      std::string label = field.label.empty() ? field.key : In(field.label);
      std::string hint;
      if (field.type == ProfileFieldType::kChoice) {
        hint = messages_("questionnaire.choose");
      } else if (field.type == ProfileFieldType::kInteger) {
        hint = messages_("questionnaire.whole_number");
        if (!field.bands.empty()) hint += " (" + BandsText(field, options_.language) + ")";
      } else {
        hint = messages_("questionnaire.text");
      }
      if (!field.required) hint += "; " + messages_("questionnaire.optional");
      std::string value;
      std::optional<std::int64_t> number;
      if (previous) {  // Last period's value, to check: the hint says so.
        if (auto found = previous->institution.profile.find(field.key);
            found != previous->institution.profile.end()) {
          value = field.type == ProfileFieldType::kChoice
                      ? ProfileValueLabel(&field, found->second.text, options_.language)
                      : found->second.text;
          number = found->second.number;
          hint = messages_("template.check_still_true", {hint});
        }
      }
      Field(sheet, row, label, hint, "profile", field.key, value, number);
      if (field.type == ProfileFieldType::kChoice) {
        std::vector<std::string> choices;  // By label: the importer reads labels back.
        for (const std::string& value : field.values) {
          choices.push_back(ProfileValueLabel(&field, value, options_.language));
        }
        DropDown(sheet, row, 1, 1, choices);
      }
      if (field.type == ProfileFieldType::kInteger) NumberValidation(sheet, row, 1, 1, true);
      ++row;
    }
  }

  std::vector<std::string> PerspectiveLabels() const {
    std::vector<std::string> labels;
    for (const Perspective& perspective : framework_.perspectives) {
      labels.push_back(In(perspective.label));
    }
    return labels;
  }

  void WriteRespondents(lxw_worksheet* sheet) {
    style_.Column(sheet, 0, 0, 24, nullptr);
    style_.Column(sheet, 1, 1, 32, nullptr);
    style_.Column(sheet, 2, 3, 30, nullptr);
    style_.String(sheet, 0, 0, respondents_name_, style_.title_format);
    lxw_row_t header = 2;
    const MessageKey keys[] = {"questionnaire.id", "questionnaire.perspective",
                               "questionnaire.name", "questionnaire.role"};
    for (lxw_col_t col = 0; col < 4; ++col) {
      std::string text = messages_(keys[col]);
      if (col >= 2) text += " (" + messages_("questionnaire.optional") + ")";
      style_.String(sheet, header, col, text, style_.header_format);
    }
    respondents_first_row_ = header + 1;
    std::vector<const Respondent*> carried;  // Last period's people, whose side remains.
    if (options_.previous) {
      for (const Respondent& respondent : options_.previous->respondents) {
        if (framework_.FindPerspective(respondent.perspective)) carried.push_back(&respondent);
      }
    }
    for (int i = 0; i < options_.respondents; ++i) {
      const Respondent* respondent =
          i < static_cast<int>(carried.size()) ? carried[static_cast<std::size_t>(i)] : nullptr;
      std::vector<std::string> cells(4);
      if (respondent) {
        cells = {respondent->id, PerspectiveLabel(framework_, respondent->perspective, Language()),
                 respondent->name, respondent->role};
      }
      for (lxw_col_t col = 0; col < 4; ++col) {
        style_.String(sheet, respondents_first_row_ + i, col, cells[col], answer_format_);
      }
    }
    lxw_row_t last = respondents_first_row_ + static_cast<lxw_row_t>(options_.respondents) - 1;
    for (lxw_row_t row = respondents_first_row_; row <= last; ++row) {
      DropDown(sheet, row, 1, 1, PerspectiveLabels());
    }
    Map(respondents_name_, respondents_first_row_, 0, "respondents");
  }

  /// What the two sides agreed to do: element, action, owner, due date, status, note; the
  /// open actions of last period already listed when the questionnaire starts from it.
  void WriteActions(lxw_worksheet* sheet) {
    style_.Columns(sheet, {40, 50, 22, 16, 16, 40});
    lxw_row_t row = 0;
    style_.String(sheet, row++, 0, actions_name_, style_.title_format);
    style_.String(sheet, row++, 0, messages_("questionnaire.actions_hint"), style_.subtitle_format);
    if (options_.previous) {  // Not in a blank: the importer learns this line from the map.
      const std::string carried = messages_("questionnaire.actions_carried");
      style_.String(sheet, row, 0, carried, style_.subtitle_format);
      Map(actions_name_, row, 0, "last_period", "", carried);
    }
    ++row;
    const MessageKey headers[] = {"column.element",  "column.agreed_action", "column.owner",
                                  "column.due_date", "column.status",        "questionnaire.note"};
    for (lxw_col_t col = 0; col < 6; ++col) {
      style_.String(sheet, row, col, messages_(headers[col]), style_.header_format);
    }
    style_.Row(sheet, row, 30);
    const lxw_row_t first = ++row;
    std::vector<const AgreedAction*> carried;
    if (options_.previous) {
      for (const AgreedAction& action : options_.previous->actions) {
        if (action.open() && framework_.FindElementOnceCalled(action.element)) {
          carried.push_back(&action);
        }
      }
    }
    std::vector<std::string> titles;
    ForEachElement(framework_,
                   [&](const ElementStep& step) { titles.push_back(In(step.element.title)); });
    const std::vector<std::string> statuses = ActionStatusLabels(messages_);
    if (carried.size() > static_cast<std::size_t>(kQuestionnaireActionRows)) {
      const std::size_t left = carried.size() - kQuestionnaireActionRows;
      notes_.push_back(CountOf(left, "open action", "open actions") +
                       " of last period did not fit the " +
                       std::to_string(kQuestionnaireActionRows) + " rows of the '" + actions_name_ +
                       (left == 1 ? "' sheet and was not carried; add it to the imported response"
                                  : "' sheet and were not carried; add them to the imported "
                                    "response"));
      carried.resize(kQuestionnaireActionRows);
    }
    const int rows = kQuestionnaireActionRows;
    for (int i = 0; i < rows; ++i, ++row) {
      const AgreedAction* action =
          i < static_cast<int>(carried.size()) ? carried[static_cast<std::size_t>(i)] : nullptr;
      std::vector<std::string> cells(6);
      if (action) {
        cells = {In(framework_.FindElementOnceCalled(action->element)->title),
                 action->action,
                 action->owner,
                 action->due,
                 messages_(ActionStatusKey(action->status)),
                 action->note};
      }
      for (lxw_col_t col = 0; col < 6; ++col) {
        style_.String(sheet, row, col, cells[col], col == 3 ? date_format_ : answer_format_);
      }
      // Room for two lines of a new action; a carried one as tall as its text.
      style_.Row(
          sheet, row,
          std::max(30.0, WorkbookStyle::ExcelRowHeight(
                             {{cells[0], 40}, {cells[1], 50}, {cells[2], 22}, {cells[5], 40}})));
      DateValidation(sheet, row, 3);
    }
    DropDown(sheet, first, row - 1, 0, 0, titles);
    DropDown(sheet, first, row - 1, 4, 4, statuses);
    Map(actions_name_, first, 0, "actions");
  }

  void WriteSignOff(lxw_worksheet* sheet) {
    style_.Columns(sheet, {32, 36, 22, 14, 60});
    lxw_row_t row = 0;
    style_.String(sheet, row++, 0, sign_off_name_, style_.title_format);
    Wrapped(sheet, row++, 0, messages_("questionnaire.sign_off_hint"), style_.subtitle_format, 32);
    ++row;
    style_.String(sheet, row, 0, messages_("questionnaire.perspective"), style_.header_format);
    style_.String(sheet, row, 1, messages_("questionnaire.name"), style_.header_format);
    style_.String(sheet, row, 2, messages_("questionnaire.date"), style_.header_format);
    style_.String(sheet, row, 3, messages_("questionnaire.agrees"), style_.header_format);
    style_.String(sheet, row++, 4, messages_("questionnaire.statement"), style_.header_format);
    for (const Perspective& perspective : framework_.perspectives) {
      style_.String(sheet, row, 0, In(perspective.label), style_.label_format);
      style_.String(sheet, row, 1, "", answer_format_);
      style_.String(sheet, row, 2, "", date_format_);
      style_.String(sheet, row, 3, "", answer_format_);
      style_.String(sheet, row, 4, "", answer_format_);
      DateValidation(sheet, row, 2);
      DropDown(sheet, row, 3, 3, {messages_("questionnaire.yes"), messages_("questionnaire.no")});
      Map(sign_off_name_, row, 1, "sign_off.name", "", perspective.key);
      Map(sign_off_name_, row, 2, "sign_off.date", "", perspective.key);
      Map(sign_off_name_, row, 3, "sign_off.agreed", "", perspective.key);
      Map(sign_off_name_, row, 4, "sign_off.statement", "", perspective.key);
      // Room to write a statement of disagreement: it is a paragraph, not a line.
      style_.Row(sheet, row, 96);
      ++row;
    }
  }

  bool LastPeriodShown() const { return options_.previous && options_.with_answers; }

  /// Last period's answers to `element`, one respondent a line down the block's rows
  /// beside the answer cells: shown to review, never read back as answers (the importer
  /// finds these cells in the map and checks them against the text written).
  void WriteLastPeriod(lxw_worksheet* sheet, const std::string& name, const Element& element,
                       lxw_row_t first, lxw_row_t last) {
    const lxw_col_t col = LastAnswerColumn() + 1;
    const ElementAnswers* answers = nullptr;
    for (const std::string& old_id : framework_.IdsOnceCalled(element)) {
      if (!answers) answers = options_.previous->FindAnswers(old_id);
    }
    std::vector<std::string> lines;
    for (const Answer& answer : answers ? answers->answers : std::vector<Answer>{}) {
      std::string text = answer.by + ": ";
      if (answer.not_applicable) {
        text += messages_("questionnaire.not_applicable");
      } else if (answer.level) {
        const ScaleLevel* level = framework_.FindLevel(*answer.level);
        text += level ? LevelOption(*level) : std::to_string(*answer.level);
      } else if (answer.value) {
        text += FormatNumber(*answer.value);
      } else if (answer.checked) {
        text +=
            messages_("template.in_place", {Join(CheckedTexts(element, *answer.checked), "; ")});
      }
      lines.push_back(text);
    }
    if (lines.empty()) lines.push_back(messages_("template.none"));
    const std::size_t rows = last - first + 1;
    if (lines.size() > rows) {  // The last line says how many more there were.
      std::size_t more = lines.size() - rows + 1;
      lines.resize(rows - 1);
      lines.push_back(messages_("questionnaire.last_period_more", {std::to_string(more)}));
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const lxw_row_t row = first + static_cast<lxw_row_t>(i);
      style_.String(sheet, row, col, lines[i], last_period_format_);
      style_.RowAtLeast(sheet, row,
                        WorkbookStyle::ExcelRowHeight({{lines[i], kLastPeriodWidth}}, 9));
      Map(name, row, col, "last_period", element.id, lines[i]);
    }
  }

  lxw_col_t LastAnswerColumn() const {
    return kFirstAnswerColumn + static_cast<lxw_col_t>(options_.respondents) - 1;
  }

  /// One row of answer cells, one per respondent, mapped for the importer.
  void AnswerRow(lxw_worksheet* sheet, const std::string& sheet_name, lxw_row_t row,
                 const std::string& label, const std::string& role, const Element& element,
                 const std::string& item = "") {
    style_.String(sheet, row, kIdColumn, "", nullptr);
    style_.String(sheet, row, kTextColumn, label, answer_label_format_);
    for (lxw_col_t col = kFirstAnswerColumn; col <= LastAnswerColumn(); ++col) {
      style_.String(sheet, row, col, "", answer_format_);
    }
    Map(sheet_name, row, kFirstAnswerColumn, role, element.id, item);
  }

  void WriteDimensionSheet(lxw_worksheet* sheet, const std::string& name,
                           const Dimension& dimension) {
    // Ids (33 characters at most in the bundled frameworks), in small grey type, wrap over
    // the question's first two rows.
    style_.Column(sheet, kIdColumn, kIdColumn, kIdWidth, nullptr);
    style_.Column(sheet, kTextColumn, kTextColumn, kTextWidth, nullptr);
    style_.Column(sheet, kFirstAnswerColumn, LastAnswerColumn(), kAnswerWidth, nullptr);
    lxw_row_t row = 0;
    style_.String(sheet, row++, kIdColumn, In(dimension.title), style_.title_format);
    std::string hint = messages_("questionnaire.answer_hint", {respondents_name_});
    if (!dimension.description.empty()) hint = In(dimension.description) + " " + hint;
    {  // Wrapped across the sheet: text running past its last column would widen the print.
      const lxw_col_t last = LastPeriodShown() ? LastAnswerColumn() + 1 : LastAnswerColumn();
      const double width = kIdWidth + kTextWidth + kAnswerWidth * options_.respondents +
                           (LastPeriodShown() ? kLastPeriodWidth : 0);
      worksheet_merge_range(sheet, row, kIdColumn, row, last, "", hint_format_);
      style_.String(sheet, row, kIdColumn, hint, hint_format_);
      style_.Row(sheet, row, WorkbookStyle::ExcelRowHeight({{hint, width}}));
      ++row;
    }
    style_.Row(sheet, row++, kSpacerHeight);
    lxw_row_t header = row++;
    style_.RepeatRow(sheet, header);  // Above the questions on every page.
    style_.String(sheet, header, kIdColumn, messages_("questionnaire.id"), style_.header_format);
    style_.String(sheet, header, kTextColumn, messages_("questionnaire.question"),
                  style_.header_format);
    for (int i = 0; i < options_.respondents; ++i) {
      // The heading follows the Respondents sheet: the id and side once given.
      std::string cell = SheetCell(respondents_name_, respondents_first_row_ + i, 0);
      std::string side = SheetCell(respondents_name_, respondents_first_row_ + i, 1);
      std::string fallback = messages_("questionnaire.respondent", {std::to_string(i + 1)});
      std::string formula = "=IF(" + cell + "=\"\",\"" + fallback + "\"," + cell + "&IF(" + side +
                            "=\"\",\"\",\" (\"&" + side + "&\")\"))";
      worksheet_write_formula_str(sheet, header, kFirstAnswerColumn + static_cast<lxw_col_t>(i),
                                  formula.c_str(), style_.header_format, fallback.c_str());
    }
    if (LastPeriodShown()) {
      const lxw_col_t col = LastAnswerColumn() + 1;
      style_.Column(sheet, col, col, kLastPeriodWidth, nullptr);
      std::string heading = messages_("questionnaire.last_period", {options_.previous->period});
      style_.String(sheet, header, col, heading, last_period_header_format_);
      Map(name, header, col, "last_period", "", heading);
    }
    // Two lines at least; as many as a respondent's heading takes once the Respondents
    // sheet gives the side ("Respondent 6 (Employer / management)"), in bold, indented.
    double header_height = 30;
    for (const Perspective& perspective : framework_.perspectives) {
      std::string heading =
          messages_("questionnaire.respondent", {std::to_string(options_.respondents)}) + " (" +
          In(perspective.label) + ")";
      header_height = std::max(
          header_height, WorkbookStyle::ExcelRowHeight({{heading, kAnswerWidth - 1.5}}, 11, true));
    }
    style_.Row(sheet, header, header_height);
    worksheet_freeze_panes(sheet, header + 1, kFirstAnswerColumn);

    std::function<void(const Dimension&, bool)> write = [&](const Dimension& part, bool nested) {
      if (nested) {
        ++row;
        style_.String(sheet, row++, kIdColumn, In(part.title), style_.section_format);
      }
      for (const Element& element : part.elements) WriteElement(sheet, name, element, row);
      for (const Dimension& child : part.dimensions) write(child, true);
    };
    write(dimension, false);
    worksheet_set_selection(sheet, header + 1, kFirstAnswerColumn, header + 1, kFirstAnswerColumn);
  }

  void WriteElement(lxw_worksheet* sheet, const std::string& name, const Element& element,
                    lxw_row_t& row) {
    style_.Row(sheet, row++, kSpacerHeight);  // Between questions: the heading has a rule.
    const lxw_row_t first = row;
    std::string heading = In(element.title) + " (" + KindLabel(element.kind, messages_) + ")";
    worksheet_merge_range(sheet, row, kIdColumn, row + 1, kIdColumn, "", id_format_);
    style_.String(sheet, row, kIdColumn, element.id, id_format_);
    Wrapped(sheet, row, kTextColumn, heading, element_format_, kTextWidth, 11, true);
    for (lxw_col_t col = kFirstAnswerColumn; col <= LastAnswerColumn(); ++col) {
      style_.String(sheet, row, col, "", element_format_);
    }
    ++row;
    std::string prompt = In(element.prompt);
    if (!element.applies_when.empty()) {
      prompt =
          Join({prompt, messages_("questionnaire.only_where",
                                  {ConditionsText(framework_, element.applies_when, messages_)})},
               " ");
    }
    if (!prompt.empty()) Wrapped(sheet, row++, kTextColumn, prompt, style_.text_format, kTextWidth);
    for (const auto& [level, text] : element.levels) {
      const ScaleLevel* scale_level = framework_.FindLevel(level);
      std::string descriptor =
          (scale_level ? LevelOption(*scale_level) : std::to_string(level)) + ": " + In(text);
      Wrapped(sheet, row++, kTextColumn, descriptor, descriptor_format_, kTextWidth,
              kDescriptorPoints);
    }
    lxw_col_t last = LastAnswerColumn();
    std::string not_applicable = messages_("questionnaire.not_applicable");
    AnswerForm form = FormOf(element);
    if (form.input == AnswerInput::kNumber) {
      std::string direction = messages_(form.higher_is_better ? MessageKey("measure.higher")
                                                              : MessageKey("measure.lower"));
      AnswerRow(sheet, name, row, messages_("questionnaire.value", {In(*form.unit), direction}),
                form.key, element);
      NumberValidation(sheet, row++, kFirstAnswerColumn, last, false, form.min, form.max);
      AnswerRow(sheet, name, row, messages_("questionnaire.applies"), "not_applicable", element);
      DropDown(sheet, row++, kFirstAnswerColumn, last, {not_applicable});
    } else if (form.input == AnswerInput::kTicks) {
      style_.String(sheet, row, kTextColumn, messages_("questionnaire.practices"),
                    answer_label_format_);
      ++row;
      for (const ChecklistItem& item : *form.items) {
        AnswerRow(sheet, name, row, In(item.text), form.key, element, item.key);
        DropDown(sheet, row, kFirstAnswerColumn, last,
                 {messages_("questionnaire.yes"), messages_("questionnaire.no")});
        style_.Row(sheet, row,
                   WorkbookStyle::ExcelRowHeight({{In(item.text), kTextWidth}}, 11, true));
        ++row;
      }
      AnswerRow(sheet, name, row, messages_("questionnaire.applies"), "not_applicable", element);
      DropDown(sheet, row++, kFirstAnswerColumn, last, {not_applicable});
    } else {
      AnswerRow(sheet, name, row, messages_("questionnaire.your_level"), form.key, element);
      std::vector<std::string> options;
      for (const ScaleLevel& level : framework_.scale) options.push_back(LevelOption(level));
      options.push_back(not_applicable);
      DropDown(sheet, row++, kFirstAnswerColumn, last, options);
    }
    AnswerRow(sheet, name, row, messages_("questionnaire.evidence"), "evidence", element);
    style_.Row(sheet, row++, 45);
    AnswerRow(sheet, name, row, messages_("questionnaire.notes"), "note", element);
    style_.Row(sheet, row++, 30);
    if (LastPeriodShown()) WriteLastPeriod(sheet, name, element, first, row - 1);
    style_.KeepTogether(sheet, first, row - 1);  // A question never parts from its answers.
  }

  const Framework& framework_;
  QuestionnaireOptions options_;
  const Messages& messages_;
  WorkbookStyle style_;
  lxw_worksheet* meta_ = nullptr;
  lxw_row_t map_row_ = 0;
  lxw_col_t list_column_ = 8;
  lxw_row_t respondents_first_row_ = 0;
  std::string institution_name_;
  std::string respondents_name_;
  std::string sign_off_name_;
  std::string actions_name_;
  std::vector<std::string> notes_;  ///< Said when the workbook is written.
  lxw_format* answer_format_ = nullptr;
  lxw_format* date_format_ = nullptr;
  lxw_format* id_format_ = nullptr;
  lxw_format* element_format_ = nullptr;
  lxw_format* descriptor_format_ = nullptr;
  lxw_format* hint_format_ = nullptr;
  lxw_format* answer_label_format_ = nullptr;
  lxw_format* last_period_format_ = nullptr;
  lxw_format* last_period_header_format_ = nullptr;
};

}  // namespace

std::string QuestionnaireLevelOption(const ScaleLevel& level, const std::string& language) {
  return std::to_string(level.level) + " " + level.label.In(language);
}

std::vector<std::string> WriteQuestionnaireWorkbook(const Framework& framework,
                                                    const QuestionnaireOptions& options,
                                                    const std::string& path) {
  return QuestionnaireWriter(framework, options, path).Write();
}

}  // namespace maturity
