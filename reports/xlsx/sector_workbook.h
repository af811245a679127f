// The sector workbook a regulator publishes (docs/sector.md).
#pragma once

#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "engine/sector.h"
#include "reports/sector_output.h"

namespace maturity {

/// Writes Overview, Heatmap, Distribution, Peer groups, Elements, Perceptions, Trends
/// (with several periods) and Method. When the report is anonymised, no institution name, id
/// or file name appears anywhere in the file, document properties included; suppressed
/// peer groups show their name only, in tables and charts alike.
[[nodiscard]] std::vector<std::string> WriteSectorWorkbook(
    const SectorReport& report, const SectorOutputOptions& options, const std::string& path,
    std::optional<std::time_t> created = std::nullopt);

}  // namespace maturity
