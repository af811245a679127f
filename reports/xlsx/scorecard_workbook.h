// The Excel scorecard that leadership and the trade union side read together.
#pragma once

#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "engine/benchmark.h"
#include "engine/scoring.h"

namespace maturity {

struct WorkbookOptions {
  /// The document's creation time; none: now. Set it for byte-identical reruns.
  std::optional<std::time_t> created;
  /// When set, the Summary shows the institution against the sector (median, quartiles,
  /// percentile) in its tables and radar chart.
  const BenchmarkComparison* benchmark = nullptr;
  /// The language of every text: the catalogue's fixed texts and the framework's texts
  /// (falling back to the framework's default language where it has no translation).
  std::string language = "en";
};

/// Writes the scorecard workbook (Summary, Elements, Action plan, Perspectives,
/// Method) to `path`. Every number written is a number of `card`, never re-derived.
/// Throws std::runtime_error when the file cannot be written.
[[nodiscard]] std::vector<std::string> WriteScorecardWorkbook(const Scorecard& card,
                                                              const std::string& path,
                                                              const WorkbookOptions& options = {});

}  // namespace maturity
