#include "app/templates.h"

#include "importers/survey_import.h"
#include "reports/questionnaire_workbook.h"
#include "reports/response_template.h"

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

}  // namespace maturity
