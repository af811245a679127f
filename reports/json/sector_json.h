// The sector statistics as JSON (spec section 5), and the benchmark that institutions
// compare themselves with (docs/sector.md).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "engine/sector.h"

namespace maturity {

/// A response left out of the sector run by --skip-invalid, and why.
struct SkippedFile {
  std::string file;
  std::vector<std::string> errors;  ///< Formatted diagnostics.
};

struct SectorOutputOptions {
  bool anonymise = false;  ///< Codes instead of names and ids; no file names.
  std::vector<SkippedFile> skipped;
  /// The language of the workbook and the printed summary (the JSON is language-neutral).
  std::string language = "en";
};

/// Writes the sector statistics. Suppressed groups carry only by, value and suppressed.
void WriteSectorJson(const SectorReport& report, const SectorOutputOptions& options,
                     std::ostream& out);

/// Writes the published aggregates only (no institution), for `maturity score --benchmark`.
void WriteBenchmarkJson(const SectorReport& report, std::ostream& out);

}  // namespace maturity
