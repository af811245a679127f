#include "app/framework_input.h"

#include <algorithm>
#include <stdexcept>

#include "app/errors.h"
#include "common/messages.h"
#include "common/strings.h"
#include "engine/framework_loader.h"
#include "engine/input_file.h"
#include "engine/response_loader.h"
#include "engine/translations.h"
#include "engine/yaml_reader.h"
#include "reports/html/html_report.h"

namespace maturity {

Framework LoadFrameworkReporting(const std::string& path, std::ostream& err) {
  Diagnostics diagnostics;
  std::string content = ReadInputFile(path);
  Framework framework;
  try {
    framework = ParseFramework(path, content, diagnostics);
  } catch (const InputError&) {
    // A response where the framework belongs: say so, rather than list every framework
    // key the response lacks (the two arguments are most likely the wrong way round).
    // Looked for only when the framework fails, so a good one is parsed once.
    if (LooksLikeResponse(content)) {
      throw InputError({path, 1, 1}, "",
                       "this is a response, not a framework; give the framework with "
                       "--framework and the response after it (the two may be swapped)");
    }
    throw;
  }
  err << diagnostics.Format();
  return framework;
}

Framework LoadNamedFramework(const std::optional<std::string>& given, const std::string& input,
                             const std::string& id, const std::string& version, std::ostream& err,
                             const std::string& option) {
  std::string reference = id + "@" + version;
  if (given) {
    Framework framework = LoadFrameworkReporting(*given, err);
    if (framework.id != id || framework.version != version) {
      throw InputError({input}, "",
                       "made for " + id + " " + version + ", but " + option + " " + *given +
                           " is " + framework.id + " " + framework.version +
                           "; import it with the framework it was made for");
    }
    return framework;
  }
  FrameworkLookup lookup = ResolveFrameworkReference(reference, input);
  if (!lookup.conflict.empty()) {
    throw UsageError(input + ": " + lookup.conflict + "; keep one, or give the one to use with " +
                     option);
  }
  if (!lookup.path) {
    throw UsageError(input + " was made for " + reference + ", which is not found (searched " +
                     lookup.searched + "); give it with " + option);
  }
  return LoadFrameworkReporting(*lookup.path, err);
}

NamedResponse LoadResponseWithItsFramework(const std::string& path, const std::string& content,
                                           const std::optional<std::string>& given,
                                           const Framework& current, const std::string& option,
                                           std::ostream& err) {
  ResponseIdentity named = ReadResponseIdentity(path, content);
  NamedResponse result;
  if (!given && named.framework_id == current.id && named.framework_version == current.version) {
    // The framework given for this period scores last period too: a copy of the same
    // id and version lying beside last period's file is never preferred to it.
    result.framework = current;
  } else {
    result.framework =
        LoadNamedFramework(given, path, named.framework_id, named.framework_version, err, option);
  }
  Diagnostics diagnostics;
  result.response = ParseResponse(path, content, result.framework, diagnostics);
  err << diagnostics.Format();
  return result;
}

std::string OutputLanguage(const std::optional<std::string>& requested,
                           const Framework& framework) {
  if (requested) {
    if (!Messages::Supports(*requested)) {
      throw UsageError("--lang " + *requested + ": expected one of " +
                       Join(Messages::Languages(), ", "));
    }
    return *requested;
  }
  if (!framework.languages.empty() && Messages::Supports(framework.languages.front())) {
    return framework.languages.front();
  }
  return Messages::Languages().front();
}

std::vector<std::string> ReportLanguagesOption(const std::string& option,
                                               const std::string& choice) {
  try {
    return ReportLanguages(choice);
  } catch (const std::invalid_argument& error) {
    throw UsageError(option + " " + error.what());
  }
}

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

bool LooksLikeResponse(const std::string& content) {
  YamlSyntaxError error;
  ParsedYaml parsed = ParseYaml(content, error);
  return parsed.root.IsMap() &&
         (parsed.root["answers"].IsDefined() || parsed.root["respondents"].IsDefined());
}

}  // namespace maturity
