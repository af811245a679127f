#include "app/framework_input.h"

#include <algorithm>
#include <filesystem>
#include <stdexcept>

#include "app/errors.h"
#include "common/messages.h"
#include "common/strings.h"
#include "engine/framework_loader.h"
#include "engine/input_file.h"
#include "engine/progress.h"
#include "engine/response_loader.h"
#include "engine/translations.h"
#include "reports/html/html_report.h"

namespace maturity {

Framework LoadFrameworkInput(const FrameworkReference& reference, std::ostream& err) {
  std::optional<std::string> named = reference.named;
  std::string content;
  if (!named && reference.input_names_it) {
    content = ReadInputFile(reference.input);
    std::size_t first = content.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    ResponseIdentity identity = first != std::string::npos && content[first] == '{'
                                    ? ReadScorecardJsonIdentity(reference.input, content)
                                    : ReadResponseIdentity(reference.input, content);
    named = identity.framework_id + "@" + identity.framework_version;
  }
  if (!reference.given && named && reference.current &&
      *named == reference.current->id + "@" + reference.current->version) {
    return *reference.current;  // This period's framework scores last period's file too.
  }
  // The file: a path as given, else an id or id@version on the search path.
  const std::string& wanted = reference.given ? *reference.given : *named;
  std::error_code error;
  std::string path = wanted;
  if (reference.given &&
      (std::filesystem::is_regular_file(wanted, error) || wanted.find('/') != std::string::npos ||
       wanted.ends_with(".yaml") || wanted.ends_with(".yml"))) {
  } else if (FrameworkLookup lookup = ResolveFrameworkReference(wanted, reference.input);
             !lookup.conflict.empty()) {
    throw UsageError(reference.given
                         ? wanted + ": " + lookup.conflict + "; give the one to use by its path"
                         : reference.input + ": " + lookup.conflict +
                               "; keep one, or give the one to use with " + reference.option);
  } else if (!lookup.path) {
    throw UsageError(reference.given
                         ? "no framework '" + wanted + "' found (looked in " + lookup.searched +
                               "); give its file, or its id or id@version"
                         : reference.input + " was made for " + wanted +
                               ", which is not found (searched " + lookup.searched +
                               "); give it with " + reference.option);
  } else {
    path = *lookup.path;
  }
  content = ReadInputFile(path);
  Diagnostics diagnostics;
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
  if (reference.given && named && framework.id + "@" + framework.version != *named) {
    std::string made_for =
        named->substr(0, named->find('@')) + " " + named->substr(named->find('@') + 1);
    throw InputError({reference.input}, "",
                     "made for " + made_for + ", but " + reference.option + " " + *reference.given +
                         " is " + framework.id + " " + framework.version +
                         "; import it with the framework it was made for");
  }
  return framework;
}

Framework LoadFrameworkReporting(const std::string& given, std::ostream& err) {
  return LoadFrameworkInput({.given = given}, err);
}

Framework LoadNamedFramework(const std::optional<std::string>& given, const std::string& input,
                             const std::string& id, const std::string& version, std::ostream& err,
                             const std::string& option) {
  return LoadFrameworkInput(
      {.given = given, .input = input, .named = id + "@" + version, .option = option}, err);
}

NamedResponse LoadResponseWithItsFramework(const std::string& path, const std::string& content,
                                           const std::optional<std::string>& given,
                                           const Framework& current, const std::string& option,
                                           std::ostream& err) {
  ResponseIdentity named = ReadResponseIdentity(path, content);
  NamedResponse result;
  result.framework =
      LoadFrameworkInput({.given = given,
                          .input = path,
                          .named = named.framework_id + "@" + named.framework_version,
                          .current = &current,
                          .option = option},
                         err);
  Diagnostics diagnostics;
  result.response = ParseResponse(path, content, result.framework, diagnostics);
  err << diagnostics.Format();
  return result;
}

std::string OutputLanguage(const std::optional<std::string>& requested,
                           const Framework& framework) {
  return ChooseOutputLanguages(requested, std::nullopt, framework).language;
}

OutputLanguages ChooseOutputLanguages(const std::optional<std::string>& requested,
                                      const std::optional<std::string>& report_choice,
                                      const Framework& framework) {
  OutputLanguages chosen;
  if (report_choice) {
    try {
      chosen.report = ReportLanguages(*report_choice);
    } catch (const std::invalid_argument& error) {
      throw UsageError(std::string("--lang ") + error.what());
    }
  }
  chosen.language = Messages::Languages().front();
  if (requested) {
    if (!Messages::Supports(*requested)) {
      throw UsageError("--lang " + *requested + ": expected one of " +
                       Join(Messages::Languages(), ", "));
    }
    chosen.language = *requested;
  } else if (!framework.languages.empty() && Messages::Supports(framework.languages.front())) {
    chosen.language = framework.languages.front();
  }
  if (chosen.report.empty()) chosen.report = {chosen.language};
  return chosen;
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
    const std::size_t more = fallbacks.size() - kShown;
    err << framework.file << ": warning: " << CountOf(more, "more text", "more texts")
        << (more == 1 ? " has no " : " have no ") << language
        << " translation; maturity lint lists them all\n";
  }
}

}  // namespace maturity
