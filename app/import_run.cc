#include "app/import_run.h"

#include <boost/algorithm/string/case_conv.hpp>
#include <filesystem>
#include <memory>
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

namespace {

namespace fs = std::filesystem;

/// The engine checks what an importer built, on the model, by the rules a response file
/// keeps; the importers have already located each answer's problems in their cells.
void CheckImported(const std::string& input, const Framework& framework, const Response& response,
                   Diagnostics& diagnostics) {
  for (const ResponseProblem& problem : CheckResponse(framework, response)) {
    if (problem.warning) {
      diagnostics.Warning({input}, problem.path, problem.message);
    } else {
      diagnostics.Error({input}, problem.path, "as imported: " + problem.message);
    }
  }
}

/// One input imported: its response as YAML, with the framework it was read with.
struct Imported {
  std::string text;
  ImportCounts counts;
  std::vector<std::string> framework_sources;
};

Imported ImportOne(const ImportRequest& request, const std::string& input, std::ostream& err) {
  std::string extension = boost::algorithm::to_lower_copy(fs::path(input).extension().string());
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
    SurveyMapping mapping = ReadSurveyMapping(*request.map, map_text, framework);
    response = ImportSurvey(input, ReadInputFile(input), mapping, framework);
  } else {
    XlsxWorkbook workbook = ReadQuestionnaireWorkbook(input);
    QuestionnaireIdentity identity = ReadQuestionnaireIdentity(input, workbook);
    framework = LoadNamedFramework(request.framework, input, identity.framework_id,
                                   identity.framework_version, err);
    response = ImportQuestionnaire(input, workbook, framework, diagnostics);
  }
  CheckImported(input, framework, response, diagnostics);
  if (diagnostics.HasErrors()) throw InputError(diagnostics);
  err << diagnostics.Format();

  Imported imported;
  std::ostringstream yaml;
  WriteResponseYaml(response, framework, fs::path(input).filename().string(), yaml);
  imported.text = yaml.str();
  imported.framework_sources = framework.sources;
  imported.counts.input = input;
  imported.counts.respondents = response.respondents.size();
  imported.counts.elements = response.answers.size();
  for (const ElementAnswers& element : response.answers) {
    imported.counts.answers += element.answers.size();
  }
  return imported;
}

}  // namespace

Response ReadReturnedQuestionnaire(const std::string& path, const Framework& framework,
                                   Diagnostics& diagnostics) {
  XlsxWorkbook workbook = ReadQuestionnaireWorkbook(path);
  // ImportQuestionnaire refuses a questionnaire made for another framework or version.
  Response response = ImportQuestionnaire(path, workbook, framework, diagnostics);
  CheckImported(path, framework, response, diagnostics);
  if (diagnostics.HasErrors()) throw InputError(diagnostics);
  response.file = path;
  return response;
}

std::vector<ImportCounts> RunImport(const ImportRequest& request, std::ostream& err) {
  if (request.inputs.empty()) throw UsageError("give a QUESTIONNAIRE.xlsx or SURVEY.csv");
  // Several inputs (or -o a folder): one response each in the folder, named after it.
  std::error_code error;
  const bool into_folder = request.inputs.size() > 1 || fs::is_directory(request.output, error);
  if (request.inputs.size() > 1 && !fs::is_directory(request.output, error)) {
    throw UsageError("-o " + request.output +
                     ": with several inputs, -o names the folder each response is written to, "
                     "and " +
                     request.output + " is not one");
  }
  std::vector<std::string> protected_inputs = request.inputs;
  if (request.framework) protected_inputs.push_back(*request.framework);
  if (request.map) protected_inputs.push_back(*request.map);
  OutputSet outputs(protected_inputs);
  // The texts the writers write: reserved before the inputs are read, so that every
  // output path is checked before any work (a bad one is a usage error, nothing read).
  auto texts = std::make_shared<std::vector<std::string>>(request.inputs.size());
  std::vector<ImportCounts> counts(request.inputs.size());
  for (std::size_t i = 0; i < request.inputs.size(); ++i) {
    counts[i].output =
        into_folder
            ? (fs::path(request.output) / fs::path(request.inputs[i]).stem()).string() + ".yaml"
            : request.output;
    outputs.Declare({"-o", counts[i].output},
                    OutputSet::Text([texts, i](std::ostream& out) { out << (*texts)[i]; }));
  }

  std::size_t failed = 0;
  for (std::size_t i = 0; i < request.inputs.size(); ++i) {
    try {
      Imported imported = ImportOne(request, request.inputs[i], err);
      (*texts)[i] = std::move(imported.text);
      outputs.ProtectInputs(imported.framework_sources);
      std::string output = counts[i].output;
      counts[i] = imported.counts;
      counts[i].output = output;
    } catch (const InputError& problem) {
      if (request.inputs.size() == 1) throw;
      err << problem.diagnostics().Format();
      ++failed;
    }
  }
  if (failed > 0) {
    throw RefusedError(std::to_string(failed) + " of " + std::to_string(request.inputs.size()) +
                       " inputs could not be imported; no response was written (fix them, or "
                       "import the others on their own)");
  }
  for (const std::string& warning : outputs.Commit()) err << warning << "\n";
  return counts;
}

}  // namespace maturity
