#include "cli/commands.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <boost/algorithm/string.hpp>
#include <boost/program_options.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "common/messages.h"
#include "engine/benchmark.h"
#include "engine/framework_diff.h"
#include "engine/framework_loader.h"
#include "engine/input_file.h"
#include "engine/lint.h"
#include "engine/migration.h"
#include "engine/response_loader.h"
#include "engine/scoring.h"
#include "engine/sector.h"
#include "engine/translations.h"
#include "engine/yaml_reader.h"
#include "importers/questionnaire_import.h"
#include "importers/survey_import.h"
#include "reports/atomic_output.h"
#include "reports/framework_document.h"
#include "reports/framework_yaml.h"
#include "reports/questionnaire_workbook.h"
#include "reports/response_template.h"
#include "reports/response_yaml.h"
#include "reports/scorecard_json.h"
#include "reports/scorecard_text.h"
#include "reports/scorecard_workbook.h"
#include "reports/sector_json.h"
#include "reports/sector_text.h"
#include "reports/sector_workbook.h"

namespace maturity {

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace {

/// A problem with the command line itself (exit code 2).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// An output that could not be written (exit code 3).
class OutputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

constexpr const char* kOverview =
    "maturity: self-assessment against maturity frameworks\n"
    "\n"
    "Usage: maturity COMMAND [OPTIONS] [FILES]\n"
    "\n"
    "Commands:\n"
    "  validate  check framework and response files and report every problem\n"
    "  score     score one institution's response: summary, Excel scorecard, JSON\n"
    "  sector    compare many institutions: statistics, peer groups, trends, workbook\n"
    "  show      print a framework fully resolved (extends applied) as YAML\n"
    "  template  write a blank response or an Excel questionnaire to fill in\n"
    "  import    read a returned questionnaire or a survey export into a response\n"
    "  migrate   carry a response over to a new version of its framework\n"
    "  diff      list what changed between two versions of a framework\n"
    "  docs      publish a framework for respondents as HTML or Markdown\n"
    "  lint      find what a framework's authors would want to fix before publishing it\n"
    "\n"
    "Run 'maturity COMMAND --help' for a command's options.\n"
    "Exit codes: 0 success, 1 invalid input, 2 usage error, 3 output not written.\n";

void PrintDiagnostics(const Diagnostics& diagnostics, std::ostream& err) {
  err << diagnostics.Format();
}

po::variables_map Parse(const std::vector<std::string>& args,
                        const po::options_description& visible,
                        const po::options_description& hidden,
                        const po::positional_options_description& positional) {
  po::options_description all;
  all.add(visible).add(hidden);
  po::variables_map values;
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), values);
    po::notify(values);
  } catch (const po::error& error) {
    throw UsageError(error.what());
  }
  return values;
}

/// Parses a command's options, gathering its positional arguments under `positional_name`.
/// Prints the help and returns none when --help is given.
std::optional<po::variables_map> ParseCommand(const std::vector<std::string>& args,
                                              const po::options_description& visible,
                                              const char* positional_name, std::ostream& out) {
  po::options_description hidden;
  hidden.add_options()(positional_name, po::value<std::vector<std::string>>());
  po::positional_options_description positional;
  positional.add(positional_name, -1);
  po::variables_map values = Parse(args, visible, hidden, positional);
  if (values.count("help")) {
    out << visible;
    return std::nullopt;
  }
  return values;
}

/// The positional arguments gathered under `name`, which must number exactly `count`;
/// otherwise a usage error saying `what`.
std::vector<std::string> Positionals(const po::variables_map& values, const char* name,
                                     std::size_t count, const std::string& what) {
  if (!values.count(name) || values[name].as<std::vector<std::string>>().size() != count) {
    throw UsageError(what);
  }
  return values[name].as<std::vector<std::string>>();
}

/// Refuses outputs that would overwrite an input, land in a missing folder, or clash.
void CheckOutputs(const std::vector<std::pair<std::string, std::string>>& outputs,
                  const std::vector<std::string>& inputs) {
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    const auto& [option, path] = outputs[i];
    fs::path output(path);
    fs::path folder = output.has_parent_path() ? output.parent_path() : fs::path(".");
    std::error_code error;
    if (!fs::is_directory(folder, error)) {
      throw UsageError(option + " " + path + ": the folder " + folder.string() + " does not exist");
    }
    if (fs::is_directory(output, error)) {
      throw UsageError(option + " " + path + ": is a folder; give a file name");
    }
    for (const std::string& input : inputs) {
      if (fs::exists(output, error) && fs::equivalent(output, input, error)) {
        throw UsageError(option + " " + path + ": is the input file " + input +
                         "; inputs are never overwritten");
      }
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (fs::weakly_canonical(outputs[j].second, error) == fs::weakly_canonical(output, error)) {
        throw UsageError(option + " " + path + ": is also given to " + outputs[j].first);
      }
    }
  }
}

/// True when the YAML document at `path` looks like a response rather than a framework.
bool LooksLikeResponse(const std::string& content) {
  YamlSyntaxError error;
  ParsedYaml parsed = ParseYaml(content, error);
  return parsed.root.IsMap() &&
         (parsed.root["answers"].IsDefined() || parsed.root["respondents"].IsDefined());
}

/// For the interrupted-run test only: waits before renaming outputs into place.
void PauseBeforeCommitForTests() {
  if (const char* seconds = std::getenv("MATURITY_TEST_PAUSE_BEFORE_COMMIT")) {
    sleep(static_cast<unsigned>(std::atoi(seconds)));
  }
}

/// Writes one text output through a temporary file renamed into place; a failure to
/// write becomes an OutputError (exit code 3).
void WriteTextOutput(const std::string& path, const std::function<void(std::ostream&)>& write) {
  AtomicOutputs written;
  try {
    std::ofstream file(written.Add(path), std::ios::binary | std::ios::trunc);
    write(file);
    file.close();
    if (!file) throw std::runtime_error(path + ": cannot write");
    PauseBeforeCommitForTests();
    written.Commit();
  } catch (const std::runtime_error& error) {
    throw OutputError(error.what());
  }
}

/// Workbooks carry a fixed creation time, so that the same inputs give the same bytes:
/// SOURCE_DATE_EPOCH when set (seconds since 1970), else 1980-01-01, the zip format's epoch.
WorkbookOptions WorkbookOptionsFromEnvironment() {
  constexpr std::time_t kZipEpoch = 315532800;
  WorkbookOptions options;
  options.created = kZipEpoch;
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    long long seconds = std::strtoll(epoch, &end, 10);
    if (end != epoch && *end == '\0' && seconds > 0)
      options.created = static_cast<std::time_t>(seconds);
  }
  return options;
}

/// The language of an output for people: --lang, else the framework's default language
/// when the catalogue has it, else English.
std::string OutputLanguage(const po::variables_map& values, const Framework& framework) {
  if (values.count("lang")) {
    std::string language = values["lang"].as<std::string>();
    if (!Messages::Supports(language)) {
      throw UsageError("--lang " + language + ": expected one of " +
                       boost::algorithm::join(Messages::Languages(), ", "));
    }
    return language;
  }
  if (!framework.languages.empty() && Messages::Supports(framework.languages.front())) {
    return framework.languages.front();
  }
  return Messages::Languages().front();
}

/// Warns on `err` of the framework texts an output in `language` shows in the framework's
/// default language instead, each at its place; past the first few, how many more
/// (`maturity lint` lists every one).
void WarnOfFallbacks(const Framework& framework, const std::string& language, std::ostream& err) {
  constexpr std::size_t kShown = 10;
  std::vector<Diagnostic> fallbacks = TranslationFallbacks(framework, language);
  for (std::size_t i = 0; i < std::min(fallbacks.size(), kShown); ++i) {
    err << fallbacks[i].Format() << "\n";
  }
  if (fallbacks.size() > kShown) {
    err << framework.file << ": warning: " << fallbacks.size() - kShown << " more text(s) have no "
        << language << " translation; maturity lint lists them all\n";
  }
}

int RunValidate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description visible(
      "Usage: maturity validate FILE... [--framework FRAMEWORK]\n"
      "\n"
      "Checks framework files, or with --framework, response files against their\n"
      "framework. Every problem is reported as file:line:column: error: key: message.\n"
      "Exit code 0 when every file is valid, 1 when any is not.\n"
      "\n"
      "Options");
  visible.add_options()("framework,f", po::value<std::string>(),
                        "validate FILEs as responses to this framework")("help,h",
                                                                         "show this help");
  auto parsed = ParseCommand(args, visible, "file", out);
  if (!parsed) return kExitSuccess;
  po::variables_map& values = *parsed;
  if (!values.count("file")) throw UsageError("give at least one FILE to validate");
  std::vector<std::string> files = values["file"].as<std::vector<std::string>>();

  bool all_valid = true;
  std::optional<Framework> framework;
  if (values.count("framework")) {
    std::string path = values["framework"].as<std::string>();
    Diagnostics diagnostics;
    try {
      framework = LoadFramework(path, diagnostics);
      PrintDiagnostics(diagnostics, err);
    } catch (const InputError& error) {
      PrintDiagnostics(error.diagnostics(), err);
      err << path << ": the framework is invalid, so its responses cannot be checked\n";
      return kExitInvalidInput;
    }
  }
  for (const std::string& file : files) {
    Diagnostics diagnostics;
    try {
      if (framework) {
        Response response = LoadResponse(file, *framework, diagnostics);
        PrintDiagnostics(diagnostics, err);
        out << file << ": valid response of " << response.institution.name << " for "
            << response.period << " (" << response.respondents.size() << " respondents, "
            << response.answers.size() << " elements answered)\n";
      } else {
        std::string content = ReadInputFile(file);
        if (LooksLikeResponse(content)) {
          throw InputError({file, 1, 1}, "",
                           "this looks like a response file; validate it with --framework "
                           "FRAMEWORK");
        }
        Framework loaded = ParseFramework(file, content, diagnostics);
        PrintDiagnostics(diagnostics, err);
        out << file << ": valid framework " << loaded.id << " " << loaded.version << " ("
            << loaded.dimensions.size() << " dimensions, " << ElementsInOrder(loaded).size()
            << " elements)\n";
      }
    } catch (const InputError& error) {
      PrintDiagnostics(error.diagnostics(), err);
      all_valid = false;
    }
  }
  return all_valid ? kExitSuccess : kExitInvalidInput;
}

int RunScore(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description visible(
      "Usage: maturity score --framework FRAMEWORK RESPONSE [-o SCORECARD.xlsx]\n"
      "                      [--json RESULT.json]\n"
      "\n"
      "Scores one institution's response: prints a summary (overall level, dimensions,\n"
      "top gaps, perception gaps) and writes the Excel scorecard and/or the JSON result.\n"
      "Outputs are written whole or not at all; an input is never overwritten.\n"
      "\n"
      "Options");
  visible.add_options()("framework,f", po::value<std::string>(), "the framework file (required)")(
      "output,o", po::value<std::string>(), "write the Excel scorecard here (.xlsx)")(
      "json", po::value<std::string>(), "write the result as JSON here")(
      "benchmark", po::value<std::string>(),
      "compare with a sector benchmark written by 'maturity sector --benchmark-out'")(
      "gaps", po::value<std::size_t>()->default_value(5), "how many top gaps the summary lists")(
      "lang", po::value<std::string>(),
      "language of the workbook and summary: en or cy (default: the framework's first)")(
      "quiet,q", "print no summary")("help,h", "show this help");
  auto parsed = ParseCommand(args, visible, "response", out);
  if (!parsed) return kExitSuccess;
  po::variables_map& values = *parsed;
  if (!values.count("framework")) throw UsageError("--framework FRAMEWORK is required");
  if (!values.count("response")) throw UsageError("give the RESPONSE file to score");
  auto responses = values["response"].as<std::vector<std::string>>();
  if (responses.size() != 1) {
    throw UsageError("give exactly one RESPONSE file (got " + std::to_string(responses.size()) +
                     ")");
  }
  std::string framework_path = values["framework"].as<std::string>();
  const std::string& response_path = responses.front();
  std::vector<std::pair<std::string, std::string>> outputs;
  if (values.count("output")) {
    std::string path = values["output"].as<std::string>();
    if (fs::path(path).extension() != ".xlsx") {
      throw UsageError("-o " + path + ": the scorecard is an Excel workbook; name it .xlsx");
    }
    outputs.emplace_back("-o", path);
  }
  if (values.count("json")) outputs.emplace_back("--json", values["json"].as<std::string>());
  std::vector<std::string> inputs = {framework_path, response_path};
  if (values.count("benchmark")) inputs.push_back(values["benchmark"].as<std::string>());
  CheckOutputs(outputs, inputs);

  Diagnostics framework_diagnostics;
  Framework framework = LoadFramework(framework_path, framework_diagnostics);
  PrintDiagnostics(framework_diagnostics, err);
  const std::string language = OutputLanguage(values, framework);
  if (values.count("output") || !values.count("quiet")) WarnOfFallbacks(framework, language, err);
  Diagnostics response_diagnostics;
  Response response = LoadResponse(response_path, framework, response_diagnostics);
  PrintDiagnostics(response_diagnostics, err);

  Scorecard card = Score(framework, response);
  std::optional<BenchmarkComparison> comparison;
  if (values.count("benchmark")) {
    comparison =
        CompareWithBenchmark(card, LoadBenchmark(values["benchmark"].as<std::string>(), framework));
  }
  const BenchmarkComparison* benchmark = comparison ? &*comparison : nullptr;

  AtomicOutputs files;
  try {
    for (const auto& [option, path] : outputs) {
      std::string temporary = files.Add(path);
      if (option == "-o") {
        WorkbookOptions workbook_options = WorkbookOptionsFromEnvironment();
        workbook_options.benchmark = benchmark;
        workbook_options.language = language;
        WriteScorecardWorkbook(card, temporary, workbook_options);
      } else {
        std::ofstream json(temporary, std::ios::binary | std::ios::trunc);
        WriteScorecardJson(card, json, benchmark);
        json.close();
        if (!json) throw std::runtime_error(path + ": cannot write");
      }
    }
    PauseBeforeCommitForTests();
    files.Commit();
  } catch (const std::runtime_error& error) {
    throw OutputError(error.what());
  }
  if (!values.count("quiet")) {
    WriteScorecardText(card, out, values["gaps"].as<std::size_t>(), benchmark, language);
  }
  for (const auto& [option, path] : outputs) {
    err << "wrote " << path << "\n";
  }
  return kExitSuccess;
}

/// Response files named by `inputs`: files as given, folders searched recursively for
/// .yaml and .yml files (sorted, so that runs are reproducible).
std::vector<std::string> FindResponseFiles(const std::vector<std::string>& inputs) {
  std::vector<std::string> files;
  for (const std::string& input : inputs) {
    std::error_code error;
    if (!fs::is_directory(input, error)) {
      files.push_back(input);
      continue;
    }
    std::vector<std::string> found;
    for (auto it = fs::recursive_directory_iterator(input, error);
         !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
      if (!it->is_regular_file()) continue;
      std::string extension = it->path().extension().string();
      if (extension == ".yaml" || extension == ".yml") found.push_back(it->path().string());
    }
    if (found.empty()) throw UsageError(input + ": the folder holds no .yaml or .yml files");
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

int RunSector(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description visible(
      "Usage: maturity sector --framework FRAMEWORK INPUT... [-o SECTOR.xlsx]\n"
      "                       [--json SECTOR.json] [--group-by FIELD,...] [--anonymise]\n"
      "\n"
      "Scores every response (each INPUT is a response file or a folder searched\n"
      "recursively) with the same engine as 'score' and compares them: distributions,\n"
      "peer groups, the elements that most need support, management against trade union\n"
      "views, and trends across periods. By default any invalid file stops the run and\n"
      "nothing is written.\n"
      "\n"
      "Options");
  visible.add_options()("framework,f", po::value<std::string>(), "the framework file (required)")(
      "output,o", po::value<std::string>(), "write the sector workbook here (.xlsx)")(
      "json", po::value<std::string>(), "write the statistics as JSON here")(
      "group-by", po::value<std::vector<std::string>>()->composing(),
      "peer groups by profile fields, e.g. sector,staff (integers by their bands)")(
      "min-group-size", po::value<int>()->default_value(5),
      "suppress groups with fewer institutions than this")(
      "anonymise", "publish codes instead of institution names and ids")("anonymize",
                                                                         "the same as --anonymise")(
      "skip-invalid", "leave invalid files out (listed in the output and on stderr)")(
      "benchmark-out", po::value<std::string>(),
      "write the published aggregates for 'maturity score --benchmark'")(
      "jobs,j", po::value<unsigned>()->default_value(0),
      "files read and scored at once (default 0: one per core)")(
      "lang", po::value<std::string>(),
      "language of the workbook and summary: en or cy (default: the framework's first)")(
      "quiet,q", "print no summary")("help,h", "show this help");
  auto parsed = ParseCommand(args, visible, "input", out);
  if (!parsed) return kExitSuccess;
  po::variables_map& values = *parsed;
  if (!values.count("framework")) throw UsageError("--framework FRAMEWORK is required");
  if (!values.count("input")) throw UsageError("give at least one response file or folder");
  SectorOptions sector_options;
  sector_options.min_group_size = values["min-group-size"].as<int>();
  if (sector_options.min_group_size < 1) throw UsageError("--min-group-size must be 1 or more");
  if (values.count("group-by")) {
    for (const std::string& list : values["group-by"].as<std::vector<std::string>>()) {
      std::vector<std::string> fields;
      boost::split(fields, list, boost::is_any_of(","));
      for (std::string& field : fields) {
        boost::trim(field);
        if (!field.empty()) sector_options.group_by.push_back(field);
      }
    }
  }
  SectorOutputOptions output_options;
  output_options.anonymise = values.count("anonymise") || values.count("anonymize");
  std::string framework_path = values["framework"].as<std::string>();
  std::vector<std::string> files =
      FindResponseFiles(values["input"].as<std::vector<std::string>>());
  std::vector<std::pair<std::string, std::string>> outputs;
  if (values.count("output")) {
    std::string path = values["output"].as<std::string>();
    if (fs::path(path).extension() != ".xlsx") {
      throw UsageError("-o " + path + ": the sector workbook is an Excel workbook; name it .xlsx");
    }
    outputs.emplace_back("-o", path);
  }
  if (values.count("json")) outputs.emplace_back("--json", values["json"].as<std::string>());
  if (values.count("benchmark-out")) {
    outputs.emplace_back("--benchmark-out", values["benchmark-out"].as<std::string>());
  }
  std::vector<std::string> inputs = files;
  inputs.push_back(framework_path);
  CheckOutputs(outputs, inputs);

  Diagnostics framework_diagnostics;
  Framework framework = LoadFramework(framework_path, framework_diagnostics);
  PrintDiagnostics(framework_diagnostics, err);
  output_options.language = OutputLanguage(values, framework);
  if (values.count("output") || !values.count("quiet")) {
    WarnOfFallbacks(framework, output_options.language, err);
  }

  // Read and score the files on every core, keeping only each institution's summary.
  struct FileResult {
    std::optional<InstitutionSummary> summary;
    Diagnostics diagnostics;
  };
  std::vector<FileResult> results(files.size());
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> done{0};
  auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      try {
        Response response = LoadResponse(files[i], framework, results[i].diagnostics);
        results[i].summary = Summarise(Score(framework, response));
      } catch (const InputError& error) {
        results[i].diagnostics = error.diagnostics();
      }
      ++done;
    }
  };
  unsigned jobs = values["jobs"].as<unsigned>();
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(1, files.size())));
  std::vector<std::thread> workers;
  for (unsigned j = 1; j < jobs; ++j) workers.emplace_back(work);
  bool progress = isatty(STDERR_FILENO) && !std::getenv("CI");
  if (progress) {
    std::thread reporter([&] {
      while (done < files.size()) {
        err << "\rreading " << done.load() << " of " << files.size() << " files" << std::flush;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
    });
    work();
    for (std::thread& worker : workers) worker.join();
    reporter.join();
    err << "\r" << std::string(40, ' ') << "\r";
  } else {
    work();
    for (std::thread& worker : workers) worker.join();
  }
  // Reported in file order, whatever order the workers finished in.
  std::vector<InstitutionSummary> summaries;
  summaries.reserve(files.size());
  for (std::size_t i = 0; i < files.size(); ++i) {
    PrintDiagnostics(results[i].diagnostics, err);
    if (results[i].summary) {
      summaries.push_back(std::move(*results[i].summary));
      continue;
    }
    SkippedFile skipped{files[i], {}};
    for (const Diagnostic& item : results[i].diagnostics.items()) {
      if (item.severity == Severity::kError) skipped.errors.push_back(item.Format());
    }
    output_options.skipped.push_back(std::move(skipped));
  }
  results.clear();
  if (!output_options.skipped.empty()) {
    if (!values.count("skip-invalid")) {
      err << "maturity sector: " << output_options.skipped.size() << " of " << files.size()
          << " files are invalid; nothing was written (fix them, or leave them out with "
             "--skip-invalid)\n";
      return kExitInvalidInput;
    }
    for (const SkippedFile& skipped : output_options.skipped) {
      err << "left out " << skipped.file << ": " << skipped.errors.size() << " error(s)\n";
    }
  }
  if (summaries.empty()) {
    err << "maturity sector: no valid responses to compare\n";
    return kExitInvalidInput;
  }
  SectorReport report;
  try {
    report = AnalyseSector(framework, std::move(summaries), sector_options);
  } catch (const SectorOptionError& error) {
    throw UsageError(error.what());
  }
  if (values.count("benchmark-out") &&
      static_cast<int>(report.current.size()) < sector_options.min_group_size) {
    err << "maturity sector: " << report.current.size() << " institution(s) in "
        << report.latest_period << " are too few to publish a benchmark (at least "
        << sector_options.min_group_size << ", --min-group-size); nothing was written\n";
    return kExitInvalidInput;
  }

  AtomicOutputs written;
  try {
    for (const auto& [option, path] : outputs) {
      std::string temporary = written.Add(path);
      if (option == "-o") {
        WriteSectorWorkbook(report, output_options, temporary,
                            WorkbookOptionsFromEnvironment().created);
        continue;
      }
      std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
      if (option == "--json") {
        WriteSectorJson(report, output_options, file);
      } else {
        WriteBenchmarkJson(report, file);
      }
      file.close();
      if (!file) throw std::runtime_error(path + ": cannot write");
    }
    PauseBeforeCommitForTests();
    written.Commit();
  } catch (const std::runtime_error& error) {
    throw OutputError(error.what());
  }
  if (!values.count("quiet")) WriteSectorText(report, output_options, out);
  for (const auto& [option, path] : outputs) err << "wrote " << path << "\n";
  return kExitSuccess;
}

int RunLint(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description visible(
      "Usage: maturity lint FRAMEWORK... [--strict]\n"
      "\n"
      "Validates each framework, then looks for what its authors would want to fix:\n"
      "levels without descriptors, elements without prompts or actions, bands that leave\n"
      "a level unreachable, weights that make an element count for almost nothing,\n"
      "duplicate titles, profile fields never used, targets no institution can reach,\n"
      "missing translations. Exit code 1 on errors (and on warnings with --strict).\n"
      "\n"
      "Options");
  visible.add_options()("strict", "treat warnings as errors")("help,h", "show this help");
  auto parsed = ParseCommand(args, visible, "file", out);
  if (!parsed) return kExitSuccess;
  po::variables_map& values = *parsed;
  if (!values.count("file")) throw UsageError("give at least one FRAMEWORK to lint");
  bool failed = false;
  for (const std::string& file : values["file"].as<std::vector<std::string>>()) {
    Diagnostics diagnostics;
    try {
      Framework framework = LoadFramework(file, diagnostics);
      PrintDiagnostics(diagnostics, err);
      int errors = 0;
      int warnings = 0;
      for (const Diagnostic& finding : LintFramework(framework)) {
        err << finding.Format() << "\n";
        (finding.severity == Severity::kError ? errors : warnings) += 1;
      }
      out << file << ": " << errors << " error(s), " << warnings << " warning(s)\n";
      failed = failed || errors > 0 || (warnings > 0 && values.count("strict"));
    } catch (const InputError& error) {
      PrintDiagnostics(error.diagnostics(), err);
      failed = true;
    }
  }
  return failed ? kExitInvalidInput : kExitSuccess;
}

int RunDocs(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description visible(
      "Usage: maturity docs FRAMEWORK -o FRAMEWORK.html|FRAMEWORK.md\n"
      "\n"
      "Publishes a framework for the people who will answer it: the scale, every\n"
      "dimension and element with its prompt and level descriptors, measures and\n"
      "checklists, where each applies, targets, and how answers are scored.\n"
      "\n"
      "Options");
  visible.add_options()("output,o", po::value<std::string>(),
                        "the document to write (.html or .md)")(
      "lang", po::value<std::string>(),
      "language of the document: en or cy (default: the framework's first)")("help,h",
                                                                             "show this help");
  auto parsed = ParseCommand(args, visible, "framework", out);
  if (!parsed) return kExitSuccess;
  po::variables_map& values = *parsed;
  Positionals(values, "framework", 1, "give exactly one FRAMEWORK");
  if (!values.count("output")) throw UsageError("-o FILE.html or -o FILE.md is required");
  std::string framework_path = values["framework"].as<std::vector<std::string>>().front();
  std::string path = values["output"].as<std::string>();
  std::string extension = fs::path(path).extension().string();
  if (extension != ".html" && extension != ".htm" && extension != ".md") {
    throw UsageError("-o " + path + ": name the document .html or .md");
  }
  CheckOutputs({{"-o", path}}, {framework_path});
  Diagnostics diagnostics;
  Framework framework = LoadFramework(framework_path, diagnostics);
  PrintDiagnostics(diagnostics, err);
  const std::string language = OutputLanguage(values, framework);
  WarnOfFallbacks(framework, language, err);
  std::vector<DocumentBlock> blocks = DescribeFramework(framework, language);
  WriteTextOutput(path, [&](std::ostream& file) {
    if (extension == ".md") {
      WriteMarkdown(blocks, file);
    } else {
      WriteHtml(blocks, framework.title.In(language) + " " + framework.version, file, language);
    }
  });
  out << "wrote " << path << "\n";
  return kExitSuccess;
}

int RunDiff(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description visible(
      "Usage: maturity diff OLD NEW\n"
      "\n"
      "Lists added, removed, renamed (by renamed_from) and changed elements of two\n"
      "frameworks, and what changed: weights, targets, bands, descriptors, actions,\n"
      "applicability, dimensions, scale and target rules. Exit code 0.\n"
      "\n"
      "Options");
  visible.add_options()("help,h", "show this help");
  auto parsed = ParseCommand(args, visible, "framework", out);
  if (!parsed) return kExitSuccess;
  po::variables_map& values = *parsed;
  Positionals(values, "framework", 2, "give the OLD and the NEW framework");
  const auto& paths = values["framework"].as<std::vector<std::string>>();
  Diagnostics old_diagnostics;
  Diagnostics new_diagnostics;
  Framework old_framework = LoadFramework(paths[0], old_diagnostics);
  Framework new_framework = LoadFramework(paths[1], new_diagnostics);
  PrintDiagnostics(old_diagnostics, err);
  PrintDiagnostics(new_diagnostics, err);
  out << FormatDiff(DiffFrameworks(old_framework, new_framework));
  return kExitSuccess;
}

int RunShow(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description visible(
      "Usage: maturity show FRAMEWORK\n"
      "\n"
      "Prints the framework fully resolved, with every extends, removal, override and\n"
      "addition applied, as YAML that maturity reads back unchanged.\n"
      "\n"
      "Options");
  visible.add_options()("help,h", "show this help");
  auto parsed = ParseCommand(args, visible, "framework", out);
  if (!parsed) return kExitSuccess;
  po::variables_map& values = *parsed;
  Positionals(values, "framework", 1, "give exactly one FRAMEWORK");
  Diagnostics diagnostics;
  Framework framework =
      LoadFramework(values["framework"].as<std::vector<std::string>>().front(), diagnostics);
  PrintDiagnostics(diagnostics, err);
  WriteFrameworkYaml(framework, out);
  return kExitSuccess;
}

int RunMigrate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description visible(
      "Usage: maturity migrate --framework NEW RESPONSE -o NEW_RESPONSE\n"
      "\n"
      "Carries a response over to a new version of its framework: updates\n"
      "framework_version, moves answers to renamed elements (renamed_from) to their new\n"
      "ids, and keeps everything else as written. Answers to elements the new version\n"
      "no longer has are reported and nothing is written, unless they are kept as\n"
      "comments with --comment-out-uncarried. The result is validated before it is written.\n"
      "\n"
      "Options");
  visible.add_options()("framework,f", po::value<std::string>(), "the new framework (required)")(
      "output,o", po::value<std::string>(), "the migrated response (required)")(
      "comment-out-uncarried", "keep answers that cannot be carried as comments")("help,h",
                                                                                  "show this help");
  auto parsed = ParseCommand(args, visible, "response", out);
  if (!parsed) return kExitSuccess;
  po::variables_map& values = *parsed;
  if (!values.count("framework")) throw UsageError("--framework NEW is required");
  if (!values.count("output")) throw UsageError("-o NEW_RESPONSE is required");
  Positionals(values, "response", 1, "give exactly one RESPONSE");
  std::string framework_path = values["framework"].as<std::string>();
  std::string response_path = values["response"].as<std::vector<std::string>>().front();
  std::string output = values["output"].as<std::string>();
  CheckOutputs({{"-o", output}}, {framework_path, response_path});
  Diagnostics framework_diagnostics;
  Framework framework = LoadFramework(framework_path, framework_diagnostics);
  Diagnostics diagnostics;
  MigrationOptions options;
  options.comment_out_uncarried = values.count("comment-out-uncarried") > 0;
  std::string migrated =
      MigrateResponse(response_path, ReadInputFile(response_path), framework, options, diagnostics);
  PrintDiagnostics(diagnostics, err);
  WriteTextOutput(output, [&](std::ostream& file) { file << migrated; });
  out << "wrote " << output << " for " << framework.id << " " << framework.version << "\n";
  return kExitSuccess;
}

int RunTemplate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description visible(
      "Usage: maturity template --framework FRAMEWORK [--format yaml|xlsx] -o OUTPUT\n"
      "\n"
      "Writes a blank response to fill in:\n"
      "  yaml  every element with its prompt and level descriptors as comments, and\n"
      "        placeholders (FILL-IN) for the institution, profile, respondents, answers\n"
      "        and an optional sign-off. It validates once the blanks are filled.\n"
      "  xlsx  an Excel questionnaire: instructions, institution and respondents sheets,\n"
      "        a sheet per dimension with drop-down answers per respondent, sign-off.\n"
      "        Read it back with: maturity import QUESTIONNAIRE.xlsx -o RESPONSE.yaml\n"
      "  csv-map  a starting mapping for importing an online survey's CSV export:\n"
      "        maturity import SURVEY.csv --map MAPPING.yaml -o RESPONSE.yaml\n"
      "\n"
      "Options");
  visible.add_options()("framework,f", po::value<std::string>(), "the framework (required)")(
      "format", po::value<std::string>()->default_value("yaml"), "yaml, xlsx or csv-map")(
      "output,o", po::value<std::string>(), "the file to write (required)")(
      "lang", po::value<std::string>(),
      "language of the questionnaire or comments: en or cy (default: the framework's first)")(
      "respondents", po::value<int>()->default_value(6),
      "xlsx: answer columns per sheet, one per respondent (1-50)")("help,h", "show this help");
  auto parsed = ParseCommand(args, visible, "unexpected", out);
  if (!parsed) return kExitSuccess;
  po::variables_map& values = *parsed;
  if (values.count("unexpected")) throw UsageError("unexpected argument; use --framework and -o");
  if (!values.count("framework")) throw UsageError("--framework FRAMEWORK is required");
  if (!values.count("output")) throw UsageError("-o OUTPUT is required");
  std::string format = values["format"].as<std::string>();
  if (format != "yaml" && format != "xlsx" && format != "csv-map") {
    throw UsageError("--format " + format + ": expected yaml, xlsx or csv-map");
  }
  int respondents = values["respondents"].as<int>();
  if (respondents < 1 || respondents > 50) {
    throw UsageError("--respondents " + std::to_string(respondents) + ": expected 1 to 50");
  }
  std::string framework_path = values["framework"].as<std::string>();
  std::string output = values["output"].as<std::string>();
  CheckOutputs({{"-o", output}}, {framework_path});
  Diagnostics diagnostics;
  Framework framework = LoadFramework(framework_path, diagnostics);
  std::string language = OutputLanguage(values, framework);
  WarnOfFallbacks(framework, language, err);
  if (format == "yaml") {
    WriteTextOutput(output,
                    [&](std::ostream& file) { WriteResponseTemplate(framework, file, language); });
  } else if (format == "csv-map") {
    WriteTextOutput(
        output, [&](std::ostream& file) { WriteSurveyMappingTemplate(framework, language, file); });
  } else {
    QuestionnaireOptions options;
    options.language = language;
    options.respondents = respondents;
    options.created = WorkbookOptionsFromEnvironment().created;
    AtomicOutputs written;
    try {
      WriteQuestionnaireWorkbook(framework, options, written.Add(output));
      PauseBeforeCommitForTests();
      written.Commit();
    } catch (const std::runtime_error& error) {
      throw OutputError(error.what());
    }
  }
  out << "wrote " << output << "\n";
  return kExitSuccess;
}

/// The framework a questionnaire or mapping names: --framework, which must be that id
/// and version, or found by id@version on the framework search path.
Framework NamedFramework(const po::variables_map& values, const std::string& input,
                         const std::string& id, const std::string& version) {
  Diagnostics diagnostics;
  std::string reference = id + "@" + version;
  if (values.count("framework")) {
    std::string path = values["framework"].as<std::string>();
    Framework framework = LoadFramework(path, diagnostics);
    if (framework.id != id || framework.version != version) {
      throw InputError({input}, "",
                       "made for " + id + " " + version + ", but --framework " + path + " is " +
                           framework.id + " " + framework.version +
                           "; import it with the framework it was made for");
    }
    return framework;
  }
  std::string searched;
  auto path = ResolveFrameworkReference(reference, input, searched);
  if (!path) {
    throw UsageError(input + " was made for " + reference + ", which is not found (searched " +
                     searched + "); give it with --framework");
  }
  return LoadFramework(*path, diagnostics);
}

int RunImport(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description visible(
      "Usage: maturity import QUESTIONNAIRE.xlsx [--framework FRAMEWORK] -o RESPONSE.yaml\n"
      "       maturity import SURVEY.csv --map MAPPING.yaml [--framework FRAMEWORK]\n"
      "                       -o RESPONSE.yaml\n"
      "\n"
      "Reads a returned Excel questionnaire (from 'maturity template --format xlsx'), or\n"
      "an online survey's CSV export as a mapping file directs ('maturity template\n"
      "--format csv-map' writes one to start from), into a response file. The framework is\n"
      "the one named in the questionnaire or mapping: given with --framework, or found by\n"
      "its id and version on the framework search path. Every answer is placed or\n"
      "reported with its cell; nothing is dropped. The response is validated before it\n"
      "is written.\n"
      "\n"
      "Options");
  visible.add_options()("framework,f", po::value<std::string>(), "the framework")(
      "map", po::value<std::string>(), "the mapping file, for a CSV survey export")(
      "output,o", po::value<std::string>(), "the response to write (required)")("help,h",
                                                                                "show this help");
  auto parsed = ParseCommand(args, visible, "input", out);
  if (!parsed) return kExitSuccess;
  po::variables_map& values = *parsed;
  std::string input =
      Positionals(values, "input", 1, "give exactly one QUESTIONNAIRE.xlsx or SURVEY.csv").front();
  if (!values.count("output")) throw UsageError("-o RESPONSE.yaml is required");
  std::string output = values["output"].as<std::string>();
  std::vector<std::string> inputs = {input};
  if (values.count("framework")) inputs.push_back(values["framework"].as<std::string>());
  if (values.count("map")) inputs.push_back(values["map"].as<std::string>());
  CheckOutputs({{"-o", output}}, inputs);
  std::string extension = boost::algorithm::to_lower_copy(fs::path(input).extension().string());
  bool survey = values.count("map") > 0;
  if (!survey && extension == ".csv") {
    throw UsageError(input +
                     ": a survey export needs --map MAPPING.yaml (maturity template "
                     "--format csv-map writes one to start from)");
  }

  Framework framework;
  Response response;
  Diagnostics diagnostics;
  if (survey) {
    std::string map_path = values["map"].as<std::string>();
    std::string map_text = ReadInputFile(map_path);
    auto [id, version] = ReadSurveyMappingFramework(map_path, map_text);
    framework = NamedFramework(values, map_path, id, version);
    SurveyMapping mapping = ReadSurveyMapping(map_path, map_text, framework);
    response = ImportSurvey(input, ReadInputFile(input), mapping, framework);
  } else {
    XlsxWorkbook workbook = ReadQuestionnaireWorkbook(input);
    QuestionnaireIdentity identity = ReadQuestionnaireIdentity(input, workbook);
    framework = NamedFramework(values, input, identity.framework_id, identity.framework_version);
    response = ImportQuestionnaire(input, workbook, framework, diagnostics);
  }
  std::ostringstream text;
  WriteResponseYaml(response, framework, fs::path(input).filename().string(), text);
  // The loader checks what the importer built, as it will when the response is scored.
  ParseResponse(output + " (as imported)", text.str(), framework, diagnostics);
  PrintDiagnostics(diagnostics, err);
  WriteTextOutput(output, [&](std::ostream& file) { file << text.str(); });
  std::size_t answers = 0;
  for (const ElementAnswers& element : response.answers) answers += element.answers.size();
  out << "wrote " << output << ": " << response.respondents.size() << " respondent(s), " << answers
      << " answer(s) for " << response.answers.size() << " element(s)\n";
  return kExitSuccess;
}

}  // namespace

int RunMaturity(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  std::vector<std::string> args(argv + std::min(argc, 1), argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    out << kOverview;
    return args.empty() ? kExitUsage : kExitSuccess;
  }
  if (args[0] == "--version") {
    out << "maturity " << MATURITY_VERSION << "\n";
    return kExitSuccess;
  }
  const std::map<std::string,
                 std::function<int(const std::vector<std::string>&, std::ostream&, std::ostream&)>>
      commands = {{"validate", RunValidate}, {"score", RunScore},     {"sector", RunSector},
                  {"lint", RunLint},         {"docs", RunDocs},       {"diff", RunDiff},
                  {"show", RunShow},         {"migrate", RunMigrate}, {"template", RunTemplate},
                  {"import", RunImport}};
  std::string command = args[0];
  auto found = commands.find(command);
  if (found == commands.end()) {
    err << "maturity: error: unknown command '" << command << "'\n" << kOverview;
    return kExitUsage;
  }
  args.erase(args.begin());
  try {
    return found->second(args, out, err);
  } catch (const UsageError& error) {
    err << "maturity " << command << ": error: " << error.what() << "\n"
        << "Try 'maturity " << command << " --help'.\n";
    return kExitUsage;
  } catch (const InputError& error) {
    PrintDiagnostics(error.diagnostics(), err);
    return kExitInvalidInput;
  } catch (const OutputError& error) {
    err << "maturity " << command << ": error: " << error.what() << "\n";
    return kExitOutputFailed;
  }
}

}  // namespace maturity
