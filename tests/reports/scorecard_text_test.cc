#include "reports/scorecard_text.h"

#include <gtest/gtest.h>

#include <sstream>

#include "tests/reports/golden.h"

namespace maturity {
namespace {

TEST(ScorecardTextTest, CollegeSummaryMatchesTheGoldenFile) {
  auto example = testing::ScoreExample(testing::kExamples[0]);
  std::ostringstream out;
  WriteScorecardText(example->card, out);
  testing::ExpectMatchesGolden(out.str(), "tests/data/golden/coleg-y-bryn.txt");
}

TEST(ScorecardTextTest, UniversitySummaryMatchesTheGoldenFile) {
  auto example = testing::ScoreExample(testing::kExamples[1]);
  std::ostringstream out;
  WriteScorecardText(example->card, out);
  testing::ExpectMatchesGolden(out.str(), "tests/data/golden/prifysgol-y-gororau.txt");
}

}  // namespace
}  // namespace maturity
