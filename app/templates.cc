#include "app/templates.h"

#include <algorithm>

#include "app/errors.h"
#include "app/framework_input.h"
#include "common/strings.h"
#include "engine/input_file.h"
#include "engine/progress.h"
#include "engine/value_formats.h"
#include "importers/survey_import.h"
#include "reports/xlsx/questionnaire_workbook.h"
#include "reports/yaml/response_template.h"

namespace maturity {

namespace {

struct FormatName {
  TemplateFormat format;
  const char* name;
};
constexpr FormatName kFormats[] = {{TemplateFormat::kYaml, "yaml"},
                                   {TemplateFormat::kXlsx, "xlsx"},
                                   {TemplateFormat::kCsvMap, "csv-map"}};

}  // namespace

std::optional<TemplateFormat> ParseTemplateFormat(std::string_view name) {
  for (const FormatName& entry : kFormats) {
    if (name == entry.name) return entry.format;
  }
  return std::nullopt;
}

std::vector<std::string> TemplateFormatNames() {
  std::vector<std::string> names;
  for (const FormatName& entry : kFormats) names.emplace_back(entry.name);
  return names;
}

OutputSet::Writer TemplateWriter(TemplateFormat format, const Framework& framework,
                                 const TemplateOptions& options) {
  switch (format) {
    case TemplateFormat::kYaml:
      return OutputSet::Text([&framework, options](std::ostream& out) {
        WriteResponseTemplate(framework, out, options.language,
                              {options.previous, options.period, options.with_answers});
      });
    case TemplateFormat::kCsvMap:
      return OutputSet::Text([&framework, options](std::ostream& out) {
        WriteSurveyMappingTemplate(framework, options.language, out);
      });
    case TemplateFormat::kXlsx:
      break;
  }
  return [&framework, options](const std::string& path) {
    QuestionnaireOptions questionnaire;
    questionnaire.language = options.language;
    questionnaire.respondents = options.respondents;
    questionnaire.created = WorkbookTimestamp();
    questionnaire.previous = options.previous;
    questionnaire.period = options.period;
    questionnaire.with_answers = options.with_answers;
    return WriteQuestionnaireWorkbook(framework, questionnaire, path);
  };
}

TemplateFormat TemplateFormatFor(const TemplateRequest& request) {
  bool workbook_name = LowerExtension(request.output) == ".xlsx";
  if (!request.format) return workbook_name ? TemplateFormat::kXlsx : TemplateFormat::kYaml;
  std::optional<TemplateFormat> format = ParseTemplateFormat(*request.format);
  if (!format) {
    throw UsageError("--format " + *request.format + ": expected " +
                     JoinAsList(TemplateFormatNames(), "or"));
  }
  if (workbook_name && *format != TemplateFormat::kXlsx) {
    throw UsageError("-o " + request.output + ": --format " + *request.format +
                     " writes YAML text, which a spreadsheet cannot open under a workbook's "
                     "name; use --format xlsx for the questionnaire, or name the output .yaml");
  }
  return *format;
}

std::string RunTemplate(const TemplateRequest& request, std::ostream& err) {
  TemplateFormat format = TemplateFormatFor(request);
  if (request.from && format == TemplateFormat::kCsvMap) {
    throw UsageError("--from starts a response template (--format yaml or xlsx), not a mapping");
  }
  if (request.period && !ParsePeriod(*request.period)) {
    throw UsageError("--period " + *request.period + ": expected " + kPeriodForms);
  }
  Framework framework;
  TemplateOptions options;
  options.respondents = request.respondents;
  std::vector<std::string> inputs = {request.framework};
  if (request.from) inputs.push_back(*request.from);
  if (request.from_framework) inputs.push_back(*request.from_framework);
  OutputSet outputs(inputs);
  outputs.Declare(
      {"-o", request.output},
      [&](const std::string& path) { return TemplateWriter(format, framework, options)(path); },
      format == TemplateFormat::kXlsx ? ".xlsx" : "", "the questionnaire is an Excel workbook");
  framework = LoadFrameworkReporting(request.framework, err);
  outputs.ProtectInputs(framework.sources);
  options.language = OutputLanguage(request.language, framework);
  WarnOfFallbacks(framework, options.language, err);
  std::optional<NamedResponse> previous;
  if (request.from) {
    previous =
        LoadResponseWithItsFramework(*request.from, ReadInputFile(*request.from),
                                     request.from_framework, framework, "--from-framework", err);
    outputs.ProtectInputs(previous->framework.sources);
    if (request.period) CheckPeriodFollows(previous->response, *request.period);
    options.previous = &previous->response;
    // Every one of last period's people gets an answer column.
    options.respondents =
        std::max(options.respondents, static_cast<int>(previous->response.respondents.size()));
    options.period = request.period.value_or("");
    options.with_answers = request.with_answers;
  }
  for (const std::string& warning : outputs.Commit()) err << warning << "\n";
  return options.language;
}

}  // namespace maturity
