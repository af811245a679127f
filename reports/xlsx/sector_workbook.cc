#include "reports/xlsx/sector_workbook.h"

#include <algorithm>
#include <functional>

#include "common/enum_names.h"
#include "common/messages.h"
#include "reports/presentation.h"
#include "reports/xlsx/workbook_style.h"

namespace maturity {

namespace {

class SectorWorkbookWriter {
 public:
  SectorWorkbookWriter(const SectorReport& report, const SectorOutputOptions& options,
                       const std::string& path, std::optional<std::time_t> created)
      : report_(report),
        framework_(*report.framework),
        options_(options),
        language_(options.language),
        m_(Messages::For(options.language)),
        style_(path, {.title = m_("sector.document_title",
                                  {framework_.title.In(language_), report.latest_period}),
                      .subject = framework_.id + " " + framework_.version,
                      .comments = m_("sector.document_comments"),
                      .created = created,
                      .footer = framework_.title.In(language_) + ", " + report.latest_period,
                      .language = options.language,
                      .lowest_level = static_cast<double>(framework_.lowest_level()),
                      .highest_level = static_cast<double>(framework_.highest_level())}) {}

  std::vector<std::string> Write() {
    WriteOverview();
    WriteHeatmap();
    WriteDistribution();
    WritePeerGroups();
    WriteElements();
    WritePerceptions();
    if (report_.periods.size() > 1) WriteTrends();
    WriteModeration();
    WriteMethod();
    return style_.Close();
  }

 private:
  using Row = lxw_row_t;
  using Col = lxw_col_t;

  void Title(lxw_worksheet* sheet, const std::string& title, const std::string& subtitle) {
    style_.String(sheet, 0, 0, title, style_.title_format);
    style_.String(sheet, 1, 0, subtitle, style_.subtitle_format);
  }

  const std::string& In(const Text& text) const { return text.In(language_); }

  /// In place of a table of codes' scores (anonymised beside peer groups): why there is
  /// none, wrapped across the columns the table would have had.
  void Withheld(lxw_worksheet* sheet, Row row, Col last) {
    const std::string text = m_("sector.institutions_withheld");
    worksheet_merge_range(sheet, row, 0, row + 2, std::max<Col>(last, 5), text.c_str(),
                          style_.text_format);
  }

  std::string DimensionTitle(std::size_t d) const {
    const SectorDimension& row = report_.dimensions[d];
    return std::string(static_cast<std::size_t>(row.depth) * 4, ' ') + In(row.dimension->title);
  }

  double NameWidth() const { return report_.published.anonymised ? 18 : 32; }

  std::string InstitutionHeader() const {
    return m_(report_.published.anonymised ? MessageKey("sector.column.institution_code")
                                           : MessageKey("sector.column.institution"));
  }

  /// n, min, Q1, median, Q3, max, mean and the level counts, from `col` on.
  void StatisticsCells(lxw_worksheet* sheet, Row row, Col col,
                       const std::optional<Statistics>& statistics) {
    if (!statistics) {
      worksheet_write_number(sheet, row, col, 0, style_.integer_format);
      return;
    }
    worksheet_write_number(sheet, row, col++, statistics->n, style_.integer_format);
    for (double value : {statistics->min, statistics->q1, statistics->median, statistics->q3,
                         statistics->max, statistics->mean}) {
      worksheet_write_number(sheet, row, col++, value, style_.number_format);
    }
    for (const ScaleLevel& level : framework_.scale) {
      auto found = statistics->levels.find(level.level);
      worksheet_write_number(sheet, row, col++,
                             found == statistics->levels.end() ? 0 : found->second,
                             style_.integer_format);
    }
  }

  /// Each of `fields` of `statistics` from `col` on (empty cells without statistics).
  void StatisticCells(lxw_worksheet* sheet, Row row, Col col,
                      const std::optional<Statistics>& statistics,
                      std::initializer_list<double Statistics::*> fields) {
    for (double Statistics::*field : fields) {
      style_.Number(sheet, row, col++,
                    statistics ? std::optional((*statistics).*field) : std::nullopt,
                    style_.number_format);
    }
  }

  std::vector<std::string> StatisticsHeaders() const {
    std::vector<std::string> headers = {"n"};
    for (MessageKey key : std::initializer_list<MessageKey>{
             "sector.column.min", "sector.column.q1", "sector.column.median", "sector.column.q3",
             "sector.column.max", "sector.column.mean"}) {
      headers.push_back(m_(key));
    }
    for (const ScaleLevel& level : framework_.scale) headers.push_back(AtLevel(level));
    return headers;
  }

  std::string AtLevel(const ScaleLevel& level) const {
    return m_("sector.column.at_level", {std::to_string(level.level), In(level.label)});
  }

  /// A series of `chart` named `series_name`: the values in column `col` of rows `first` to
  /// `last` of sheet `name`, against the categories in its first column.
  static lxw_chart_series* AddSeries(lxw_chart* chart, const std::string& name, Row first, Row last,
                                     Col col, const std::string& series_name) {
    lxw_chart_series* series = chart_add_series(chart, SheetRange(name, first, 0, last, 0).c_str(),
                                                SheetRange(name, first, col, last, col).c_str());
    chart_series_set_name(series, series_name.c_str());
    return series;
  }

  /// Fills the bars of `series` with `colour`.
  static void FillSeries(lxw_chart_series* series, lxw_color_t colour) {
    lxw_chart_fill fill = {};
    fill.color = colour;
    chart_series_set_fill(series, &fill);
  }

  /// A bar chart's title and its axis of levels, lowest to highest, with the first category
  /// at the top.
  void LevelBars(lxw_chart* chart, MessageKey title, uint8_t legend) {
    const std::string chart_title = m_(title);
    chart_title_set_name(chart, chart_title.c_str());
    chart_axis_set_min(chart->x_axis, framework_.lowest_level());
    chart_axis_set_max(chart->x_axis, framework_.highest_level());
    chart_axis_set_reverse(chart->y_axis);
    chart_legend_set_position(chart, legend);
  }

  // --- Overview ------------------------------------------------------------------------

  /// The fields peer groups are formed by, by label.
  std::vector<std::string> GroupFieldLabels() const {
    std::vector<std::string> labels;
    for (const std::string& key : report_.options.group_by) {
      labels.push_back(ProfileFieldLabel(framework_, key, language_));
    }
    return labels;
  }

  void WriteOverview() {
    lxw_worksheet* sheet = style_.AddSheet(m_("sector.sheet.overview"));
    style_.Column(sheet, 0, 0, 34, style_.label_format);
    style_.Column(sheet, 1, 1, 90, style_.text_format);
    worksheet_gridlines(sheet, LXW_HIDE_ALL_GRIDLINES);
    Title(sheet, m_("sector.title"),
          m_("scorecard.framework_version", {In(framework_.title), framework_.version}));
    Row row = 3;
    auto fact = [&](const std::string& label, const std::string& value) {
      style_.String(sheet, row, 0, label, style_.label_format);
      style_.String(sheet, row, 1, value, style_.text_format);
      ++row;
    };
    std::string periods;
    for (const PeriodSummary& period : report_.periods) {
      periods += (periods.empty() ? "" : ", ") + period.period + " (" +
                 std::to_string(period.institutions) + ")";
    }
    int n = static_cast<int>(report_.current.size());
    auto count = [](auto value) { return std::to_string(value); };
    fact(m_("sector.period_analysed"), report_.latest_period);
    fact(m_("sector.institutions"),
         m_("sector.institutions_text",
            {count(report_.distinct_institutions), count(n), report_.latest_period}));
    fact(m_("sector.responses_by_period"), periods);
    fact(m_("scorecard.jointly_agreed"),
         m_("sector.jointly_agreed_text", {count(report_.jointly_agreed), count(n)}));
    if (auto found = report_.agreement.find(report_.latest_period);
        found != report_.agreement.end()) {
      fact(m_("sector.agreement"), m_("sector.agreement_text",
                                      {count(found->second.agreed), count(found->second.not_agreed),
                                       count(found->second.not_signed)}));
    }
    fact(m_("sector.sheet.moderation"),
         m_("sector.moderation_text",
            {count(report_.flagged_in_latest_period), m_("sector.sheet.moderation"), count(n)}));
    fact(m_("sector.mean_completeness"), ShareText(report_.mean_completeness, m_));
    if (report_.statistics.overall) {
      const Statistics& overall = *report_.statistics.overall;
      fact(m_("scorecard.overall_score"),
           m_("sector.overall_text",
              {FormatFixed(overall.median, 2), FormatFixed(overall.q1, 2),
               FormatFixed(overall.q3, 2), FormatFixed(overall.mean, 2),
               count(framework_.lowest_level()), count(framework_.highest_level())}));
    }
    fact(m_("sector.peer_groups"),
         report_.options.group_by.empty()
             ? m_("sector.peer_groups_none")
             : m_("sector.peer_groups_by", {Join(GroupFieldLabels(), ", ")}));
    fact(m_("sector.smallest_group"),
         m_("sector.smallest_group_text", {count(report_.options.min_group_size)}));
    fact(m_("sector.anonymised"),
         m_(report_.published.anonymised ? MessageKey("sector.anonymised_yes")
                                         : MessageKey("sector.anonymised_no")));
    fact(m_("sector.left_out"), options_.skipped.empty()
                                    ? m_("sector.left_out_none")
                                    : m_("sector.left_out_text", {count(options_.skipped.size())}));
    if (!options_.skipped.empty()) {
      ++row;
      style_.String(sheet, row++, 0, m_("sector.files_left_out"), style_.section_format);
      for (std::size_t i = 0; i < options_.skipped.size(); ++i) {
        const SkippedFile& skipped = options_.skipped[i];
        const bool names_files = report_.published.names_files;
        std::string name = names_files ? skipped.file : m_("sector.file_number", {count(i + 1)});
        std::string reasons = names_files
                                  ? Join(skipped.errors, "\n")
                                  : m_("sector.file_errors", {count(skipped.errors.size())});
        style_.String(sheet, row, 0, name, style_.text_format);
        style_.String(sheet, row, 1, reasons, style_.text_format);
        worksheet_set_row(sheet, row, WorkbookStyle::RowHeight({{reasons, 90}}), nullptr);
        ++row;
      }
    }
  }

  // --- Heatmap -------------------------------------------------------------------------

  void WriteHeatmap() {
    lxw_worksheet* sheet = style_.AddSheet(m_("sector.sheet.heatmap"));
    Title(sheet, m_("sector.heatmap.title", {report_.latest_period}),
          report_.published.institutions_withheld ? std::string() : m_("sector.heatmap.key"));
    std::vector<std::string> headers = {InstitutionHeader(), m_("scorecard.overall"),
                                        m_("sector.column.percentile_rank"),
                                        m_("scorecard.jointly_agreed")};
    for (std::size_t d = 0; d < report_.dimensions.size(); ++d)
      headers.push_back(In(report_.dimensions[d].dimension->title));
    style_.Column(sheet, 0, 0, NameWidth(), style_.text_format);
    style_.Column(sheet, 1, 3, 11, nullptr);
    style_.Column(sheet, 4, static_cast<Col>(headers.size()), 13, nullptr);
    Row header = 3;
    if (report_.published.institutions_withheld) {
      Withheld(sheet, header, static_cast<Col>(headers.size() - 1));
      return;
    }
    Row row = header + 1;
    for (const PublishedInstitution& published : report_.published.institutions) {
      const InstitutionSummary& institution = *published.institution;
      style_.String(sheet, row, 0, published.name, style_.text_format);
      style_.Number(sheet, row, 1, institution.overall, style_.number_format);
      if (published.percentile_rank) {
        worksheet_write_number(sheet, row, 2, *published.percentile_rank, style_.percent_format);
      } else {
        style_.String(sheet, row, 2, m_("scorecard.not_applicable"), style_.percent_format);
      }
      style_.String(sheet, row, 3, AgreementLabel(institution.agreement, "sector.yes", m_),
                    style_.text_format);
      for (std::size_t d = 0; d < report_.dimensions.size(); ++d) {
        style_.Number(sheet, row, static_cast<Col>(4 + d), institution.dimensions[d],
                      style_.number_format);
      }
      ++row;
    }
    Row last = std::max(row - 1, header + 1);
    style_.AddTable(sheet, header, 0, last, headers, m_("table.heatmap"));
    worksheet_set_row(sheet, header, 60, nullptr);
    style_.ColourScale(sheet, header + 1, 1, last, 1);
    style_.ColourScale(sheet, header + 1, 4, last, static_cast<Col>(headers.size() - 1));
    worksheet_freeze_panes(sheet, header + 1, 1);
    worksheet_repeat_rows(sheet, header, header);
  }

  // --- Distribution --------------------------------------------------------------------

  void WriteDistribution() {
    const std::string name = m_("sector.sheet.distribution");
    lxw_worksheet* sheet = style_.AddSheet(name);
    const ScaleLevel& second = framework_.scale[1];
    const std::string above = framework_.scale.size() > 2
                                  ? std::to_string(framework_.scale[2].level)
                                  : std::to_string(second.level + 1);
    Title(sheet, m_("sector.distribution.title", {report_.latest_period}),
          m_("sector.distribution.key", {AtLevel(second), std::to_string(second.level), above}));
    std::vector<std::string> headers = {m_("column.dimension")};
    for (const std::string& header : StatisticsHeaders()) headers.push_back(header);
    style_.Column(sheet, 0, 0, 40, style_.text_format);
    style_.Column(sheet, 1, static_cast<Col>(headers.size()), 11, nullptr);
    Row header = 3;
    Row row = header + 1;
    style_.String(sheet, row, 0, m_("scorecard.overall"), style_.label_format);
    StatisticsCells(sheet, row++, 1, report_.statistics.overall);
    Row first_dimension = row;
    for (std::size_t d = 0; d < report_.dimensions.size(); ++d) {
      style_.String(sheet, row, 0, DimensionTitle(d), style_.text_format);
      StatisticsCells(sheet, row++, 1,
                      report_.statistics.dimensions.empty()
                          ? std::nullopt
                          : report_.statistics.dimensions[d].statistics);
    }
    Row last = row - 1;
    style_.AddTable(sheet, header, 0, last, headers, m_("table.distribution"));
    style_.ColourScale(sheet, header + 1, 4, last, 4);

    // Stacked bars: how many institutions reach each level, per dimension.
    lxw_chart* chart = workbook_add_chart(style_.workbook(), LXW_CHART_BAR_STACKED);
    static const lxw_color_t kLevelColours[] = {0xF8696B, 0xFBAA77, 0xFFEB84, 0xB1D580,
                                                0x63BE7B, 0x3C8D5A, 0x1F6E43};
    for (std::size_t l = 0; l < framework_.scale.size(); ++l) {
      lxw_chart_series* series =
          AddSeries(chart, name, first_dimension, last, static_cast<Col>(8 + l),
                    LevelName(framework_, framework_.scale[l].level, language_));
      FillSeries(series, kLevelColours[std::min<std::size_t>(
                             l * 5 / std::max<std::size_t>(1, framework_.scale.size() - 1), 6)]);
    }
    const std::string chart_title = m_("sector.chart.levels");
    chart_title_set_name(chart, chart_title.c_str());
    chart_axis_set_reverse(chart->y_axis);
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    lxw_chart_options chart_options = {};
    chart_options.x_scale = 2.0;
    chart_options.y_scale = 1.2 + 0.06 * static_cast<double>(report_.dimensions.size());
    worksheet_insert_chart_opt(sheet, last + 2, 0, chart, &chart_options);
  }

  // --- Peer groups ---------------------------------------------------------------------

  void WritePeerGroups() {
    const std::string name = m_("sector.sheet.peer_groups");
    lxw_worksheet* sheet = style_.AddSheet(name);
    Title(sheet, m_("sector.groups.title"),
          m_("sector.groups.key", {std::to_string(report_.options.min_group_size)}));
    if (report_.groups.empty()) {
      style_.String(sheet, 3, 0, m_("sector.groups.none"), style_.text_format);
      style_.Column(sheet, 0, 0, 100, nullptr);
      return;
    }
    std::vector<std::string> headers = {
        m_("sector.column.grouped_by"), m_("sector.column.group"), "n",
        m_("sector.column.median"),     m_("sector.column.q1"),    m_("sector.column.q3"),
        m_("sector.column.mean")};
    for (const SectorDimension& row : report_.dimensions) {
      headers.push_back(m_("sector.column.median_of", {In(row.dimension->title)}));
    }
    style_.Column(sheet, 0, 1, 16, style_.text_format);
    style_.Column(sheet, 2, static_cast<Col>(headers.size()), 11, nullptr);
    Row header = 3;
    Row row = header + 1;
    std::vector<Row> published;
    // "suppressed" and "none" stand in a narrow column with empty cells beside them: not
    // wrapped, they read whole across those cells ("suppresse/d" was split).
    lxw_format* note = workbook_add_format(style_.workbook());
    format_set_align(note, LXW_ALIGN_VERTICAL_TOP);
    format_set_indent(note, 1);
    lxw_format* flag = workbook_add_format(style_.workbook());
    format_set_align(flag, LXW_ALIGN_VERTICAL_TOP);
    format_set_indent(flag, 1);
    format_set_bold(flag);
    format_set_font_color(flag, 0xC00000);
    for (const PeerGroup& group : report_.groups) {
      const std::string field = ProfileFieldLabel(framework_, group.by, language_);
      const std::string value = ProfileValueLabel(framework_, group.by, group.value, language_);
      style_.String(sheet, row, 0, field, style_.text_format);
      style_.String(sheet, row, 1, value, style_.text_format);
      style_.Row(sheet, row, WorkbookStyle::RowHeight({{field, 16}, {value, 16}}));
      if (group.suppressed) {
        style_.String(sheet, row, 2, m_("sector_summary.suppressed"), flag);
      } else if (group.n == 0) {
        style_.String(sheet, row, 2, m_("sector_summary.no_members"), note);
      } else {
        published.push_back(row);
        worksheet_write_number(sheet, row, 2, group.n, style_.integer_format);
        StatisticCells(sheet, row, 3, group.statistics.overall,
                       {&Statistics::median, &Statistics::q1, &Statistics::q3, &Statistics::mean});
        for (std::size_t d = 0; d < report_.dimensions.size(); ++d) {
          StatisticCells(sheet, row, static_cast<Col>(7 + d),
                         group.statistics.dimensions[d].statistics, {&Statistics::median});
        }
      }
      ++row;
    }
    Row last = row - 1;
    style_.AddTable(sheet, header, 0, last, headers, m_("table.peer_groups"));
    worksheet_set_row(sheet, header, 60, nullptr);
    style_.ColourScale(sheet, header + 1, 3, last, 3);
    style_.ColourScale(sheet, header + 1, 7, last, static_cast<Col>(headers.size() - 1));

    PeerGroupsChart(sheet, name, header, last, published);
  }

  /// The published groups' median overall scores as a bar chart, from a block of chart
  /// data below the table: a suppressed group never appears in it.
  void PeerGroupsChart(lxw_worksheet* sheet, const std::string& name, Row header, Row last,
                       const std::vector<Row>& published) {
    if (published.empty()) return;
    Row chart_data = last + 3;
    style_.String(sheet, chart_data - 1, 0, m_("sector.groups.chart_data"), style_.section_format);
    for (std::size_t i = 0; i < published.size(); ++i) {
      const PeerGroup& group = report_.groups[published[i] - header - 1];
      const std::string label = ProfileFieldLabel(framework_, group.by, language_) + ": " +
                                ProfileValueLabel(framework_, group.by, group.value, language_);
      style_.String(sheet, chart_data + static_cast<Row>(i), 0, label, style_.text_format);
      style_.Row(sheet, chart_data + static_cast<Row>(i), WorkbookStyle::RowHeight({{label, 16}}));
      worksheet_write_number(sheet, chart_data + static_cast<Row>(i), 1,
                             group.statistics.overall->median, style_.number_format);
    }
    Row chart_last = chart_data + static_cast<Row>(published.size()) - 1;
    lxw_chart* chart = workbook_add_chart(style_.workbook(), LXW_CHART_BAR);
    FillSeries(AddSeries(chart, name, chart_data, chart_last, 1, m_("sector.chart.median_overall")),
               kScoreColour);
    LevelBars(chart, "sector.chart.groups", LXW_CHART_LEGEND_NONE);
    worksheet_insert_chart(sheet, chart_data - 1, 3, chart);
  }

  // --- Elements ------------------------------------------------------------------------

  void WriteElements() {
    lxw_worksheet* sheet = style_.AddSheet(m_("scorecard.sheet.elements"));
    Title(sheet, m_("sector.elements.title"), m_("sector.elements.key"));
    std::vector<std::string> headers = {m_("column.rank"),
                                        m_("column.element"),
                                        m_("column.kind"),
                                        "n",
                                        m_("sector.column.median_score"),
                                        m_("sector.column.below_target"),
                                        m_("sector.column.perception_gap"),
                                        m_("sector.column.unevidenced")};
    style_.Column(sheet, 0, 0, 5, nullptr);
    style_.Column(sheet, 1, 1, 56, style_.text_format);
    style_.Column(sheet, 2, 2, 11, style_.text_format);
    style_.Column(sheet, 3, 7, 12, nullptr);
    Row header = 3;
    Row row = header + 1;
    int rank = 1;
    for (const ElementView& view : report_.elements) {
      const Element& element = *view.element;
      worksheet_write_number(sheet, row, 0, rank++, style_.integer_format);
      style_.String(sheet, row, 1, In(element.title), style_.text_format);
      style_.String(sheet, row, 2, KindLabel(element.kind, m_), style_.text_format);
      worksheet_write_number(sheet, row, 3, view.n, style_.integer_format);
      style_.Number(sheet, row, 4, view.median, style_.number_format);
      worksheet_write_number(sheet, row, 5, view.below_target, style_.percent_format);
      worksheet_write_number(sheet, row, 6, view.perception_gap, style_.percent_format);
      worksheet_write_number(sheet, row, 7, view.unevidenced, style_.percent_format);
      ++row;
    }
    Row last = std::max(row - 1, header + 1);
    style_.AddTable(sheet, header, 0, last, headers, m_("table.sector_elements"));
    style_.ColourScale(sheet, header + 1, 4, last, 4);
    for (Col col = 5; col <= 7; ++col) {
      lxw_conditional_format bar = {};
      bar.type = LXW_CONDITIONAL_DATA_BAR;
      bar.bar_color = col == 5 ? 0xF4B183 : col == 6 ? 0xB4A7D6 : 0xBFBFBF;
      bar.min_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
      bar.min_value = 0;
      bar.max_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
      bar.max_value = 1;
      worksheet_conditional_format_range(sheet, header + 1, col, last, col, &bar);
    }
    worksheet_freeze_panes(sheet, header + 1, 0);
    worksheet_repeat_rows(sheet, header, header);
  }

  // --- Perceptions ---------------------------------------------------------------------

  void WritePerceptions() {
    const std::string name = m_("sector.sheet.perceptions");
    lxw_worksheet* sheet = style_.AddSheet(name);
    Title(sheet, m_("sector.perceptions.title"), m_("sector.perceptions.key"));
    worksheet_fit_to_pages(sheet, 1, 1);  // The chart below the table is never cut.
    std::vector<std::string> headers = {m_("column.dimension")};
    for (const Perspective& perspective : framework_.perspectives) {
      headers.push_back(m_("sector.column.median_of",
                           {PerspectiveLabel(framework_, perspective.key, language_)}));
    }
    headers.push_back(m_("sector.column.median_divergence"));
    style_.Column(sheet, 0, 0, 40, style_.text_format);
    style_.Column(sheet, 1, static_cast<Col>(headers.size()), 16, nullptr);
    Row header = 3;
    Row row = header + 1;
    style_.String(sheet, row, 0, m_("scorecard.overall"), style_.label_format);
    for (std::size_t p = 0; p < framework_.perspectives.size(); ++p) {
      style_.Number(
          sheet, row, static_cast<Col>(1 + p),
          report_.perceptions.overall.empty() ? std::nullopt : report_.perceptions.overall[p],
          style_.number_format);
    }
    ++row;
    Row first = row;
    for (std::size_t d = 0; d < report_.perceptions.dimensions.size(); ++d) {
      style_.String(sheet, row, 0, DimensionTitle(d), style_.text_format);
      for (std::size_t p = 0; p < framework_.perspectives.size(); ++p) {
        style_.Number(sheet, row, static_cast<Col>(1 + p),
                      report_.perceptions.dimensions[d].by_perspective[p], style_.number_format);
      }
      style_.Number(sheet, row, static_cast<Col>(1 + framework_.perspectives.size()),
                    report_.perceptions.dimensions[d].median_divergence, style_.number_format);
      ++row;
    }
    Row last = std::max(row - 1, header + 1);
    style_.AddTable(sheet, header, 0, last, headers, m_("table.perceptions"));
    style_.Highlight(sheet, header + 1, static_cast<Col>(headers.size() - 1), last,
                     LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO,
                     framework_.scoring.divergence_threshold, style_.divergence_format);
    if (report_.perceptions.dimensions.empty()) return;
    lxw_chart* chart = workbook_add_chart(style_.workbook(), LXW_CHART_BAR);
    for (std::size_t p = 0; p < framework_.perspectives.size(); ++p) {
      lxw_chart_series* series =
          AddSeries(chart, name, first, last, static_cast<Col>(1 + p),
                    PerspectiveLabel(framework_, framework_.perspectives[p].key, language_));
      FillSeries(series, WorkbookStyle::PerspectiveColour(p));
    }
    LevelBars(chart, "sector.chart.perceptions", LXW_CHART_LEGEND_BOTTOM);
    lxw_chart_options chart_options = {};
    chart_options.x_scale = 1.6;
    chart_options.y_scale = 1.3 + 0.05 * static_cast<double>(report_.dimensions.size());
    worksheet_insert_chart_opt(sheet, last + 2, 0, chart, &chart_options);
  }

  // --- Trends --------------------------------------------------------------------------

  /// The line of the wide-perception-gap flag and where it came from.
  std::string WideGapText() const {
    const std::string line = FormatFixed(report_.wide_perception_gap, 2);
    switch (report_.wide_perception_gap_source) {
      case WideGapSource::kOption:
        return m_("sector.moderation.wide_option", {line});
      case WideGapSource::kFramework:
        return m_("sector.moderation.wide_framework", {line});
      case WideGapSource::kQuartile:
        return m_("sector.moderation.wide_quartile", {line});
      case WideGapSource::kFloor:
        break;
    }
    return m_("sector.moderation.wide_floor", {line});
  }

  /// The self-assessments that call for a closer look, most flags first: each flag's value
  /// beside the line it crossed (the key), never colour alone.
  void WriteModeration() {
    lxw_worksheet* sheet = style_.AddSheet(m_("sector.sheet.moderation"));
    const ModerationThresholds& limits = framework_.scoring.moderation;
    const double first_width = NameWidth();
    style_.Column(sheet, 0, 0, first_width, style_.text_format);
    style_.Column(sheet, 1, 2, 10, nullptr);
    style_.Column(sheet, 3, 10, 14, nullptr);
    style_.String(sheet, 0, 0, m_("sector.moderation.title"), style_.title_format);
    // The key is a paragraph: wrapped across the table's width, so the page keeps its scale.
    const std::string key =
        m_("sector.moderation.key",
           {FormatNumber(limits.large_change), PercentText(limits.thin_evidence * 100, m_),
            PercentText(limits.many_not_applicable * 100, m_), WideGapText()});
    worksheet_merge_range(sheet, 1, 0, 1, 10, "", style_.text_format);
    style_.String(sheet, 1, 0, key, style_.text_format);
    worksheet_set_row(sheet, 1, WorkbookStyle::RowHeight({{key, first_width + 20 + 8 * 14}}),
                      nullptr);
    std::vector<std::string> headers = {m_("sector.column.institution"), m_("scorecard.period"),
                                        m_("sector.column.flags")};
    const std::vector<ModerationFlag> order = {
        ModerationFlag::kLargeChange,       ModerationFlag::kThinEvidence,
        ModerationFlag::kManyNotApplicable, ModerationFlag::kWidePerceptionGap,
        ModerationFlag::kNotAgreed,         ModerationFlag::kActionsOverdue,
        ModerationFlag::kIdChanged,         ModerationFlag::kOneSideOnly};
    for (ModerationFlag flag : order) headers.push_back(ModerationLabel(flag));
    const Row header = 3;
    Row row = header + 1;
    for (const PublishedModeration& published : report_.published.moderation) {
      const Moderation& entry = *published.entry;
      const InstitutionSummary& institution = *entry.institution;
      style_.String(sheet, row, 0, published.name, style_.text_format);
      style_.String(sheet, row, 1, institution.period, style_.text_format);
      worksheet_write_number(sheet, row, 2, static_cast<double>(entry.flags.size()),
                             style_.integer_format);
      for (std::size_t f = 0; f < order.size(); ++f) {
        const Col col = static_cast<Col>(3 + f);
        auto raised = std::find_if(entry.flags.begin(), entry.flags.end(),
                                   [&](const RaisedFlag& flag) { return flag.flag == order[f]; });
        if (raised == entry.flags.end()) {
          style_.String(sheet, row, col, "", style_.text_format);
        } else if (order[f] == ModerationFlag::kThinEvidence ||
                   order[f] == ModerationFlag::kManyNotApplicable) {
          worksheet_write_number(sheet, row, col, raised->value, style_.percent_format);
        } else if (order[f] == ModerationFlag::kNotAgreed ||
                   order[f] == ModerationFlag::kIdChanged) {
          style_.String(sheet, row, col, m_("sector.yes"), style_.text_format);
        } else if (order[f] == ModerationFlag::kActionsOverdue ||
                   order[f] == ModerationFlag::kOneSideOnly) {
          worksheet_write_number(sheet, row, col, raised->value, style_.integer_format);
        } else if (order[f] == ModerationFlag::kLargeChange) {
          worksheet_write_number(sheet, row, col, raised->value, style_.change_format);
        } else {
          worksheet_write_number(sheet, row, col, raised->value, style_.number_format);
        }
      }
      ++row;
    }
    if (report_.moderation.empty()) {
      style_.String(sheet, row++, 0, m_("sector.moderation.none"), style_.text_format);
    }
    style_.AddTable(sheet, header, 0, std::max(row - 1, header + 1), headers,
                    m_("table.moderation"));
    worksheet_freeze_panes(sheet, header + 1, 1);
  }

  std::string ModerationLabel(ModerationFlag flag) const {
    static constexpr Named<ModerationFlag, MessageKey> kLabels[] = {
        {ModerationFlag::kLargeChange, "moderation.large-change"},
        {ModerationFlag::kThinEvidence, "moderation.thin-evidence"},
        {ModerationFlag::kManyNotApplicable, "moderation.many-not-applicable"},
        {ModerationFlag::kWidePerceptionGap, "moderation.wide-perception-gap"},
        {ModerationFlag::kNotAgreed, "moderation.not-agreed"},
        {ModerationFlag::kActionsOverdue, "moderation.actions-overdue"},
        {ModerationFlag::kIdChanged, "moderation.id-changed"},
        {ModerationFlag::kOneSideOnly, "moderation.one-side-only"}};
    return m_(NameOf(kLabels, flag));
  }

  void WriteTrends() {
    const std::string name = m_("sector.sheet.trends");
    lxw_worksheet* sheet = style_.AddSheet(name);
    Title(sheet, m_("sector.trends.title"), m_("sector.trends.key"));
    style_.Column(sheet, 0, 0, NameWidth(), style_.text_format);
    style_.Column(sheet, 1, 8, 12, nullptr);
    Row row = SectorTrend(sheet, name, 3);
    InstitutionTrends(sheet, row + 2);
  }

  /// The sector's table of periods from `row` on, and its chart; gives the row after it.
  Row SectorTrend(lxw_worksheet* sheet, const std::string& name, Row row) {
    style_.String(sheet, row++, 0, m_("sector.trends.sector"), style_.section_format);
    Row header = row++;
    Row first = row;
    for (const PeriodSummary& period : report_.periods) {
      style_.String(sheet, row, 0, period.period, style_.text_format);
      worksheet_write_number(sheet, row, 1, period.institutions, style_.integer_format);
      StatisticCells(sheet, row, 2, period.statistics.overall,
                     {&Statistics::median, &Statistics::mean});
      style_.Number(sheet, row, 4, period.median_change, style_.change_format);
      style_.Number(sheet, row, 5, period.mean_change, style_.change_format);
      // The changes are over the institutions in both periods, not all of each.
      if (period.median_change) {
        worksheet_write_number(sheet, row, 6, period.matched, style_.integer_format);
      } else {
        style_.String(sheet, row, 6, "", style_.integer_format);
      }
      ++row;
    }
    Row last = row - 1;
    style_.AddTable(sheet, header, 0, last,
                    {m_("scorecard.period"), m_("sector.institutions"), m_("sector.column.median"),
                     m_("sector.column.mean"), m_("sector.column.median_change"),
                     m_("sector.column.mean_change"), m_("report.sector.column.matched")},
                    m_("table.sector_trend"));
    TrendChart(sheet, name, header, first, last);
    return row;
  }

  /// The line of the sector's median over the periods in rows `first` to `last`.
  void TrendChart(lxw_worksheet* sheet, const std::string& name, Row header, Row first, Row last) {
    lxw_chart* chart = workbook_add_chart(style_.workbook(), LXW_CHART_LINE);
    lxw_chart_series* series =
        AddSeries(chart, name, first, last, 2, m_("sector.chart.median_overall"));
    chart_series_set_marker_type(series, LXW_CHART_MARKER_CIRCLE);
    const std::string chart_title = m_("sector.chart.trend");
    chart_title_set_name(chart, chart_title.c_str());
    chart_axis_set_min(chart->y_axis, framework_.lowest_level());
    chart_axis_set_max(chart->y_axis, framework_.highest_level());
    chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
    worksheet_insert_chart(sheet, header, 7, chart);
  }

  /// Each institution's change between its last two periods, as published, from `row` on.
  void InstitutionTrends(lxw_worksheet* sheet, Row row) {
    style_.String(sheet, row++, 0, m_("sector.institutions"), style_.section_format);
    if (report_.published.institutions_withheld) {
      Withheld(sheet, row, 5);
      return;
    }
    Row header = row++;
    for (const PublishedTrend& published : report_.published.trends) {
      const InstitutionTrend* trend = published.trend;
      const InstitutionSummary& from = *trend->from;
      const InstitutionSummary& to = *trend->to;
      style_.String(sheet, row, 0, published.name, style_.text_format);
      style_.String(sheet, row, 1, from.period, style_.text_format);
      style_.String(sheet, row, 2, to.period, style_.text_format);
      style_.Number(sheet, row, 3, from.overall, style_.number_format);
      style_.Number(sheet, row, 4, to.overall, style_.number_format);
      style_.Number(sheet, row, 5, trend->change, style_.change_format);
      ++row;
    }
    if (report_.trends.empty()) {
      style_.String(sheet, row++, 0, m_("sector.trends.none"), style_.text_format);
    }
    Row last = std::max(row - 1, header + 1);
    style_.AddTable(
        sheet, header, 0, last,
        {InstitutionHeader(), m_("sector.column.from"), m_("sector.column.to"),
         m_("sector.column.before"), m_("sector.column.after"), m_("sector.column.change")},
        m_("table.institution_trends"));
    lxw_conditional_format up = {};
    up.type = LXW_CONDITIONAL_TYPE_CELL;
    up.criteria = LXW_CONDITIONAL_CRITERIA_GREATER_THAN;
    up.value = 0;
    up.format = style_.good_format;
    worksheet_conditional_format_range(sheet, header + 1, 5, last, 5, &up);
    style_.Highlight(sheet, header + 1, 5, last, LXW_CONDITIONAL_CRITERIA_LESS_THAN, 0,
                     style_.gap_format);
  }

  // --- Method --------------------------------------------------------------------------

  void WriteMethod() {
    lxw_worksheet* sheet = style_.AddSheet(m_("scorecard.sheet.method"));
    worksheet_set_portrait(sheet);
    style_.Column(sheet, 0, 0, 26, style_.label_format);
    style_.Column(sheet, 1, 1, 100, style_.text_format);
    Title(sheet, m_("sector.method.title"), "");
    Row row = 3;
    auto line = [&](const std::string& label, const std::string& text) {
      style_.String(sheet, row, 0, label, style_.label_format);
      style_.String(sheet, row, 1, text, style_.text_format);
      worksheet_set_row(sheet, row, WorkbookStyle::RowHeight({{text, 100}}), nullptr);
      ++row;
    };
    line(m_("sector.method.scores"),
         m_("sector.method.scores_text", {m_("scorecard.sheet.method")}));
    line(m_("scorecard.period"),
         m_("sector.method.period_text", {report_.latest_period, m_("sector.sheet.trends")}));
    line(m_("sector.method.statistics"), m_("sector.method.statistics_text"));
    line(m_("sector.peer_groups"),
         m_("sector.method.groups_text", {std::to_string(report_.options.min_group_size)}));
    line(m_("scorecard.sheet.elements"), m_("sector.method.elements_text"));
    line(m_("sector.sheet.perceptions"), m_("sector.method.perceptions_text"));
    line(m_("sector.sheet.trends"), m_("sector.method.trends_text"));
    line(m_("sector.column.percentile_rank"), m_("sector.method.percentile_rank_text"));
    if (report_.published.anonymised) {
      line(m_("sector.method.anonymisation"), m_("sector.method.anonymisation_text"));
    }
    line(m_("scorecard.framework"),
         m_("scorecard.framework_version", {In(framework_.title), framework_.version}) + ".");
  }

  const SectorReport& report_;
  const Framework& framework_;
  const SectorOutputOptions& options_;
  std::string language_;
  const Messages& m_;
  WorkbookStyle style_;
};

}  // namespace

std::vector<std::string> WriteSectorWorkbook(const SectorReport& report,
                                             const SectorOutputOptions& options,
                                             const std::string& path,
                                             std::optional<std::time_t> created) {
  return SectorWorkbookWriter(report, options, path, created).Write();
}

}  // namespace maturity
