// The machine-readable scorecard (spec section 5; docs/formats.md).
#pragma once

#include <ostream>

#include "engine/benchmark.h"
#include "engine/scoring.h"

namespace maturity {

/// Writes `card` as JSON: framework, institution, overall, dimensions, elements, gaps,
/// and with a `benchmark`, the institution's place in the sector.
void WriteScorecardJson(const Scorecard& card, std::ostream& out,
                        const BenchmarkComparison* benchmark = nullptr);

}  // namespace maturity
