#include "cli/commands.h"

#include <unistd.h>

#include <algorithm>
#include <boost/algorithm/string.hpp>
#include <boost/program_options.hpp>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "app/errors.h"
#include "app/framework_input.h"
#include "app/import_run.h"
#include "app/output_set.h"
#include "app/score_run.h"
#include "app/sector_run.h"
#include "app/templates.h"
#include "common/messages.h"
#include "common/strings.h"
#include "engine/framework_loader.h"
#include "engine/input_file.h"
#include "engine/lint.h"
#include "engine/migration.h"
#include "engine/progress.h"
#include "engine/response_loader.h"
#include "engine/value_formats.h"
#include "reports/framework_diff_text.h"
#include "reports/framework_document.h"
#include "reports/framework_yaml.h"
#include "reports/scorecard_text.h"
#include "reports/sector_text.h"

namespace maturity {

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace {

constexpr const char* kOverview =
    "maturity: self-assessment against maturity frameworks\n"
    "\n"
    "Usage: maturity COMMAND [OPTIONS] [FILES]\n"
    "\n"
    "Commands:\n"
    "  validate  check framework and response files and report every problem\n"
    "  score     score one institution's response: summary, Excel scorecard, JSON\n"
    "  report    write one institution's published report: a bilingual HTML page\n"
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

/// The value of option `name`, if given.
std::optional<std::string> Optional(const po::variables_map& values, const char* name) {
  if (!values.count(name)) return std::nullopt;
  return values[name].as<std::string>();
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
    try {
      framework = LoadFrameworkReporting(path, err);
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

/// The options `score` and `report` share, read into a request: one response scored with
/// its framework, last period, a benchmark and the date overdue actions are judged at.
ScoreRequest ReadScoreRequest(po::variables_map& values, const std::string& verb) {
  if (!values.count("framework")) throw UsageError("--framework FRAMEWORK is required");
  if (!values.count("response")) throw UsageError("give the RESPONSE file to " + verb);
  auto responses = values["response"].as<std::vector<std::string>>();
  if (responses.size() != 1) {
    throw UsageError("give exactly one RESPONSE file (got " + std::to_string(responses.size()) +
                     ")");
  }
  ScoreRequest request;
  request.framework = values["framework"].as<std::string>();
  request.response = responses.front();
  request.benchmark = Optional(values, "benchmark");
  request.json = Optional(values, "json");
  request.as_of = Optional(values, "as-of");
  request.previous = Optional(values, "previous");
  request.previous_framework = Optional(values, "previous-framework");
  if (request.previous_framework && !request.previous) {
    throw UsageError("--previous-framework needs --previous");
  }
  return request;
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
      "gaps", po::value<int>()->default_value(5), "how many top gaps the summary lists")(
      "previous", po::value<std::string>(),
      "last period's response or JSON result: show the change since then")(
      "previous-framework", po::value<std::string>(),
      "the framework last period's response names (default: found as import finds it)")(
      "as-of", po::value<std::string>(),
      "judge agreed actions overdue at this date, YYYY-MM-DD (default: the latest sign-off)")(
      "lang", po::value<std::string>(),
      "language of the workbook and summary: en or cy (default: the framework's first)")(
      "quiet,q", "print no summary")("help,h", "show this help");
  auto parsed = ParseCommand(args, visible, "response", out);
  if (!parsed) return kExitSuccess;
  po::variables_map& values = *parsed;
  ScoreRequest request = ReadScoreRequest(values, "score");
  if (values["gaps"].as<int>() < 0) {
    throw UsageError("--gaps " + std::to_string(values["gaps"].as<int>()) + ": expected 0 or more");
  }
  request.language = Optional(values, "lang");
  request.workbook = Optional(values, "output");
  request.summary = !values.count("quiet");

  ScoreRun run(request, err);
  for (const std::string& warning : run.WriteOutputs()) err << warning << "\n";
  if (request.summary) {
    WriteScorecardText(run.card(), out, static_cast<std::size_t>(values["gaps"].as<int>()),
                       run.benchmark(), run.language());
  }
  for (const OutputFile& file : run.outputs()) err << "wrote " << file.path << "\n";
  return kExitSuccess;
}

int RunReport(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description visible(
      "Usage: maturity report --framework FRAMEWORK RESPONSE -o REPORT.html\n"
      "                       [--lang en|cy|en+cy] [--previous LAST] [--benchmark B]\n"
      "\n"
      "Writes the institution's published partnership report: one self-contained HTML page\n"
      "(charts drawn in it, nothing fetched) that prints cleanly on A4, in English, Welsh or\n"
      "both. It holds the headline result, each dimension against its target, the largest\n"
      "gaps with their next steps, where the two sides differ, the agreed actions, the\n"
      "sign-off with any statement in full, and a note on the method (docs/report.md).\n"
      "\n"
      "Options");
  visible.add_options()("framework,f", po::value<std::string>(), "the framework file (required)")(
      "output,o", po::value<std::string>(), "write the report here (.html; required)")(
      "lang", po::value<std::string>(),
      "en, cy, or both in one document in the order given: en+cy or cy+en (default: the "
      "framework's first language)")(
      "previous", po::value<std::string>(),
      "last period's response or JSON result: show the change since then")(
      "previous-framework", po::value<std::string>(),
      "the framework last period's response names (default: found as import finds it)")(
      "benchmark", po::value<std::string>(),
      "compare with a sector benchmark written by 'maturity sector --benchmark-out'")(
      "as-of", po::value<std::string>(),
      "judge agreed actions overdue at this date, YYYY-MM-DD (default: the latest sign-off)")(
      "json", po::value<std::string>(), "also write the JSON result here")("help,h",
                                                                           "show this help");
  auto parsed = ParseCommand(args, visible, "response", out);
  if (!parsed) return kExitSuccess;
  po::variables_map& values = *parsed;
  ScoreRequest request = ReadScoreRequest(values, "report on");
  if (!values.count("output")) throw UsageError("-o REPORT.html is required");
  request.report = Optional(values, "output");
  request.report_languages = Optional(values, "lang");
  request.summary = false;
  ScoreRun run(request, err);
  for (const std::string& warning : run.WriteOutputs()) err << warning << "\n";
  for (const OutputFile& file : run.outputs()) err << "wrote " << file.path << "\n";
  return kExitSuccess;
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
      "anonymise-key", po::value<std::string>(),
      "derive the codes from the secret key in this file, made (mode 0600) when absent: the "
      "same key gives the same codes every run and year (default: a new random key)")(
      "as-of", po::value<std::string>(),
      "today's date, YYYY-MM-DD: responses for a later period are set aside, and agreed "
      "actions are judged overdue at it (default: today; overdue at the latest sign-off)")(
      "skip-invalid", "leave invalid files out (listed in the output and on stderr)")(
      "benchmark-out", po::value<std::string>(),
      "write the published aggregates for 'maturity score --benchmark'")(
      "report", po::value<std::string>(),
      "write the published sector report here: one self-contained HTML page (.html)")(
      "report-lang", po::value<std::string>(),
      "the report's language: en, cy, or both in the order given, en+cy or cy+en "
      "(default: --lang)")("jobs,j", po::value<unsigned>()->default_value(0),
                           "files read and scored at once (default 0: one per core)")(
      "lang", po::value<std::string>(),
      "language of the workbook and summary: en or cy (default: the framework's first)")(
      "quiet,q", "print no summary")("help,h", "show this help");
  auto parsed = ParseCommand(args, visible, "input", out);
  if (!parsed) return kExitSuccess;
  po::variables_map& values = *parsed;
  if (!values.count("framework")) throw UsageError("--framework FRAMEWORK is required");
  if (!values.count("input")) throw UsageError("give at least one response file or folder");
  SectorRequest request;
  request.framework = values["framework"].as<std::string>();
  request.inputs = values["input"].as<std::vector<std::string>>();
  request.options.min_group_size = values["min-group-size"].as<int>();
  if (values.count("group-by")) {
    for (const std::string& list : values["group-by"].as<std::vector<std::string>>()) {
      std::vector<std::string> fields;
      boost::split(fields, list, boost::is_any_of(","));
      for (std::string& field : fields) {
        boost::trim(field);
        if (!field.empty()) request.options.group_by.push_back(field);
      }
    }
  }
  request.anonymise = values.count("anonymise") || values.count("anonymize");
  request.anonymise_key = Optional(values, "anonymise-key");
  request.as_of = Optional(values, "as-of");
  request.skip_invalid = values.count("skip-invalid") > 0;
  request.jobs = values["jobs"].as<unsigned>();
  request.language = Optional(values, "lang");
  request.workbook = Optional(values, "output");
  request.json = Optional(values, "json");
  request.benchmark_out = Optional(values, "benchmark-out");
  request.report = Optional(values, "report");
  request.report_languages = Optional(values, "report-lang");
  if (request.report_languages && !request.report) throw UsageError("--report-lang needs --report");
  request.summary = !values.count("quiet");
  request.progress = isatty(STDERR_FILENO) && !std::getenv("CI");

  SectorRun run(request, err);
  for (const std::string& warning : run.WriteOutputs()) err << warning << "\n";
  if (request.summary) WriteSectorText(run.report(), run.output_options(), out);
  for (const OutputFile& file : run.outputs()) err << "wrote " << file.path << "\n";
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
    try {
      Framework framework = LoadFrameworkReporting(file, err);
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
  Framework framework;
  std::string language;
  OutputSet outputs({framework_path});
  outputs.Declare({"-o", path}, OutputSet::Text([&](std::ostream& file) {
                    std::vector<DocumentBlock> blocks = DescribeFramework(framework, language);
                    if (extension == ".md") {
                      WriteMarkdown(blocks, file);
                    } else {
                      WriteHtml(blocks, framework.title.In(language) + " " + framework.version,
                                file, language);
                    }
                  }));
  framework = LoadFrameworkReporting(framework_path, err);
  outputs.ProtectInputs(framework.sources);
  language = OutputLanguage(Optional(values, "lang"), framework);
  WarnOfFallbacks(framework, language, err);
  for (const std::string& warning : outputs.Commit()) err << warning << "\n";
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
  Framework old_framework = LoadFrameworkReporting(paths[0], err);
  Framework new_framework = LoadFrameworkReporting(paths[1], err);
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
  Framework framework =
      LoadFrameworkReporting(values["framework"].as<std::vector<std::string>>().front(), err);
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
  std::string migrated;
  OutputSet outputs({framework_path, response_path});
  outputs.Declare({"-o", output}, OutputSet::Text([&](std::ostream& file) { file << migrated; }));
  Framework framework = LoadFrameworkReporting(framework_path, err);
  outputs.ProtectInputs(framework.sources);
  Diagnostics diagnostics;
  MigrationOptions options;
  options.comment_out_uncarried = values.count("comment-out-uncarried") > 0;
  migrated =
      MigrateResponse(response_path, ReadInputFile(response_path), framework, options, diagnostics);
  PrintDiagnostics(diagnostics, err);
  for (const std::string& warning : outputs.Commit()) err << warning << "\n";
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
      "xlsx: answer columns per sheet, one per respondent (1-50)")(
      "from", po::value<std::string>(),
      "start from last period's response: institution, profile, respondents and open "
      "actions carried")(
      "from-framework", po::value<std::string>(),
      "the framework last period's response names (default: found as import finds it)")(
      "period", po::value<std::string>(), "with --from: this period, e.g. 2026-27")(
      "with-answers", "with --from: show last period's answers as comments, to review")(
      "help,h", "show this help");
  auto parsed = ParseCommand(args, visible, "unexpected", out);
  if (!parsed) return kExitSuccess;
  po::variables_map& values = *parsed;
  if (values.count("unexpected")) throw UsageError("unexpected argument; use --framework and -o");
  if (!values.count("framework")) throw UsageError("--framework FRAMEWORK is required");
  if (!values.count("output")) throw UsageError("-o OUTPUT is required");
  std::string format_name = values["format"].as<std::string>();
  std::optional<TemplateFormat> format = ParseTemplateFormat(format_name);
  if (!format) {
    throw UsageError("--format " + format_name + ": expected " +
                     JoinAsList(TemplateFormatNames(), "or"));
  }
  int respondents = values["respondents"].as<int>();
  if (respondents < 1 || respondents > 50) {
    throw UsageError("--respondents " + std::to_string(respondents) + ": expected 1 to 50");
  }
  std::string framework_path = values["framework"].as<std::string>();
  std::string output = values["output"].as<std::string>();
  std::optional<std::string> from = Optional(values, "from");
  for (const char* needs_from : {"from-framework", "period", "with-answers"}) {
    if (values.count(needs_from) && !from) {
      throw UsageError(std::string("--") + needs_from + " needs --from");
    }
  }
  if (from && *format == TemplateFormat::kCsvMap) {
    throw UsageError("--from starts a response template (--format yaml or xlsx), not a mapping");
  }
  std::optional<std::string> period = Optional(values, "period");
  if (period && !ParsePeriod(*period)) {
    throw UsageError("--period " + *period + ": expected " + kPeriodForms);
  }
  Framework framework;
  TemplateOptions options;
  options.respondents = respondents;
  std::vector<std::string> inputs = {framework_path};
  if (from) inputs.push_back(*from);
  if (values.count("from-framework")) inputs.push_back(values["from-framework"].as<std::string>());
  OutputSet outputs(inputs);
  outputs.Declare({"-o", output}, [&](const std::string& path) {
    return TemplateWriter(*format, framework, options)(path);
  });
  framework = LoadFrameworkReporting(framework_path, err);
  outputs.ProtectInputs(framework.sources);
  options.language = OutputLanguage(Optional(values, "lang"), framework);
  WarnOfFallbacks(framework, options.language, err);
  std::optional<NamedResponse> previous;
  if (from) {
    previous = LoadResponseWithItsFramework(*from, ReadInputFile(*from),
                                            Optional(values, "from-framework"), err);
    if (period) CheckPeriodFollows(previous->response, *period);
    options.previous = &previous->response;
    // Every one of last period's people gets an answer column.
    options.respondents =
        std::max(options.respondents, static_cast<int>(previous->response.respondents.size()));
    options.period = period.value_or("");
    options.with_answers = values.count("with-answers") > 0;
  }
  for (const std::string& warning : outputs.Commit()) err << warning << "\n";
  out << "wrote " << output << "\n";
  return kExitSuccess;
}

int RunImportCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
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
  ImportRequest request;
  request.input = input;
  request.framework = Optional(values, "framework");
  request.map = Optional(values, "map");
  request.output = values["output"].as<std::string>();
  ImportCounts counts = RunImport(request, err);
  out << "wrote " << request.output << ": " << counts.respondents << " respondent(s), "
      << counts.answers << " answer(s) for " << counts.elements << " element(s)\n";
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
      commands = {{"validate", RunValidate}, {"score", RunScore},         {"report", RunReport},
                  {"sector", RunSector},     {"lint", RunLint},           {"docs", RunDocs},
                  {"diff", RunDiff},         {"show", RunShow},           {"migrate", RunMigrate},
                  {"template", RunTemplate}, {"import", RunImportCommand}};
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
  } catch (const RefusedError& error) {
    err << "maturity " << command << ": " << error.what() << "\n";
    return kExitInvalidInput;
  } catch (const OutputError& error) {
    err << "maturity " << command << ": error: " << error.what() << "\n";
    return kExitOutputFailed;
  }
}

}  // namespace maturity
