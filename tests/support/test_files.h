// Paths and file helpers shared by the tests.
#pragma once

#include <gtest/gtest.h>

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

/// Whether `run` exited with `code`; on failure, says what it printed on stderr.
::testing::AssertionResult ExitedWith(const RunResult& run, int code);

/// Whether `text` (a run's stderr, say) holds `part`; on failure, says the whole text.
::testing::AssertionResult Holds(const std::string& text, const std::string& part);

/// Replaces the first `from` in `text` by `to`; fails, saying what was missing, when `text`
/// does not hold `from` (and leaves it as it was).
::testing::AssertionResult ReplaceFirst(std::string& text, const std::string& from,
                                        const std::string& to);

/// The first line of `text` (a run's stderr, say), without its newline.
inline std::string FirstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

}  // namespace maturity::testing
