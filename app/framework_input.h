// Loading the framework a command works with, the same way for every command: its
// warnings reported, the output language chosen, missing translations announced.
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include "engine/framework.h"
#include "engine/response.h"

namespace maturity {

/// Loads the framework at `path`, printing its warnings on `err`. Throws InputError
/// (with every error) when it is invalid.
Framework LoadFrameworkReporting(const std::string& path, std::ostream& err);

/// The framework a questionnaire or survey mapping at `input` was made for (`id`
/// `version`): the one given with --framework (`given`), which must be it, else the one
/// found by `id@version` on the framework search path (two different files of that id and
/// version are refused, naming both). Throws InputError or UsageError; `option` is the one
/// the messages tell the user to give it with.
Framework LoadNamedFramework(const std::optional<std::string>& given, const std::string& input,
                             const std::string& id, const std::string& version, std::ostream& err,
                             const std::string& option = "--framework");

/// A response read with the framework version it names (an earlier period's, say).
struct NamedResponse {
  Framework framework;
  Response response;
};

/// Reads the response at `path` (its `content` already read) with the framework it names:
/// `given` when set (it must be that one), else `current` (this period's) when it is that
/// id and version, else found as LoadNamedFramework finds it (`option`, such as
/// `--previous-framework`, is the one to give it with). Every file the framework was built
/// from is in the result's `framework.sources`, for the caller to protect.
NamedResponse LoadResponseWithItsFramework(const std::string& path, const std::string& content,
                                           const std::optional<std::string>& given,
                                           const Framework& current, const std::string& option,
                                           std::ostream& err);

/// The language of an output for people: `requested` (UsageError unless the catalogue
/// has it), else the framework's first language when the catalogue has it, else English.
std::string OutputLanguage(const std::optional<std::string>& requested, const Framework& framework);

/// The languages of a published report (ReportLanguages); UsageError naming `option`
/// (`--lang`) otherwise.
std::vector<std::string> ReportLanguagesOption(const std::string& option,
                                               const std::string& choice);

/// Warns on `err` of the framework texts an output in `language` shows in the framework's
/// default language instead, each at its place; past the first few, how many more
/// (`maturity lint` lists every one).
void WarnOfFallbacks(const Framework& framework, const std::string& language, std::ostream& err);

/// True when YAML `content` looks like a response rather than a framework.
bool LooksLikeResponse(const std::string& content);

}  // namespace maturity
