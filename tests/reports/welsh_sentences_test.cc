// Sentences the reports build from several catalogue texts, rendered in Welsh and compared
// with the wording a Welsh-speaking review asked for.
#include <gtest/gtest.h>

#include "common/messages.h"
#include "reports/presentation.h"

namespace maturity {
namespace {

const Messages& Welsh() { return Messages::For("cy"); }

TEST(WelshSentencesTest, ConditionsReadAsWelshClauses) {
  Condition staff;
  staff.field = "staff";
  staff.accepted = {"medium", "large"};
  EXPECT_EQ(Welsh()("questionnaire.only_where", {ConditionsText({staff}, Welsh())}),
            "Dim ond lle mae staff yn medium neu large.");
}

TEST(WelshSentencesTest, NumbersNeverFollowTheConjunctionA) {
  // "a 8" would need "ac 8": the sentences are worded so that no number follows "a".
  EXPECT_EQ(Welsh()("summary.more_gaps", {"8"}), "... mae 8 arall yn y cynllun gweithredu");
  EXPECT_EQ(Welsh()("summary.more_divergent", {"11", "Safbwyntiau"}),
            "... mae 11 arall ar y daflen Safbwyntiau");
}

TEST(WelshSentencesTest, MeasuresBandsLevelsAndSheets) {
  EXPECT_EQ(Welsh()("docs.measure", {"y cant o'r cyfarfodydd", "gorau po uchaf",
                                     "lefel 2 o 50 "
                                     "ymlaen"}),
            "Atebwch â rhif (y cant o'r cyfarfodydd; gorau po uchaf): lefel 2 o 50 ymlaen.");
  EXPECT_EQ(Welsh()("docs.band_from", {"2", "50"}), "lefel 2 o 50 ymlaen");
  EXPECT_EQ(Welsh()("sector.column.at_level", {"3", "Wedi'i sefydlu"}),
            "Ar lefel 3 (Wedi'i sefydlu)");
  EXPECT_NE(Welsh()("sector.method.period_text", {"2025-26", "Tueddiadau"})
                .find("dim ond ar y daflen Tueddiadau y mae cyfnodau cynharach yn ymddangos"),
            std::string::npos);
}

TEST(WelshSentencesTest, TermsAreTheOnesTheReviewChose) {
  EXPECT_EQ(Welsh()("sector_summary.q1"), "Ch1");  // C1 reads as "Cwestiwn 1".
  EXPECT_EQ(Welsh()("scorecard.perspectives.agreed"), "cytûn");
  EXPECT_EQ(Welsh()("questionnaire.applies"), Welsh()("questionnaire.not_applicable") + "?");
  EXPECT_EQ(Welsh()("summary.complete"), Welsh()("column.completeness"));
  EXPECT_EQ(Welsh()("status.dropped"), "Wedi'i hepgor");
}

}  // namespace
}  // namespace maturity
