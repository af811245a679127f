// Paths and file helpers shared by the tests.
#pragma once

#include <string>

namespace maturity::testing {

/// `relative` under the source tree, e.g. "examples/college-self-assessment/coleg-y-bryn.yaml".
std::string SourcePath(const std::string& relative);
/// The whole content of a file ("" if it cannot be read).
std::string ReadFile(const std::string& path);
void WriteFile(const std::string& path, const std::string& content);
/// A fresh empty folder for one test, removed and recreated on each call; all of a test
/// process's folders are removed when its tests pass (kept when one fails).
std::string ScratchFolder(const std::string& name);

/// The result of running the `maturity` binary.
struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};
/// Runs the built `maturity` binary with `arguments` (a shell-quoted string).
RunResult RunMaturityBinary(const std::string& arguments);

/// The first line of `text` (a run's stderr, say), without its newline.
inline std::string FirstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

}  // namespace maturity::testing
