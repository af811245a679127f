#include "app/sector_run.h"

#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <set>
#include <thread>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "app/errors.h"
#include "app/framework_input.h"
#include "app/import_run.h"
#include "collect/collection.h"
#include "common/clock.h"
#include "common/questionnaire_layout.h"
#include "common/strings.h"
#include "engine/response_loader.h"
#include "engine/scoring.h"
#include "engine/value_formats.h"
#include "importers/xlsx_workbook.h"
#include "reports/html/sector_html.h"
#include "reports/text/sector_text.h"
#include "reports/xlsx/sector_workbook.h"
#include "store/store.h"

namespace maturity {

namespace fs = std::filesystem;

/// The smallest group an anonymised publication can show without identifying anyone:
/// the default --min-group-size.
constexpr int kSafeGroupSize = 5;

namespace {

/// A response file or a returned questionnaire (read as `import` reads it).
bool IsResponseName(const fs::path& path) {
  std::string extension = LowerExtension(path);
  return extension == ".yaml" || extension == ".yml" || extension == ".xlsx";
}

/// Whether the workbook at `path` has a questionnaire's meta sheet (common/questionnaire_layout.h);
/// an unreadable one counts as one, for reading it to say what is wrong.
bool IsQuestionnaire(const fs::path& path) {
  std::optional<std::string> book = ReadXlsxPart(path.string(), "xl/workbook.xml");
  return !book ||
         book->find("name=\"" + std::string(kQuestionnaireMetaSheet) + "\"") != std::string::npos;
}

/// Collects the response files and returned questionnaires under `folder`, following symbolic links
/// to folders but never into a folder already visited (a link loop); what is passed over goes to
/// `skipped`.
void Collect(const fs::path& folder, std::set<fs::path>& visited, std::vector<std::string>& found,
             std::vector<SkippedInput>& skipped) {
  std::error_code error;
  fs::path canonical = fs::canonical(folder, error);
  if (error) {
    skipped.push_back({folder.string(), "cannot be read: " + error.message()});
    return;
  }
  if (!visited.insert(canonical).second) {
    skipped.push_back({folder.string(), "a folder already searched"});
    return;
  }
  std::vector<fs::path> entries;
  for (auto it = fs::directory_iterator(folder, error); !error && it != fs::directory_iterator();
       it.increment(error)) {
    entries.push_back(it->path());
  }
  if (error) skipped.push_back({folder.string(), "cannot be read: " + error.message()});
  std::sort(entries.begin(), entries.end());
  for (const fs::path& entry : entries) {
    std::error_code status_error;
    if (fs::is_directory(entry, status_error)) {  // Follows links.
      Collect(entry, visited, found, skipped);
    } else if (!fs::is_regular_file(entry, status_error)) {
      skipped.push_back({entry.string(), "not a regular file"});
    } else if (entry.filename().string().starts_with("~$")) {
      // Excel's lock file beside a workbook someone has open.
      skipped.push_back({entry.string(), "a lock file of a workbook open in Excel"});
    } else if (LowerExtension(entry) == ".xlsx" && !IsQuestionnaire(entry)) {
      // The sector workbook of an earlier run, say: not for this run to read.
      skipped.push_back({entry.string(), "a workbook that is not a maturity questionnaire"});
    } else if (IsResponseName(entry)) {
      found.push_back(entry.string());
    } else if (!entry.filename().string().starts_with(".")) {
      skipped.push_back({entry.string(), "not a .yaml, .yml or .xlsx file"});
    }
  }
}

}  // namespace

ResponseFiles FindResponseFiles(const std::vector<std::string>& inputs) {
  ResponseFiles result;
  std::set<fs::path> visited;  // Across inputs: a folder is searched once.
  for (const std::string& input : inputs) {
    std::error_code error;
    if (!fs::is_directory(input, error)) {
      result.files.push_back(input);
      continue;
    }
    std::size_t skipped_before = result.skipped.size();
    std::vector<std::string> found;
    Collect(input, visited, found, result.skipped);
    bool searched_before = found.empty() && result.skipped.size() == skipped_before + 1 &&
                           result.skipped.back().path == input;
    if (found.empty() && !searched_before) {
      throw UsageError(input + ": the folder holds no .yaml, .yml or .xlsx files");
    }
    result.files.insert(result.files.end(), found.begin(), found.end());
  }
  // The same file named twice (directly, through a link, or in two inputs) is read once.
  // Known by device and inode: one stat a file (resolving each path instead cost a
  // readlink per folder of it: 8 system calls a file).
  std::set<std::pair<dev_t, ino_t>> seen;
  std::set<std::string> unreadable;  // Not stat-able: by name; reading will say why.
  std::vector<std::string> unique;
  for (const std::string& file : result.files) {
    struct stat status {};
    bool first = ::stat(file.c_str(), &status) == 0
                     ? seen.insert({status.st_dev, status.st_ino}).second
                     : unreadable.insert(file).second;
    if (first) {
      unique.push_back(file);
    } else {
      result.skipped.push_back({file, "the same file as one already read"});
    }
  }
  result.files = std::move(unique);
  return result;
}

std::vector<InstitutionSummary> SectorRun::ReadStore(const std::string& store,
                                                     const std::string& period) {
  if (!IsDatabaseUrl(store) && !fs::exists(fs::path(store) / "maturity.sqlite")) {
    throw RefusedError("no store in " + store + " (the folder `maturity serve --data` uses)");
  }
  std::unique_ptr<Store> opened;
  try {
    opened = OpenStoreAt(store);
  } catch (const StoreError& error) {
    throw OutputError(error.what());
  }
  Collection collection(*opened);
  std::vector<InstitutionSummary> summaries;
  for (auto& [framework, response] : collection.ClosedResponses(period)) {
    if (framework->id != framework_.id || framework->version != framework_.version) {
      throw RefusedError(response.file + " was made for " + framework->id + "@" +
                         framework->version + ", not " + framework_.id + "@" + framework_.version +
                         ": compare one framework version at a time");
    }
    ScoreOptions options;
    options.as_of = score_as_of_;
    InstitutionSummary summary = Summarise(Score(framework_, response, options));
    summary.file = response.file;
    summaries.push_back(std::move(summary));
  }
  return summaries;
}

SectorRun::SectorRun(const SectorRequest& request, std::ostream& err) : outputs_({}) {
  if (request.options.min_group_size < 1) throw UsageError("--min-group-size must be 1 or more");
  if (request.options.wide_perception_gap && !(*request.options.wide_perception_gap > 0)) {
    throw UsageError("--wide-perception-gap must be above 0");
  }
  if (request.anonymise_key && !request.anonymise) {
    throw UsageError("--anonymise-key needs --anonymise");
  }
  if (request.as_of && !IsDate(*request.as_of)) {
    throw UsageError("--as-of " + *request.as_of + ": expected a date as YYYY-MM-DD");
  }
  as_of_ = request.as_of.value_or(UtcToday());
  score_as_of_ = request.as_of;
  if (request.store && !request.inputs.empty()) {
    throw UsageError("give INPUT files or a store (--data, --database), not both");
  }
  if (request.store && !request.period) {
    throw UsageError("--period is required with a store (--data or --database)");
  }
  if (!request.store && request.period) throw UsageError("--period needs --data or --database");
  if (!request.store && request.inputs.empty()) {
    throw UsageError("give at least one response file or folder");
  }
  ResponseFiles found = FindResponseFiles(request.inputs);
  for (const SkippedInput& skipped : found.skipped) {
    err << "skipped " << skipped.path << ": " << skipped.why << "\n";
  }
  const std::vector<std::string>& files = found.files;
  std::vector<std::string> inputs = files;
  inputs.push_back(request.framework);
  if (request.anonymise_key) inputs.push_back(*request.anonymise_key);  // Never overwritten.
  outputs_ = OutputSet(inputs);
  if (request.workbook) {
    outputs_.Declare(
        {"-o", *request.workbook},
        [this](const std::string& path) {
          return WriteSectorWorkbook(report_, output_options_, path, WorkbookTimestamp());
        },
        ".xlsx", "the sector workbook is an Excel workbook");
  }
  if (request.json) {
    outputs_.Declare({"--json", *request.json}, OutputSet::Text([this](std::ostream& out) {
                       WriteSectorJson(report_, output_options_, out);
                     }));
  }
  if (request.report) {
    if (request.report_languages)
      report_languages_ = ReportLanguagesOption("--report-lang", *request.report_languages);
    outputs_.Declare({"--report", *request.report}, OutputSet::Text([this](std::ostream& out) {
                       WriteSectorHtml(report_, output_options_, out, report_languages_);
                     }),
                     ".html", "the report is an HTML page");
  }
  if (request.benchmark_out) {
    outputs_.Declare(
        {"--benchmark-out", *request.benchmark_out},
        OutputSet::Text([this](std::ostream& out) { WriteBenchmarkJson(report_, out); }));
  }

  if (request.anonymise_key) {
    // A key not yet made cannot be recognised as an input by the output checks.
    std::error_code error;
    fs::path key = fs::weakly_canonical(*request.anonymise_key, error);
    for (const OutputFile& file : outputs_.files()) {
      if (fs::weakly_canonical(file.path, error) == key) {
        throw UsageError(file.option + " " + file.path +
                         ": is the anonymisation key (--anonymise-key); choose another path");
      }
    }
    bool exists = fs::exists(*request.anonymise_key, error);
    if (exists) {
      key_ = ReadKey(*request.anonymise_key);
    } else {
      key_ = RandomKey();
      key_to_make_ = *request.anonymise_key;
    }
  } else if (request.anonymise) {
    key_ = RandomKey();
    err << "maturity sector: warning: --anonymise without --anonymise-key: the codes come "
           "from a new random key and differ on every run; give --anonymise-key FILE for codes "
           "that stay the same from run to run and year to year\n";
  }
  if (request.anonymise && request.options.min_group_size < kSafeGroupSize) {
    err << "maturity sector: warning: --anonymise with --min-group-size "
        << request.options.min_group_size << " publishes groups of fewer than " << kSafeGroupSize
        << " institutions, which can identify them (the only council in a region, say)\n";
  }
  framework_ = LoadFrameworkReporting(request.framework, err);
  outputs_.ProtectInputs(framework_.sources);
  output_options_.language = OutputLanguage(request.language, framework_);
  if (request.report && report_languages_.empty()) report_languages_ = {output_options_.language};
  std::vector<std::string> shown = report_languages_;  // Each language people will read.
  if ((request.workbook || request.summary) &&
      std::find(shown.begin(), shown.end(), output_options_.language) == shown.end()) {
    shown.insert(shown.begin(), output_options_.language);
  }
  for (const std::string& language : shown) WarnOfFallbacks(framework_, language, err);

  std::vector<InstitutionSummary> summaries =
      request.store ? ReadStore(*request.store, request.period.value_or(""))
                    : ReadAll(files, request.jobs, request.progress, err);
  if (!output_options_.skipped.empty()) {
    if (!request.skip_invalid) {
      throw RefusedError(std::to_string(output_options_.skipped.size()) + " of " +
                         std::to_string(files.size()) +
                         " files are invalid; nothing was written (fix them, or leave them out "
                         "with --skip-invalid)");
    }
    for (const SkippedFile& skipped : output_options_.skipped) {
      err << "left out " << skipped.file << ": "
          << CountOf(skipped.errors.size(), "error", "errors") << "\n";
    }
  }
  if (summaries.empty()) throw RefusedError("no valid responses to compare");
  SectorOptions options = request.options;
  options.anonymise = request.anonymise;
  options.key = key_;
  options.as_of = as_of_;
  try {
    report_ = AnalyseSector(framework_, std::move(summaries), options);
  } catch (const SectorOptionError& error) {
    throw UsageError(error.what());
  }
  for (const SetAsideResponse& response : report_.set_aside) {
    err << "maturity sector: warning: set aside " << response.file << ": ";
    if (response.reason == SetAsideReason::kLaterPeriod) {
      err << "period " << response.period << " has not begun (as of " << as_of_
          << "); check the response's period\n";
    } else {
      err << "period " << response.period << " has fewer responses than --min-group-size "
          << options.min_group_size << ", too few to publish anonymised\n";
    }
  }
  if (report_.published.institutions_withheld) {
    err << "maturity sector: note: anonymised beside peer groups, each code's scores (the "
           "table of institutions and their trends) are not published: with a group's median "
           "or mean they could tell which group a code is in; leave out --group-by to publish "
           "them instead of the groups\n";
  }
  if (report_.institutions.empty()) {
    throw RefusedError("no responses left to compare once " +
                       std::to_string(report_.set_aside.size()) +
                       " were set aside; nothing was written");
  }
  // Privacy: a benchmark published from fewer institutions than the smallest group
  // shown would expose them.
  if (request.benchmark_out &&
      static_cast<int>(report_.current.size()) < request.options.min_group_size) {
    const std::size_t institutions = report_.current.size();
    throw RefusedError(CountOf(institutions, "institution", "institutions") + " in " +
                       report_.latest_period + (institutions == 1 ? " is" : " are") +
                       " too few to publish a benchmark (at least " +
                       std::to_string(request.options.min_group_size) +
                       ", --min-group-size); nothing was written");
  }
}

std::vector<std::string> SectorRun::WriteOutputs() const {
  std::vector<std::string> notes;
  if (key_to_make_) {
    // Before the outputs: published codes are never left without the key they came from.
    SaveNewKey(*key_to_make_, key_);
    notes.push_back("maturity sector: made a new anonymisation key in " + *key_to_make_ +
                    " (readable by you only): keep it secret, and give it to later runs for "
                    "the same codes");
  }
  for (std::string& warning : outputs_.Commit()) notes.push_back(std::move(warning));
  return notes;
}

std::vector<InstitutionSummary> SectorRun::ReadAll(const std::vector<std::string>& files,
                                                   unsigned jobs, bool progress,
                                                   std::ostream& err) {
  struct FileResult {
    std::optional<InstitutionSummary> summary;
    Diagnostics diagnostics;
  };
  std::vector<FileResult> results(files.size());
#ifdef __GLIBC__
  // Each file's parse frees tens of kilobytes that the next file allocates again; by
  // default glibc hands them back to the system after every file, and taking them back
  // costs a page fault per page (18 per file, 8% of a one-core run). Keep them.
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> done{0};
  auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      try {
        Response response =
            LowerExtension(files[i]) == ".xlsx"
                ? ReadReturnedQuestionnaire(files[i], framework_, results[i].diagnostics)
                : LoadResponse(files[i], framework_, results[i].diagnostics,
                               ResponseDetail::kScores);
        results[i].summary = Summarise(Score(framework_, response, {score_as_of_}));
      } catch (const InputError& error) {
        results[i].diagnostics = error.diagnostics();
      }
      ++done;
    }
  };
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(1, files.size())));
  std::vector<std::thread> workers;
  for (unsigned j = 1; j < jobs; ++j) workers.emplace_back(work);
  std::thread reporter;
  if (progress) {
    reporter = std::thread([&] {
      while (done < files.size()) {
        err << "\rreading " << done.load() << " of " << files.size() << " files" << std::flush;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
    });
  }
  work();
  for (std::thread& worker : workers) worker.join();
  if (progress) {
    reporter.join();
    err << "\r" << std::string(40, ' ') << "\r";
  }

  // Reported in file order, whatever order the workers finished in.
  std::vector<InstitutionSummary> summaries;
  summaries.reserve(files.size());
  for (std::size_t i = 0; i < files.size(); ++i) {
    err << results[i].diagnostics.Format();
    if (results[i].summary) {
      summaries.push_back(std::move(*results[i].summary));
      continue;
    }
    SkippedFile skipped{files[i], {}};
    for (const Diagnostic& item : results[i].diagnostics.items()) {
      if (item.severity == Severity::kError) skipped.errors.push_back(item.Format());
    }
    output_options_.skipped.push_back(std::move(skipped));
  }
  return summaries;
}

void SectorRun::WriteSummary(std::ostream& out) const {
  WriteSectorText(report_, output_options_, out);
}

}  // namespace maturity
