#include "engine/summary.h"

#include <algorithm>

#include "engine/progress.h"

namespace maturity {

namespace {

void CompareSides(const Scorecard& card, ScorecardSummary& summary) {
  const PerspectiveScores& sides = card.overall.by_perspective;
  const std::pair<std::string, std::optional<double>>* lowest = nullptr;
  const std::pair<std::string, std::optional<double>>* highest = nullptr;
  for (const auto& side : sides) {
    if (!side.second) continue;
    if (!lowest || *side.second < *lowest->second) lowest = &side;
    if (!highest || *side.second > *highest->second) highest = &side;
  }
  if (!lowest || lowest == highest) return;
  summary.sides_apart = *highest->second - *lowest->second;
  summary.lower_score = lowest->second;
  summary.higher_score = highest->second;
  if (*summary.sides_apart > 0) {
    summary.lower_side = lowest->first;
    summary.higher_side = highest->first;
  }
}

}  // namespace

ScorecardSummary SummaryOf(const Scorecard& card) {
  ScorecardSummary summary;
  std::vector<const DimensionScore*> below;
  for (const DimensionScore& dimension : card.dimensions) {
    if (dimension.depth > 0 || !dimension.score) continue;
    ++summary.dimensions;
    if (dimension.gap && *dimension.gap > 0) below.push_back(&dimension);
  }
  summary.dimensions_below_target = static_cast<int>(below.size());
  std::stable_sort(
      below.begin(), below.end(),
      [](const DimensionScore* a, const DimensionScore* b) { return *a->gap > *b->gap; });
  below.resize(std::min<std::size_t>(below.size(), 2));
  summary.widest_gaps = below;
  CompareSides(card, summary);
  if (card.progress) {
    summary.change = card.progress->overall.score.change;
    summary.previous_period = card.progress->previous.period;
  }
  for (const ActionReview& review : card.actions) {
    ActionStatus status = review.action->status;
    if (status == ActionStatus::kPlanned || status == ActionStatus::kInProgress) {
      ++summary.open_actions;
    }
  }
  summary.overdue_actions = card.overdue_actions;
  for (const Perspective& perspective : card.framework->perspectives) {
    SideRespondents side{perspective.key, 0};
    for (const Respondent& respondent : card.response->respondents) {
      if (respondent.perspective == perspective.key) ++side.respondents;
    }
    summary.respondents.push_back(side);
  }
  return summary;
}

SectorSummaryFigures SummaryOf(const SectorReport& report) {
  SectorSummaryFigures summary;
  summary.institutions = static_cast<int>(report.current.size());
  summary.overall = report.statistics.overall;
  summary.jointly_agreed = report.jointly_agreed;
  if (report.periods.size() >= 2) {
    const PeriodSummary& latest = report.periods.back();
    summary.median_change = latest.median_change;
    summary.matched = latest.matched;
    summary.previous_period = report.periods[report.periods.size() - 2].period;
  }
  for (std::size_t d = 0; d < report.dimensions.size(); ++d) {
    if (report.dimensions[d].depth > 0) continue;
    const std::optional<Statistics>& statistics = report.statistics.dimensions[d].statistics;
    if (!statistics) continue;
    if (!summary.lowest_median || statistics->median < *summary.lowest_median) {
      summary.lowest_median = statistics->median;
      summary.lowest_dimension = d;
    }
  }
  return summary;
}

}  // namespace maturity
