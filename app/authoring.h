// The commands for framework authors: lint, show, diff, docs and migrate (docs/lint.md,
// docs/formats.md, docs/cli.md).
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace maturity {

/// Lints each framework, printing each finding on `err` and a count per file on `out`.
/// True when none has an error (nor, with `strict`, a warning).
bool RunLint(const std::vector<std::string>& files, bool strict, std::ostream& out,
             std::ostream& err);

/// Prints the framework at `path` fully resolved, as YAML that maturity reads back.
void RunShow(const std::string& path, std::ostream& out, std::ostream& err);

/// Prints what changed between the frameworks at `old_path` and `new_path`.
void RunDiff(const std::string& old_path, const std::string& new_path, std::ostream& out,
             std::ostream& err);

struct DocsRequest {
  std::string framework;
  std::string output;  ///< .html, .htm or .md (UsageError otherwise).
  std::optional<std::string> language;
};
/// Publishes the framework for respondents, written whole or not at all; returns the
/// language it was written in.
std::string RunDocs(const DocsRequest& request, std::ostream& err);

struct MigrateRequest {
  std::string framework;  ///< The new version.
  std::string response;
  std::string output;
  bool comment_out_uncarried = false;
};
/// Carries the response over to the new version; returns the new framework's "id version".
std::string RunMigrate(const MigrateRequest& request, std::ostream& err);

}  // namespace maturity
