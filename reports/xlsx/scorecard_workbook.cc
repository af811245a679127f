#include "reports/xlsx/scorecard_workbook.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>
#include <vector>

#include "common/messages.h"
#include "engine/answer_kinds.h"
#include "engine/progress.h"
#include "reports/json/json_writer.h"
#include "reports/presentation.h"
#include "reports/xlsx/workbook_style.h"

namespace maturity {

namespace {

class WorkbookWriter {
 public:
  WorkbookWriter(const Scorecard& card, const std::string& path, const WorkbookOptions& options)
      : card_(card),
        framework_(*card.framework),
        response_(*card.response),
        benchmark_(options.benchmark),
        progress_(card.progress),
        language_(options.language),
        m_(Messages::For(options.language)),
        style_(path,
               {.title = m_("scorecard.document_title",
                            {card.response->institution.name, card.response->period}),
                .subject = card.framework->title.In(language_) + " " + card.framework->version,
                .comments = m_("scorecard.document_comments"),
                .created = options.created,
                .footer = card.response->institution.name + ", " + card.response->period,
                .language = options.language,
                .lowest_level = static_cast<double>(card.framework->lowest_level()),
                .highest_level = static_cast<double>(card.framework->highest_level())}) {}

  std::vector<std::string> Write() {
    WriteSummary();
    if (progress_) WriteProgress();
    WriteElements();
    WriteActionPlan();
    WriteAgreedActions();
    WritePerspectives();
    WriteMethod();
    return style_.Close();
  }

 private:
  std::string PerspectiveTitle(const std::string& key) const {
    return PerspectiveLabel(framework_, key, language_);
  }
  /// A share as a percentage cell, or `n/a` (right-aligned like the numbers) when nothing
  /// applies.
  void Share(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, std::optional<double> share,
             lxw_format* format) {
    if (share) {
      worksheet_write_number(sheet, row, col, *share, format);
    } else {
      style_.String(sheet, row, col, m_("scorecard.not_applicable"), format);
    }
  }

  std::string Level(std::optional<int> level) const {
    return LevelName(framework_, level, language_);
  }
  const std::string& In(const Text& text) const { return text.In(language_); }

  // --- Progress: this period against the last ------------------------------------------

  /// One line of the Progress sheet: a title indented to its depth, then the figures; a
  /// missing figure is a blank cell, not a dash, so that the columns stay numbers.
  void ProgressRow(lxw_worksheet* sheet, lxw_row_t row, const std::string& title,
                   std::optional<double> now, const ItemChange& change,
                   std::optional<double> divergence, int depth, bool heading) {
    auto number = [&](lxw_col_t col, std::optional<double> value, lxw_format* format) {
      if (value) {
        worksheet_write_number(sheet, row, col, *value, format);
      } else {
        worksheet_write_blank(sheet, row, col, format);
      }
    };
    style_.String(sheet, row, 0, title, style_.Indented(depth, heading));
    // Each row as tall as its title needs, the indent taken from the width.
    worksheet_set_row(sheet, row, WorkbookStyle::RowHeight({{title, 46.0 - 2 * depth}}), nullptr);
    number(1, change.score.previous, style_.number_format);
    number(2, now, style_.number_format);
    number(3, change.score.change, style_.change_format);
    lxw_col_t col = 4;
    for (const Perspective& perspective : framework_.perspectives) {
      number(col++, change.by_perspective.at(perspective.key).change, style_.change_format);
    }
    number(col++, change.previous_divergence, style_.number_format);
    number(col++, divergence, style_.number_format);
    style_.String(sheet, row, col,
                  !change.gap_narrowed   ? ""
                  : *change.gap_narrowed ? m_("scorecard.progress.narrowed")
                                         : m_("scorecard.progress.not_narrowed"),
                  style_.after_number_format);
  }

  void WriteProgress() {
    lxw_worksheet* sheet = style_.AddSheet(m_("scorecard.sheet.progress"));
    const PeriodScores& previous = progress_->previous;
    style_.Column(sheet, 0, 0, 44, nullptr);
    style_.Column(sheet, 1, 3, 11, nullptr);
    const lxw_col_t sides = static_cast<lxw_col_t>(framework_.perspectives.size());
    style_.Column(sheet, 4, 3 + sides, 16, nullptr);
    style_.Column(sheet, 4 + sides, 6 + sides, 13, nullptr);
    style_.String(sheet, 0, 0, m_("scorecard.progress.title", {previous.period, response_.period}),
                  style_.title_format);
    std::string key =
        m_("scorecard.progress.key",
           {previous.period,
            previous.framework_id == framework_.id ? In(framework_.title) : previous.framework_id,
            previous.framework_version});
    if (!progress_->dropped_elements.empty()) {
      key += " " + m_("scorecard.progress.dropped", {Join(progress_->dropped_elements, ", ")});
    }
    style_.String(sheet, 1, 0, key, style_.subtitle_format);
    std::vector<std::string> headers = {m_("column.dimension_or_element"), m_("column.previous"),
                                        m_("column.this_period"), m_("column.change_short")};
    for (const Perspective& perspective : framework_.perspectives) {
      headers.push_back(m_("column.side_change", {PerspectiveTitle(perspective.key)}));
    }
    for (MessageKey name : std::initializer_list<MessageKey>{"column.gap_before", "column.gap_now",
                                                             "column.gap_narrowed"}) {
      headers.push_back(m_(name));
    }
    const lxw_row_t header_row = 3;
    lxw_row_t row = header_row + 1;
    ProgressRow(sheet, row++, m_("scorecard.overall"), card_.overall.score, progress_->overall,
                card_.overall.divergence, 0, true);
    for (const DimensionScore& dimension : card_.dimensions) {
      ProgressRow(sheet, row++, In(dimension.dimension->title), dimension.score,
                  progress_->dimensions.at(dimension.dimension->id), dimension.divergence,
                  dimension.depth, true);
      for (const ElementScore& element : card_.elements) {
        if (element.dimension_id != dimension.dimension->id) continue;
        ProgressRow(sheet, row++, In(element.element->title), element.score,
                    progress_->elements.at(element.element->id), element.divergence,
                    dimension.depth + 1, false);
      }
    }
    const lxw_row_t last = row - 1;
    style_.AddTable(sheet, header_row, 0, last, headers, m_("table.progress"));
    // Colour never alone: the sign says which way each change went.
    style_.Highlight(sheet, header_row + 1, 3, last, LXW_CONDITIONAL_CRITERIA_GREATER_THAN, 0.0,
                     style_.good_format);
    style_.Highlight(sheet, header_row + 1, 3, last, LXW_CONDITIONAL_CRITERIA_LESS_THAN, 0.0,
                     style_.gap_format);
    worksheet_freeze_panes(sheet, header_row + 1, 1);
    worksheet_repeat_rows(sheet, header_row, header_row);
  }

  // --- Summary -------------------------------------------------------------------------

  void WriteSummary() {
    const std::string name = m_("scorecard.sheet.summary");
    lxw_worksheet* sheet = style_.AddSheet(name);
    style_.Column(sheet, 0, 0, 34, nullptr);
    style_.Column(sheet, 1, 1, 12, nullptr);
    style_.Column(sheet, 2, 2, 16, nullptr);
    style_.Column(sheet, 3, 30, 13, nullptr);
    worksheet_fit_to_pages(sheet, 1, 1);
    worksheet_gridlines(sheet, LXW_HIDE_ALL_GRIDLINES);

    lxw_row_t row = 0;
    style_.String(sheet, row++, 0, m_("scorecard.title"), style_.title_format);
    style_.String(sheet, row++, 0, m_("scorecard.subtitle", {m_("scorecard.sheet.method")}),
                  style_.subtitle_format);
    // An unfinished or unsigned assessment says so above everything, and on the printed
    // page's header.
    if (std::vector<std::string> status = StatusTexts(card_, m_); !status.empty()) {
      const std::string text = Join(status, " ");
      worksheet_merge_range(sheet, row, 0, row, 8, "", style_.flag_format);
      style_.String(sheet, row, 0, text, style_.flag_format);
      worksheet_set_row(sheet, row, WorkbookStyle::RowHeight({{text, 140}}), nullptr);
      std::string header = "&C&\"-,Bold\"&12&KC00000" + StatusMark(card_, m_);
      worksheet_set_header(sheet, header.c_str());
    }
    ++row;
    const lxw_row_t radar_row = row;  // Beside the facts, below any status.
    SummaryFacts(sheet, row);
    SummaryOverall(sheet, name, row);
    if (benchmark_) SummaryBenchmark(sheet, row);
    // The dimensions table goes below the radar, which is as tall as the printed page
    // allows beside the facts (rows of 20 pixels).
    row = std::max(row, radar_row + static_cast<lxw_row_t>(std::ceil(kRadarHeight / 20)) + 1);
    SummaryRadar(sheet, name, SummaryDimensions(sheet, row), radar_row);
  }

  /// The Summary's facts: the institution, its profile, period and framework, agreement,
  /// each sign-off and statement in full, the respondents per side.
  void SummaryFacts(lxw_worksheet* sheet, lxw_row_t& row) {
    auto fact = [&](const std::string& label, const std::string& value) {
      style_.String(sheet, row, 0, label, style_.label_format);
      style_.String(sheet, row, 1, value);
      ++row;
    };
    fact(m_("scorecard.institution"),
         response_.institution.name + " (" + response_.institution.id + ")");
    fact(m_("scorecard.profile"),
         ProfileText(framework_, response_.institution.profile, language_));
    fact(m_("scorecard.period"), response_.period);
    fact(m_("scorecard.framework"),
         m_("scorecard.framework_version", {In(framework_.title), framework_.version}));
    std::vector<std::string> unsigned_sides;
    for (const Perspective& perspective : framework_.perspectives) {
      if (std::find(card_.signed_off.begin(), card_.signed_off.end(), perspective.key) ==
          card_.signed_off.end()) {
        unsigned_sides.push_back(PerspectiveTitle(perspective.key));
      }
    }
    std::vector<std::string> disagreeing;
    for (const std::string& key : card_.not_agreed) disagreeing.push_back(PerspectiveTitle(key));
    std::string agreed =
        card_.jointly_agreed ? m_("scorecard.agreed_yes")
        : !disagreeing.empty()
            ? m_("scorecard.agreed_disagree", {m_.List(disagreeing)})
            : m_("scorecard.agreed_no", {Join(unsigned_sides, " " + m_("word.or") + " ")});
    fact(m_("scorecard.jointly_agreed"), agreed);
    for (const SignOff& entry : response_.sign_off) {
      fact("  " + m_("scorecard.signed_off", {PerspectiveTitle(entry.perspective)}),
           entry.agreed ? entry.name + ", " + entry.date
                        : m_("scorecard.signed_not_agreed", {entry.name, entry.date}));
    }
    for (const SignOff& entry : response_.sign_off) {  // Each statement in full.
      if (entry.statement.empty()) continue;
      // Across the page and wrapped: a statement is read, not scanned.
      style_.String(sheet, row, 0, m_("scorecard.statement", {PerspectiveTitle(entry.perspective)}),
                    style_.label_format);
      worksheet_merge_range(sheet, row, 1, row, 8, "", style_.text_format);
      style_.String(sheet, row, 1, entry.statement, style_.text_format);
      // Measured against less than the merged width: words wrap whole, so lines run short.
      worksheet_set_row(sheet, row, WorkbookStyle::RowHeight({{entry.statement, 80}}), nullptr);
      ++row;
    }
    std::vector<std::string> respondents;
    for (const Perspective& perspective : framework_.perspectives) {
      int count = 0;
      for (const Respondent& respondent : response_.respondents) {
        count += respondent.perspective == perspective.key;
      }
      respondents.push_back(PerspectiveTitle(perspective.key) + ": " + std::to_string(count));
    }
    fact(m_("scorecard.respondents"), Join(respondents, "; "));
    ++row;
  }

  /// The overall result: score, level, percent, target, completeness, each side, their
  /// divergence and the change since last period.
  void SummaryOverall(lxw_worksheet* sheet, const std::string& name, lxw_row_t& row) {
    style_.String(sheet, row++, 0, m_("scorecard.overall"), style_.section_format);
    style_.String(sheet, row, 0, m_("scorecard.overall_score"), style_.label_format);
    style_.Number(sheet, row, 1, card_.overall.score, style_.big_number_format);
    style_.String(sheet, row, 2,
                  m_("scorecard.out_of", {std::to_string(framework_.highest_level())}));
    workbook_define_name(style_.workbook(), m_("name.overall_score").c_str(),
                         ("=" + SheetCell(name, row, 1)).c_str());
    ++row;
    style_.String(sheet, row, 0, m_("scorecard.level_reached"), style_.label_format);
    style_.String(sheet, row, 1, Level(card_.overall.level));
    ++row;
    style_.String(sheet, row, 0, m_("scorecard.percent"), style_.label_format);
    style_.Number(
        sheet, row, 1,
        card_.overall.percent ? std::optional(*card_.overall.percent / 100) : std::nullopt,
        style_.left_percent_format);
    ++row;
    style_.String(sheet, row, 0, m_("scorecard.target"), style_.label_format);
    style_.Number(sheet, row, 1, card_.overall.target, style_.left_number_format);
    ++row;
    style_.String(sheet, row, 0, m_("scorecard.completeness"), style_.label_format);
    Share(sheet, row, 1, card_.overall.completeness, style_.left_percent_format);
    ++row;
    for (const auto& [perspective, score] : card_.overall.by_perspective) {
      style_.String(sheet, row, 0, PerspectiveTitle(perspective), style_.label_format);
      style_.Number(sheet, row, 1, score, style_.left_number_format);
      ++row;
    }
    style_.String(sheet, row, 0, m_("scorecard.divergence_between"), style_.label_format);
    style_.Number(sheet, row, 1, card_.overall.divergence, style_.left_number_format);
    ++row;
    if (progress_) {
      style_.String(sheet, row, 0, m_("scorecard.change_since", {progress_->previous.period}),
                    style_.label_format);
      style_.String(sheet, row, 1,
                    m_("scorecard.change_text",
                       {ChangeText(progress_->overall.score.change),
                        FormatFixed(progress_->overall.score.previous, 2),
                        Level(progress_->previous_level), m_("scorecard.sheet.progress")}));
      ++row;
    }
    ++row;
  }

  /// Where the institution stands in the sector's benchmark.
  void SummaryBenchmark(lxw_worksheet* sheet, lxw_row_t& row) {
    const BenchmarkPosition& overall = benchmark_->overall;
    style_.String(
        sheet, row++, 0,
        m_("scorecard.benchmark", {benchmark_->period, std::to_string(benchmark_->institutions)}),
        style_.section_format);
    style_.String(sheet, row, 0, m_("scorecard.sector_median"), style_.label_format);
    worksheet_write_number(sheet, row++, 1, overall.median, style_.left_number_format);
    style_.String(sheet, row, 0, m_("scorecard.sector_middle_half"), style_.label_format);
    style_.String(sheet, row++, 1,
                  m_("scorecard.range", {FormatFixed(overall.q1, 2), FormatFixed(overall.q3, 2)}));
    style_.String(sheet, row, 0, m_("scorecard.sector_percentile"), style_.label_format);
    style_.Number(sheet, row++, 1,
                  overall.percentile ? std::optional(*overall.percentile / 100) : std::nullopt,
                  style_.left_percent_format);
    ++row;
  }

  /// Where the Summary's dimensions table lies, for the chart drawn from it.
  struct DimensionsTable {
    lxw_row_t first;
    lxw_row_t last;
    lxw_col_t sector_col;    ///< The sector median's column (with a benchmark).
    lxw_col_t previous_col;  ///< Last period's column (with a previous period).
  };

  /// The dimensions table: each dimension's score, level, target, gap, completeness and
  /// sides, with the sector's figures and last period's when given.
  DimensionsTable SummaryDimensions(lxw_worksheet* sheet, lxw_row_t& row) {
    style_.String(sheet, row++, 0, m_("scorecard.dimensions"), style_.section_format);
    std::vector<std::string> headers = {m_("column.dimension"), m_("column.score"),
                                        m_("column.level"),     m_("column.target"),
                                        m_("column.gap"),       m_("column.completeness")};
    for (const Perspective& perspective : framework_.perspectives) {
      headers.push_back(PerspectiveTitle(perspective.key));
    }
    headers.push_back(m_("column.divergence"));
    const lxw_col_t sector_col = static_cast<lxw_col_t>(headers.size());
    if (benchmark_) {
      for (MessageKey key :
           std::initializer_list<MessageKey>{"column.sector_median", "column.sector_q1",
                                             "column.sector_q3", "column.percentile"}) {
        headers.push_back(m_(key));
      }
    }
    const lxw_col_t previous_col = static_cast<lxw_col_t>(headers.size());
    if (progress_) {
      headers.push_back(m_("column.previous"));
      headers.push_back(m_("column.change_short"));
    }
    lxw_row_t header_row = row++;
    lxw_row_t first = row;
    for (std::size_t d = 0; d < card_.dimensions.size(); ++d) {
      const DimensionScore& dimension = card_.dimensions[d];
      if (benchmark_ && benchmark_->dimensions[d]) {
        const BenchmarkPosition& position = *benchmark_->dimensions[d];
        worksheet_write_number(sheet, row, sector_col, position.median, style_.number_format);
        worksheet_write_number(sheet, row, sector_col + 1, position.q1, style_.number_format);
        worksheet_write_number(sheet, row, sector_col + 2, position.q3, style_.number_format);
        style_.Number(
            sheet, row, sector_col + 3,
            position.percentile ? std::optional(*position.percentile / 100) : std::nullopt,
            style_.percent_format);
      } else if (benchmark_) {
        for (lxw_col_t col = sector_col; col < sector_col + 4; ++col) {
          style_.Number(sheet, row, col, std::nullopt, style_.number_format);
        }
      }
      if (progress_) {
        const ItemChange& change = progress_->dimensions.at(dimension.dimension->id);
        style_.Number(sheet, row, previous_col, change.score.previous, style_.number_format);
        style_.Number(sheet, row, previous_col + 1, change.score.change, style_.change_format);
      }
      std::string title = std::string(static_cast<std::size_t>(dimension.depth) * 4, ' ') +
                          In(dimension.dimension->title);
      style_.String(sheet, row, 0, title, style_.text_format);
      style_.Number(sheet, row, 1, dimension.score, style_.number_format);
      style_.String(sheet, row, 2, Level(dimension.level), style_.after_number_format);
      style_.Number(sheet, row, 3, dimension.target, style_.number_format);
      style_.Number(sheet, row, 4, dimension.gap, style_.number_format);
      Share(sheet, row, 5, dimension.completeness, style_.percent_format);
      lxw_col_t col = 6;
      for (const auto& [perspective, score] : dimension.by_perspective) {
        style_.Number(sheet, row, col++, score, style_.number_format);
      }
      style_.Number(sheet, row, col, dimension.divergence, style_.number_format);
      ++row;
    }
    lxw_row_t last = row - 1;
    style_.AddTable(sheet, header_row, 0, last, headers, m_("table.dimensions"));
    style_.ColourScale(sheet, first, 1, last, 1);
    style_.Highlight(sheet, first, 4, last, LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO, 1.0,
                     style_.big_gap_format);
    style_.Highlight(sheet, first, 4, last, LXW_CONDITIONAL_CRITERIA_GREATER_THAN, 0.0,
                     style_.gap_format);
    lxw_col_t divergence_col = sector_col - 1;
    style_.Highlight(sheet, first, divergence_col, last,
                     LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO,
                     framework_.scoring.divergence_threshold, style_.divergence_format);
    worksheet_freeze_panes(sheet, 3, 0);

    return {first, last, sector_col, previous_col};
  }

  /// The radar chart beside the facts, above the table: current against target, and the
  /// sector's median or last period. Sized, in pixels, to be read when printed: the
  /// Summary is fitted to one landscape page, and the radar fills what the facts leave.
  static constexpr double kRadarWidth = 840;
  static constexpr double kRadarHeight = 660;
  void SummaryRadar(lxw_worksheet* sheet, const std::string& name, const DimensionsTable& table,
                    lxw_row_t at_row) {
    const lxw_row_t first = table.first;
    const lxw_row_t last = table.last;
    const lxw_col_t sector_col = table.sector_col;
    const lxw_col_t previous_col = table.previous_col;
    // The radar: at most three series, each with its own colour, dash and marker, so that
    // they tell apart in print and in grey: this period, the target, and the sector's
    // median (or else last period). Each side's view is on the Perspectives sheet.
    lxw_chart* chart = workbook_add_chart(style_.workbook(), LXW_CHART_RADAR);
    std::string categories = SheetRange(name, first, 0, last, 0);
    auto add_series = [&](lxw_col_t col, const std::string& series_name, lxw_color_t colour,
                          uint8_t dash, uint8_t marker) {
      lxw_chart_series* series = chart_add_series(chart, categories.c_str(),
                                                  SheetRange(name, first, col, last, col).c_str());
      chart_series_set_name(series, series_name.c_str());
      lxw_chart_line line = {};
      line.color = colour;
      line.width = dash == LXW_CHART_LINE_DASH_SOLID ? 2.5 : 2;
      line.dash_type = dash;
      chart_series_set_line(series, &line);
      chart_series_set_marker_type(series, marker);
      chart_series_set_marker_size(series, 6);
      lxw_chart_fill fill = {};
      fill.color = colour;
      chart_series_set_marker_fill(series, &fill);
      lxw_chart_line edge = {};
      edge.color = colour;
      chart_series_set_marker_line(series, &edge);
    };
    add_series(1, m_("column.score"), kScoreColour, LXW_CHART_LINE_DASH_SOLID,
               LXW_CHART_MARKER_CIRCLE);
    // The target often lies on a gridline (3, say): dark, dashed and marked so that it
    // never disappears into the grid.
    add_series(3, m_("column.target"), 0x262626, LXW_CHART_LINE_DASH_LONG_DASH,
               LXW_CHART_MARKER_DIAMOND);
    if (benchmark_) {
      add_series(sector_col, m_("column.sector_median"), kSectorColour,
                 LXW_CHART_LINE_DASH_DASH_DOT, LXW_CHART_MARKER_X);
    } else if (progress_) {
      add_series(previous_col, m_("scorecard.chart.last_period", {progress_->previous.period}),
                 kPreviousColour, LXW_CHART_LINE_DASH_ROUND_DOT, LXW_CHART_MARKER_SQUARE);
    }
    lxw_chart_line grid = {};
    grid.color = 0xD9D9D9;
    chart_axis_major_gridlines_set_line(chart->y_axis, &grid);
    const std::string chart_title = m_(benchmark_ ? MessageKey("scorecard.chart.radar_sector")
                                                  : MessageKey("scorecard.chart.radar"));
    chart_title_set_name(chart, chart_title.c_str());
    chart_axis_set_min(chart->y_axis, framework_.lowest_level());
    chart_axis_set_max(chart->y_axis, framework_.highest_level());
    chart_axis_set_major_unit(chart->y_axis, 1);
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    lxw_chart_options chart_options = {};
    chart_options.x_scale = kRadarWidth / 480;  // libxlsxwriter's chart is 480 x 288 pixels.
    chart_options.y_scale = kRadarHeight / 288;
    chart_options.x_offset = 10;
    worksheet_insert_chart_opt(sheet, at_row, 5, chart, &chart_options);
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
          part += m_("scorecard.answer_not_applicable", {answer.reason});
        } else if (answer.value) {
          part += FormatNumber(*answer.value) + " → " + std::to_string(rating.level.value_or(0));
        } else if (answer.checked) {
          part += std::to_string(answer.checked->size()) + "/" +
                  std::to_string(FormOf(*score.element).items->size()) + " → " +
                  std::to_string(rating.level.value_or(0));
        } else {
          part += std::to_string(rating.level.value_or(0));
        }
        parts.push_back(part);
      }
      if (!parts.empty())
        lines.push_back(PerspectiveTitle(perspective.key) + ": " + Join(parts, ", "));
    }
    return Join(lines, "\n");
  }

  std::string EvidenceText(const ElementScore& score) const {
    std::vector<std::string> lines;
    for (const Rating& rating : score.ratings) {
      for (const std::string& item : rating.answer->evidence) {
        lines.push_back(rating.answer->by + ": " + item);
      }
      if (rating.unevidenced) {
        lines.push_back(rating.answer->by + ": " + m_("scorecard.no_evidence"));
      }
    }
    return Join(lines, "\n");
  }

  std::string NotesText(const ElementScore& score) const {
    std::vector<std::string> lines;
    for (const Rating& rating : score.ratings) {
      if (!rating.answer->note.empty())
        lines.push_back(rating.answer->by + ": " + rating.answer->note);
    }
    return Join(lines, "\n");
  }

  std::string FlagsText(const ElementScore& score) const {
    std::vector<std::string> flags;
    for (Flag flag : score.flags) flags.push_back(FlagLabel(flag, m_));
    if (score.excluded_by_profile) flags.push_back(m_("flag.excluded_by_profile"));
    return Join(flags, ", ");
  }

  /// One element's line of the Elements sheet.
  void ElementRow(lxw_worksheet* sheet, lxw_row_t row, const ElementScore& score) {
    const Element& element = *score.element;
    const Dimension* dimension = nullptr;
    if (const DimensionScore* found = card_.FindDimension(score.dimension_id)) {
      dimension = found->dimension;
    }
    const std::string dimension_title = dimension ? In(dimension->title) : score.dimension_id;
    style_.String(sheet, row, 0, dimension_title, style_.text_format);
    style_.String(sheet, row, 1, element.id, style_.text_format);
    style_.String(sheet, row, 2, In(element.title), style_.text_format);
    style_.String(sheet, row, 3, KindLabel(element.kind, m_), style_.text_format);
    worksheet_write_number(sheet, row, 4, element.weight, style_.integer_format);
    lxw_col_t col = 5;
    for (const Perspective& perspective : framework_.perspectives) {
      style_.Number(sheet, row, col++, score.PerspectiveScoreOf(perspective.key),
                    style_.number_format);
    }
    style_.Number(sheet, row, col++, score.score, style_.number_format);
    style_.String(sheet, row, col++,
                  score.applicable ? Level(score.level) : m_("scorecard.not_applicable"),
                  style_.after_number_format);
    worksheet_write_number(sheet, row, col++, score.target, style_.number_format);
    style_.Number(sheet, row, col++, score.gap, style_.number_format);
    style_.Number(sheet, row, col++, score.gap ? std::optional(score.priority) : std::nullopt,
                  style_.number_format);
    style_.Number(sheet, row, col++, score.divergence, style_.number_format);
    style_.String(sheet, row, col++, FlagsText(score), style_.flag_format);
    std::string answers = AnswersText(score);
    std::string evidence = EvidenceText(score);
    std::string notes = NotesText(score);
    style_.String(sheet, row, col++, answers, style_.text_format);
    style_.String(sheet, row, col++, evidence, style_.text_format);
    style_.String(sheet, row, col++, notes, style_.text_format);
    worksheet_set_row(sheet, row,
                      // Every wrapped cell counts: a row only as tall as its title cut
                      // the dimension's name.
                      WorkbookStyle::RowHeight({{dimension_title, 20},
                                                {element.id, 24},
                                                {In(element.title), 34},
                                                {answers, 40},
                                                {evidence, 40},
                                                {notes, 40},
                                                {FlagsText(score), 12}}),
                      nullptr);
  }

  /// The sheet's title, and its key (`key`), which names the divergence threshold.
  void TitleAndDivergenceKey(lxw_worksheet* sheet, MessageKey title, MessageKey key) {
    style_.String(sheet, 0, 0, m_(title), style_.title_format);
    style_.String(sheet, 1, 0, m_(key, {FormatFixed(framework_.scoring.divergence_threshold, 1)}),
                  style_.subtitle_format);
  }

  void WriteElements() {
    lxw_worksheet* sheet = style_.AddSheet(m_("scorecard.sheet.elements"));
    std::vector<std::string> headers = {m_("column.dimension"), m_("column.element"),
                                        m_("column.title"), m_("column.kind"), m_("column.weight")};
    for (const Perspective& perspective : framework_.perspectives) {
      headers.push_back(PerspectiveTitle(perspective.key));
    }
    const lxw_col_t score_col = static_cast<lxw_col_t>(headers.size());
    for (MessageKey key : std::initializer_list<MessageKey>{
             "column.score", "column.level", "column.target", "column.gap", "column.priority",
             "column.divergence", "column.flags", "column.answers", "column.evidence",
             "column.notes"}) {
      headers.push_back(m_(key));
    }
    worksheet_set_paper(sheet, 8);  // A3: the register is wide.
    style_.Column(sheet, 0, 0, 20, style_.text_format);
    style_.Column(sheet, 1, 1, 24, style_.text_format);
    style_.Column(sheet, 2, 2, 34, style_.text_format);
    style_.Column(sheet, 3, 4, 9, nullptr);
    style_.Column(sheet, 5, score_col - 1, 11, nullptr);
    style_.Column(sheet, score_col, score_col, 8, nullptr);
    style_.Column(sheet, score_col + 1, score_col + 1, 14, style_.text_format);
    style_.Column(sheet, score_col + 2, score_col + 5, 12, nullptr);
    style_.Column(sheet, score_col + 5, score_col + 5, 13, nullptr);
    style_.Column(sheet, score_col + 6, score_col + 6, 15, style_.flag_format);
    style_.Column(sheet, score_col + 7, score_col + 9, 40, style_.text_format);

    TitleAndDivergenceKey(sheet, "scorecard.elements.title", "scorecard.elements.key");
    lxw_row_t header_row = 3;
    lxw_row_t row = header_row + 1;
    for (const ElementScore& score : card_.elements) ElementRow(sheet, row++, score);
    lxw_row_t last = row - 1;
    style_.AddTable(sheet, header_row, 0, last, headers, m_("table.element_scores"));
    style_.ColourScale(sheet, header_row + 1, score_col, last, score_col);
    style_.Highlight(sheet, header_row + 1, score_col + 3, last,
                     LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO, 1.0, style_.big_gap_format);
    style_.Highlight(sheet, header_row + 1, score_col + 3, last,
                     LXW_CONDITIONAL_CRITERIA_GREATER_THAN, 0.0, style_.gap_format);
    style_.Highlight(sheet, header_row + 1, score_col + 5, last,
                     LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO,
                     framework_.scoring.divergence_threshold, style_.divergence_format);
    worksheet_freeze_panes(sheet, header_row + 1, 3);
    worksheet_repeat_rows(sheet, header_row, header_row);
    // Three lines: long headings (a perspective's label, Welsh words) wrap rather than cut.
    worksheet_set_row(sheet, header_row, 45, nullptr);
  }

  // --- Action plan ---------------------------------------------------------------------

  std::string ActionsFor(const ElementScore& score) const {
    if (!score.next_action) return "";
    std::vector<std::string> lines;
    for (const Text& action : *score.next_action->actions) lines.push_back("• " + In(action));
    return Join(lines, "\n");
  }

  /// The Action plan's fill-in cells: a status from the list, a due date after 2000.
  void ActionPlanValidations(lxw_worksheet* sheet, lxw_row_t first, lxw_row_t last) {
    std::vector<std::string> statuses = ActionStatusLabels(m_);
    std::vector<const char*> status_list;
    for (const std::string& entry : statuses) status_list.push_back(entry.c_str());
    status_list.push_back(nullptr);
    lxw_data_validation status = {};
    status.validate = LXW_VALIDATION_TYPE_LIST;
    status.value_list = const_cast<char**>(status_list.data());
    worksheet_data_validation_range(sheet, first, 11, last, 11, &status);
    lxw_data_validation date = {};
    date.validate = LXW_VALIDATION_TYPE_DATE;
    date.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN;
    date.value_datetime = {2000, 1, 1, 0, 0, 0};
    std::string date_title = m_("column.due_date");
    std::string date_message = m_("scorecard.plan.date_hint");
    date.input_title = date_title.data();
    date.input_message = date_message.data();
    worksheet_data_validation_range(sheet, first, 10, last, 10, &date);
  }

  void WriteActionPlan() {
    lxw_worksheet* sheet = style_.AddSheet(m_("scorecard.sheet.action_plan"));
    style_.Column(sheet, 0, 0, 5, nullptr);
    style_.Column(sheet, 1, 1, 12, nullptr);
    style_.Column(sheet, 2, 2, 22, style_.text_format);
    style_.Column(sheet, 3, 3, 34, style_.text_format);
    style_.Column(sheet, 4, 6, 9, nullptr);
    style_.Column(sheet, 7, 7, 13, nullptr);
    style_.Column(sheet, 8, 8, 60, style_.text_format);
    style_.Column(sheet, 9, 9, 18, nullptr);
    style_.Column(sheet, 10, 10, 12, nullptr);
    style_.Column(sheet, 11, 11, 13, nullptr);

    style_.String(sheet, 0, 0, m_("scorecard.plan.title"), style_.title_format);
    style_.String(sheet, 1, 0, m_("scorecard.plan.key"), style_.subtitle_format);
    std::vector<std::string> headers;
    for (MessageKey key : std::initializer_list<MessageKey>{
             "column.rank", "column.priority", "column.dimension", "column.element", "column.score",
             "column.target", "column.gap", "column.divergence", "column.actions", "column.owner",
             "column.due_date", "column.status"}) {
      headers.push_back(m_(key));
    }
    lxw_row_t header_row = 3;
    lxw_row_t row = header_row + 1;
    int rank = 1;
    for (const Gap& gap : card_.gaps) {
      const ElementScore& score = card_.elements[gap.element_index];
      const DimensionScore* dimension = card_.FindDimension(score.dimension_id);
      worksheet_write_number(sheet, row, 0, rank++, style_.integer_format);
      worksheet_write_number(sheet, row, 1, gap.priority, style_.number_format);
      // Indented: text beside a right-aligned number does not run into it ("2.00Resources").
      style_.String(sheet, row, 2, dimension ? In(dimension->dimension->title) : "",
                    style_.after_number_format);
      style_.String(sheet, row, 3, In(score.element->title), style_.text_format);
      style_.Number(sheet, row, 4, score.score, style_.number_format);
      worksheet_write_number(sheet, row, 5, score.target, style_.number_format);
      worksheet_write_number(sheet, row, 6, gap.gap, style_.number_format);
      style_.Number(sheet, row, 7, score.divergence, style_.number_format);
      std::string actions = ActionsFor(score);
      style_.String(sheet, row, 8, actions.empty() ? m_("scorecard.plan.no_action") : actions,
                    style_.after_number_format);
      worksheet_write_blank(sheet, row, 9, style_.fill_in_format);
      worksheet_write_blank(sheet, row, 10, style_.date_format);
      worksheet_write_blank(sheet, row, 11, style_.fill_in_format);
      style_.Row(
          sheet, row,
          WorkbookStyle::RowHeight({{actions, 60},
                                    {In(score.element->title), 34},
                                    {dimension ? In(dimension->dimension->title) : "", 22}}));
      ++row;
    }
    if (card_.gaps.empty()) {
      style_.String(sheet, row, 3,
                    m_(card_.overall.score ? MessageKey("scorecard.plan.no_gaps")
                                           : MessageKey("scorecard.plan.nothing_scored")),
                    style_.text_format);
      ++row;
    }
    lxw_row_t last = std::max(row - 1, header_row + 1);
    style_.AddTable(sheet, header_row, 0, last, headers, m_("table.action_plan"));

    ActionPlanValidations(sheet, header_row + 1, last);
    style_.Highlight(sheet, header_row + 1, 6, last,
                     LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO, 1.0, style_.big_gap_format);
    style_.Highlight(sheet, header_row + 1, 7, last,
                     LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO,
                     framework_.scoring.divergence_threshold, style_.divergence_format);
    worksheet_freeze_panes(sheet, header_row + 1, 0);
    worksheet_repeat_rows(sheet, header_row, header_row);
  }

  /// The actions the two sides agreed (from the response), on a sheet of their own (below
  /// the gaps, the gaps' repeated header printed above them): where each stands, whether
  /// it is overdue, and how its element moved.
  void WriteAgreedActions() {
    lxw_worksheet* sheet = style_.AddSheet(m_("questionnaire.sheet.actions"));
    style_.Column(sheet, 0, 0, 22, style_.text_format);
    style_.Column(sheet, 1, 1, 34, style_.text_format);
    style_.Column(sheet, 2, 3, 13, nullptr);
    style_.Column(sheet, 4, 4, 10, nullptr);
    style_.Column(sheet, 5, 5, 12, nullptr);
    style_.Column(sheet, 6, 6, 60, style_.text_format);
    style_.Column(sheet, 7, 7, 24, style_.text_format);
    lxw_row_t row = 0;
    style_.String(sheet, row++, 0, m_("scorecard.agreed.title"), style_.title_format);
    style_.String(sheet, row++, 0,
                  card_.as_of.empty() ? m_("scorecard.agreed.key_no_date")
                                      : m_("scorecard.agreed.key", {card_.as_of}),
                  style_.subtitle_format);
    ++row;
    const lxw_row_t header_row = row++;
    std::vector<std::string> headers;
    for (MessageKey key : std::initializer_list<MessageKey>{
             "column.dimension", "column.element", "column.status", "column.overdue",
             "column.change", "column.due_date", "column.agreed_action", "column.owner"}) {
      headers.push_back(m_(key));
    }
    for (const ActionReview& review : card_.actions) AgreedActionRow(sheet, row++, review);
    if (card_.actions.empty()) {
      style_.String(sheet, row++, 1, m_("scorecard.agreed.none"), style_.text_format);
    }
    style_.AddTable(sheet, header_row, 0, std::max<lxw_row_t>(row - 1, header_row + 1), headers,
                    m_("table.agreed_actions"));
    worksheet_freeze_panes(sheet, header_row + 1, 0);
    worksheet_repeat_rows(sheet, header_row, header_row);
    worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
  }

  void AgreedActionRow(lxw_worksheet* sheet, lxw_row_t row, const ActionReview& review) {
    const AgreedAction& action = *review.action;
    const ElementScore* score = card_.FindElement(action.element);
    const DimensionScore* dimension = score ? card_.FindDimension(score->dimension_id) : nullptr;
    const std::string element = score ? In(score->element->title) : action.element;
    const std::string dimension_title = dimension ? In(dimension->dimension->title) : "";
    std::string text = action.action;
    if (!action.note.empty()) text += "\n" + m_("scorecard.agreed.note", {action.note});
    style_.String(sheet, row, 0, dimension_title, style_.text_format);
    style_.String(sheet, row, 1, element, style_.text_format);
    style_.String(sheet, row, 2, m_(ActionStatusKey(action.status)), style_.text_format);
    style_.String(sheet, row, 3,
                  !review.overdue   ? ""
                  : *review.overdue ? m_("scorecard.agreed.overdue")
                                    : m_("scorecard.agreed.on_time"),
                  review.overdue.value_or(false) ? style_.flag_format : style_.text_format);
    if (review.element_change) {
      worksheet_write_number(sheet, row, 4, *review.element_change, style_.change_format);
    } else {
      worksheet_write_blank(sheet, row, 4, style_.change_format);
    }
    style_.String(sheet, row, 5, action.due, style_.after_number_format);
    style_.String(sheet, row, 6, text, style_.text_format);
    style_.String(sheet, row, 7, action.owner, style_.text_format);
    style_.Row(sheet, row,
               WorkbookStyle::RowHeight({{text, 60},
                                         {element, 34},
                                         {dimension_title, 22},
                                         {m_(ActionStatusKey(action.status)), 13},
                                         {action.owner, 24}}));
  }

  // --- Perspectives --------------------------------------------------------------------

  void WritePerspectives() {
    const std::string name = m_("scorecard.sheet.perspectives");
    lxw_worksheet* sheet = style_.AddSheet(name);
    style_.Column(sheet, 0, 0, 44, style_.text_format);
    style_.Column(sheet, 1, 1, 34, style_.text_format);
    style_.Column(sheet, 2, 8, 14, nullptr);

    TitleAndDivergenceKey(sheet, "scorecard.perspectives.title", "scorecard.perspectives.key");
    lxw_row_t row = 3;
    const lxw_col_t divergence_col = PerspectivesByDimension(sheet, name, row);
    PerspectivesByElement(sheet, row, divergence_col);
    style_.Column(sheet, divergence_col + 1, divergence_col + 1, 26, style_.after_number_format);
    // The names stay in view as the sheet scrolls to the right.
    worksheet_freeze_panes(sheet, 3, 1);
    worksheet_fit_to_pages(sheet, 1, 0);
  }

  /// The dimensions, widest divergence first, and their chart; returns the divergence's
  /// column.
  lxw_col_t PerspectivesByDimension(lxw_worksheet* sheet, const std::string& name, lxw_row_t& row) {
    style_.String(sheet, row++, 0, m_("scorecard.perspectives.by_dimension"),
                  style_.section_format);
    std::vector<std::string> headers = {m_("column.dimension"), m_("column.joint_level")};
    for (const Perspective& perspective : framework_.perspectives) {
      headers.push_back(PerspectiveTitle(perspective.key));
    }
    headers.push_back(m_("column.divergence"));
    const lxw_row_t header_row = row++;
    const lxw_row_t first = row;
    std::vector<const DimensionScore*> dimensions = card_.DimensionsByDivergence();
    for (const DimensionScore* dimension : dimensions) {
      style_.String(sheet, row, 0, In(dimension->dimension->title), style_.text_format);
      style_.String(sheet, row, 1, Level(dimension->level), style_.after_number_format);
      lxw_col_t col = 2;
      for (const auto& [perspective, score] : dimension->by_perspective) {
        style_.Number(sheet, row, col++, score, style_.number_format);
      }
      style_.Number(sheet, row, col, dimension->divergence, style_.number_format);
      ++row;
    }
    const lxw_row_t last = row - 1;
    const lxw_col_t divergence_col = static_cast<lxw_col_t>(headers.size() - 1);
    style_.AddTable(sheet, header_row, 0, last, headers, m_("table.dimension_perspectives"));
    style_.Highlight(sheet, first, divergence_col, last,
                     LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO,
                     framework_.scoring.divergence_threshold, style_.divergence_format);
    PerspectivesChart(sheet, name, first, last, header_row, divergence_col + 2);
    return divergence_col;
  }

  /// A bar chart of the perspectives by dimension, each side in its colour.
  void PerspectivesChart(lxw_worksheet* sheet, const std::string& name, lxw_row_t first,
                         lxw_row_t last, lxw_row_t at_row, lxw_col_t at_col) {
    lxw_chart* chart = workbook_add_chart(style_.workbook(), LXW_CHART_BAR);
    std::string categories = SheetRange(name, first, 0, last, 0);
    for (std::size_t p = 0; p < framework_.perspectives.size(); ++p) {
      lxw_col_t col = static_cast<lxw_col_t>(2 + p);
      lxw_chart_series* series = chart_add_series(chart, categories.c_str(),
                                                  SheetRange(name, first, col, last, col).c_str());
      chart_series_set_name(series, PerspectiveTitle(framework_.perspectives[p].key).c_str());
      lxw_chart_fill fill = {};
      fill.color = WorkbookStyle::PerspectiveColour(p);
      chart_series_set_fill(series, &fill);
    }
    const std::string chart_title = m_("scorecard.chart.perspectives");
    chart_title_set_name(chart, chart_title.c_str());
    chart_axis_set_min(chart->x_axis, framework_.lowest_level());
    chart_axis_set_max(chart->x_axis, framework_.highest_level());
    chart_axis_set_major_unit(chart->x_axis, 1);
    chart_axis_set_reverse(chart->y_axis);
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    lxw_chart_options chart_options = {};
    chart_options.x_scale = 1.6;
    chart_options.y_scale = 1.3 + 0.05 * static_cast<double>(last - first + 1);
    worksheet_insert_chart_opt(sheet, at_row, at_col, chart, &chart_options);
  }

  /// The elements the sides rated, largest divergence first, and which side rates higher.
  void PerspectivesByElement(lxw_worksheet* sheet, lxw_row_t& row, lxw_col_t divergence_col) {
    row += 2;
    style_.String(sheet, row++, 0, m_("scorecard.perspectives.by_element"), style_.section_format);
    std::vector<const ElementScore*> elements = card_.ByDivergence();
    std::vector<std::string> headers = {m_("column.element"), m_("column.dimension")};
    for (const Perspective& perspective : framework_.perspectives) {
      headers.push_back(PerspectiveTitle(perspective.key));
    }
    headers.push_back(m_("column.divergence"));
    headers.push_back(m_("column.rates_higher"));
    const lxw_row_t header_row = row++;
    const lxw_row_t first = row;
    for (const ElementScore* element : elements) {
      style_.String(sheet, row, 0, In(element->element->title), style_.text_format);
      const DimensionScore* dimension = card_.FindDimension(element->dimension_id);
      const std::string dimension_title = dimension ? In(dimension->dimension->title) : "";
      style_.String(sheet, row, 1, dimension_title, style_.text_format);
      lxw_col_t col = 2;
      for (const Perspective& perspective : framework_.perspectives) {
        style_.Number(sheet, row, col++, element->PerspectiveScoreOf(perspective.key),
                      style_.number_format);
      }
      worksheet_write_number(sheet, row, col++, *element->divergence, style_.number_format);
      const PerspectiveScore* highest = &element->by_perspective.front();
      for (const PerspectiveScore& entry : element->by_perspective) {
        if (entry.score > highest->score) highest = &entry;
      }
      style_.String(sheet, row, col,
                    *element->divergence > 0 ? PerspectiveTitle(highest->perspective)
                                             : m_("scorecard.perspectives.agreed"),
                    style_.after_number_format);
      worksheet_set_row(
          sheet, row,
          WorkbookStyle::RowHeight({{In(element->element->title), 44}, {dimension_title, 34}}),
          nullptr);
      ++row;
    }
    if (elements.empty()) {
      style_.String(sheet, row++, 0, m_("scorecard.perspectives.none"), style_.text_format);
    }
    const lxw_row_t last = std::max(row - 1, header_row + 1);
    style_.AddTable(sheet, header_row, 0, last, headers, m_("table.element_perspectives"));
    style_.Highlight(sheet, first, divergence_col, last,
                     LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO,
                     framework_.scoring.divergence_threshold, style_.divergence_format);
  }

  // --- Method --------------------------------------------------------------------------

  void WriteMethod() {
    lxw_worksheet* sheet = style_.AddSheet(m_("scorecard.sheet.method"));
    style_.Column(sheet, 0, 0, 28, style_.label_format);
    style_.Column(sheet, 1, 1, 110, style_.text_format);
    worksheet_set_portrait(sheet);
    style_.String(sheet, 0, 0, m_("method.title"), style_.title_format);
    lxw_row_t row = 2;
    auto line = [&](const std::string& label, const std::string& text) {
      style_.String(sheet, row, 0, label, style_.label_format);
      style_.String(sheet, row, 1, text, style_.text_format);
      worksheet_set_row(sheet, row, WorkbookStyle::RowHeight({{text, 110}}), nullptr);
      ++row;
    };
    std::vector<std::string> levels;
    for (const ScaleLevel& level : framework_.scale) {
      levels.push_back(std::to_string(level.level) + " " + In(level.label));
    }
    const std::string lowest = std::to_string(framework_.lowest_level());
    const std::string highest = std::to_string(framework_.highest_level());
    line(m_("method.scale"), m_("method.scale_text", {Join(levels, ", "), lowest, highest}));
    line(m_("method.respondent_level"), m_("method.respondent_level_text"));
    line(m_("method.perspective_score"), m_("method.perspective_score_text"));
    line(m_("method.element_score"), m_("method.element_score_text"));
    std::string aggregate = m_(framework_.scoring.aggregate == Aggregate::kMinimum
                                   ? MessageKey("method.aggregate_minimum")
                                   : MessageKey("method.aggregate_mean"));
    std::string missing = m_(framework_.scoring.missing == MissingPolicy::kLowest
                                 ? MessageKey("method.missing_lowest")
                                 : MessageKey("method.missing_exclude"));
    line(m_("method.dimension_score"), m_("method.dimension_score_text", {aggregate, missing}));
    line(m_("method.overall_score"), m_("method.overall_score_text"));
    line(m_("method.level_reached"), m_("method.level_reached_text"));
    std::string rules;
    for (const TargetRule& rule : framework_.target_rules) {
      rules += "; " + m_("docs.target_rule",
                         {FormatFixed(rule.target, 1), ConditionsText(framework_, rule.when, m_)});
    }
    line(m_("method.target"),
         m_("method.target_text", {rules, FormatFixed(framework_.default_target, 1)}));
    line(m_("method.gap"), m_("method.gap_text"));
    std::string evidence = framework_.scoring.evidence_required_from
                               ? m_("method.flag_unevidenced",
                                    {m_("flag.unevidenced"),
                                     std::to_string(*framework_.scoring.evidence_required_from)})
                               : m_("method.flag_unevidenced_unused", {m_("flag.unevidenced")});
    line(m_("method.flags"),
         m_("method.flags_text",
            {m_("flag.perception-gap"), FormatFixed(framework_.scoring.divergence_threshold, 1),
             evidence, m_("flag.incomplete"), m_("flag.not-applicable")}));
    line(m_("scorecard.jointly_agreed"), m_("method.jointly_agreed_text"));
    line(m_("method.applicability"), m_("method.applicability_text"));
    line(m_("method.source"),
         m_("method.source_text", {In(framework_.title), framework_.version,
                                   response_.institution.name, response_.period}));
    line(m_("method.tool"), m_("method.tool_text"));
  }

  const Scorecard& card_;
  const Framework& framework_;
  const Response& response_;
  const BenchmarkComparison* benchmark_;
  const Progress* progress_;
  std::string language_;
  const Messages& m_;
  WorkbookStyle style_;
};

}  // namespace

std::vector<std::string> WriteScorecardWorkbook(const Scorecard& card, const std::string& path,
                                                const WorkbookOptions& options) {
  return WorkbookWriter(card, path, options).Write();
}

}  // namespace maturity
