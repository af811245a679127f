#include "app/import_run.h"

#include <boost/algorithm/string/case_conv.hpp>
#include <filesystem>
#include <sstream>

#include "app/errors.h"
#include "app/framework_input.h"
#include "app/output_set.h"
#include "engine/input_file.h"
#include "engine/response_check.h"
#include "importers/questionnaire_import.h"
#include "importers/survey_import.h"
#include "reports/yaml/response_yaml.h"

namespace maturity {

ImportCounts RunImport(const ImportRequest& request, std::ostream& err) {
  const std::string& input = request.input;
  std::vector<std::string> inputs = {input};
  if (request.framework) inputs.push_back(*request.framework);
  if (request.map) inputs.push_back(*request.map);
  std::string text;
  OutputSet outputs(inputs);
  outputs.Declare({"-o", request.output}, OutputSet::Text([&](std::ostream& out) { out << text; }));
  std::string extension =
      boost::algorithm::to_lower_copy(std::filesystem::path(input).extension().string());
  if (!request.map && extension == ".csv") {
    throw UsageError(input +
                     ": a survey export needs --map MAPPING.yaml (maturity template "
                     "--format csv-map writes one to start from)");
  }

  Framework framework;
  Response response;
  Diagnostics diagnostics;
  if (request.map) {
    std::string map_text = ReadInputFile(*request.map);
    auto [id, version] = ReadSurveyMappingFramework(*request.map, map_text);
    framework = LoadNamedFramework(request.framework, *request.map, id, version, err);
    outputs.ProtectInputs(framework.sources);
    SurveyMapping mapping = ReadSurveyMapping(*request.map, map_text, framework);
    response = ImportSurvey(input, ReadInputFile(input), mapping, framework);
  } else {
    XlsxWorkbook workbook = ReadQuestionnaireWorkbook(input);
    QuestionnaireIdentity identity = ReadQuestionnaireIdentity(input, workbook);
    framework = LoadNamedFramework(request.framework, input, identity.framework_id,
                                   identity.framework_version, err);
    outputs.ProtectInputs(framework.sources);
    response = ImportQuestionnaire(input, workbook, framework, diagnostics);
  }
  std::ostringstream yaml;
  WriteResponseYaml(response, framework, std::filesystem::path(input).filename().string(), yaml);
  text = yaml.str();
  // The engine checks what the importer built, on the model, by the rules a response file
  // keeps; the importers have already located each answer's problems in their cells.
  for (const ResponseProblem& problem : CheckResponse(framework, response)) {
    if (problem.warning) {
      diagnostics.Warning({input}, problem.path, problem.message);
    } else {
      diagnostics.Error({input}, problem.path, "as imported: " + problem.message);
    }
  }
  if (diagnostics.HasErrors()) throw InputError(diagnostics);
  err << diagnostics.Format();
  for (const std::string& warning : outputs.Commit()) err << warning << "\n";

  ImportCounts counts;
  counts.respondents = response.respondents.size();
  counts.elements = response.answers.size();
  for (const ElementAnswers& element : response.answers) counts.answers += element.answers.size();
  return counts;
}

}  // namespace maturity
