#include "app/output_set.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>

#include "app/errors.h"
#include "tests/support/test_files.h"

namespace maturity {
namespace {

namespace fs = std::filesystem;
using testing::ReadFile;
using testing::ScratchFolder;
using testing::WriteFile;

/// The names in `folder`, to see that no temporary file is left behind.
std::vector<std::string> Names(const std::string& folder) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string UsageMessage(OutputSet& outputs, const OutputFile& file,
                         const std::string& extension = "") {
  try {
    outputs.Declare(file, OutputSet::Text([](std::ostream&) {}), extension, "a workbook");
  } catch (const UsageError& error) {
    return error.what();
  }
  return "";
}

TEST(OutputSetTest, WritesEveryOutputTogether) {
  std::string folder = ScratchFolder("outputs-together");
  OutputSet outputs({});
  outputs.Declare({"-o", folder + "/a.txt"},
                  OutputSet::Text([](std::ostream& out) { out << "A"; }));
  outputs.Declare({"--json", folder + "/b.json"},
                  OutputSet::Text([](std::ostream& out) { out << "{}"; }));
  EXPECT_EQ(Names(folder), std::vector<std::string>{});  // Nothing before Commit.
  outputs.Commit();
  EXPECT_EQ(ReadFile(folder + "/a.txt"), "A");
  EXPECT_EQ(ReadFile(folder + "/b.json"), "{}");
  EXPECT_EQ(Names(folder), (std::vector<std::string>{"a.txt", "b.json"}));
}

TEST(OutputSetTest, AFailingWriterLeavesEveryTargetAsItWas) {
  std::string folder = ScratchFolder("outputs-failing");
  WriteFile(folder + "/a.txt", "old");
  OutputSet outputs({});
  outputs.Declare({"-o", folder + "/a.txt"},
                  OutputSet::Text([](std::ostream& out) { out << "new"; }));
  outputs.Declare({"--json", folder + "/b.json"},
                  [](const std::string& path) -> std::vector<std::string> {
                    throw std::runtime_error(path + ": cannot write the workbook: disk full");
                  });
  try {
    outputs.Commit();
    FAIL() << "expected OutputError";
  } catch (const OutputError& error) {
    // The message names the file asked for, never the temporary one.
    EXPECT_EQ(std::string(error.what()), folder + "/b.json: cannot write the workbook: disk full");
  }
  EXPECT_EQ(ReadFile(folder + "/a.txt"), "old");
  EXPECT_EQ(Names(folder), std::vector<std::string>{"a.txt"});  // No temporary file left.
}

TEST(OutputSetTest, RefusesPathsThatCannotBeUsed) {
  std::string folder = ScratchFolder("outputs-refused");
  WriteFile(folder + "/input.yaml", "x");
  OutputSet outputs({folder + "/input.yaml"});
  EXPECT_EQ(UsageMessage(outputs, {"-o", folder + "/card.txt"}, ".xlsx"),
            "-o " + folder + "/card.txt: a workbook; name it .xlsx");
  EXPECT_EQ(UsageMessage(outputs, {"-o", folder + "/missing/card.txt"}),
            "-o " + folder + "/missing/card.txt: the folder " + folder + "/missing does not exist");
  EXPECT_EQ(UsageMessage(outputs, {"-o", folder}),
            "-o " + folder + ": is a folder; give a file name");
  EXPECT_EQ(UsageMessage(outputs, {"-o", folder + "/input.yaml"}),
            "-o " + folder + "/input.yaml: is the input file " + folder +
                "/input.yaml; inputs are never overwritten");
  EXPECT_EQ(UsageMessage(outputs, {"-o", folder + "/out.json"}), "");
  EXPECT_EQ(UsageMessage(outputs, {"--json", folder + "/./out.json"}),
            "--json " + folder + "/./out.json: is also given to -o");
}

TEST(OutputSetTest, AnInputFoundWhileLoadingIsProtectedAtCommit) {
  std::string folder = ScratchFolder("outputs-late-input");
  WriteFile(folder + "/base.yaml", "base");
  OutputSet outputs({});
  outputs.Declare({"-o", folder + "/base.yaml"},
                  OutputSet::Text([](std::ostream& out) { out << "overwritten"; }));
  outputs.ProtectInputs({folder + "/base.yaml"});  // As when a framework extends it.
  EXPECT_THROW(outputs.Commit(), UsageError);
  EXPECT_EQ(ReadFile(folder + "/base.yaml"), "base");
}

}  // namespace
}  // namespace maturity
