#include "reports/text/scorecard_text.h"

#include <gtest/gtest.h>

#include <sstream>

#include "common/messages.h"
#include "engine/response_loader.h"
#include "tests/engine/tiny_framework.h"
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

TEST(ScorecardTextTest, SidesAreNamedByTheirLabelsNeverTheirKeys) {
  auto example = testing::ScoreExample(testing::kExamples[0]);
  for (const char* language : {"en", "cy"}) {
    std::ostringstream out;
    WriteScorecardText(example->card, out, 5, nullptr, language);
    EXPECT_EQ(out.str().find("trade_union"), std::string::npos) << language << "\n" << out.str();
  }
  std::ostringstream welsh;
  WriteScorecardText(example->card, welsh, 5, nullptr, "cy");
  EXPECT_EQ(welsh.str().find("management"), std::string::npos) << welsh.str();
  EXPECT_NE(welsh.str().find("Ochr yr undebau llafur"), std::string::npos);
}

TEST(ScorecardTextTest, ANothingScoredResponseSaysSoRatherThanNoGaps) {
  Framework framework = testing::ParseTestFramework(testing::kTinyFramework);
  Diagnostics diagnostics;
  Response response = ParseResponse(
      "response.yaml", testing::TinyResponse("{sector: fe, staff: 300}", "answers: {}\n"),
      framework, diagnostics);
  for (const char* language : {"en", "cy"}) {
    std::ostringstream out;
    WriteScorecardText(Score(framework, response), out, 5, nullptr, language);
    EXPECT_NE(out.str().find(Messages::For(language)("summary.nothing_scored")), std::string::npos)
        << out.str();
    EXPECT_EQ(out.str().find(Messages::For(language)("summary.no_gaps")), std::string::npos);
  }
}

}  // namespace
}  // namespace maturity
