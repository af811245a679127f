#include "tests/support/test_files.h"

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace maturity::testing {

std::string SourcePath(const std::string& relative) {
  return std::string(MATURITY_SOURCE_DIR) + "/" + relative;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

void WriteFile(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
}

namespace {

std::filesystem::path ScratchRoot() {
  return std::filesystem::temp_directory_path() / ("maturity-test-" + std::to_string(getpid()));
}

// Removes this process's scratch folders when its tests have passed; a failing run keeps
// them, so that what the failing test wrote can be looked at.
class ScratchCleanup : public ::testing::Environment {
 public:
  void TearDown() override {
    if (::testing::UnitTest::GetInstance()->Passed()) {
      std::error_code ignored;
      std::filesystem::remove_all(ScratchRoot(), ignored);
    }
  }
};

[[maybe_unused]] ::testing::Environment* const kScratchCleanup =
    ::testing::AddGlobalTestEnvironment(new ScratchCleanup);

}  // namespace

std::string ScratchFolder(const std::string& name) {
  std::filesystem::path folder = ScratchRoot() / name;
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  return folder.string();
}

RunResult RunMaturityBinary(const std::string& arguments) {
  std::string folder = ScratchFolder("run");
  std::string out_path = folder + "/stdout";
  std::string err_path = folder + "/stderr";
  std::string command = std::string("cd '") + MATURITY_SOURCE_DIR + "' && '" + MATURITY_BINARY +
                        "' " + arguments + " >'" + out_path + "' 2>'" + err_path + "' </dev/null";
  int status = std::system(command.c_str());
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = ReadFile(out_path);
  result.err = ReadFile(err_path);
  return result;
}

::testing::AssertionResult ExitedWith(const RunResult& run, int code) {
  if (run.exit_code == code) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << "exited " << run.exit_code << ", not " << code << "; stderr:\n"
         << run.err;
}

::testing::AssertionResult Holds(const std::string& text, const std::string& part) {
  if (text.find(part) != std::string::npos) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "no \"" << part << "\" in:\n" << text;
}

::testing::AssertionResult ReplaceFirst(std::string& text, const std::string& from,
                                        const std::string& to) {
  std::size_t at = text.find(from);
  if (at == std::string::npos) return ::testing::AssertionFailure() << "no \"" << from << "\"";
  text.replace(at, from.size(), to);
  return ::testing::AssertionSuccess();
}

}  // namespace maturity::testing
