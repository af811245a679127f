#include "cli/commands.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "app/authoring.h"
#include "app/collect_run.h"
#include "app/errors.h"
#include "app/import_run.h"
#include "app/score_run.h"
#include "app/sector_run.h"
#include "app/templates.h"
#include "app/validate_run.h"
#include "cli/options.h"
#include "common/messages.h"
#include "common/strings.h"
#include "common/terminal.h"

namespace maturity {

namespace {

/// `wrote FILE` in `language` (`ysgrifennwyd FILE`).
std::string WroteText(const std::string& output, const std::string& language = "en") {
  return Messages::For(language)("cli.wrote", {output});
}

/// Says on `out` that the command's one output was written (with `about` it, if anything),
/// and gives the success exit code: how every command with a single output ends.
int Wrote(std::ostream& out, const std::string& output, const std::string& about = "",
          const std::string& language = "en") {
  out << WroteText(output, language) << about << "\n";
  return kExitSuccess;
}

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
    "  serve     answer and coordinate online: a web server with its store in DIR\n"
    "  collect   run online assessments from the command line: create, invite, status,\n"
    "            close, export, backup\n"
    "\n"
    "Run 'maturity COMMAND --help' for a command's options.\n"
    "Exit codes: 0 success, 1 invalid input, 2 usage error, 3 output not written.\n";

using Command = std::function<int(const std::vector<std::string>&, std::ostream&, std::ostream&)>;

int ValidateCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  CommandOptions options(
      "Usage: maturity validate FILE... [--framework FRAMEWORK]\n"
      "\n"
      "Checks framework files, or with --framework, response files against their\n"
      "framework. Every problem is reported as file:line:column: error: key: message.\n"
      "Exit code 0 when every file is valid, 1 when any is not.\n"
      "\n"
      "Options",
      "file");
  options.Add()("framework,f", po::value<std::string>(),
                "validate FILEs as responses to this framework")("help,h", "show this help");
  options.Required("file", "give at least one FILE to validate");
  auto values = options.Parse(args, out);
  if (!values) return kExitSuccess;
  ValidateRequest request{values->Positionals(), values->Optional("framework")};
  return RunValidate(request, out, err) ? kExitSuccess : kExitInvalidInput;
}

/// --framework for a command that reads one response: a file, an id, or none.
void AddResponseFrameworkOption(CommandOptions& options) {
  options.Add()(
      "framework,f", po::value<std::string>(),
      "the framework: a file, or an id or id@version (default: the one the response names)");
}

void AddBenchmarkOption(CommandOptions& options) {
  options.Add()("benchmark", po::value<std::string>(),
                "compare with a sector benchmark written by 'maturity sector --benchmark-out'");
}

constexpr const char* kAsOfHelp =
    "judge agreed actions overdue at this date, YYYY-MM-DD (default: the latest sign-off)";

/// --previous and --previous-framework (last period), and with `as_of`, --as-of after them.
void AddLastPeriodOptions(CommandOptions& options, bool as_of = true) {
  options.Add()("previous", po::value<std::string>(),
                "last period's response or JSON result: show the change since then")(
      "previous-framework", po::value<std::string>(),
      "the framework last period's response names (default: found as import finds it)");
  if (as_of) options.Add()("as-of", po::value<std::string>(), kAsOfHelp);
}

/// The options `score` and `report` share, read into a request: one response scored with
/// its framework, last period, a benchmark and the date overdue actions are judged at.
void DeclareScoreRules(CommandOptions& options, const std::string& verb) {
  options.Required("response", "give the RESPONSE file to " + verb)
      .Positionals(1, "give exactly one RESPONSE file (got {count})")
      .Needs("previous-framework", "previous");
}

ScoreRequest ReadScoreRequest(const OptionValues& values) {
  ScoreRequest request;
  request.framework = values.Optional("framework");
  request.response = values.Positionals().front();
  request.benchmark = values.Optional("benchmark");
  request.json = values.Optional("json");
  request.as_of = values.Optional("as-of");
  request.previous = values.Optional("previous");
  request.previous_framework = values.Optional("previous-framework");
  return request;
}

int ScoreCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  CommandOptions options(
      "Usage: maturity score [--framework FRAMEWORK] RESPONSE [-o SCORECARD.xlsx]\n"
      "                      [--json RESULT.json]\n"
      "\n"
      "Scores one institution's response: prints a summary (overall level, dimensions,\n"
      "top gaps, perception gaps) and writes the Excel scorecard and/or the JSON result.\n"
      "Outputs are written whole or not at all; an input is never overwritten.\n"
      "\n"
      "Options",
      "response");
  AddResponseFrameworkOption(options);
  options.Add()("output,o", po::value<std::string>(), "write the Excel scorecard here (.xlsx)")(
      "json", po::value<std::string>(), "write the result as JSON here");
  AddBenchmarkOption(options);
  options.Add()("gaps", po::value<int>()->default_value(5), "how many top gaps the summary lists");
  AddLastPeriodOptions(options);
  options.Add()("lang", po::value<std::string>(),
                "language of the workbook and summary: en or cy (default: the framework's first)")(
      "quiet,q", "print no summary")("help,h", "show this help");
  DeclareScoreRules(options, "score");
  options.InRange("gaps", 0, std::nullopt);
  auto values = options.Parse(args, out);
  if (!values) return kExitSuccess;
  ScoreRequest request = ReadScoreRequest(*values);
  request.language = values->Optional("lang");
  request.workbook = values->Optional("output");
  request.summary = !values->Has("quiet");

  ScoreRun run(request, err);
  for (const std::string& warning : run.WriteOutputs()) err << warning << "\n";
  if (request.summary) run.WriteSummary(out, static_cast<std::size_t>(values->Get<int>("gaps")));
  for (const OutputFile& file : run.outputs()) err << WroteText(file.path, run.language()) << "\n";
  return kExitSuccess;
}

int ReportCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  CommandOptions options(
      "Usage: maturity report [--framework FRAMEWORK] RESPONSE -o REPORT.html\n"
      "                       [--lang en|cy|en+cy] [--previous LAST] [--benchmark B]\n"
      "\n"
      "Writes the institution's published partnership report: one self-contained HTML page\n"
      "(charts drawn in it, nothing fetched) that prints cleanly on A4, in English, Welsh or\n"
      "both. It holds the headline result, each dimension against its target, the highest\n"
      "priorities with their next steps, where the two sides differ, the agreed actions, the\n"
      "sign-off with any statement in full, and a note on the method (docs/report.md).\n"
      "\n"
      "Options",
      "response");
  AddResponseFrameworkOption(options);
  options.Add()("output,o", po::value<std::string>(), "write the report here (.html; required)")(
      "lang", po::value<std::string>(),
      "en, cy, or both in one document in the order given: en+cy or cy+en (default: the "
      "framework's first language)");
  AddLastPeriodOptions(options, /*as_of=*/false);
  AddBenchmarkOption(options);
  options.Add()("as-of", po::value<std::string>(), kAsOfHelp)(
      "json", po::value<std::string>(), "also write the JSON result here")("help,h",
                                                                           "show this help");
  DeclareScoreRules(options, "report on");
  options.Required("output", "-o REPORT.html is required");
  auto values = options.Parse(args, out);
  if (!values) return kExitSuccess;
  ScoreRequest request = ReadScoreRequest(*values);
  request.report = values->Optional("output");
  request.report_languages = values->Optional("lang");
  request.summary = false;
  ScoreRun run(request, err);
  for (const std::string& warning : run.WriteOutputs()) err << warning << "\n";
  // Said in the report's (first) language.
  const std::string language =
      request.report_languages ? request.report_languages->substr(0, 2) : run.language();
  for (const OutputFile& file : run.outputs()) err << WroteText(file.path, language) << "\n";
  return kExitSuccess;
}

int SectorCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  CommandOptions options(
      "Usage: maturity sector --framework FRAMEWORK INPUT... [-o SECTOR.xlsx]\n"
      "                       [--json SECTOR.json] [--group-by FIELD,...] [--anonymise]\n"
      "       maturity sector --framework FRAMEWORK --data DIR --period P [...]\n"
      "\n"
      "Scores every response (each INPUT is a response file or a folder searched\n"
      "recursively) with the same engine as 'score' and compares them: distributions,\n"
      "peer groups, the elements that most need support, management against trade union\n"
      "views, and trends across periods. By default any invalid file stops the run and\n"
      "nothing is written.\n"
      "\n"
      "Options",
      "input");
  options.Add()("framework,f", po::value<std::string>(),
                "the framework file, or its id or id@version (required)")(
      "output,o", po::value<std::string>(), "write the sector workbook here (.xlsx)")(
      "json", po::value<std::string>(), "write the statistics as JSON here")(
      "group-by", po::value<std::vector<std::string>>()->composing(),
      "peer groups by profile fields, e.g. sector,staff (integers by their bands)")(
      "min-group-size", po::value<int>()->default_value(5),
      "suppress groups with fewer institutions than this")(
      "wide-perception-gap", po::value<double>(),
      "flag self-assessments whose sides are this far apart overall (default: the upper "
      "quartile of the run's, at least the framework's divergence_threshold)")(
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
  options.Add()("data", po::value<std::string>(),
                "instead of files: the store of 'maturity serve', its assessments closed for "
                "answering up to --period")(
      "database", po::value<std::string>(), "instead of --data: a PostgreSQL store, postgresql://...")(
      "period", po::value<std::string>(), "with --data or --database: the latest period to compare");
  options.Required("framework", "--framework FRAMEWORK is required")
      .Needs("report-lang", "report");
  auto values = options.Parse(args, out);
  if (!values) return kExitSuccess;
  SectorRequest request;
  request.framework = values->Get<std::string>("framework");
  request.inputs = values->Positionals();
  request.store = values->Has("database") ? values->Optional("database") : values->Optional("data");
  request.period = values->Optional("period");
  request.options.min_group_size = values->Get<int>("min-group-size");
  request.options.group_by = values->CommaList("group-by");
  if (values->Has("wide-perception-gap")) {
    request.options.wide_perception_gap = values->Get<double>("wide-perception-gap");
  }
  request.anonymise = values->Has("anonymise") || values->Has("anonymize");
  request.anonymise_key = values->Optional("anonymise-key");
  request.as_of = values->Optional("as-of");
  request.skip_invalid = values->Has("skip-invalid");
  request.jobs = values->Get<unsigned>("jobs");
  request.language = values->Optional("lang");
  request.workbook = values->Optional("output");
  request.json = values->Optional("json");
  request.benchmark_out = values->Optional("benchmark-out");
  request.report = values->Optional("report");
  request.report_languages = values->Optional("report-lang");
  request.summary = !values->Has("quiet");
  request.progress = isatty(STDERR_FILENO) && !std::getenv("CI");

  SectorRun run(request, err);
  for (const std::string& warning : run.WriteOutputs()) err << warning << "\n";
  if (request.summary) run.WriteSummary(out);
  for (const OutputFile& file : run.outputs()) {
    err << WroteText(file.path, run.output_options().language) << "\n";
  }
  return kExitSuccess;
}

int LintCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  CommandOptions options(
      "Usage: maturity lint FRAMEWORK... [--strict]\n"
      "\n"
      "Validates each framework, then looks for what its authors would want to fix:\n"
      "levels without descriptors, elements without prompts or actions, bands that leave\n"
      "a level unreachable, weights that make an element count for almost nothing,\n"
      "duplicate titles, profile fields never used, targets no institution can reach,\n"
      "missing translations. Exit code 1 on errors (and on warnings with --strict).\n"
      "\n"
      "Options",
      "file");
  options.Add()("strict", "treat warnings as errors")("help,h", "show this help");
  options.Required("file", "give at least one FRAMEWORK to lint");
  auto values = options.Parse(args, out);
  if (!values) return kExitSuccess;
  return RunLint(values->Positionals(), values->Has("strict"), out, err) ? kExitSuccess
                                                                         : kExitInvalidInput;
}

int DocsCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  CommandOptions options(
      "Usage: maturity docs FRAMEWORK -o FRAMEWORK.html|FRAMEWORK.md\n"
      "\n"
      "Publishes a framework for the people who will answer it: the scale, every\n"
      "dimension and element with its prompt and level descriptors, measures and\n"
      "checklists, where each applies, targets, and how answers are scored.\n"
      "\n"
      "Options",
      "framework");
  options.Add()("output,o", po::value<std::string>(), "the document to write (.html or .md)")(
      "lang", po::value<std::string>(),
      "language of the document: en or cy (default: the framework's first)")("help,h",
                                                                             "show this help");
  options.Positionals(1, "give exactly one FRAMEWORK")
      .Required("output", "-o FILE.html or -o FILE.md is required");
  auto values = options.Parse(args, out);
  if (!values) return kExitSuccess;
  DocsRequest request{values->Positionals().front(), values->Get<std::string>("output"),
                      values->Optional("lang")};
  std::string language = RunDocs(request, err);
  return Wrote(out, request.output, "", language);
}

int DiffCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  CommandOptions options(
      "Usage: maturity diff OLD NEW\n"
      "\n"
      "Lists added, removed, renamed (by renamed_from) and changed elements of two\n"
      "frameworks, and what changed: weights, targets, bands, descriptors, actions,\n"
      "applicability, dimensions, scale and target rules. Exit code 0.\n"
      "\n"
      "Options",
      "framework");
  options.Add()("help,h", "show this help");
  options.Positionals(2, "give the OLD and the NEW framework");
  auto values = options.Parse(args, out);
  if (!values) return kExitSuccess;
  RunDiff(values->Positionals()[0], values->Positionals()[1], out, err);
  return kExitSuccess;
}

int ShowCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  CommandOptions options(
      "Usage: maturity show FRAMEWORK\n"
      "\n"
      "Prints the framework fully resolved, with every extends, removal, override and\n"
      "addition applied, as YAML that maturity reads back unchanged.\n"
      "\n"
      "Options",
      "framework");
  options.Add()("help,h", "show this help");
  options.Positionals(1, "give exactly one FRAMEWORK");
  auto values = options.Parse(args, out);
  if (!values) return kExitSuccess;
  RunShow(values->Positionals().front(), out, err);
  return kExitSuccess;
}

int MigrateCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  CommandOptions options(
      "Usage: maturity migrate --framework NEW RESPONSE -o NEW_RESPONSE\n"
      "                        [--comment-out-uncarried]\n"
      "\n"
      "Carries a response over to a new version of its framework: updates\n"
      "framework_version, moves answers to renamed elements (renamed_from) to their new\n"
      "ids, and keeps everything else as written. Answers to elements the new version\n"
      "no longer has are reported and nothing is written, unless they are kept as\n"
      "comments with --comment-out-uncarried. The result is validated before it is written.\n"
      "\n"
      "Options",
      "response");
  options.Add()("framework,f", po::value<std::string>(),
                "the new framework file, or its id or id@version (required)")(
      "output,o", po::value<std::string>(), "the migrated response (required)")(
      "comment-out-uncarried", "keep answers that cannot be carried as comments")("help,h",
                                                                                  "show this help");
  options.Required("framework", "--framework NEW is required")
      .Required("output", "-o NEW_RESPONSE is required")
      .Positionals(1, "give exactly one RESPONSE");
  auto values = options.Parse(args, out);
  if (!values) return kExitSuccess;
  MigrateRequest request{values->Get<std::string>("framework"), values->Positionals().front(),
                         values->Get<std::string>("output"), values->Has("comment-out-uncarried")};
  std::string framework = RunMigrate(request, err);
  return Wrote(out, request.output, " for " + framework);
}

int TemplateCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  CommandOptions options(
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
      "Options",
      "unexpected");
  options.Add()("framework,f", po::value<std::string>(),
                "the framework file, or its id or id@version (required)")(
      "format", po::value<std::string>(),
      "yaml, xlsx or csv-map (default: xlsx for an OUTPUT named .xlsx, yaml otherwise)")(
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
  options.NoPositionals("unexpected argument; use --framework and -o")
      .Required("framework", "--framework FRAMEWORK is required")
      .Required("output", "-o OUTPUT is required")
      .InRange("respondents", 1, 50)
      .Needs("from-framework", "from")
      .Needs("period", "from")
      .Needs("with-answers", "from");
  auto values = options.Parse(args, out);
  if (!values) return kExitSuccess;
  TemplateRequest request;
  request.framework = values->Get<std::string>("framework");
  request.format = values->Optional("format");
  request.output = values->Get<std::string>("output");
  request.language = values->Optional("lang");
  request.respondents = values->Get<int>("respondents");
  request.from = values->Optional("from");
  request.from_framework = values->Optional("from-framework");
  request.period = values->Optional("period");
  request.with_answers = values->Has("with-answers");
  std::string language = RunTemplate(request, err);
  return Wrote(out, request.output, "", language);
}

int ImportCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  CommandOptions options(
      "Usage: maturity import QUESTIONNAIRE.xlsx [--framework FRAMEWORK] -o RESPONSE.yaml\n"
      "       maturity import SURVEY.csv --map MAPPING.yaml [--framework FRAMEWORK]\n"
      "                       -o RESPONSE.yaml\n"
      "       maturity import INPUT... -o FOLDER\n"
      "\n"
      "Reads a returned Excel questionnaire (from 'maturity template --format xlsx'), or\n"
      "an online survey's CSV export as a mapping file directs ('maturity template\n"
      "--format csv-map' writes one to start from), into a response file. The framework is\n"
      "the one named in the questionnaire or mapping: given with --framework, or found by\n"
      "its id and version on the framework search path. Every answer is placed or\n"
      "reported with its cell; nothing is dropped. The response is validated before it\n"
      "is written. Several inputs are written to the folder -o names, each as NAME.yaml:\n"
      "all of them, or none when any input has a problem.\n"
      "\n"
      "Options",
      "input");
  options.Add()("framework,f", po::value<std::string>(), "the framework")(
      "map", po::value<std::string>(), "the mapping file, for CSV survey exports")(
      "output,o", po::value<std::string>(),
      "the response to write, or the folder for several (required)")("help,h", "show this help");
  options.Required("output", "-o RESPONSE.yaml is required");
  auto values = options.Parse(args, out);
  if (!values) return kExitSuccess;
  ImportRequest request;
  request.inputs = values->Positionals();
  if (request.inputs.empty()) {
    throw UsageError("give at least one QUESTIONNAIRE.xlsx or SURVEY.csv");
  }
  request.framework = values->Optional("framework");
  request.map = values->Optional("map");
  request.output = values->Get<std::string>("output");
  for (const ImportCounts& counts : RunImport(request, err)) {
    Wrote(out, counts.output,
          ": " + CountOf(counts.respondents, "respondent", "respondents") + ", " +
              CountOf(counts.answers, "answer", "answers") + " for " +
              CountOf(counts.elements, "element", "elements") +
              (request.inputs.size() > 1 ? " from " + counts.input : ""));
  }
  return kExitSuccess;
}

/// `--data DIR` (SQLite) or `--database postgresql://...`: where the store is.
void DeclareStore(CommandOptions& options) {
  options.Add()("data", po::value<std::string>(), "the folder of the SQLite store")(
      "database", po::value<std::string>(),
      "instead of --data: a PostgreSQL store, postgresql://USER@HOST/DATABASE (docs/serve.md)");
}

std::string StoreLocation(const OptionValues& values) {
  if (values.Has("data") && values.Has("database")) {
    throw UsageError("give --data DIR or --database URL, not both");
  }
  if (values.Has("database")) {
    std::string url = values.Get<std::string>("database");
    if (url.rfind("postgresql://", 0) != 0 && url.rfind("postgres://", 0) != 0) {
      throw UsageError("--database: expected postgresql://..., got '" + url + "'");
    }
    return url;
  }
  if (!values.Has("data")) throw UsageError("--data DIR (or --database URL) is required");
  return values.Get<std::string>("data");
}

int ServeCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  CommandOptions options(
      "Usage: maturity serve --data DIR | --database URL [--listen 127.0.0.1:8080]\n"
      "                      [--base-url URL] [--smtp URL --mail-from ADDRESS]\n"
      "\n"
      "Serves online answering (docs/serve.md): each respondent answers through a personal\n"
      "link, each side's coordinator follows its side, and the two sides answer blind until\n"
      "answering closes. The store is an SQLite file in DIR, created on first start. Stops\n"
      "cleanly on SIGTERM or Ctrl-C, letting requests in flight finish.\n"
      "\n"
      "Options",
      "");
  DeclareStore(options);
  options.Add()(
      "listen", po::value<std::string>()->default_value("127.0.0.1:8080"),
      "ADDRESS:PORT to listen on (port 0: any free port); loopback unless exposed on purpose")(
      "base-url", po::value<std::string>(),
      "the address people reach the server at, for the links (default: http://LISTEN); "
      "https:// makes the session cookie Secure")(
      "threads", po::value<int>()->default_value(2), "threads serving requests")(
      "smtp", po::value<std::string>(),
      "the institution's mail server, smtp://HOST:PORT: coordinators can send reminders")(
      "mail-from", po::value<std::string>(), "the sender's address of that mail")(
      "help,h", "show this help");
  options.NoPositionals("serve takes no FILE");
  options.Needs("smtp", "mail-from").Needs("mail-from", "smtp");
  options.InRange("threads", 1, 64);
  auto values = options.Parse(args, out);
  if (!values) return kExitSuccess;
  ServeRequest request;
  request.data = StoreLocation(*values);
  request.listen = values->Get<std::string>("listen");
  request.base_url = values->Optional("base-url");
  request.threads = values->Get<int>("threads");
  request.smtp = values->Optional("smtp");
  request.mail_from = values->Optional("mail-from");
  RunServe(request, out, err);
  return kExitSuccess;
}

constexpr const char* kCollectOverview =
    "Usage: maturity collect ACTION --data DIR ...\n"
    "\n"
    "Runs online assessments in the store of 'maturity serve' (docs/serve.md):\n"
    "  create   a new assessment; prints its id and one coordinator link per side\n"
    "  invite   a respondent; prints their personal link\n"
    "  revoke   end a respondent's link\n"
    "  status   who has saved, submitted, and how much they answered\n"
    "  close    close answering (refused while someone invited has not submitted)\n"
    "  export   the response in the documented format, once answering has closed\n"
    "  backup   a consistent copy of the store, while the server runs\n"
    "  audit    the audit trail of an assessment, and its digest\n"
    "  remind   mail those who have not submitted a reminder with a new link\n"
    "  overseer a link for the regulator's view of every assessment\n"
    "  migrate-store  move an SQLite store into PostgreSQL\n"
    "\n"
    "Run 'maturity collect ACTION --help' for an action's options.\n";

int CollectCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    out << kCollectOverview;
    if (args.empty()) throw UsageError("give an ACTION: create, invite, revoke, status, close, export or backup");
    return kExitSuccess;
  }
  std::string action = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (action == "create") {
    CommandOptions options(
        "Usage: maturity collect create --data DIR --framework F --institution ID --name NAME\n"
        "                               --period P [--profile FIELD=VALUE]... [--from LAST]\n"
        "\n"
        "Creates an assessment and prints its id and one coordinator link per side. With\n"
        "--from, last period's institution, profile, respondents (each given a new link) and\n"
        "open actions are carried, as 'template --from' carries them.\n"
        "\n"
        "Options",
        "");
    DeclareStore(options);
    options.Add()("framework,f", po::value<std::string>(), "the framework file (required)")(
        "institution", po::value<std::string>(), "the institution's id")(
        "name", po::value<std::string>(), "the institution's name")(
        "period", po::value<std::string>(), "the period assessed, e.g. 2025-26 (required)")(
        "profile", po::value<std::vector<std::string>>()->composing(),
        "a profile value, FIELD=VALUE (repeat for each field)")(
        "from", po::value<std::string>(), "last period's response: carry what it holds")(
        "from-framework", po::value<std::string>(),
        "the framework last period's response names (default: found as import finds it)")(
        "json", "print the result as JSON")("help,h", "show this help");
    options.Required("framework", "--framework FRAMEWORK is required")
        .Required("period", "--period P is required")
        .NoPositionals("collect create takes no FILE")
        .Needs("from-framework", "from");
    auto values = options.Parse(rest, out);
    if (!values) return kExitSuccess;
    CollectCreateRequest request;
    request.data = StoreLocation(*values);
    request.framework = values->Get<std::string>("framework");
    request.institution = values->Optional("institution");
    request.name = values->Optional("name");
    request.period = values->Get<std::string>("period");
    if (values->Has("profile")) request.profile = values->Get<std::vector<std::string>>("profile");
    request.from = values->Optional("from");
    request.from_framework = values->Optional("from-framework");
    request.json = values->Has("json");
    RunCollectCreate(request, out, err);
    return kExitSuccess;
  }
  if (action == "invite") {
    CommandOptions options(
        "Usage: maturity collect invite --data DIR ASSESSMENT --respondent ID --perspective P\n"
        "                               [--name N] [--role R] [--signatory] [--email E]\n"
        "                               [--lang en|cy] [--json]\n"
        "\n"
        "Prints the respondent's personal link. Inviting someone again ends their old link\n"
        "and issues a new one; their answers stay.\n"
        "\n"
        "Options",
        "assessment");
    DeclareStore(options);
    options.Add()("respondent", po::value<std::string>(), "the respondent's id (required)")(
        "perspective", po::value<std::string>(), "the side they answer for (required)")(
        "name", po::value<std::string>()->default_value(""), "their name")(
        "role", po::value<std::string>()->default_value(""), "their role")(
        "signatory", "they sign off for their side once answering has closed")(
        "email", po::value<std::string>()->default_value(""),
        "their e-mail address, for invitations and reminders")(
        "lang", po::value<std::string>()->default_value(""),
        "the language of their pages and mail: en or cy (default: the framework's first)")(
        "smtp", po::value<std::string>(), "also mail the link to --email through this server")(
        "mail-from", po::value<std::string>(), "the sender's address (with --smtp)")(
        "json", "print the result as JSON")("help,h", "show this help");
    options.Required("respondent", "--respondent ID is required")
        .Required("perspective", "--perspective P is required")
        .Positionals(1, "give exactly one ASSESSMENT (got {count})")
        .Needs("smtp", "email")
        .Needs("smtp", "mail-from");
    auto values = options.Parse(rest, out);
    if (!values) return kExitSuccess;
    CollectInviteRequest request;
    request.data = StoreLocation(*values);
    request.assessment = values->Positionals().front();
    request.respondent = values->Get<std::string>("respondent");
    request.perspective = values->Get<std::string>("perspective");
    request.name = values->Get<std::string>("name");
    request.role = values->Get<std::string>("role");
    request.signatory = values->Has("signatory");
    request.email = values->Get<std::string>("email");
    request.language = values->Get<std::string>("lang");
    request.smtp = values->Optional("smtp");
    request.mail_from = values->Optional("mail-from");
    request.json = values->Has("json");
    RunCollectInvite(request, out);
    return kExitSuccess;
  }
  // The actions on one assessment, or the whole store.
  struct Simple {
    const char* usage;
    const char* about;
    bool assessment;
  };
  const std::map<std::string, Simple> simple = {
      {"revoke", {"Usage: maturity collect revoke --data DIR ASSESSMENT --respondent ID\n",
                  "Ends the respondent's link; their answers stay. Invite them again for a new "
                  "one.\n", true}},
      {"status", {"Usage: maturity collect status --data DIR ASSESSMENT [--json]\n",
                  "Per respondent: invited, last saved, submitted, answered of applicable; per "
                  "side: submitted of invited.\n", true}},
      {"close", {"Usage: maturity collect close --data DIR ASSESSMENT [--force]\n",
                 "Closes answering; refused while someone invited has not submitted, unless\n"
                 "--force, which names them.\n", true}},
      {"export", {"Usage: maturity collect export --data DIR ASSESSMENT -o RESPONSE.yaml\n",
                  "Writes the response in the documented format once answering has closed;\n"
                  "'maturity score' scores it.\n", true}},
      {"backup", {"Usage: maturity collect backup --data DIR -o FILE\n",
                  "Writes a consistent copy of the store while the server runs.\n", false}},
      {"audit", {"Usage: maturity collect audit --data DIR ASSESSMENT [--json]\n",
                 "Prints the assessment's audit trail, every change with who and when, and its\n"
                 "SHA-256 digest (which an export carries).\n", true}},
      {"remind", {"Usage: maturity collect remind --data DIR ASSESSMENT --smtp URL --mail-from A\n"
                  "                               [--perspective P]\n",
                  "Mails each respondent who has not submitted, and has an e-mail address, a\n"
                  "reminder with a new link in their language (their old link ends).\n", true}},
      {"migrate-store", {"Usage: maturity collect migrate-store --from DIR --to postgresql://...\n",
                         "Moves an SQLite store whole into an empty PostgreSQL database\n"
                         "(assessments, links, answers, actions, sign-offs, audit trail) and\n"
                         "checks that the two hold the same.\n", false}},
      {"overseer", {"Usage: maturity collect overseer --data DIR [--json]\n",
                    "Prints a new overseer's link: every assessment's state, whom to chase,\n"
                    "never an answer.\n", false}},
  };
  auto found = simple.find(action);
  if (found == simple.end()) {
    throw UsageError("unknown action '" + action +
                     "': expected create, invite, revoke, status, close, export, backup, audit, remind, "
                     "overseer or migrate-store");
  }
  const Simple& spec = found->second;
  std::string help = std::string(spec.usage) + "\n" + spec.about + "\nOptions";
  CommandOptions options(help.c_str(), "assessment");
  if (action != "migrate-store") DeclareStore(options);
  if (action == "revoke") options.Add()("respondent", po::value<std::string>(), "the respondent's id (required)");
  if (action == "status" || action == "audit" || action == "overseer") {
    options.Add()("json", "print the result as JSON");
  }
  if (action == "close") options.Add()("force", "close although some have not submitted");
  if (action == "export" || action == "backup") options.Add()("output,o", po::value<std::string>(), "the file to write (required)");
  options.Add()("help,h", "show this help");
  if (action == "revoke") options.Required("respondent", "--respondent ID is required");
  if (action == "export" || action == "backup") options.Required("output", "-o FILE is required");
  if (action == "migrate-store") {
    options.Add()("from", po::value<std::string>(), "the SQLite store's folder (required)")(
        "to", po::value<std::string>(), "the PostgreSQL database, postgresql://... (required)");
    options.Required("from", "--from DIR is required").Required("to", "--to URL is required");
  }
  if (action == "remind") {
    options.Add()("smtp", po::value<std::string>(), "the mail server, smtp://HOST:PORT (required)")(
        "mail-from", po::value<std::string>(), "the sender's address (required)")(
        "perspective", po::value<std::string>()->default_value(""), "only this side");
    options.Required("smtp", "--smtp URL is required").Required("mail-from", "--mail-from is required");
  }
  if (spec.assessment) {
    options.Positionals(1, "give exactly one ASSESSMENT (got {count})");
  } else {
    options.NoPositionals(action + " takes no ASSESSMENT");
  }
  auto values = options.Parse(rest, out);
  if (!values) return kExitSuccess;
  if (action == "migrate-store") {
    RunCollectMigrateStore(values->Get<std::string>("from"), values->Get<std::string>("to"), out);
    return kExitSuccess;
  }
  std::string data = StoreLocation(*values);
  std::string assessment = spec.assessment ? values->Positionals().front() : "";
  if (action == "revoke") RunCollectRevoke(data, assessment, values->Get<std::string>("respondent"), out);
  if (action == "status") RunCollectStatus(data, assessment, values->Has("json"), out);
  if (action == "close") RunCollectClose(data, assessment, values->Has("force"), out);
  if (action == "export") RunCollectExport(data, assessment, values->Get<std::string>("output"), err);
  if (action == "backup") RunCollectBackup(data, values->Get<std::string>("output"), err);
  if (action == "audit") RunCollectAudit(data, assessment, values->Has("json"), out);
  if (action == "remind") {
    RunCollectRemind(data, assessment, values->Get<std::string>("perspective"),
                     values->Get<std::string>("smtp"), values->Get<std::string>("mail-from"), out);
  }
  if (action == "overseer") RunCollectOverseer(data, values->Has("json"), out);
  return kExitSuccess;
}

int RunCommand(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err) {
  std::vector<std::string> args = arguments;
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    out << kOverview;
    return args.empty() ? kExitUsage : kExitSuccess;
  }
  if (args[0] == "--version") {
    out << "maturity " << MATURITY_VERSION << "\n";
    return kExitSuccess;
  }
  const std::map<std::string, Command> commands = {
      {"validate", ValidateCommand}, {"score", ScoreCommand},  {"report", ReportCommand},
      {"sector", SectorCommand},     {"lint", LintCommand},    {"docs", DocsCommand},
      {"diff", DiffCommand},         {"show", ShowCommand},    {"migrate", MigrateCommand},
      {"template", TemplateCommand}, {"import", ImportCommand},  {"serve", ServeCommand},
      {"collect", CollectCommand}};
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
    err << error.diagnostics().Format();
    return kExitInvalidInput;
  } catch (const RefusedError& error) {
    err << "maturity " << command << ": " << error.what() << "\n";
    return kExitInvalidInput;
  } catch (const OutputError& error) {
    err << "maturity " << command << ": error: " << error.what() << "\n";
    return kExitOutputFailed;
  }
}

}  // namespace

int RunMaturity(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  std::vector<std::string> args(argv + std::min(argc, 1), argv + argc);
  // Every message and summary reaches the terminal through TerminalText; `show` prints
  // a file's content (YAML, whose writer escapes what it must), which stays as written.
  TerminalStream safe_err(err);
  if (!args.empty() && args[0] == "show") return RunCommand(args, out, safe_err);
  TerminalStream safe_out(out);
  return RunCommand(args, safe_out, safe_err);
}

}  // namespace maturity
