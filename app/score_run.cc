#include "app/score_run.h"

#include "app/framework_input.h"
#include "app/errors.h"
#include "engine/response_loader.h"
#include "engine/value_formats.h"
#include "reports/scorecard_json.h"
#include "reports/scorecard_workbook.h"

namespace maturity {

namespace {

std::vector<std::string> Inputs(const ScoreRequest& request) {
  std::vector<std::string> inputs = {request.framework, request.response};
  if (request.benchmark) inputs.push_back(*request.benchmark);
  return inputs;
}

}  // namespace

ScoreRun::ScoreRun(const ScoreRequest& request, std::ostream& err) : outputs_(Inputs(request)) {
  if (request.as_of && !IsDate(*request.as_of)) {
    throw UsageError("--as-of " + *request.as_of + ": expected a date as YYYY-MM-DD");
  }
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
  if (request.json) {
    outputs_.Declare({"--json", *request.json}, OutputSet::Text([this](std::ostream& out) {
                       WriteScorecardJson(card_, out, benchmark(), language_);
                     }));
  }

  framework_ = LoadFrameworkReporting(request.framework, err);
  outputs_.ProtectInputs(framework_.sources);
  language_ = OutputLanguage(request.language, framework_);
  if (request.workbook || request.summary) WarnOfFallbacks(framework_, language_, err);
  Diagnostics diagnostics;
  response_ = LoadResponse(request.response, framework_, diagnostics);
  err << diagnostics.Format();

  ScoreOptions options;
  options.as_of = request.as_of;
  card_ = Score(framework_, response_, options);
  if (request.benchmark) {
    comparison_ = CompareWithBenchmark(card_, LoadBenchmark(*request.benchmark, framework_));
  }
}

}  // namespace maturity
