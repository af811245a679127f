// Every input a fuzzer found (crash, hang or leak) is kept in tests/data/fuzz/ and run
// here through the same code the fuzz target runs, so that a fixed bug stays fixed.
#include <gtest/gtest.h>

#include <filesystem>

#include "fuzz/fuzz_targets.h"
#include "tests/support/test_files.h"

namespace maturity {
namespace {

void ReplayFolder(const std::string& folder, void (*target)(const std::string&)) {
  int replayed = 0;
  for (const auto& entry : std::filesystem::directory_iterator(testing::SourcePath(folder))) {
    if (!entry.is_regular_file() || entry.path().filename() == "README.md") continue;
    SCOPED_TRACE(entry.path().string());
    target(testing::ReadFile(entry.path().string()));
    ++replayed;
  }
  ::testing::Test::RecordProperty("replayed", replayed);
}

TEST(FuzzReplayTest, FrameworkLoaderFindings) {
  ReplayFolder("tests/data/fuzz/framework", fuzz::FrameworkLoader);
}

TEST(FuzzReplayTest, ResponseLoaderFindings) {
  ReplayFolder("tests/data/fuzz/response", fuzz::ResponseLoader);
}

TEST(FuzzReplayTest, QuestionnairePartFindings) {
  ReplayFolder("tests/data/fuzz/questionnaire", fuzz::QuestionnairePart);
}

TEST(FuzzReplayTest, XlsxXmlFindings) { ReplayFolder("tests/data/fuzz/xml", fuzz::XlsxXml); }

TEST(FuzzReplayTest, BenchmarkReaderFindings) {
  ReplayFolder("tests/data/fuzz/benchmark", fuzz::BenchmarkReader);
}

}  // namespace
}  // namespace maturity
