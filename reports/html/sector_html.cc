#include "reports/html/sector_html.h"

#include <algorithm>
#include <cmath>

#include "common/messages.h"
#include "engine/summary.h"
#include "reports/html/html_report.h"
#include "reports/html/svg_charts.h"
#include "reports/presentation.h"

namespace maturity {

namespace {

constexpr std::size_t kElementsShown = 10;

class SectorReportWriter : ReportPage {
 public:
  SectorReportWriter(const SectorReport& report, const SectorOutputOptions& options, Html& html,
                     const Messages& m, const std::string& id)
      : ReportPage(*report.framework, html, m, id), report_(report), options_(options) {}

  void Write() {
    Header();
    Summary();
    Headline();
    Distribution();
    Groups();
    Trends();
    Agreement();
    Elements();
    Perceptions();
    Institutions();
    Method();
    AboutTheFigures();
  }

 private:
  std::string Dimension(std::size_t d) const {
    return report_.dimensions[d].dimension->title.In(language_);
  }

  ChartFrame Frame(const std::string& key, const std::string& title) const {
    return FrameOnScale(framework_, m_, id_ + "-" + key, title);
  }

  void Header() {
    ReportPage::Header(m_("report.sector.heading", {Unbroken(report_.latest_period)}),
                       m_("report.sector.lead", {std::to_string(report_.current.size()),
                                                 Unbroken(report_.latest_period)}));
  }

  /// `27 self-assessments over 2 periods`.
  std::string AssessmentsText() const {
    std::string count = std::to_string(report_.institutions.size());
    return report_.periods.size() == 1 ? m_("report.sector.assessments_period", {count})
                                       : m_("report.sector.assessments_periods",
                                            {count, std::to_string(report_.periods.size())});
  }

  /// The summary in words: a sentence for each of the engine's chosen figures.
  void Summary() {
    const SectorSummaryFigures summary = SummaryOf(report_);
    const std::string period = Unbroken(report_.latest_period);
    std::vector<std::string> sentences;
    if (summary.overall) {
      sentences.push_back(
          m_("report.sector.summary.scores",
             {std::to_string(summary.institutions), period, Fixed(summary.overall->median),
              Fixed(summary.overall->q1), Fixed(summary.overall->q3)}));
    }
    if (summary.median_change) {
      std::vector<std::string> values = {std::to_string(summary.matched),
                                         Unbroken(summary.previous_period), period,
                                         Fixed(std::abs(*summary.median_change))};
      sentences.push_back(values[3] == Fixed(0.0) ? m_("report.sector.summary.unchanged", values)
                          : *summary.median_change > 0
                              ? m_("report.sector.summary.risen", values)
                              : m_("report.sector.summary.fallen", values));
    }
    sentences.push_back(m_("report.sector.summary.agreed", {std::to_string(summary.jointly_agreed),
                                                            std::to_string(summary.institutions)}));
    if (summary.lowest_dimension) {
      sentences.push_back(m_("report.sector.summary.lowest",
                             {Dimension(*summary.lowest_dimension), Fixed(summary.lowest_median)}));
    }
    Section("summary", m_("report.summary"));
    html_.Open("ul", {{"class", "summary"}});
    for (const std::string& sentence : sentences) html_.Element("li", sentence);
    html_.Close("ul");
    EndSection();
  }

  /// Where the figures come from and what they are: a statistical release's last section.
  void AboutTheFigures() {
    Section("about", m_("report.about"));
    MethodList(
        html_,
        {{m_("report.about.source"),
          m_("report.sector.about.source_text",
             {framework_.title.In(language_), framework_.version, AssessmentsText()})},
         {m_("report.about.coverage"),
          m_("report.sector.about.coverage_text",
             {std::to_string(report_.current.size()), Unbroken(report_.latest_period),
              std::to_string(report_.jointly_agreed), ShareText(report_.mean_completeness, m_)})},
         {m_("report.about.self_assessed"), m_("report.sector.about.self_assessed_text")},
         {m_("report.about.date"),
          m_("report.about.date_period", {Unbroken(report_.latest_period)})},
         {m_("report.about.language"), m_("report.about.language_text")}});
    EndSection();
  }

  void Headline() {
    Section("glance", m_("report.at_a_glance"));
    const std::optional<Statistics>& overall = report_.statistics.overall;
    html_.Open("div", {{"class", "headline"}});
    HeadlineFigure(html_, m_("sector.institutions"), std::to_string(report_.current.size()),
                   AssessmentsText(), "responses_in_period");
    HeadlineFigure(
        html_, m_("report.sector.median_overall"), overall ? Fixed(overall->median) : "-",
        overall ? m_("report.sector.middle_half", {Fixed(overall->q1), Fixed(overall->q3)}) : "",
        "overall.median");
    HeadlineFigure(html_, m_("scorecard.jointly_agreed"), std::to_string(report_.jointly_agreed),
                   m_("report.sector.agreed_detail", {std::to_string(report_.current.size())}),
                   "jointly_agreed");
    HeadlineFigure(html_, m_("sector.mean_completeness"), ShareText(report_.mean_completeness, m_),
                   "", "mean_completeness");
    html_.Close("div");
    if (report_.published.anonymised) html_.Element("p", m_("report.sector.anonymised"));
    if (!options_.skipped.empty()) {
      const std::size_t skipped = options_.skipped.size();
      html_.Element("p", m_.Counted("report.sector.left_out", static_cast<long>(skipped),
                                    {std::to_string(skipped)}));
    }
    EndSection();
  }

  /// Without `extremes`, the minimum and maximum are shown as "-" (each is one
  /// institution's value).
  void StatisticsRow(const std::string& id, const std::string& label,
                     const std::optional<Statistics>& s, int depth = 0, bool extremes = true) {
    html_.Open("tr", {{"data-id", id}});
    Html::Attributes heading = {{"scope", "row"}};
    if (depth > 0) heading.emplace_back("class", "depth-" + std::to_string(std::min(depth, 2)));
    html_.Element("th", label, heading);
    NumberCell(html_, s ? std::to_string(s->n) : "0", "n");
    for (auto [field, value] : std::vector<std::pair<const char*, std::optional<double>>>{
             {"min", s && extremes ? std::optional(s->min) : std::nullopt},
             {"q1", s ? std::optional(s->q1) : std::nullopt},
             {"median", s ? std::optional(s->median) : std::nullopt},
             {"q3", s ? std::optional(s->q3) : std::nullopt},
             {"max", s && extremes ? std::optional(s->max) : std::nullopt},
             {"mean", s ? std::optional(s->mean) : std::nullopt}}) {
      NumberCell(html_, Fixed(value), field);
    }
    html_.Close("tr");
  }

  std::vector<Column> StatisticsColumns(const std::string& first) const {
    return {{first},
            {"n", true},
            {m_("sector.column.min"), true},
            {m_("sector.column.q1"), true},
            {m_("sector.column.median"), true},
            {m_("sector.column.q3"), true},
            {m_("sector.column.max"), true},
            {m_("sector.column.mean"), true}};
  }

  void Distribution() {
    Section("distribution", m_("report.sector.distribution"));
    html_.Element("p", m_("report.sector.distribution_intro", {report_.latest_period}),
                  {{"class", "intro"}});
    KeepUntilHere(html_);  // The chart may start page 2 rather than leave page 1 half blank.
    std::vector<std::string> rows = {m_("scorecard.overall")};
    std::vector<std::optional<Statistics>> statistics = {report_.statistics.overall};
    for (std::size_t d = 0; d < report_.dimensions.size(); ++d) {
      rows.push_back(Dimension(d));
      statistics.push_back(report_.statistics.dimensions[d].statistics);
    }
    WriteBoxPlots(html_, Frame("box", m_("report.sector.chart.box", {report_.latest_period})), rows,
                  statistics);
    KeepUntilHere(html_);
    DataTable("distribution", m_("report.sector.distribution_table", {report_.latest_period}),
              StatisticsColumns(m_("column.dimension")), [&] {
                StatisticsRow("overall", m_("scorecard.overall"), report_.statistics.overall);
                for (std::size_t d = 0; d < report_.dimensions.size(); ++d) {
                  StatisticsRow(report_.dimensions[d].dimension->id, Dimension(d),
                                report_.statistics.dimensions[d].statistics,
                                report_.dimensions[d].depth);
                }
              });
    EndSection();
  }

  void Groups() {
    if (report_.options.group_by.empty()) return;
    Section("groups", m_("sector.groups.title"));
    html_.Element("p",
                  m_("sector.method.groups_text", {std::to_string(report_.options.min_group_size)}),
                  {{"class", "intro"}});
    for (const std::string& by : report_.options.group_by) {
      std::string field = ProfileFieldLabel(framework_, by, language_);
      std::vector<std::string> rows;
      std::vector<std::optional<Statistics>> statistics;
      for (const PeerGroup& group : report_.groups) {
        if (group.by != by || group.suppressed || group.n == 0) continue;
        rows.push_back(ProfileValueLabel(framework_, by, group.value, language_) +
                       " (n = " + std::to_string(group.n) + ")");
        statistics.push_back(group.statistics.overall);
      }
      html_.Element("h3", field);
      if (!rows.empty()) {
        WriteBoxPlots(html_, Frame("groups-" + by, m_("report.sector.chart.groups", {field})), rows,
                      statistics);
      }
      KeepUntilHere(html_);
      html_.Open("table", {{"data-table", "groups." + by}});
      html_.Element("caption", m_("report.sector.groups_table", {field}));
      TableHead(html_, StatisticsColumns(m_("sector.column.group")));
      html_.Open("tbody");
      for (const PeerGroup& group : report_.groups) {
        if (group.by != by) continue;
        std::string label = ProfileValueLabel(framework_, by, group.value, language_);
        if (group.suppressed) {
          html_.Open("tr", {{"data-id", group.value}});
          html_.Element("th", label, {{"scope", "row"}});
          html_.Element(
              "td",
              m_("report.sector.suppressed", {std::to_string(report_.options.min_group_size)}),
              {{"colspan", "7"}});
          html_.Close("tr");
          continue;
        }
        StatisticsRow(group.value, label, group.statistics.overall, 0,
                      report_.published.group_extremes);
      }
      html_.Close("tbody");
      html_.Close("table");
    }
    EndSection();
  }

  void Trends() {
    Section("trends", m_("report.sector.trends"));
    if (report_.periods.size() < 2) {
      html_.Element("p", m_("report.sector.one_period", {report_.latest_period}));
      EndSection();
      return;
    }
    std::vector<std::string> periods;
    ChartSeries median{m_("sector.column.median"), SeriesLook::kCurrent, {}};
    ChartSeries mean{m_("sector.column.mean"), SeriesLook::kMean, {}};
    std::vector<std::optional<double>> low, high;
    for (const PeriodSummary& period : report_.periods) {
      periods.push_back(period.period);
      const std::optional<Statistics>& s = period.statistics.overall;
      median.values.push_back(s ? std::optional(s->median) : std::nullopt);
      mean.values.push_back(s ? std::optional(s->mean) : std::nullopt);
      low.push_back(s ? std::optional(s->q1) : std::nullopt);
      high.push_back(s ? std::optional(s->q3) : std::nullopt);
    }
    html_.Element("p", m_("sector.method.trends_text"), {{"class", "intro"}});
    WriteLineChart(html_, Frame("trend", m_("report.sector.chart.trend")), periods, {median, mean},
                   low, high);
    KeepUntilHere(html_);
    DataTable("periods", m_("report.sector.trends_table"),
              {{m_("scorecard.period")},
               {m_("sector.institutions"), true},
               {m_("sector.column.median"), true},
               {m_("sector.column.mean"), true},
               {m_("sector.column.median_change"), true},
               {m_("sector.column.mean_change"), true},
               {m_("report.sector.column.matched"), true}},
              [&] {
                for (const PeriodSummary& period : report_.periods) {
                  const std::optional<Statistics>& s = period.statistics.overall;
                  html_.Open("tr", {{"data-id", period.period}});
                  html_.Element("th", period.period, {{"scope", "row"}, {"class", "date"}});
                  NumberCell(html_, std::to_string(period.institutions), "institutions");
                  NumberCell(html_, s ? Fixed(s->median) : "-", "overall.median");
                  NumberCell(html_, s ? Fixed(s->mean) : "-", "overall.mean");
                  NumberCell(html_, ChangeText(period.median_change), "median_change");
                  NumberCell(html_, ChangeText(period.mean_change), "mean_change");
                  NumberCell(html_, std::to_string(period.matched), "matched");
                  html_.Close("tr");
                }
              });
    EndSection();
  }

  void Agreement() {
    Section("agreement", m_("report.sector.agreement"));
    html_.Element("p", m_("report.sector.agreement_intro"), {{"class", "intro"}});
    std::vector<std::string> periods;
    std::vector<BarPart> parts = {{m_("report.sector.agreed"), {}},
                                  {m_("report.sector.not_agreed"), {}},
                                  {m_("report.sector.not_signed"), {}}};
    for (const auto& [period, counts] : report_.agreement) {
      periods.push_back(period);
      parts[0].counts.push_back(counts.agreed);
      parts[1].counts.push_back(counts.not_agreed);
      parts[2].counts.push_back(counts.not_signed);
    }
    WriteStackedBars(html_, Frame("agreement", m_("report.sector.chart.agreement")), periods,
                     parts);
    html_.Open("table", {{"data-table", "agreement"}, {"class", "keep"}});
    html_.Element("caption", m_("report.sector.agreement_table"));
    TableHead(html_, {{m_("scorecard.period")},
                      {parts[0].name, true},
                      {parts[1].name, true},
                      {parts[2].name, true}});
    html_.Open("tbody");
    for (const auto& [period, counts] : report_.agreement) {
      html_.Open("tr", {{"data-id", period}});
      html_.Element("th", period, {{"scope", "row"}, {"class", "date"}});
      NumberCell(html_, std::to_string(counts.agreed), "agreed");
      NumberCell(html_, std::to_string(counts.not_agreed), "not_agreed");
      NumberCell(html_, std::to_string(counts.not_signed), "not_signed");
      html_.Close("tr");
    }
    html_.Close("tbody");
    html_.Close("table");
    EndSection();
  }

  void Elements() {
    Section("elements", m_("report.sector.elements"));
    html_.Element("p", m_("sector.method.elements_text"), {{"class", "intro"}});
    html_.Open("table", {{"data-table", "elements"}});
    std::size_t shown = std::min(kElementsShown, report_.elements.size());
    html_.Element("caption", m_("report.sector.elements_table",
                                {std::to_string(shown), std::to_string(report_.elements.size())}));
    TableHead(html_, {{m_("column.rank"), true},
                      {m_("column.element")},
                      {"n", true},
                      {m_("sector.column.median"), true},
                      {m_("sector.column.below_target"), true},
                      {m_("sector.column.perception_gap"), true},
                      {m_("sector.column.unevidenced"), true}});
    html_.Open("tbody");
    for (std::size_t i = 0; i < shown; ++i) {
      const ElementView& view = report_.elements[i];
      html_.Open("tr", {{"data-id", view.element->id}});
      Cell(html_, std::to_string(i + 1), true);
      html_.Element("th", view.element->title.In(language_), {{"scope", "row"}});
      NumberCell(html_, std::to_string(view.n), "n");
      NumberCell(html_, Fixed(view.median), "median");
      NumberCell(html_, ShareText(view.below_target, m_), "below_target");
      NumberCell(html_, ShareText(view.perception_gap, m_), "perception_gap");
      NumberCell(html_, ShareText(view.unevidenced, m_), "unevidenced");
      html_.Close("tr");
    }
    html_.Close("tbody");
    html_.Close("table");
    EndSection();
  }

  void Perceptions() {
    if (framework_.perspectives.size() < 2) return;
    Section("perceptions", m_("report.perceptions"));
    html_.Element("p", m_("sector.method.perceptions_text"), {{"class", "intro"}});
    std::vector<std::string> rows;
    std::vector<ChartSeries> series;
    for (std::size_t p = 0; p < framework_.perspectives.size(); ++p) {
      series.push_back({PerspectiveLabel(framework_, framework_.perspectives[p].key, language_),
                        SideLook(p),
                        {}});
    }
    for (std::size_t d = 0; d < report_.perceptions.dimensions.size(); ++d) {
      rows.push_back(Dimension(d));
      for (std::size_t p = 0; p < series.size(); ++p) {
        const auto& values = report_.perceptions.dimensions[d].by_perspective;
        series[p].values.push_back(p < values.size() ? values[p] : std::nullopt);
      }
    }
    WriteDotRanges(html_, Frame("perceptions", m_("sector.chart.perceptions")), rows, series);
    KeepUntilHere(html_);
    std::vector<Column> columns = {{m_("column.dimension")}};
    for (const ChartSeries& one : series) columns.push_back({one.name, true});
    columns.push_back({m_("sector.column.median_divergence"), true});
    DataTable("perceptions", m_("report.sector.perceptions_table"), columns, [&] {
      for (std::size_t d = 0; d < report_.perceptions.dimensions.size(); ++d) {
        const DimensionPerception& perception = report_.perceptions.dimensions[d];
        html_.Open("tr", {{"data-id", perception.dimension->id}});
        html_.Element("th", Dimension(d), {{"scope", "row"}});
        for (std::size_t p = 0; p < framework_.perspectives.size(); ++p) {
          NumberCell(html_,
                     Fixed(p < perception.by_perspective.size() ? perception.by_perspective[p]
                                                                : std::nullopt),
                     framework_.perspectives[p].key);
        }
        NumberCell(html_, Fixed(perception.median_divergence), "median_divergence");
        html_.Close("tr");
      }
    });
    EndSection();
  }

  void Institutions() {
    Section("institutions", m_("report.sector.institutions", {report_.latest_period}));
    if (report_.published.institutions_withheld) {
      html_.Element("p", m_("sector.institutions_withheld"));
      EndSection();
      return;
    }
    KeepUntilHere(html_);  // The table may be long: it starts where it fits.
    DataTable("results", m_("report.sector.institutions_table"),
              {{m_(report_.published.anonymised ? MessageKey("sector.column.institution_code")
                                                : MessageKey("sector.column.institution"))},
               {m_("scorecard.overall_score"), true},
               {m_("column.level")},
               {m_("sector.column.percentile_rank"), true},
               {m_("column.completeness"), true},
               {m_("scorecard.jointly_agreed")}},
              [&] {
                for (const PublishedInstitution& published : report_.published.institutions) {
                  const InstitutionSummary& institution = *published.institution;
                  const std::string& name = published.name;
                  html_.Open("tr", {{"data-id", name}});
                  html_.Element("th", name, {{"scope", "row"}});
                  NumberCell(html_, Fixed(institution.overall), "overall");
                  html_.Element(
                      "td",
                      institution.overall
                          ? LevelName(framework_, framework_.LevelReached(*institution.overall),
                                      language_)
                          : "-",
                      {{"class", "level"}});
                  NumberCell(html_, ShareText(published.percentile_rank, m_), "percentile_rank");
                  NumberCell(html_, ShareText(institution.completeness, m_), "completeness");
                  Cell(html_, AgreementLabel(institution.agreement, "report.yes", m_));
                  html_.Close("tr");
                }
              });
    EndSection();
  }

  void Method() {
    Section("method", m_("report.method"));
    std::vector<std::pair<std::string, std::string>> entries = {
        {m_("sector.method.scores"), m_("report.sector.method_scores")},
        {m_("sector.method.statistics"), m_("sector.method.statistics_text")},
        {m_("sector.column.percentile_rank"), m_("sector.method.percentile_rank_text")}};
    if (report_.published.anonymised) {
      entries.emplace_back(m_("sector.method.anonymisation"),
                           m_("sector.method.anonymisation_text"));
    }
    MethodList(html_, entries);
    html_.Element("p", m_("report.sector.method_more"));
    EndSection();
  }

  const SectorReport& report_;
  const SectorOutputOptions& options_;
};

}  // namespace

void WriteSectorHtml(const SectorReport& report, const SectorOutputOptions& options,
                     std::ostream& out, const std::vector<std::string>& languages) {
  WriteReportDocument(
      out, languages,
      [&](const Messages& m) { return m("report.sector.heading", {report.latest_period}); },
      [&](Html& html, const Messages& m, const std::string& id) {
        SectorReportWriter(report, options, html, m, id).Write();
      });
}

}  // namespace maturity
