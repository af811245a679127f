// The machine-readable scorecard (spec section 5; docs/formats.md).
#pragma once

#include <ostream>

#include "engine/benchmark.h"
#include "engine/scoring.h"

namespace maturity {

/// Writes `card` as JSON: framework, institution, overall, dimensions, elements, gaps,
/// and with a `benchmark`, the institution's place in the sector.
/// Numbers and ids are language-neutral; the advice in gaps[].next_action is in `language`.
void WriteScorecardJson(const Scorecard& card, std::ostream& out,
                        const BenchmarkComparison* benchmark = nullptr,
                        const std::string& language = "en");

}  // namespace maturity
