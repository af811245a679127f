// The plain-text summary that `maturity sector` prints.
#pragma once

#include <ostream>

#include "engine/sector.h"
#include "reports/sector_output.h"

namespace maturity {

/// Institutions and periods, the overall distribution, each dimension's median, the
/// weakest elements and the peer groups (suppressed ones by name only).
void WriteSectorText(const SectorReport& report, const SectorOutputOptions& options,
                     std::ostream& out);

}  // namespace maturity
