// `maturity score`: one institution's response scored against its framework, with the
// outputs the user asked for (docs/cli.md).
#pragma once

#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include "app/output_set.h"
#include "engine/benchmark.h"
#include "engine/framework.h"
#include "engine/progress.h"
#include "engine/response.h"
#include "engine/scoring.h"

namespace maturity {

struct ScoreRequest {
  /// A file, an id or id@version; none: the framework the response names.
  std::optional<std::string> framework;
  std::string response;
  std::optional<std::string> benchmark;  ///< From `maturity sector --benchmark-out`.
  std::optional<std::string> language;   ///< None: the framework's first language.
  std::optional<std::string> workbook;   ///< The Excel scorecard (.xlsx).
  std::optional<std::string> json;       ///< The JSON result.
  std::optional<std::string> report;     ///< The published HTML report.
  /// The report's languages: en, cy, or two joined by + (en+cy); none: `language`.
  std::optional<std::string> report_languages;
  bool summary = true;               ///< A printed summary will be shown.
  std::optional<std::string> as_of;  ///< YYYY-MM-DD: when overdue actions are judged.
  /// Last period: a response (scored with the framework it names) or a JSON result.
  std::optional<std::string> previous;
  std::optional<std::string> previous_framework;  ///< The framework `previous` names.
};

/// A scored response. Loading and scoring happen on construction; nothing is written
/// until WriteOutputs. Not copyable: the scorecard points into the framework and response.
class ScoreRun {
 public:
  /// Checks the outputs, loads the inputs (reporting warnings on `err`) and scores.
  /// Throws UsageError, InputError.
  ScoreRun(const ScoreRequest& request, std::ostream& err);
  ScoreRun(const ScoreRun&) = delete;
  ScoreRun& operator=(const ScoreRun&) = delete;

  /// Writes every output whole, or none (OutputError); returns warnings to show.
  std::vector<std::string> WriteOutputs() const { return outputs_.Commit(); }

  const Scorecard& card() const { return card_; }
  /// The printed summary: overall level, dimensions, the `gaps` top gaps, perception gaps.
  void WriteSummary(std::ostream& out, std::size_t gaps) const;
  /// The sector comparison, when a benchmark was given.
  const BenchmarkComparison* benchmark() const { return comparison_ ? &*comparison_ : nullptr; }
  const std::string& language() const { return language_; }
  /// The change since the previous period, when one was given.
  const Progress* progress() const { return progress_ ? &*progress_ : nullptr; }
  std::vector<OutputFile> outputs() const { return outputs_.files(); }

 private:
  OutputSet outputs_;
  Framework framework_;
  Response response_;
  Scorecard card_;
  std::optional<BenchmarkComparison> comparison_;
  std::optional<Progress> progress_;
  std::string language_;
  std::vector<std::string> report_languages_;
};

}  // namespace maturity
