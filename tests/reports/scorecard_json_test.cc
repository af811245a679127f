#include "reports/json/scorecard_json.h"

#include <gtest/gtest.h>

#include <sstream>

#include "tests/reports/golden.h"

namespace maturity {
namespace {

class ScorecardJsonGoldenTest : public ::testing::TestWithParam<const char*> {};

TEST_P(ScorecardJsonGoldenTest, MatchesTheGoldenFile) {
  auto example = testing::ScoreExample(GetParam());
  std::ostringstream out;
  WriteScorecardJson(example->card, out);
  testing::ExpectMatchesGolden(out.str(),
                               "tests/data/golden/" + testing::ExampleName(GetParam()) + ".json");
}

INSTANTIATE_TEST_SUITE_P(Examples, ScorecardJsonGoldenTest, ::testing::ValuesIn(testing::kExamples),
                         [](const auto& info) {
                           std::string name = testing::ExampleName(info.param);
                           for (char& c : name) c = c == '-' ? '_' : c;
                           return name;
                         });

TEST(ScorecardJsonTest, HasTheContractsFields) {
  auto example = testing::ScoreExample(testing::kExamples[0]);
  std::ostringstream out;
  WriteScorecardJson(example->card, out);
  std::string json = out.str();
  for (const char* key :
       {"\"framework\"", "\"institution\"", "\"period\"", "\"overall\"", "\"dimensions\"",
        "\"elements\"", "\"gaps\"", "\"by_perspective\"", "\"completeness\"", "\"percent\"",
        "\"divergence\"", "\"flags\"", "\"priority\""}) {
    EXPECT_NE(json.find(key), std::string::npos) << key;
  }
}

}  // namespace
}  // namespace maturity
