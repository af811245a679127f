// Loading the framework a command works with, the same way for every command: its
// warnings reported, the output language chosen, missing translations announced.
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include "engine/framework.h"
#include "engine/response.h"

namespace maturity {

/// What a command was told of its framework, resolved once by LoadFrameworkInput into the
/// framework every later step is given: what the user gave, or what an input names.
struct FrameworkReference {
  /// What the user gave (--framework, or a command's FRAMEWORK): a file (it exists, holds
  /// '/' or ends in .yaml or .yml), else an id or id@version looked up as `extends:`
  /// looks one up (MATURITY_FRAMEWORK_PATH, the folder of `input`, the bundled ones).
  std::optional<std::string> given = std::nullopt;
  /// The file the framework is for ("": none): its folder is searched.
  std::string input = "";
  /// `id@version` that `input` names, when the caller has read it (a questionnaire's): a
  /// framework given must be that one.
  std::optional<std::string> named = std::nullopt;
  /// `input` names its framework (`framework`, `framework_version`: a response in YAML or
  /// a JSON result): read from it when `named` is not set, and looked up when nothing is
  /// given.
  bool input_names_it = false;
  /// This period's framework: used as it is when it is the one named and none is given,
  /// so that a copy lying beside last period's file is never preferred to it.
  const Framework* current = nullptr;
  std::string option = "--framework";  ///< The option the messages tell the user to use.
};

/// Loads the framework `reference` leads to, printing its warnings on `err`. Throws
/// InputError (with every error) when it is invalid, UsageError when it is not found, two
/// files of that id and version differ, or the one given is not the one named.
Framework LoadFrameworkInput(const FrameworkReference& reference, std::ostream& err);

/// LoadFrameworkInput of a framework given by the user alone (a file, an id or id@version).
Framework LoadFrameworkReporting(const std::string& given, std::ostream& err);

/// LoadFrameworkInput of the framework an `input` (a questionnaire, a survey mapping) was made
/// for, `id` `version`: `given` when set, which must be it.
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

/// The languages of a run's outputs for people.
struct OutputLanguages {
  std::string language;             ///< OutputLanguage.
  std::vector<std::string> report;  ///< A report's: `report_choice`, else `language`.
};

/// OutputLanguage, and a report's languages (`report_choice`, as ReportLanguagesOption
/// reads it with `--lang`), chosen together once the framework is loaded.
OutputLanguages ChooseOutputLanguages(const std::optional<std::string>& requested,
                                      const std::optional<std::string>& report_choice,
                                      const Framework& framework);

/// The languages of a published report (ReportLanguages); UsageError naming `option`
/// (`--lang`) otherwise.
std::vector<std::string> ReportLanguagesOption(const std::string& option,
                                               const std::string& choice);

/// Warns on `err` of the framework texts an output in `language` shows in the framework's
/// default language instead, each at its place; past the first few, how many more
/// (`maturity lint` lists every one).
void WarnOfFallbacks(const Framework& framework, const std::string& language, std::ostream& err);

}  // namespace maturity
