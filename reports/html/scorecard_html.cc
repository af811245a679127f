#include "reports/html/scorecard_html.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "common/messages.h"
#include "engine/progress.h"
#include "engine/summary.h"
#include "reports/html/html_report.h"
#include "reports/html/svg_charts.h"
#include "reports/presentation.h"

namespace maturity {

namespace {

constexpr std::size_t kGapsShown = 10;

class ReportWriter : ReportPage {
 public:
  ReportWriter(const Scorecard& card, const BenchmarkComparison* benchmark, Html& html,
               const Messages& m, const std::string& id)
      : ReportPage(*card.framework, html, m, id),
        card_(card),
        response_(*card.response),
        progress_(card.progress),
        benchmark_(benchmark) {}

  void Write() {
    Header();
    Summary();
    Headline();
    Dimensions();
    Gaps();
    Perceptions();
    Actions();
    SignOffs();
    Method();
    AboutTheFigures();
  }

 private:
  std::string Side(const std::string& key) const {
    return PerspectiveLabel(framework_, key, language_);
  }
  std::string Level(std::optional<int> level) const {
    return LevelName(framework_, level, language_);
  }
  void Header() {
    std::string profile = ProfileText(framework_, response_.institution.profile, language_);
    ReportPage::Header(
        m_("report.heading", {response_.institution.name, Unbroken(response_.period)}),
        m_("report.lead", {response_.institution.name, Unbroken(response_.period)}),
        profile.empty() ? "" : m_("scorecard.profile") + ": " + profile, [&] {
          // An unfinished or unsigned assessment: said under the heading, the missing
          // elements named, and a mark on every printed page (a fixed element repeats on
          // each).
          std::string mark = StatusMark(card_, m_);
          if (mark.empty()) return;
          html_.Element("div", mark, {{"class", "status-mark"}, {"aria-hidden", "true"}});
          for (const std::string& status : StatusTexts(card_, m_)) {
            html_.Element("p", status, {{"class", "status"}});
          }
          if (std::string missing = MissingText(card_, m_); !missing.empty()) {
            html_.Element("p", missing, {{"class", "status-missing"}});
          }
        });
  }

  /// The summary in words: a sentence for each of the engine's chosen figures.
  void Summary() {
    const ScorecardSummary summary = SummaryOf(card_);
    std::vector<std::string> sentences = {
        m_("report.summary.overall",
           {Fixed(card_.overall.score), std::to_string(framework_.highest_level()),
            Fixed(card_.overall.target)})};
    sentences.push_back(TargetsSentence(summary));
    if (summary.sides_apart) sentences.push_back(SidesSentence(summary));
    if (summary.change) {
      std::string by = Fixed(std::abs(*summary.change));
      std::string from = Fixed(progress_->overall.score.previous);
      sentences.push_back(
          by == Fixed(0.0)      ? m_("report.summary.unchanged",
                                     {summary.previous_period, Fixed(card_.overall.score)})
          : *summary.change > 0 ? m_("report.summary.risen", {summary.previous_period, by, from})
                                : m_("report.summary.fallen", {summary.previous_period, by, from}));
    }
    sentences.push_back(ActionsSentence(summary));
    Section("summary", m_("report.summary"));
    html_.Open("ul", {{"class", "summary"}});
    for (const std::string& sentence : sentences) html_.Element("li", sentence);
    html_.Close("ul");
    EndSection();
  }

  std::string TargetsSentence(const ScorecardSummary& summary) const {
    const std::string of = std::to_string(summary.dimensions);
    const long dimensions = static_cast<long>(summary.dimensions);  // Welsh mutates after 2.
    auto title = [&](std::size_t i) {
      return summary.widest_gaps[i]->dimension->title.In(language_);
    };
    if (summary.widest_gaps.empty()) {
      return m_.Counted("report.summary.none_below", dimensions, {of});
    }
    if (summary.dimensions_below_target == 1) {
      return m_.Counted("report.summary.one_below", dimensions,
                        {of, title(0), Fixed(summary.widest_gaps[0]->gap)});
    }
    if (summary.dimensions_below_target == summary.dimensions) {
      return m_.Counted("report.summary.all_below", dimensions,
                        {of, title(0), Fixed(summary.widest_gaps[0]->gap), title(1),
                         Fixed(summary.widest_gaps[1]->gap)});
    }
    return m_("report.summary.many_below",
              {std::to_string(summary.dimensions_below_target), of, title(0),
               Fixed(summary.widest_gaps[0]->gap), title(1), Fixed(summary.widest_gaps[1]->gap)});
  }

  std::string SidesSentence(const ScorecardSummary& summary) const {
    if (summary.lower_side.empty()) {
      return m_("report.summary.sides_level", {Fixed(summary.lower_score)});
    }
    // Inside a sentence: `the trade union side`, but `UCU` as it is.
    std::string side = Side(summary.lower_side);
    if (side.size() > 1 && std::isupper(static_cast<unsigned char>(side[0])) &&
        std::islower(static_cast<unsigned char>(side[1]))) {
      side[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(side[0])));
    }
    return m_("report.summary.sides", {Fixed(summary.sides_apart), side, Fixed(summary.lower_score),
                                       Fixed(summary.higher_score)});
  }

  std::string ActionsSentence(const ScorecardSummary& summary) const {
    const std::string all = std::to_string(card_.actions.size());
    const std::string open = std::to_string(summary.open_actions);
    if (card_.actions.empty()) return m_("report.summary.no_actions");
    if (summary.open_actions == 0) return m_("report.summary.none_open");
    if (card_.as_of.empty()) return m_("report.summary.open", {open, all});
    if (summary.overdue_actions == 0) {
      return m_("report.summary.none_overdue", {open, all, card_.as_of});
    }
    return m_("report.summary.overdue",
              {open, all, std::to_string(summary.overdue_actions), card_.as_of});
  }

  /// Where the figures come from and what they are: a statistical release's last section.
  void AboutTheFigures() {
    const ScorecardSummary summary = SummaryOf(card_);
    int respondents = 0;
    std::vector<std::string> sides;
    for (const SideRespondents& side : summary.respondents) {
      respondents += side.respondents;
      sides.push_back(Side(side.perspective) + " " + std::to_string(side.respondents));
    }
    Section("about", m_("report.about"));
    std::vector<std::pair<std::string, std::string>> entries = {
        {m_("report.about.source"),
         m_("report.about.source_text", {response_.institution.name, Unbroken(response_.period),
                                         framework_.title.In(language_), framework_.version})},
        {m_("report.about.coverage"),
         m_("report.about.coverage_text", {std::to_string(respondents), Join(sides, "; "),
                                           ShareText(card_.overall.completeness, m_)})},
        {m_("report.about.self_assessed"), m_("report.about.self_assessed_text")},
        {m_("report.about.date"),
         card_.as_of.empty()
             ? m_("report.about.date_period", {Unbroken(response_.period)})
             : m_("report.about.date_text", {Unbroken(response_.period), card_.as_of})},
        {m_("report.about.language"), m_("report.about.language_text")}};
    MethodList(html_, entries);
    EndSection();
  }

  void Headline() {
    Section("glance", m_("report.at_a_glance"));
    const OverallScore& overall = card_.overall;
    const std::string highest = std::to_string(framework_.highest_level());
    html_.Open("div", {{"class", "headline"}});
    HeadlineFigure(html_, m_("scorecard.level_reached"), Level(overall.level),
                   m_("report.level_detail", {highest}));
    HeadlineFigure(html_, m_("scorecard.overall_score"), Fixed(overall.score),
                   m_("report.score_detail", {highest, PercentText(overall.percent, m_)}),
                   "overall.score");
    HeadlineFigure(html_, m_("scorecard.target"), Fixed(overall.target),
                   m_("report.target_detail", {ShareText(overall.completeness, m_)}),
                   "overall.target");
    if (progress_) {
      HeadlineFigure(html_, m_("scorecard.change_since", {Unbroken(progress_->previous.period)}),
                     ChangeText(progress_->overall.score.change),
                     m_("report.change_detail", {Fixed(progress_->overall.score.previous),
                                                 Level(progress_->previous_level)}),
                     "overall.change");
    }
    HeadlineFigure(html_, m_("scorecard.jointly_agreed"),
                   card_.jointly_agreed ? m_("report.yes") : m_("report.no"), AgreementText(), "",
                   !card_.jointly_agreed);
    html_.Close("div");
    if (!overall.by_perspective.empty()) {
      std::vector<std::string> sides;
      for (const auto& [perspective, score] : overall.by_perspective) {
        std::string text = Side(perspective) + " " + Fixed(score);
        if (progress_) {
          text += " (" + ChangeText(progress_->overall.by_perspective.at(perspective).change) + ")";
        }
        sides.push_back(text);
      }
      html_.Element("p",
                    m_("report.sides_overall", {Join(sides, "; "), Fixed(overall.divergence)}));
    }
    if (benchmark_) {
      html_.Element("p", SectorStandingText(*benchmark_, m_));
    }
    KeepUntilHere(html_);
    Statements();
    EndSection();
  }

  /// Each side's statement of disagreement in full, on the first page, where the
  /// headline says the sides do not agree.
  void Statements() {
    for (const SignOff& entry : response_.sign_off) {
      if (entry.statement.empty()) continue;
      html_.Element("h3", m_("scorecard.statement", {Side(entry.perspective)}));
      html_.Open("blockquote", {{"class", "statement"}, {"data-field", "statement"}});
      html_.Text(entry.statement);
      html_.Close("blockquote");
    }
  }

  std::vector<std::string> SideLabels(const std::vector<std::string>& keys) const {
    std::vector<std::string> shown;
    for (const std::string& key : keys) shown.push_back(Side(key));
    return shown;
  }

  std::string AgreementText() const {
    auto labels = [&](const std::vector<std::string>& keys) { return m_.List(SideLabels(keys)); };
    if (card_.jointly_agreed) return m_("scorecard.agreed_yes");
    if (!card_.not_agreed.empty())
      return m_("scorecard.agreed_disagree", {labels(card_.not_agreed)});
    std::vector<std::string> missing;
    for (const Perspective& perspective : framework_.perspectives) {
      if (std::find(card_.signed_off.begin(), card_.signed_off.end(), perspective.key) ==
          card_.signed_off.end()) {
        missing.push_back(perspective.key);
      }
    }
    return m_("scorecard.agreed_no", {labels(missing)});
  }

  void Dimensions() {
    Section("dimensions", m_("scorecard.dimensions"));
    html_.Element("p",
                  m_("report.dimensions_intro", {std::to_string(framework_.lowest_level()),
                                                 std::to_string(framework_.highest_level())}),
                  {{"class", "intro"}});
    // The heading stays with its introduction only: the chart may start the next page
    // rather than leave this one mostly blank.
    KeepUntilHere(html_);
    std::vector<const DimensionScore*> top;
    for (const DimensionScore& dimension : card_.dimensions) {
      if (dimension.depth == 0) top.push_back(&dimension);
    }
    RadarChart(top);
    SidesChart(top);
    ScoresTable();
    SidesTable();
    EndSection();
  }

  std::vector<std::string> Axes(const std::vector<const DimensionScore*>& top) const {
    std::vector<std::string> axes;
    for (const DimensionScore* dimension : top) {
      axes.push_back(dimension->dimension->title.In(language_));
    }
    return axes;
  }

  /// The radar: top-level dimensions, this period against target, last period and the
  /// sector.
  void RadarChart(const std::vector<const DimensionScore*>& top) {
    std::vector<ChartSeries> series;
    auto add = [&](std::string name, SeriesLook look, auto value) {
      ChartSeries one{std::move(name), look, {}};
      for (const DimensionScore* dimension : top) one.values.push_back(value(*dimension));
      series.push_back(std::move(one));
    };
    add(m_("column.this_period"), SeriesLook::kCurrent,
        [](const DimensionScore& d) { return d.score; });
    add(m_("column.target"), SeriesLook::kTarget, [](const DimensionScore& d) { return d.target; });
    if (progress_) {
      add(m_("scorecard.chart.last_period", {progress_->previous.period}), SeriesLook::kPrevious,
          [&](const DimensionScore& d) {
            return progress_->dimensions.at(d.dimension->id).score.previous;
          });
    }
    if (benchmark_) {
      add(m_("column.sector_median"), SeriesLook::kSector,
          [&](const DimensionScore& d) { return SectorMedian(d); });
    }
    WriteRadarChart(html_,
                    FrameOnScale(framework_, m_, id_ + "-radar",
                                 m_(benchmark_ ? MessageKey("scorecard.chart.radar_sector")
                                               : MessageKey("report.chart.radar"))),
                    Axes(top), series);
  }

  std::optional<double> SectorMedian(const DimensionScore& dimension) const {
    std::size_t index = static_cast<std::size_t>(&dimension - card_.dimensions.data());
    const auto& position = benchmark_->dimensions[index];
    return position ? std::optional<double>(position->median) : std::nullopt;
  }

  /// Each side's view: a chart of its own, so that the radar stays readable.
  void SidesChart(const std::vector<const DimensionScore*>& top) {
    if (framework_.perspectives.size() < 2) return;
    std::vector<ChartSeries> sides;
    for (std::size_t p = 0; p < framework_.perspectives.size(); ++p) {
      ChartSeries one{Side(framework_.perspectives[p].key), SideLook(p), {}};
      for (const DimensionScore* dimension : top) {
        one.values.push_back(p < dimension->by_perspective.size()
                                 ? dimension->by_perspective[p].second
                                 : std::nullopt);
      }
      sides.push_back(std::move(one));
    }
    WriteDotRanges(html_,
                   FrameOnScale(framework_, m_, id_ + "-sides", m_("scorecard.chart.perspectives")),
                   Axes(top), sides);
  }

  void DimensionHeading(const DimensionScore& dimension) {
    Html::Attributes heading = {{"scope", "row"}};
    if (dimension.depth > 0) {
      heading.emplace_back("class", "depth-" + std::to_string(std::min(dimension.depth, 2)));
    }
    html_.Element("th", dimension.dimension->title.In(language_), heading);
  }

  /// The scores against target: as many columns as fit an A4 page at the body's size.
  void ScoresTable() {
    std::vector<Column> columns = {{m_("column.dimension")}, {m_("column.score"), true}};
    if (progress_) {
      columns.push_back({m_("column.previous"), true});
      columns.push_back({m_("column.change_short"), true});
    }
    columns.push_back({m_("column.target"), true});
    columns.push_back({m_("column.gap"), true});
    columns.push_back({m_("column.level")});
    columns.push_back({m_("column.completeness"), true});
    DataTable("dimensions", m_("report.dimensions_table"), columns, [&] {
      for (const DimensionScore& dimension : card_.dimensions) {
        html_.Open("tr", {{"data-id", dimension.dimension->id}});
        DimensionHeading(dimension);
        NumberCell(html_, Fixed(dimension.score), "score");
        if (progress_) {
          const ItemChange& change = progress_->dimensions.at(dimension.dimension->id);
          NumberCell(html_, Fixed(change.score.previous), "previous_score");
          NumberCell(html_, ChangeText(change.score.change), "change");
        }
        NumberCell(html_, Fixed(dimension.target), "target");
        NumberCell(html_, Fixed(dimension.gap), "gap");
        html_.Element("td", Level(dimension.level), {{"class", "level"}});
        NumberCell(html_, ShareText(dimension.completeness, m_), "completeness");
        html_.Close("tr");
      }
    });
  }

  /// Each side's score by dimension, how far apart they are, and the sector's median.
  void SidesTable() {
    if (framework_.perspectives.size() < 2 && !benchmark_) return;
    std::vector<Column> columns = {{m_("column.dimension")}};
    for (const Perspective& perspective : framework_.perspectives) {
      columns.push_back({Side(perspective.key), true});
    }
    if (framework_.perspectives.size() > 1) columns.push_back({m_("column.divergence"), true});
    if (benchmark_) columns.push_back({m_("column.sector_median"), true});
    DataTable("dimension_sides", m_("report.dimension_sides_table"), columns, [&] {
      for (const DimensionScore& dimension : card_.dimensions) {
        html_.Open("tr", {{"data-id", dimension.dimension->id}});
        DimensionHeading(dimension);
        for (std::size_t p = 0; p < framework_.perspectives.size(); ++p) {
          NumberCell(html_,
                     Fixed(p < dimension.by_perspective.size() ? dimension.by_perspective[p].second
                                                               : std::nullopt),
                     "by_perspective." + framework_.perspectives[p].key);
        }
        if (framework_.perspectives.size() > 1) {
          NumberCell(html_, Fixed(dimension.divergence), "divergence");
        }
        if (benchmark_) NumberCell(html_, Fixed(SectorMedian(dimension)), "sector_median");
        html_.Close("tr");
      }
    });
  }

  void Gaps() {
    Section("gaps", m_("report.gaps"));
    if (card_.gaps.empty()) {
      html_.Element("p", m_(card_.overall.score ? MessageKey("scorecard.plan.no_gaps")
                                                : MessageKey("scorecard.plan.nothing_scored")));
      EndSection();
      return;
    }
    html_.Element("p", m_("report.gaps_intro"), {{"class", "intro"}});
    const std::size_t shown = card_.HighestPriorities(kGapsShown);
    const std::size_t listed = std::min(kGapsShown, card_.gaps.size());
    const std::string count = std::to_string(listed);
    const std::string of = std::to_string(card_.gaps.size());
    DataTable("gaps",
              shown > kGapsShown
                  ? m_("report.gaps_table_tied", {count, of, std::to_string(shown)})
                  : m_.Counted("report.gaps_table", static_cast<long>(listed), {count, of}),
              {{m_("column.rank"), true},
               {m_("column.element")},
               {m_("column.score"), true},
               {m_("column.target"), true},
               {m_("column.gap"), true},
               {m_("column.priority"), true},
               {m_("report.column.next_step")}},
              [&] {
                for (std::size_t i = 0; i < shown; ++i) {
                  const Gap& gap = card_.gaps[i];
                  const ElementScore& element = card_.elements[gap.element_index];
                  html_.Open("tr", {{"data-id", element.element->id}});
                  Cell(html_, std::to_string(i + 1), true);
                  html_.Open("th", {{"scope", "row"}});
                  html_.Text(element.element->title.In(language_));
                  if (const DimensionScore* dimension = card_.FindDimension(element.dimension_id)) {
                    html_.Empty("br");
                    html_.Element("small", dimension->dimension->title.In(language_));
                  }
                  html_.Close("th");
                  NumberCell(html_, Fixed(element.score), "score");
                  NumberCell(html_, FormatFixed(element.target, 2), "target");
                  NumberCell(html_, Fixed(gap.gap), "gap");
                  NumberCell(html_, Fixed(gap.priority), "priority");
                  html_.Open("td");
                  if (element.next_action) {
                    std::vector<std::string> actions;
                    for (const Text& action : *element.next_action->actions)
                      actions.push_back(action.In(language_));
                    html_.Text(Join(actions, " "));
                  } else {
                    html_.Text(m_("scorecard.plan.no_action"));
                  }
                  html_.Close("td");
                  html_.Close("tr");
                }
              });
    EndSection();
  }

  void Perceptions() {
    if (framework_.perspectives.size() < 2) return;
    Section("perceptions", m_("report.perceptions"));
    const std::string threshold = FormatFixed(framework_.scoring.divergence_threshold, 1);
    std::vector<const ElementScore*> divergent = card_.PerceptionGaps();
    if (divergent.empty()) {
      html_.Element("p", m_("report.perceptions_none", {threshold}));
      EndSection();
      return;
    }
    html_.Element("p", m_("report.perceptions_intro", {threshold}), {{"class", "intro"}});
    std::vector<Column> columns = {{m_("column.element")}};
    for (const Perspective& perspective : framework_.perspectives) {
      columns.push_back({Side(perspective.key), true});
    }
    columns.push_back({m_("column.divergence"), true});
    DataTable("perceptions", m_("report.perceptions_table", {std::to_string(divergent.size())}),
              columns, [&] {
                for (const ElementScore* element : divergent) {
                  html_.Open("tr", {{"data-id", element->element->id}});
                  html_.Element("th", element->element->title.In(language_), {{"scope", "row"}});
                  for (const Perspective& perspective : framework_.perspectives) {
                    NumberCell(html_, Fixed(element->PerspectiveScoreOf(perspective.key)),
                               "by_perspective." + perspective.key);
                  }
                  NumberCell(html_, Fixed(element->divergence), "divergence");
                  html_.Close("tr");
                }
              });
    EndSection();
  }

  void Actions() {
    Section("actions", m_("scorecard.agreed.title"));
    if (card_.actions.empty()) {
      html_.Element("p", m_("report.summary.no_actions"));
      EndSection();
      return;
    }
    std::map<ActionStatus, std::size_t> by_status;
    for (const ActionReview& review : card_.actions) ++by_status[review.action->status];
    auto n = [&](ActionStatus status) { return std::to_string(by_status[status]); };
    html_.Element(
        "p", m_("summary.actions", {std::to_string(card_.actions.size()), n(ActionStatus::kDone),
                                    n(ActionStatus::kInProgress), n(ActionStatus::kPlanned),
                                    n(ActionStatus::kDropped)}));
    if (card_.overdue_actions > 0) {
      html_.Element("p",
                    m_("summary.overdue", {card_.as_of, std::to_string(card_.overdue_actions)}),
                    {{"class", "flag"}});
    }
    std::vector<Column> columns = {{m_("column.element")}, {m_("column.agreed_action")},
                                   {m_("column.owner")},   {m_("column.due_date")},
                                   {m_("column.status")},  {m_("column.overdue")}};
    if (progress_) columns.push_back({m_("column.change_short"), true});
    DataTable("actions", m_("report.actions_table"), columns, [&] {
      for (const ActionReview& review : card_.actions) {
        const AgreedAction& action = *review.action;
        const Element* element = framework_.FindElement(action.element);
        html_.Open("tr", {{"data-id", action.element}});
        html_.Element("th", element ? element->title.In(language_) : action.element,
                      {{"scope", "row"}});
        html_.Open("td");
        html_.Text(action.action);
        if (!action.note.empty()) {
          html_.Empty("br");
          html_.Element("small", m_("scorecard.agreed.note", {action.note}));
        }
        html_.Close("td");
        Cell(html_, action.owner);
        html_.Element("td", action.due, {{"class", "date"}});
        Cell(html_, m_(ActionStatusKey(action.status)));
        if (review.overdue.value_or(false)) {
          html_.Element("td", m_("scorecard.agreed.overdue"), {{"class", "flag"}});
        } else {
          Cell(html_, review.overdue ? m_("scorecard.agreed.on_time") : "-");
        }
        if (progress_) NumberCell(html_, ChangeText(review.element_change), "element_change");
        html_.Close("tr");
      }
    });
    EndSection();
  }

  void SignOffs() {
    Section("sign-off", m_("report.sign_off"));
    html_.Element("p", card_.not_agreed.empty() ? AgreementText()
                                                : m_("report.agreed_disagree_above",
                                                     {m_.List(SideLabels(card_.not_agreed))}));
    if (!response_.sign_off.empty()) {
      html_.Open("table", {{"data-table", "sign_off"}, {"class", "keep"}});
      html_.Element("caption", m_("report.sign_off_table"));
      TableHead(html_, {{m_("report.column.side")},
                        {m_("report.column.name")},
                        {m_("report.column.date")},
                        {m_("report.column.agrees")}});
      html_.Open("tbody");
      for (const SignOff& entry : response_.sign_off) {
        html_.Open("tr");
        html_.Element("th", Side(entry.perspective), {{"scope", "row"}});
        Cell(html_, entry.name);
        html_.Element("td", entry.date, {{"class", "date"}});
        if (entry.agreed) {
          Cell(html_, m_("report.agrees_yes"));
        } else {
          html_.Element("td", m_("report.agrees_no"), {{"class", "flag"}});
        }
        html_.Close("tr");
      }
      html_.Close("tbody");
      html_.Close("table");
    }
    EndSection();
  }

  void Method() {
    Section("method", m_("report.method"));
    MethodList(html_, {{m_("method.perspective_score"), m_("method.perspective_score_text")},
                       {m_("method.element_score"), m_("method.element_score_text")},
                       {m_("method.overall_score"), m_("method.overall_score_text")},
                       {m_("method.level_reached"), m_("method.level_reached_text")},
                       {m_("method.gap"), m_("method.gap_text")},
                       {m_("scorecard.jointly_agreed"), m_("method.jointly_agreed_text")}});
    html_.Element("p", m_("report.method_more"));
    EndSection();
  }

  const Scorecard& card_;
  const Response& response_;
  const Progress* progress_;
  const BenchmarkComparison* benchmark_;
};

}  // namespace

void WriteScorecardHtml(const Scorecard& card, std::ostream& out,
                        const std::vector<std::string>& languages,
                        const BenchmarkComparison* benchmark) {
  const Response& response = *card.response;
  WriteReportDocument(
      out, languages,
      [&](const Messages& m) {
        return m("report.heading", {response.institution.name, response.period});
      },
      [&](Html& html, const Messages& m, const std::string& id) {
        ReportWriter(card, benchmark, html, m, id).Write();
      });
}

}  // namespace maturity
