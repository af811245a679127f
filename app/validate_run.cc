#include "app/validate_run.h"

#include "app/framework_input.h"
#include "engine/framework_loader.h"
#include "engine/input_file.h"
#include "engine/response_loader.h"

namespace maturity {

bool RunValidate(const ValidateRequest& request, std::ostream& out, std::ostream& err) {
  std::optional<Framework> framework;
  if (request.framework) {
    try {
      framework = LoadFrameworkReporting(*request.framework, err);
    } catch (const InputError& error) {
      err << error.diagnostics().Format();
      err << *request.framework
          << ": the framework is invalid, so its responses cannot be checked\n";
      return false;
    }
  }
  bool all_valid = true;
  for (const std::string& file : request.files) {
    Diagnostics diagnostics;
    try {
      if (framework) {
        Response response = LoadResponse(file, *framework, diagnostics);
        err << diagnostics.Format();
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
        err << diagnostics.Format();
        out << file << ": valid framework " << loaded.id << " " << loaded.version << " ("
            << loaded.dimensions.size() << " dimensions, " << ElementsInOrder(loaded).size()
            << " elements)\n";
      }
    } catch (const InputError& error) {
      err << error.diagnostics().Format();
      all_valid = false;
    }
  }
  return all_valid;
}

}  // namespace maturity
