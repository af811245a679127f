// The sector statistics as JSON (spec section 5), and the benchmark that institutions
// compare themselves with (docs/sector.md).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "engine/sector.h"
#include "reports/sector_output.h"

namespace maturity {

/// Writes the sector statistics as `report.published` says. Suppressed groups carry only
/// by, value and suppressed.
void WriteSectorJson(const SectorReport& report, const SectorOutputOptions& options,
                     std::ostream& out);

/// Writes the published aggregates only (no institution), for `maturity score --benchmark`.
void WriteBenchmarkJson(const SectorReport& report, std::ostream& out);

}  // namespace maturity
