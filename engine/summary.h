// The figures a report's summary in words states on its first page, chosen once here so
// that every report states the same ones (docs/report.md).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/scoring.h"
#include "engine/sector.h"

namespace maturity {

/// The number of each side's respondents, in the framework's perspective order.
struct SideRespondents {
  std::string perspective;
  int respondents = 0;
};

/// What the institution's summary in words says.
struct ScorecardSummary {
  int dimensions = 0;               ///< Top-level dimensions with a score.
  int dimensions_below_target = 0;  ///< Of those, the ones with a gap above zero.
  /// Up to two top-level dimensions furthest below their targets, widest first.
  std::vector<const DimensionScore*> widest_gaps;
  /// The sides' overall scores are this far apart; none with fewer than two sides scored.
  std::optional<double> sides_apart;
  std::string lower_side;   ///< The side whose overall score is lowest ("" when level).
  std::string higher_side;  ///< The side whose overall score is highest.
  std::optional<double> lower_score;
  std::optional<double> higher_score;
  /// The overall score's change since the previous period, when one was given.
  std::optional<double> change;
  std::string previous_period;
  int open_actions = 0;  ///< Agreed actions planned or in progress.
  int overdue_actions = 0;
  std::vector<SideRespondents> respondents;
};

/// The summary of `card` (its progress included when set).
ScorecardSummary SummaryOf(const Scorecard& card);

/// What the sector's summary in words says.
struct SectorSummaryFigures {
  int institutions = 0;  ///< Self-assessments of the latest period.
  std::optional<Statistics> overall;
  /// The change in the median overall score since the previous period (the same
  /// institutions in both), when there is one.
  std::optional<double> median_change;
  std::string previous_period;
  int matched = 0;  ///< The institutions that change is over.
  int jointly_agreed = 0;
  /// The top-level dimension with the lowest median; none when none has a score.
  std::optional<std::size_t> lowest_dimension;  ///< Into SectorReport::dimensions.
  std::optional<double> lowest_median;
};

/// The summary of `report`'s latest period.
SectorSummaryFigures SummaryOf(const SectorReport& report);

}  // namespace maturity
