// The plain-text summary that `maturity score` prints.
#pragma once

#include <ostream>
#include <string>

#include "engine/benchmark.h"
#include "engine/scoring.h"

namespace maturity {

/// Writes the overall result, dimensions, the top `gap_count` gaps and the perception
/// gaps of `card` as plain text.
/// Fixed texts come from the message catalogue in `language`, framework texts in
/// `language` where the framework has them.
void WriteScorecardText(const Scorecard& card, std::ostream& out, std::size_t gap_count = 5,
                        const BenchmarkComparison* benchmark = nullptr,
                        const std::string& language = "en");

}  // namespace maturity
