// What every sector output is given beside the report: the files left out and the
// language. What may be published (codes, order, suppression) is the report's own
// SectorPublication, decided by the engine.
#pragma once

#include <string>
#include <vector>

namespace maturity {

/// A response left out of the sector run by --skip-invalid, and why.
struct SkippedFile {
  std::string file;
  std::vector<std::string> errors;  ///< Formatted diagnostics.
};

struct SectorOutputOptions {
  std::vector<SkippedFile> skipped;
  /// The language of the workbook and the printed summary (the JSON is language-neutral).
  std::string language = "en";
};

}  // namespace maturity
