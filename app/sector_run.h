// `maturity sector`: many institutions' responses scored and compared, with the
// outputs the user asked for (docs/sector.md).
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "app/anonymisation_key.h"
#include "app/output_set.h"
#include "engine/framework.h"
#include "engine/sector.h"
#include "reports/json/sector_json.h"

namespace maturity {

struct SectorRequest {
  std::string framework;
  std::vector<std::string> inputs;  ///< Response files, or folders searched recursively.
  /// Instead of files: the store of `maturity serve` (its folder) and the latest period
  /// to compare; the assessments closed for answering are read from it.
  std::optional<std::string> store;
  std::optional<std::string> period;
  SectorOptions options;
  bool anonymise = false;  ///< Publish codes instead of names and ids.
  /// The file holding the key codes are derived from; made when absent. None: a new
  /// random key for this run only.
  std::optional<std::string> anonymise_key;
  /// YYYY-MM-DD: when overdue actions are judged and which periods have begun; none:
  /// today.
  std::optional<std::string> as_of;
  bool skip_invalid = false;  ///< Leave invalid files out instead of stopping.
  unsigned jobs = 0;          ///< Files read at once; 0: one per core.
  std::optional<std::string> language;
  std::optional<std::string> workbook;       ///< The sector workbook (.xlsx).
  std::optional<std::string> json;           ///< The statistics as JSON.
  std::optional<std::string> benchmark_out;  ///< Published aggregates for `score --benchmark`.
  std::optional<std::string> report;         ///< The published HTML report.
  /// The report's languages: en, cy, or two joined by + (en+cy); none: `language`.
  std::optional<std::string> report_languages;
  bool summary = true;    ///< A printed summary will be shown.
  bool progress = false;  ///< Show how many files are read on `err`.
};

/// The sector compared. Reading, scoring and analysis happen on construction; nothing
/// is written until WriteOutputs.
class SectorRun {
 public:
  /// Finds the response files, checks the outputs, reads and scores every file on
  /// `request.jobs` threads and analyses them. Diagnostics go to `err` in file order.
  /// Throws UsageError, InputError, and RefusedError when invalid files are not to be
  /// skipped, none is valid, or a benchmark would publish too few institutions.
  SectorRun(const SectorRequest& request, std::ostream& err);
  SectorRun(const SectorRun&) = delete;
  SectorRun& operator=(const SectorRun&) = delete;

  /// Writes every output whole, or none (OutputError), and a new anonymisation key
  /// first when one is to be made; returns warnings and notes to show.
  std::vector<std::string> WriteOutputs() const;

  const SectorReport& report() const { return report_; }
  /// The printed summary of the comparison.
  void WriteSummary(std::ostream& out) const;
  const SectorOutputOptions& output_options() const { return output_options_; }
  std::vector<OutputFile> outputs() const { return outputs_.files(); }

 private:
  /// Reads and scores `files`, keeping each institution's summary; invalid files are
  /// recorded in output_options_.skipped.
  std::vector<InstitutionSummary> ReadAll(const std::vector<std::string>& files, unsigned jobs,
                                          bool progress, std::ostream& err);
  /// Scores every assessment closed in the store up to `period`, each of the framework
  /// given (same id and version).
  std::vector<InstitutionSummary> ReadStore(const std::string& store, const std::string& period);

  OutputSet outputs_;
  Framework framework_;
  SectorReport report_;
  SectorOutputOptions output_options_;
  std::vector<std::string> report_languages_;
  std::string as_of_;                       ///< The given date, or today.
  std::optional<std::string> score_as_of_;  ///< The given date only: for overdue actions.
  std::optional<std::string> key_to_make_;  ///< Where the new key is saved.
  AnonymisationKey key_{};
};

/// Something found in an input folder that is not read, and why.
struct SkippedInput {
  std::string path;
  std::string why;
};

struct ResponseFiles {
  std::vector<std::string> files;     ///< In order: inputs as given, folders sorted.
  std::vector<SkippedInput> skipped;  ///< Said on the run's messages, never silent.
};

/// The response files `inputs` name: files as given, folders searched recursively for
/// .yaml and .yml files and returned questionnaires (.xlsx with a questionnaire's meta
/// sheet) in any case (.YAML), following links to folders (a link back to
/// a folder already searched is passed over), sorted so that runs are reproducible. A
/// file named twice is read once. UsageError for a folder with none.
ResponseFiles FindResponseFiles(const std::vector<std::string>& inputs);

}  // namespace maturity
