#include "app/score_run.h"

#include <algorithm>

#include "app/errors.h"
#include "app/framework_input.h"
#include "engine/input_file.h"
#include "engine/response_loader.h"
#include "engine/value_formats.h"
#include "reports/html/html_report.h"
#include "reports/html/scorecard_html.h"
#include "reports/json/scorecard_json.h"
#include "reports/text/scorecard_text.h"
#include "reports/xlsx/scorecard_workbook.h"

namespace maturity {

namespace {

std::vector<std::string> Inputs(const ScoreRequest& request) {
  std::vector<std::string> inputs = {request.response};
  if (request.framework) inputs.push_back(*request.framework);
  if (request.benchmark) inputs.push_back(*request.benchmark);
  if (request.previous) inputs.push_back(*request.previous);
  if (request.previous_framework) inputs.push_back(*request.previous_framework);
  return inputs;
}

/// Last period's scores: a JSON result read back, or a response scored with the framework
/// it names (`previous_framework`, else `current` when it is the one named, else found on
/// the search path as `import` finds one).
PeriodScores LoadPrevious(const ScoreRequest& request, const Framework& current, OutputSet& outputs,
                          std::ostream& err) {
  const std::string& path = *request.previous;
  Framework framework = LoadFrameworkInput({.given = request.previous_framework,
                                            .input = path,
                                            .input_names_it = true,
                                            .current = &current,
                                            .option = "--previous-framework"},
                                           err);
  outputs.ProtectInputs(framework.sources);
  std::string content = ReadInputFile(path);
  std::size_t first = content.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first != std::string::npos && content[first] == '{') {
    return ParseScorecardJson(path, content, framework);
  }
  Diagnostics diagnostics;
  Response previous = ParseResponse(path, content, framework, diagnostics);
  err << diagnostics.Format();
  return ScoresOf(Score(framework, previous));
}

}  // namespace

ScoreRun::ScoreRun(const ScoreRequest& request, std::ostream& err) : outputs_(Inputs(request)) {
  if (request.workbook) {
    outputs_.Declare(
        {"-o", *request.workbook},
        [this](const std::string& path) {
          WorkbookOptions options;
          options.created = WorkbookTimestamp();
          options.benchmark = benchmark();
          options.language = language_;
          return WriteScorecardWorkbook(card_, path, options);
        },
        ".xlsx", "the scorecard is an Excel workbook");
  }
  if (request.report) {
    outputs_.Declare({"-o", *request.report}, OutputSet::Text([this](std::ostream& out) {
                       WriteScorecardHtml(card_, out, report_languages_, benchmark());
                     }),
                     ".html", "the report is an HTML page");
  }

  if (request.json) {
    outputs_.Declare({"--json", *request.json}, OutputSet::Text([this](std::ostream& out) {
                       WriteScorecardJson(card_, out, benchmark(), language_);
                     }));
  }
  // The framework, resolved once (a file, an id, or the one the response names) and
  // passed down from here.
  framework_ = LoadFrameworkInput(
      {.given = request.framework, .input = request.response, .input_names_it = !request.framework},
      err);
  outputs_.ProtectInputs(framework_.sources);
  OutputLanguages languages = ChooseOutputLanguages(
      request.language, request.report ? request.report_languages : std::nullopt, framework_);
  language_ = languages.language;
  if (request.report) report_languages_ = languages.report;
  std::vector<std::string> shown = report_languages_;  // Each language people will read.
  if ((request.workbook || request.summary) &&
      std::find(shown.begin(), shown.end(), language_) == shown.end()) {
    shown.insert(shown.begin(), language_);
  }
  for (const std::string& language : shown) WarnOfFallbacks(framework_, language, err);
  if (request.as_of && !IsDate(*request.as_of)) {
    throw UsageError("--as-of " + *request.as_of + ": expected a date as YYYY-MM-DD");
  }
  Diagnostics diagnostics;
  response_ = LoadResponse(request.response, framework_, diagnostics);
  err << diagnostics.Format();

  ScoreOptions options;
  options.as_of = request.as_of;
  card_ = Score(framework_, response_, options);
  if (request.previous) {
    PeriodScores previous = LoadPrevious(request, framework_, outputs_, err);
    CheckPreviousPeriod(response_, previous);
    progress_ = CompareWithPrevious(card_, std::move(previous));
    card_.progress = &*progress_;
  }
  if (request.benchmark) {
    Benchmark benchmark = LoadBenchmark(*request.benchmark, framework_);
    CheckBenchmarkPeriod(response_, benchmark);
    comparison_ = CompareWithBenchmark(card_, benchmark);
  }
}

void ScoreRun::WriteSummary(std::ostream& out, std::size_t gaps) const {
  WriteScorecardText(card_, out, gaps, benchmark(), language_);
}

}  // namespace maturity
