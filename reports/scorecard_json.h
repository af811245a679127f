// The machine-readable scorecard (spec section 5; docs/formats.md).
#pragma once

#include <ostream>

#include "engine/scoring.h"

namespace maturity {

/// Writes `card` as JSON: framework, institution, overall, dimensions, elements, gaps.
void WriteScorecardJson(const Scorecard& card, std::ostream& out);

}  // namespace maturity
