// The institution's published partnership report: one self-contained HTML file in one
// or two languages (docs/report.md).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "engine/benchmark.h"
#include "engine/scoring.h"

namespace maturity {

/// Writes the report of `card` (with its progress, when set) in `languages`, one part
/// each; `benchmark` adds the sector's position. Every number shown equals the JSON
/// result's, rounded as shown; tables and figures carry `data-id`/`data-field` naming it.
void WriteScorecardHtml(const Scorecard& card, std::ostream& out,
                        const std::vector<std::string>& languages,
                        const BenchmarkComparison* benchmark = nullptr);

}  // namespace maturity
