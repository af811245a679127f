// The regulator's published sector report: one self-contained HTML file in one or two
// languages (docs/report.md). When the report is anonymised, no institution's name or id
// appears in it.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "engine/sector.h"
#include "reports/sector_output.h"

namespace maturity {

/// Writes the sector report in `languages`. Every number equals the sector JSON's,
/// rounded as shown; tables carry `data-table`, rows `data-id`, numbers `data-field`.
void WriteSectorHtml(const SectorReport& report, const SectorOutputOptions& options,
                     std::ostream& out, const std::vector<std::string>& languages);

}  // namespace maturity
