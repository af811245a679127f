#include "reports/scorecard_workbook.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>
#include <vector>

#include "reports/json_writer.h"
#include "reports/presentation.h"

namespace maturity {

namespace {

constexpr lxw_color_t kInk = 0x1F2A44;
constexpr lxw_color_t kHeaderFill = 0x1F4E79;
constexpr lxw_color_t kBandFill = 0xDDEBF7;
constexpr lxw_color_t kGapFill = 0xFCE4D6;
constexpr lxw_color_t kBigGapFill = 0xF8CBAD;
constexpr lxw_color_t kDivergenceFill = 0xE4DFEC;
constexpr lxw_color_t kGoodFill = 0xE2EFDA;
constexpr lxw_color_t kManagementColour = 0x2E75B6;
constexpr lxw_color_t kUnionColour = 0xC00000;
constexpr lxw_color_t kTargetColour = 0x7F7F7F;
constexpr lxw_color_t kScoreColour = 0x548235;

/// Quotes a sheet name for use in a formula reference.
std::string SheetRef(const std::string& sheet) { return "'" + sheet + "'"; }

std::string Column(lxw_col_t col) {
  std::string name;
  int n = col + 1;
  while (n > 0) {
    name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
    n = (n - 1) / 26;
  }
  return name;
}

std::string Range(const std::string& sheet, lxw_row_t first_row, lxw_col_t first_col,
                  lxw_row_t last_row, lxw_col_t last_col) {
  return "=" + SheetRef(sheet) + "!$" + Column(first_col) + "$" + std::to_string(first_row + 1) +
         ":$" + Column(last_col) + "$" + std::to_string(last_row + 1);
}

/// A measured value as written, without trailing zeros (12, 7.5).
std::string JsonNumber(double value) { return JsonWriter::FormatNumber(value); }

std::string JoinTexts(const std::vector<std::string>& parts, const std::string& separator) {
  std::string joined;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    joined += (joined.empty() ? "" : separator) + part;
  }
  return joined;
}

class WorkbookWriter {
 public:
  WorkbookWriter(const Scorecard& card, const std::string& path, const WorkbookOptions& options)
      : card_(card), framework_(*card.framework), response_(*card.response) {
    workbook_ = workbook_new(path.c_str());
    if (!workbook_) throw std::runtime_error(path + ": cannot create the workbook");
    SetProperties(options);
    CreateFormats();
  }

  ~WorkbookWriter() {
    if (workbook_) workbook_close(workbook_);
  }

  void Write(const std::string& path) {
    WriteSummary();
    WriteElements();
    WriteActionPlan();
    WritePerspectives();
    WriteMethod();
    lxw_error error = workbook_close(workbook_);
    workbook_ = nullptr;
    if (error != LXW_NO_ERROR) {
      throw std::runtime_error(path + ": cannot write the workbook: " + lxw_strerror(error));
    }
  }

 private:
  void SetProperties(const WorkbookOptions& options) {
    title_ =
        "Partnership maturity scorecard: " + response_.institution.name + ", " + response_.period;
    subject_ = framework_.title.Default() + " " + framework_.version;
    properties_.title = title_.data();
    properties_.subject = subject_.data();
    properties_.author = const_cast<char*>("maturity");
    properties_.comments =
        const_cast<char*>("Written by maturity; every number equals the JSON result.");
    properties_.created = options.created ? *options.created : std::time(nullptr);
    workbook_set_properties(workbook_, &properties_);
  }

  lxw_format* NewFormat() { return workbook_add_format(workbook_); }

  void CreateFormats() {
    title_format_ = NewFormat();
    format_set_bold(title_format_);
    format_set_font_size(title_format_, 16);
    format_set_font_color(title_format_, kInk);

    subtitle_format_ = NewFormat();
    format_set_italic(subtitle_format_);
    format_set_font_color(subtitle_format_, 0x595959);

    section_format_ = NewFormat();
    format_set_bold(section_format_);
    format_set_font_size(section_format_, 12);
    format_set_font_color(section_format_, kHeaderFill);
    format_set_bottom(section_format_, LXW_BORDER_THIN);

    label_format_ = NewFormat();
    format_set_bold(label_format_);
    format_set_align(label_format_, LXW_ALIGN_VERTICAL_TOP);

    text_format_ = NewFormat();
    format_set_text_wrap(text_format_);
    format_set_align(text_format_, LXW_ALIGN_VERTICAL_TOP);

    header_format_ = NewFormat();
    format_set_bold(header_format_);
    format_set_font_color(header_format_, LXW_COLOR_WHITE);
    format_set_bg_color(header_format_, kHeaderFill);
    format_set_text_wrap(header_format_);
    format_set_align(header_format_, LXW_ALIGN_VERTICAL_CENTER);

    number_format_ = NewFormat();
    format_set_num_format(number_format_, "0.00");
    format_set_align(number_format_, LXW_ALIGN_VERTICAL_TOP);

    big_number_format_ = NewFormat();
    format_set_num_format(big_number_format_, "0.00");
    format_set_bold(big_number_format_);
    format_set_font_size(big_number_format_, 14);
    format_set_align(big_number_format_, LXW_ALIGN_LEFT);

    percent_format_ = NewFormat();
    format_set_num_format(percent_format_, "0%");
    format_set_align(percent_format_, LXW_ALIGN_VERTICAL_TOP);

    left_number_format_ = NewFormat();
    format_set_num_format(left_number_format_, "0.00");
    format_set_align(left_number_format_, LXW_ALIGN_LEFT);

    left_percent_format_ = NewFormat();
    format_set_num_format(left_percent_format_, "0%");
    format_set_align(left_percent_format_, LXW_ALIGN_LEFT);

    integer_format_ = NewFormat();
    format_set_num_format(integer_format_, "0");
    format_set_align(integer_format_, LXW_ALIGN_VERTICAL_TOP);

    fill_in_format_ = NewFormat();
    format_set_border(fill_in_format_, LXW_BORDER_THIN);
    format_set_border_color(fill_in_format_, 0xBFBFBF);
    format_set_bg_color(fill_in_format_, 0xFFF2CC);
    format_set_text_wrap(fill_in_format_);
    format_set_align(fill_in_format_, LXW_ALIGN_VERTICAL_TOP);

    date_format_ = NewFormat();
    format_set_num_format(date_format_, "yyyy-mm-dd");
    format_set_border(date_format_, LXW_BORDER_THIN);
    format_set_border_color(date_format_, 0xBFBFBF);
    format_set_bg_color(date_format_, 0xFFF2CC);
    format_set_align(date_format_, LXW_ALIGN_VERTICAL_TOP);

    gap_format_ = NewFormat();
    format_set_bg_color(gap_format_, kGapFill);
    big_gap_format_ = NewFormat();
    format_set_bg_color(big_gap_format_, kBigGapFill);
    format_set_bold(big_gap_format_);
    divergence_format_ = NewFormat();
    format_set_bg_color(divergence_format_, kDivergenceFill);
    format_set_bold(divergence_format_);
    good_format_ = NewFormat();
    format_set_bg_color(good_format_, kGoodFill);
    flag_format_ = NewFormat();
    format_set_font_color(flag_format_, 0x9C0006);
    format_set_bold(flag_format_);
    format_set_text_wrap(flag_format_);
    format_set_align(flag_format_, LXW_ALIGN_VERTICAL_TOP);
  }

  lxw_worksheet* AddSheet(const char* name) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook_, name);
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9);  // A4
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_set_margins(sheet, 0.5, 0.5, 0.6, 0.6);
    std::string footer = "&L" + EscapeHeader(response_.institution.name) + ", " +
                         EscapeHeader(response_.period) + "&C&A&RPage &P of &N";
    worksheet_set_footer(sheet, footer.c_str());
    return sheet;
  }

  static std::string EscapeHeader(const std::string& text) {
    std::string escaped;
    for (char c : text) {
      escaped += c;
      if (c == '&') escaped += '&';
    }
    return escaped;
  }

  void Number(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, std::optional<double> value,
              lxw_format* format) {
    if (value) {
      worksheet_write_number(sheet, row, col, *value, format);
    } else {
      worksheet_write_string(sheet, row, col, "-", format);
    }
  }

  void String(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const std::string& text,
              lxw_format* format = nullptr) {
    if (text.empty()) {
      worksheet_write_blank(sheet, row, col, format);
    } else {
      worksheet_write_string(sheet, row, col, text.c_str(), format);
    }
  }

  /// An Excel table over `header` and the rows below it, with a name and style.
  void AddTable(lxw_worksheet* sheet, lxw_row_t header_row, lxw_col_t first_col, lxw_row_t last_row,
                const std::vector<std::string>& headers, const char* name) {
    std::vector<lxw_table_column> columns(headers.size());
    std::vector<lxw_table_column*> pointers;
    for (std::size_t i = 0; i < headers.size(); ++i) {
      columns[i] = {};
      columns[i].header = const_cast<char*>(headers[i].c_str());
      columns[i].header_format = header_format_;
      pointers.push_back(&columns[i]);
    }
    pointers.push_back(nullptr);
    lxw_table_options options = {};
    options.name = const_cast<char*>(name);
    options.style_type = LXW_TABLE_STYLE_TYPE_LIGHT;
    options.style_type_number = 9;
    options.columns = pointers.data();
    worksheet_add_table(sheet, header_row, first_col, std::max(last_row, header_row + 1),
                        static_cast<lxw_col_t>(first_col + headers.size() - 1), &options);
    worksheet_set_row(sheet, header_row, 32, nullptr);
  }

  void Highlight(lxw_worksheet* sheet, lxw_row_t first_row, lxw_col_t col, lxw_row_t last_row,
                 uint8_t criteria, double value, lxw_format* format) {
    lxw_conditional_format rule = {};
    rule.type = LXW_CONDITIONAL_TYPE_CELL;
    rule.criteria = criteria;
    rule.value = value;
    rule.format = format;
    worksheet_conditional_format_range(sheet, first_row, col, last_row, col, &rule);
  }

  void ColourScale(lxw_worksheet* sheet, lxw_row_t first_row, lxw_col_t col, lxw_row_t last_row) {
    lxw_conditional_format rule = {};
    rule.type = LXW_CONDITIONAL_3_COLOR_SCALE;
    rule.min_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
    rule.min_value = framework_.lowest_level();
    rule.min_color = 0xF8696B;
    rule.mid_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
    rule.mid_value = (framework_.lowest_level() + framework_.highest_level()) / 2.0;
    rule.mid_color = 0xFFEB84;
    rule.max_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
    rule.max_value = framework_.highest_level();
    rule.max_color = 0x63BE7B;
    worksheet_conditional_format_range(sheet, first_row, col, last_row, col, &rule);
  }

  std::string PerspectiveTitle(const std::string& key) const {
    return PerspectiveLabel(framework_, key);
  }

  lxw_color_t PerspectiveColour(std::size_t index) const {
    static const lxw_color_t kColours[] = {kManagementColour, kUnionColour, 0xBF8F00, 0x7030A0};
    return kColours[index % 4];
  }

  // --- Summary -------------------------------------------------------------------------

  void WriteSummary() {
    lxw_worksheet* sheet = AddSheet("Summary");
    const char* name = "Summary";
    worksheet_set_column(sheet, 0, 0, 34, nullptr);
    worksheet_set_column(sheet, 1, 1, 12, nullptr);
    worksheet_set_column(sheet, 2, 2, 16, nullptr);
    worksheet_set_column(sheet, 3, 30, 13, nullptr);
    worksheet_fit_to_pages(sheet, 1, 1);
    worksheet_gridlines(sheet, LXW_HIDE_ALL_GRIDLINES);

    lxw_row_t row = 0;
    String(sheet, row++, 0, "Partnership maturity scorecard", title_format_);
    String(sheet, row++, 0,
           "One workbook for leadership and the trade union side to read together. "
           "Every number is explained on the Method sheet.",
           subtitle_format_);
    ++row;
    auto fact = [&](const std::string& label, const std::string& value) {
      String(sheet, row, 0, label, label_format_);
      String(sheet, row, 1, value);
      ++row;
    };
    fact("Institution", response_.institution.name + " (" + response_.institution.id + ")");
    std::vector<std::string> profile;
    for (const auto& [field, value] : response_.institution.profile) {
      profile.push_back(field + ": " + value.text +
                        (value.band.empty() ? "" : " (" + value.band + ")"));
    }
    fact("Profile", JoinTexts(profile, "; "));
    fact("Period", response_.period);
    fact("Framework", framework_.title.Default() + ", version " + framework_.version);
    std::vector<std::string> unsigned_sides;
    for (const Perspective& perspective : framework_.perspectives) {
      if (std::find(card_.signed_off.begin(), card_.signed_off.end(), perspective.key) ==
          card_.signed_off.end()) {
        unsigned_sides.push_back(PerspectiveTitle(perspective.key));
      }
    }
    std::string agreed = card_.jointly_agreed
                             ? "Yes: signed off by every perspective"
                             : "No: not signed off by " + JoinTexts(unsigned_sides, " or ");
    fact("Jointly agreed", agreed);
    for (const SignOff& entry : response_.sign_off) {
      fact("  Signed off (" + PerspectiveTitle(entry.perspective) + ")",
           entry.name + ", " + entry.date);
    }
    std::vector<std::string> respondents;
    for (const Perspective& perspective : framework_.perspectives) {
      int count = 0;
      for (const Respondent& respondent : response_.respondents) {
        count += respondent.perspective == perspective.key;
      }
      respondents.push_back(PerspectiveTitle(perspective.key) + ": " + std::to_string(count));
    }
    fact("Respondents", JoinTexts(respondents, "; "));
    ++row;

    String(sheet, row++, 0, "Overall", section_format_);
    String(sheet, row, 0, "Overall score", label_format_);
    Number(sheet, row, 1, card_.overall.score, big_number_format_);
    String(sheet, row, 2, "of " + std::to_string(framework_.highest_level()));
    workbook_define_name(workbook_, "OverallScore",
                         ("=" + SheetRef(name) + "!$B$" + std::to_string(row + 1)).c_str());
    ++row;
    String(sheet, row, 0, "Level reached", label_format_);
    String(sheet, row, 1, LevelName(framework_, card_.overall.level));
    ++row;
    String(sheet, row, 0, "Percent of the scale", label_format_);
    Number(sheet, row, 1,
           card_.overall.percent ? std::optional(*card_.overall.percent / 100) : std::nullopt,
           left_percent_format_);
    ++row;
    String(sheet, row, 0, "Target", label_format_);
    Number(sheet, row, 1, card_.overall.target, left_number_format_);
    ++row;
    String(sheet, row, 0, "Completeness", label_format_);
    worksheet_write_number(sheet, row, 1, card_.overall.completeness, left_percent_format_);
    ++row;
    for (const auto& [perspective, score] : card_.overall.by_perspective) {
      String(sheet, row, 0, PerspectiveTitle(perspective), label_format_);
      Number(sheet, row, 1, score, left_number_format_);
      ++row;
    }
    String(sheet, row, 0, "Divergence between perspectives", label_format_);
    Number(sheet, row, 1, card_.overall.divergence, left_number_format_);
    row += 2;

    String(sheet, row++, 0, "Dimensions", section_format_);
    std::vector<std::string> headers = {"Dimension", "Score", "Level",
                                        "Target",    "Gap",   "Completeness"};
    for (const Perspective& perspective : framework_.perspectives) {
      headers.push_back(PerspectiveTitle(perspective.key));
    }
    headers.push_back("Divergence");
    lxw_row_t header_row = row++;
    lxw_row_t first = row;
    for (const DimensionScore& dimension : card_.dimensions) {
      std::string title = std::string(static_cast<std::size_t>(dimension.depth) * 4, ' ') +
                          dimension.dimension->title.Default();
      String(sheet, row, 0, title, text_format_);
      Number(sheet, row, 1, dimension.score, number_format_);
      String(sheet, row, 2, LevelName(framework_, dimension.level), text_format_);
      Number(sheet, row, 3, dimension.target, number_format_);
      Number(sheet, row, 4, dimension.gap, number_format_);
      worksheet_write_number(sheet, row, 5, dimension.completeness, percent_format_);
      lxw_col_t col = 6;
      for (const auto& [perspective, score] : dimension.by_perspective) {
        Number(sheet, row, col++, score, number_format_);
      }
      Number(sheet, row, col, dimension.divergence, number_format_);
      ++row;
    }
    lxw_row_t last = row - 1;
    AddTable(sheet, header_row, 0, last, headers, "Dimensions");
    ColourScale(sheet, first, 1, last);
    Highlight(sheet, first, 4, last, LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO, 1.0,
              big_gap_format_);
    Highlight(sheet, first, 4, last, LXW_CONDITIONAL_CRITERIA_GREATER_THAN, 0.0, gap_format_);
    lxw_col_t divergence_col = static_cast<lxw_col_t>(headers.size() - 1);
    Highlight(sheet, first, divergence_col, last, LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO,
              framework_.scoring.divergence_threshold, divergence_format_);
    worksheet_freeze_panes(sheet, 3, 0);

    // The radar chart: current against target, and each perspective.
    lxw_chart* chart = workbook_add_chart(workbook_, LXW_CHART_RADAR);
    std::string categories = Range(name, first, 0, last, 0);
    auto add_series = [&](lxw_col_t col, const std::string& series_name, lxw_color_t colour,
                          bool dashed) {
      lxw_chart_series* series =
          chart_add_series(chart, categories.c_str(), Range(name, first, col, last, col).c_str());
      chart_series_set_name(series, series_name.c_str());
      lxw_chart_line line = {};
      line.color = colour;
      line.width = dashed ? 1.5 : 2.25;
      line.dash_type = dashed ? LXW_CHART_LINE_DASH_DASH : LXW_CHART_LINE_DASH_SOLID;
      chart_series_set_line(series, &line);
    };
    add_series(1, "Score", kScoreColour, false);
    add_series(3, "Target", kTargetColour, true);
    for (std::size_t p = 0; p < framework_.perspectives.size(); ++p) {
      add_series(static_cast<lxw_col_t>(6 + p), PerspectiveTitle(framework_.perspectives[p].key),
                 PerspectiveColour(p), true);
    }
    chart_title_set_name(chart, "Maturity by dimension: current against target");
    chart_axis_set_min(chart->y_axis, framework_.lowest_level());
    chart_axis_set_max(chart->y_axis, framework_.highest_level());
    chart_axis_set_major_unit(chart->y_axis, 1);
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    lxw_chart_options chart_options = {};
    chart_options.x_scale = 1.55;
    chart_options.y_scale = 1.32;
    chart_options.x_offset = 10;
    worksheet_insert_chart_opt(sheet, 2, 5, chart, &chart_options);
  }

  // --- Elements ------------------------------------------------------------------------

  /// One line per perspective: `Trade union side: ucu-branch 3, unison-branch 2`.
  std::string AnswersText(const ElementScore& score) const {
    std::vector<std::string> lines;
    for (const Perspective& perspective : framework_.perspectives) {
      std::vector<std::string> parts;
      for (const Rating& rating : score.ratings) {
        if (rating.respondent->perspective != perspective.key) continue;
        const Answer& answer = *rating.answer;
        std::string part = answer.by + " ";
        if (answer.not_applicable) {
          part += "n/a (" + answer.reason + ")";
        } else if (answer.value) {
          part += JsonNumber(*answer.value) + " → " + std::to_string(rating.level.value_or(0));
        } else if (answer.checked) {
          part += std::to_string(answer.checked->size()) + "/" +
                  std::to_string(score.element->checklist->items.size()) + " → " +
                  std::to_string(rating.level.value_or(0));
        } else {
          part += std::to_string(rating.level.value_or(0));
        }
        parts.push_back(part);
      }
      if (!parts.empty())
        lines.push_back(PerspectiveTitle(perspective.key) + ": " + JoinTexts(parts, ", "));
    }
    return JoinTexts(lines, "\n");
  }

  std::string EvidenceText(const ElementScore& score) const {
    std::vector<std::string> lines;
    for (const Rating& rating : score.ratings) {
      for (const std::string& item : rating.answer->evidence) {
        lines.push_back(rating.answer->by + ": " + item);
      }
      if (rating.unevidenced) lines.push_back(rating.answer->by + ": no evidence given");
    }
    return JoinTexts(lines, "\n");
  }

  std::string NotesText(const ElementScore& score) const {
    std::vector<std::string> lines;
    for (const Rating& rating : score.ratings) {
      if (!rating.answer->note.empty())
        lines.push_back(rating.answer->by + ": " + rating.answer->note);
    }
    return JoinTexts(lines, "\n");
  }

  std::string FlagsText(const ElementScore& score) const {
    std::vector<std::string> flags;
    for (Flag flag : score.flags) flags.push_back(FlagName(flag));
    if (score.excluded_by_profile) flags.push_back("does not apply to this profile");
    return JoinTexts(flags, ", ");
  }

  static double RowHeight(const std::vector<std::pair<std::string, double>>& cells) {
    double lines = 1;
    for (const auto& [text, width] : cells) {
      double count = 0;
      std::size_t start = 0;
      while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        double length = static_cast<double>(DisplayWidth(text.substr(start, end - start)));
        count += std::max(1.0, std::ceil(length / (width * 1.2)));
        start = end + 1;
      }
      lines = std::max(lines, count);
    }
    return std::min(409.0, 15.0 * lines + 2);
  }

  void WriteElements() {
    const char* name = "Elements";
    lxw_worksheet* sheet = AddSheet(name);
    std::vector<std::string> headers = {"Dimension", "Element", "Title", "Kind", "Weight"};
    for (const Perspective& perspective : framework_.perspectives) {
      headers.push_back(PerspectiveTitle(perspective.key));
    }
    const lxw_col_t score_col = static_cast<lxw_col_t>(headers.size());
    for (const char* header : {"Score", "Level", "Target", "Gap", "Priority", "Divergence", "Flags",
                               "Answers", "Evidence", "Notes"}) {
      headers.push_back(header);
    }
    worksheet_set_paper(sheet, 8);  // A3: the register is wide.
    worksheet_set_column(sheet, 0, 0, 20, text_format_);
    worksheet_set_column(sheet, 1, 1, 24, text_format_);
    worksheet_set_column(sheet, 2, 2, 34, text_format_);
    worksheet_set_column(sheet, 3, 4, 9, nullptr);
    worksheet_set_column(sheet, 5, score_col - 1, 11, nullptr);
    worksheet_set_column(sheet, score_col, score_col, 8, nullptr);
    worksheet_set_column(sheet, score_col + 1, score_col + 1, 14, text_format_);
    worksheet_set_column(sheet, score_col + 2, score_col + 5, 9, nullptr);
    worksheet_set_column(sheet, score_col + 5, score_col + 5, 11, nullptr);
    worksheet_set_column(sheet, score_col + 6, score_col + 6, 15, flag_format_);
    worksheet_set_column(sheet, score_col + 7, score_col + 9, 40, text_format_);

    String(sheet, 0, 0, "Elements: every element, its perspectives, score, target and gap",
           title_format_);
    String(sheet, 1, 0,
           "Orange: below target (darker: a gap of 1 level or more). Purple: the perspectives "
           "are " +
               Fixed(framework_.scoring.divergence_threshold, 1) +
               " or more apart. A dash: no score.",
           subtitle_format_);
    lxw_row_t header_row = 3;
    lxw_row_t row = header_row + 1;
    for (const ElementScore& score : card_.elements) {
      const Element& element = *score.element;
      const Dimension* dimension = nullptr;
      if (const DimensionScore* found = card_.FindDimension(score.dimension_id)) {
        dimension = found->dimension;
      }
      String(sheet, row, 0, dimension ? dimension->title.Default() : score.dimension_id,
             text_format_);
      String(sheet, row, 1, element.id, text_format_);
      String(sheet, row, 2, element.title.Default(), text_format_);
      String(sheet, row, 3, KindName(element.kind), text_format_);
      worksheet_write_number(sheet, row, 4, element.weight, integer_format_);
      lxw_col_t col = 5;
      for (const Perspective& perspective : framework_.perspectives) {
        Number(sheet, row, col++, score.PerspectiveScoreOf(perspective.key), number_format_);
      }
      Number(sheet, row, col++, score.score, number_format_);
      String(sheet, row, col++, score.applicable ? LevelName(framework_, score.level) : "n/a",
             text_format_);
      worksheet_write_number(sheet, row, col++, score.target, number_format_);
      Number(sheet, row, col++, score.gap, number_format_);
      Number(sheet, row, col++, score.gap ? std::optional(score.priority) : std::nullopt,
             number_format_);
      Number(sheet, row, col++, score.divergence, number_format_);
      String(sheet, row, col++, FlagsText(score), flag_format_);
      std::string answers = AnswersText(score);
      std::string evidence = EvidenceText(score);
      std::string notes = NotesText(score);
      String(sheet, row, col++, answers, text_format_);
      String(sheet, row, col++, evidence, text_format_);
      String(sheet, row, col++, notes, text_format_);
      worksheet_set_row(sheet, row,
                        RowHeight({{element.title.Default(), 34},
                                   {answers, 40},
                                   {evidence, 40},
                                   {notes, 40},
                                   {FlagsText(score), 15}}),
                        nullptr);
      ++row;
    }
    lxw_row_t last = row - 1;
    AddTable(sheet, header_row, 0, last, headers, "ElementScores");
    ColourScale(sheet, header_row + 1, score_col, last);
    Highlight(sheet, header_row + 1, score_col + 3, last,
              LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO, 1.0, big_gap_format_);
    Highlight(sheet, header_row + 1, score_col + 3, last, LXW_CONDITIONAL_CRITERIA_GREATER_THAN,
              0.0, gap_format_);
    Highlight(sheet, header_row + 1, score_col + 5, last,
              LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO,
              framework_.scoring.divergence_threshold, divergence_format_);
    worksheet_freeze_panes(sheet, header_row + 1, 3);
    worksheet_repeat_rows(sheet, header_row, header_row);
  }

  // --- Action plan ---------------------------------------------------------------------

  std::string ActionsFor(const ElementScore& score) const {
    const auto& actions = score.element->actions;
    // The actions keyed by the level now reached lead to the next level; if that level
    // has none, use the nearest level below that has some.
    for (auto it = actions.rbegin(); it != actions.rend(); ++it) {
      if (score.level && it->first <= *score.level && !it->second.empty()) {
        std::vector<std::string> lines;
        for (const Text& action : it->second) lines.push_back("• " + action.Default());
        return JoinTexts(lines, "\n");
      }
    }
    return "";
  }

  void WriteActionPlan() {
    const char* name = "Action plan";
    lxw_worksheet* sheet = AddSheet(name);
    worksheet_set_column(sheet, 0, 0, 5, nullptr);
    worksheet_set_column(sheet, 1, 1, 9, nullptr);
    worksheet_set_column(sheet, 2, 2, 22, text_format_);
    worksheet_set_column(sheet, 3, 3, 34, text_format_);
    worksheet_set_column(sheet, 4, 6, 9, nullptr);
    worksheet_set_column(sheet, 7, 7, 11, nullptr);
    worksheet_set_column(sheet, 8, 8, 60, text_format_);
    worksheet_set_column(sheet, 9, 9, 18, nullptr);
    worksheet_set_column(sheet, 10, 10, 12, nullptr);
    worksheet_set_column(sheet, 11, 11, 13, nullptr);

    String(sheet, 0, 0, "Action plan: gaps in order of priority", title_format_);
    String(sheet, 1, 0,
           "Priority = gap x element weight x dimension weight. Suggested actions come from the "
           "framework for the level now reached. Owner, due date and status are yours to fill in "
           "together.",
           subtitle_format_);
    std::vector<std::string> headers = {
        "#",   "Priority",   "Dimension",         "Element", "Score",    "Target",
        "Gap", "Divergence", "Suggested actions", "Owner",   "Due date", "Status"};
    lxw_row_t header_row = 3;
    lxw_row_t row = header_row + 1;
    int rank = 1;
    for (const Gap& gap : card_.gaps) {
      const ElementScore& score = card_.elements[gap.element_index];
      const DimensionScore* dimension = card_.FindDimension(score.dimension_id);
      worksheet_write_number(sheet, row, 0, rank++, integer_format_);
      worksheet_write_number(sheet, row, 1, gap.priority, number_format_);
      String(sheet, row, 2, dimension ? dimension->dimension->title.Default() : "", text_format_);
      String(sheet, row, 3, score.element->title.Default(), text_format_);
      Number(sheet, row, 4, score.score, number_format_);
      worksheet_write_number(sheet, row, 5, score.target, number_format_);
      worksheet_write_number(sheet, row, 6, gap.gap, number_format_);
      Number(sheet, row, 7, score.divergence, number_format_);
      std::string actions = ActionsFor(score);
      String(sheet, row, 8,
             actions.empty() ? "(the framework suggests no action for this level)" : actions,
             text_format_);
      worksheet_write_blank(sheet, row, 9, fill_in_format_);
      worksheet_write_blank(sheet, row, 10, date_format_);
      worksheet_write_blank(sheet, row, 11, fill_in_format_);
      worksheet_set_row(sheet, row,
                        RowHeight({{actions, 60}, {score.element->title.Default(), 34}}), nullptr);
      ++row;
    }
    if (card_.gaps.empty()) {
      String(sheet, row, 3, "No gaps: every scored element meets its target.", text_format_);
      ++row;
    }
    lxw_row_t last = std::max(row - 1, header_row + 1);
    AddTable(sheet, header_row, 0, last, headers, "ActionPlan");

    static const char* kStatuses[] = {"Not started", "In progress", "Done", "Dropped", nullptr};
    lxw_data_validation status = {};
    status.validate = LXW_VALIDATION_TYPE_LIST;
    status.value_list = const_cast<char**>(kStatuses);
    worksheet_data_validation_range(sheet, header_row + 1, 11, last, 11, &status);
    lxw_data_validation date = {};
    date.validate = LXW_VALIDATION_TYPE_DATE;
    date.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN;
    date.value_datetime = {2000, 1, 1, 0, 0, 0};
    date.input_title = const_cast<char*>("Due date");
    date.input_message = const_cast<char*>("A date such as 2026-03-31");
    worksheet_data_validation_range(sheet, header_row + 1, 10, last, 10, &date);
    Highlight(sheet, header_row + 1, 6, last, LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO,
              1.0, big_gap_format_);
    Highlight(sheet, header_row + 1, 7, last, LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO,
              framework_.scoring.divergence_threshold, divergence_format_);
    worksheet_freeze_panes(sheet, header_row + 1, 0);
    worksheet_repeat_rows(sheet, header_row, header_row);
  }

  // --- Perspectives --------------------------------------------------------------------

  void WritePerspectives() {
    const char* name = "Perspectives";
    lxw_worksheet* sheet = AddSheet(name);
    worksheet_set_column(sheet, 0, 0, 44, text_format_);
    worksheet_set_column(sheet, 1, 1, 34, text_format_);
    worksheet_set_column(sheet, 2, 8, 14, nullptr);

    String(sheet, 0, 0, "Perspectives: where management and trade union views differ",
           title_format_);
    String(sheet, 1, 0,
           "Each perspective's score is the mean of its own respondents; divergence is the highest "
           "minus the lowest. Largest first. Purple: " +
               Fixed(framework_.scoring.divergence_threshold, 1) + " or more apart.",
           subtitle_format_);

    // By dimension.
    lxw_row_t row = 3;
    String(sheet, row++, 0, "By dimension", section_format_);
    std::vector<std::string> headers = {"Dimension", "Level (joint)"};
    for (const Perspective& perspective : framework_.perspectives) {
      headers.push_back(PerspectiveTitle(perspective.key));
    }
    headers.push_back("Divergence");
    lxw_row_t header_row = row++;
    lxw_row_t first = row;
    std::vector<const DimensionScore*> dimensions;
    for (const DimensionScore& dimension : card_.dimensions) dimensions.push_back(&dimension);
    std::stable_sort(dimensions.begin(), dimensions.end(),
                     [](const DimensionScore* a, const DimensionScore* b) {
                       return a->divergence.value_or(-1) > b->divergence.value_or(-1);
                     });
    for (const DimensionScore* dimension : dimensions) {
      String(sheet, row, 0, dimension->dimension->title.Default(), text_format_);
      String(sheet, row, 1, LevelName(framework_, dimension->level), text_format_);
      lxw_col_t col = 2;
      for (const auto& [perspective, score] : dimension->by_perspective) {
        Number(sheet, row, col++, score, number_format_);
      }
      Number(sheet, row, col, dimension->divergence, number_format_);
      ++row;
    }
    lxw_row_t last = row - 1;
    lxw_col_t divergence_col = static_cast<lxw_col_t>(headers.size() - 1);
    AddTable(sheet, header_row, 0, last, headers, "DimensionPerspectives");
    Highlight(sheet, first, divergence_col, last, LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO,
              framework_.scoring.divergence_threshold, divergence_format_);

    // A bar chart of the perspectives by dimension.
    lxw_chart* chart = workbook_add_chart(workbook_, LXW_CHART_BAR);
    std::string categories = Range(name, first, 0, last, 0);
    for (std::size_t p = 0; p < framework_.perspectives.size(); ++p) {
      lxw_col_t col = static_cast<lxw_col_t>(2 + p);
      lxw_chart_series* series =
          chart_add_series(chart, categories.c_str(), Range(name, first, col, last, col).c_str());
      chart_series_set_name(series, PerspectiveTitle(framework_.perspectives[p].key).c_str());
      lxw_chart_fill fill = {};
      fill.color = PerspectiveColour(p);
      chart_series_set_fill(series, &fill);
    }
    chart_title_set_name(chart, "Each perspective's view, by dimension");
    chart_axis_set_min(chart->x_axis, framework_.lowest_level());
    chart_axis_set_max(chart->x_axis, framework_.highest_level());
    chart_axis_set_major_unit(chart->x_axis, 1);
    chart_axis_set_reverse(chart->y_axis);
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    lxw_chart_options chart_options = {};
    chart_options.x_scale = 1.6;
    chart_options.y_scale = 1.3 + 0.05 * static_cast<double>(dimensions.size());
    worksheet_insert_chart_opt(sheet, header_row, divergence_col + 2, chart, &chart_options);

    // By element, largest divergence first.
    row += 2;
    String(sheet, row++, 0, "By element", section_format_);
    std::vector<const ElementScore*> elements;
    for (const ElementScore& element : card_.elements) {
      if (element.divergence) elements.push_back(&element);
    }
    std::stable_sort(elements.begin(), elements.end(),
                     [](const ElementScore* a, const ElementScore* b) {
                       return *a->divergence > *b->divergence;
                     });
    headers = {"Element", "Dimension"};
    for (const Perspective& perspective : framework_.perspectives) {
      headers.push_back(PerspectiveTitle(perspective.key));
    }
    headers.push_back("Divergence");
    headers.push_back("Who rates it higher");
    header_row = row++;
    first = row;
    for (const ElementScore* element : elements) {
      String(sheet, row, 0, element->element->title.Default(), text_format_);
      const DimensionScore* dimension = card_.FindDimension(element->dimension_id);
      String(sheet, row, 1, dimension ? dimension->dimension->title.Default() : "", text_format_);
      lxw_col_t col = 2;
      for (const Perspective& perspective : framework_.perspectives) {
        Number(sheet, row, col++, element->PerspectiveScoreOf(perspective.key), number_format_);
      }
      worksheet_write_number(sheet, row, col++, *element->divergence, number_format_);
      const PerspectiveScore* highest = &element->by_perspective.front();
      for (const PerspectiveScore& entry : element->by_perspective) {
        if (entry.score > highest->score) highest = &entry;
      }
      String(sheet, row, col,
             *element->divergence > 0 ? PerspectiveTitle(highest->perspective) : "agreed",
             text_format_);
      const std::string dimension_title = dimension ? dimension->dimension->title.Default() : "";
      worksheet_set_row(sheet, row,
                        RowHeight({{element->element->title.Default(), 44}, {dimension_title, 34}}),
                        nullptr);
      ++row;
    }
    if (elements.empty()) {
      String(sheet, row++, 0, "No element was answered from more than one perspective.",
             text_format_);
    }
    last = std::max(row - 1, header_row + 1);
    AddTable(sheet, header_row, 0, last, headers, "ElementPerspectives");
    Highlight(sheet, first, divergence_col, last, LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO,
              framework_.scoring.divergence_threshold, divergence_format_);
    worksheet_set_column(sheet, divergence_col + 1, divergence_col + 1, 24, text_format_);
    worksheet_fit_to_pages(sheet, 1, 0);
  }

  // --- Method --------------------------------------------------------------------------

  void WriteMethod() {
    lxw_worksheet* sheet = AddSheet("Method");
    worksheet_set_column(sheet, 0, 0, 28, label_format_);
    worksheet_set_column(sheet, 1, 1, 110, text_format_);
    worksheet_set_portrait(sheet);
    String(sheet, 0, 0, "Method: how every number was computed", title_format_);
    lxw_row_t row = 2;
    auto line = [&](const std::string& label, const std::string& text) {
      String(sheet, row, 0, label, label_format_);
      String(sheet, row, 1, text, text_format_);
      worksheet_set_row(sheet, row, RowHeight({{text, 110}}), nullptr);
      ++row;
    };
    std::vector<std::string> levels;
    for (const ScaleLevel& level : framework_.scale) {
      levels.push_back(std::to_string(level.level) + " " + level.label.Default());
    }
    const std::string lowest = std::to_string(framework_.lowest_level());
    const std::string highest = std::to_string(framework_.highest_level());
    line("Scale", JoinTexts(levels, ", ") + ". Scores run from " + lowest + " to " + highest +
                      "; percent = (score - " + lowest + ") / (" + highest + " - " + lowest +
                      ") x 100.");
    line("Respondent level",
         "A respondent's answer is a level; a measured value (such as facility time) becomes the "
         "highest level whose threshold it reaches (at or below the threshold where lower is "
         "better); a checklist becomes the highest level whose threshold the number of practices "
         "in place reaches. A value that reaches no threshold gets the lowest level.");
    line("Perspective score",
         "For each element, the mean of the levels given by that perspective's respondents.");
    line("Element score",
         "The mean of the perspective scores present, each perspective counting equally, so a "
         "side with more respondents does not outvote the other. Divergence is the highest "
         "perspective score minus the lowest.");
    std::string aggregate = framework_.scoring.aggregate == Aggregate::kMinimum
                                ? "the lowest score among its elements (aggregate: minimum)"
                                : "the mean of its elements' scores weighted by element weight "
                                  "(aggregate: weighted mean)";
    std::string missing = framework_.scoring.missing == MissingPolicy::kLowest
                              ? "An unanswered element that applies counts as the lowest level "
                                "(missing: lowest)."
                              : "An unanswered element is left out of the score (missing: "
                                "exclude) and shown as incomplete.";
    line("Dimension score", "A dimension's score is " + aggregate + ". " + missing +
                                " Completeness is the weight answered divided by the weight "
                                "that applies. Each perspective's dimension score uses that "
                                "perspective's element scores in the same way.");
    line("Overall score",
         "The mean of the dimension scores weighted by dimension weight; a dimension with no "
         "score is left out.");
    line("Level reached", "The highest scale level not above the score.");
    std::string targets = "An element's own target if it has one, else the first matching rule";
    for (const TargetRule& rule : framework_.target_rules) {
      std::vector<std::string> conditions;
      for (const Condition& condition : rule.when) {
        conditions.push_back(condition.field + " is " + JoinTexts(condition.accepted, " or "));
      }
      targets += "; " + JoinTexts(conditions, " and ") + ": " + Fixed(rule.target, 1);
    }
    targets += "; otherwise the default, " + Fixed(framework_.default_target, 1) +
               ". A dimension's target is aggregated from its elements' targets in the same way as "
               "its score.";
    line("Target", targets);
    line("Gap and priority",
         "Gap = target - element score where the score is below target (an unanswered element has "
         "no gap; it is flagged incomplete). Priority = gap x element weight x dimension weight. "
         "The action plan lists gaps by priority, then divergence, then element id.");
    std::string evidence = framework_.scoring.evidence_required_from
                               ? "unevidenced: a respondent rated the element at level " +
                                     std::to_string(*framework_.scoring.evidence_required_from) +
                                     " or above without giving evidence."
                               : "unevidenced: not used (the framework requires no evidence).";
    line("Flags", "perception-gap: the perspectives are " +
                      Fixed(framework_.scoring.divergence_threshold, 1) + " or more apart. " +
                      evidence +
                      " incomplete: the element applies but nobody answered it. not-applicable: "
                      "every respondent who answered marked it not applicable.");
    line("Jointly agreed",
         "The assessment is jointly agreed when every perspective has signed off.");
    line("Applicability",
         "An element with conditions (such as institution size) applies only to institutions "
         "whose profile matches; others do not count it.");
    line("Source", "Framework " + framework_.id + " " + framework_.version + " (" +
                       framework_.file + "); response " + response_.file + ".");
    line("Tool",
         "Computed by maturity. The JSON result (maturity score --json) carries the same "
         "numbers at full precision.");
  }

  const Scorecard& card_;
  const Framework& framework_;
  const Response& response_;
  lxw_workbook* workbook_ = nullptr;
  lxw_doc_properties properties_ = {};
  std::string title_;
  std::string subject_;
  lxw_format* title_format_ = nullptr;
  lxw_format* subtitle_format_ = nullptr;
  lxw_format* section_format_ = nullptr;
  lxw_format* label_format_ = nullptr;
  lxw_format* text_format_ = nullptr;
  lxw_format* header_format_ = nullptr;
  lxw_format* number_format_ = nullptr;
  lxw_format* big_number_format_ = nullptr;
  lxw_format* percent_format_ = nullptr;
  lxw_format* left_number_format_ = nullptr;
  lxw_format* left_percent_format_ = nullptr;
  lxw_format* integer_format_ = nullptr;
  lxw_format* fill_in_format_ = nullptr;
  lxw_format* date_format_ = nullptr;
  lxw_format* gap_format_ = nullptr;
  lxw_format* big_gap_format_ = nullptr;
  lxw_format* divergence_format_ = nullptr;
  lxw_format* good_format_ = nullptr;
  lxw_format* flag_format_ = nullptr;
};

}  // namespace

void WriteScorecardWorkbook(const Scorecard& card, const std::string& path,
                            const WorkbookOptions& options) {
  WorkbookWriter(card, path, options).Write(path);
}

}  // namespace maturity
