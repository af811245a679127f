// The annual cycle: this period's scores beside the institution's previous period
// (docs/annual-cycle.md, docs/methodology.md section 4.11).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/response_loader.h"
#include "engine/scoring.h"

namespace maturity {

/// One scored item of a period: its score, each side's, and how far apart the sides were.
struct PeriodItem {
  std::optional<double> score;
  std::map<std::string, std::optional<double>> by_perspective;
  std::optional<double> divergence;
};

/// One period's scores by id: all a later period needs to measure its change. Made from a
/// scorecard, or read back from a JSON result written by `score --json`.
struct PeriodScores {
  std::string file;  ///< Where it came from, for messages.
  std::string institution_id;
  std::string period;
  Location institution_location;  ///< Where the institution's id is written.
  Location period_location;
  std::string framework_id;
  std::string framework_version;
  PeriodItem overall;
  std::optional<int> overall_level;
  std::map<std::string, PeriodItem> dimensions;
  std::map<std::string, PeriodItem> elements;
};

/// The scores of `card`, by id.
PeriodScores ScoresOf(const Scorecard& card);

/// The framework id and version a JSON result written by `maturity score --json` names
/// (located InputError when it has none).
ResponseIdentity ReadScorecardJsonIdentity(const std::string& path, const std::string& content);

/// Reads a JSON result written by `maturity score --json` for `framework` (the one it
/// names), checked as strictly as a response: known keys, scores and levels on the scale,
/// every element and dimension of the framework once, and each figure that can be
/// recomputed (an element from its sides, a dimension from its parts as the framework
/// aggregates them, the overall score from the dimensions) equal to what they give.
/// Located errors (file:line:column); throws InputError.
PeriodScores ParseScorecardJson(const std::string& path, const std::string& content,
                                const Framework& framework);

/// A score now and in the previous period; `change` is current minus previous, none when
/// either is none.
struct Change {
  std::optional<double> previous;
  std::optional<double> change;
};

struct ItemChange {
  Change score;
  std::map<std::string, Change> by_perspective;  ///< Every perspective of the framework.
  std::optional<double> previous_divergence;
  /// The sides' divergence fell (true), rose or stayed (false); none unless both known.
  std::optional<bool> gap_narrowed;
};

/// This period against the previous one.
struct Progress {
  PeriodScores previous;
  ItemChange overall;
  std::optional<int> previous_level;
  std::map<std::string, ItemChange> dimensions;  ///< By current dimension id.
  std::map<std::string, ItemChange> elements;    ///< By current element id.
  /// For each current element scored last period under another id (renamed_from): that id.
  std::map<std::string, std::string> renamed;
  /// Elements scored last period that the current framework no longer has.
  std::vector<std::string> dropped_elements;
};

/// Refuses (InputError naming the previous file) a previous period of another institution,
/// or one that is not earlier than `current`'s, or of another kind (2025 beside 2025-26).
void CheckPreviousPeriod(const Response& current, const PeriodScores& previous);

/// Refuses (InputError at `previous`'s period) a `next` period that does not follow it.
void CheckPeriodFollows(const Response& previous, const std::string& next);

/// The change from `previous` to `card`, following renamed_from; also fills each agreed
/// action's element_change in `card`.
Progress CompareWithPrevious(Scorecard& card, PeriodScores previous);

}  // namespace maturity
