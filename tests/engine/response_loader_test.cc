#include "engine/response_loader.h"

#include <gtest/gtest.h>

#include "engine/scoring.h"
#include "tests/engine/tiny_framework.h"

namespace maturity {
namespace {

using testing::kTinyFramework;
using testing::ParseTestFramework;
using testing::ResponseErrors;
using testing::TinyResponse;

class ResponseLoaderTest : public ::testing::Test {
 protected:
  Framework framework_ = ParseTestFramework(kTinyFramework);
};

TEST_F(ResponseLoaderTest, LoadsEveryKindOfAnswer) {
  std::string text =
      TinyResponse("{sector: fe, staff: 300}",
                   "answers:\n"
                   "  a1:\n"
                   "    - {by: m1, level: 4, evidence: [Minutes, March 2025]}\n"
                   "    - {by: t1, level: 2, note: Not yet used}\n"
                   "  b-facility:\n"
                   "    - {by: m1, value: 12.5}\n"
                   "  b-tor:\n"
                   "    - {by: t1, checked: [x, z]}\n"
                   "  b-disputes:\n"
                   "    - {by: m2, not_applicable: true, reason: New forum}\n"
                   "sign_off:\n"
                   "  - {perspective: management, name: Principal, date: 2025-11-03}\n");
  Diagnostics diagnostics;
  Response response = ParseResponse("response.yaml", text, framework_, diagnostics);
  EXPECT_EQ(diagnostics.Format(), "");
  EXPECT_EQ(response.institution.profile.at("staff").band, "medium");
  EXPECT_EQ(response.institution.profile.at("staff").number, 300);
  ASSERT_EQ(response.answers.size(), 4u);
  const ElementAnswers* a1 = response.FindAnswers("a1");
  ASSERT_EQ(a1->answers.size(), 2u);
  EXPECT_EQ(a1->answers[0].level, 4);
  EXPECT_EQ(a1->answers[0].evidence, (std::vector<std::string>{"Minutes", "March 2025"}));
  EXPECT_EQ(a1->answers[1].note, "Not yet used");
  EXPECT_EQ(response.FindAnswers("b-facility")->answers[0].value, 12.5);
  EXPECT_EQ(response.FindAnswers("b-tor")->answers[0].checked,
            (std::vector<std::string>{"x", "z"}));
  EXPECT_TRUE(response.FindAnswers("b-disputes")->answers[0].not_applicable);
  EXPECT_EQ(response.FindAnswers("b-disputes")->answers[0].reason, "New forum");
  ASSERT_EQ(response.sign_off.size(), 1u);
  EXPECT_EQ(response.sign_off[0].date, "2025-11-03");
}

TEST_F(ResponseLoaderTest, ReportsEveryAnswerProblemInOneRun) {
  std::string text = TinyResponse("{sector: fe, staff: 300}",
                                  "answers:\n"
                                  "  a1:\n"
                                  "    - {by: m1, level: three}\n"
                                  "    - {by: m2, level: 6}\n"
                                  "    - {by: m9, level: 2}\n"
                                  "    - {by: t1, levle: 2}\n"
                                  "  a9:\n"
                                  "    - {by: m1, level: 2}\n"
                                  "  b-facility:\n"
                                  "    - {by: m1, value: twelve}\n"
                                  "    - {by: t1, level: 3}\n"
                                  "  b-tor:\n"
                                  "    - {by: m1, checked: [x, w, x]}\n"
                                  "  a2:\n"
                                  "    - {by: m1, level: 2}\n"
                                  "    - {by: m1, level: 3}\n"
                                  "  b-disputes:\n"
                                  "    - {by: m1, not_applicable: true}\n");
  EXPECT_EQ(ResponseErrors(framework_, text),
            "response.yaml:15:23: error: answers.a1[0].level: expected a level from 1 to 5, got "
            "\"three\"\n"
            "response.yaml:16:23: error: answers.a1[1].level: expected a level from 1 to 5, got "
            "\"6\"\n"
            "response.yaml:17:12: error: answers.a1[2].by: unknown respondent 'm9'; the "
            "respondents are m1, m2, m3, t1\n"
            "response.yaml:18:7: error: answers.a1[3]: missing required key 'level' (a level "
            "from 1 to 5), or not_applicable: true with a reason\n"
            "response.yaml:18:16: error: answers.a1[3].levle: unknown key 'levle'; did you mean "
            "'level'?\n"
            "response.yaml:19:3: error: answers.a9: unknown element 'a9'; it is not in framework "
            "'tiny' 1.0.0; did you mean 'a1'?\n"
            "response.yaml:22:23: error: answers.b-facility[0].value: expected a number in "
            "hours, got \"twelve\"\n"
            "response.yaml:23:23: error: answers.b-facility[1].level: element 'b-facility' is "
            "answered with 'value' (a number in hours), not 'level'\n"
            "response.yaml:25:29: error: answers.b-tor[0].checked[1]: unknown checklist item "
            "'w'; the items of 'b-tor' are x, y, z\n"
            "response.yaml:25:32: error: answers.b-tor[0].checked[2]: checklist item 'x' is "
            "listed twice\n"
            "response.yaml:28:7: error: answers.a2[1]: respondent 'm1' already answered 'a2'; "
            "give one answer per respondent\n"
            "response.yaml:30:7: error: answers.b-disputes[0]: a not_applicable answer needs a "
            "'reason'\n");
}

TEST_F(ResponseLoaderTest, ReadingForScoresOnlyReportsAndScoresTheSame) {
  auto errors = [&](const std::string& text, ResponseDetail detail) {
    Diagnostics diagnostics;
    try {
      ParseResponse("response.yaml", text, framework_, diagnostics, detail);
    } catch (const InputError& error) {
      return error.diagnostics().Format();
    }
    return diagnostics.Format();
  };
  std::string bad = TinyResponse("{sector: fe, staff: 300}",
                                 "answers:\n"
                                 "  a1:\n"
                                 "    - {by: m1, level: 4, evidence: [Minutes, '  ']}\n"
                                 "    - {by: m2, level: 4, evidence: [[nested]]}\n"
                                 "    - {by: m3, level: 4, evidence: {a: b}, note: [x]}\n");
  std::string full = errors(bad, ResponseDetail::kFull);
  EXPECT_NE(full.find("answers.a1[0].evidence[1]: expected what shows the level"),
            std::string::npos)
      << full;
  EXPECT_NE(full.find("answers.a1[2].note: expected text, got a list"), std::string::npos) << full;
  EXPECT_EQ(errors(bad, ResponseDetail::kScores), full);

  std::string good = TinyResponse("{sector: fe, staff: 300}",
                                  "answers:\n"
                                  "  a1:\n"
                                  "    - {by: m1, level: 4, evidence: [Minutes, Agreement]}\n"
                                  "    - {by: m2, level: 4, note: no papers to hand}\n"
                                  "    - {by: t1, level: 3, evidence: Notes of the forum}\n");
  Diagnostics diagnostics;
  Response with_texts = ParseResponse("response.yaml", good, framework_, diagnostics);
  Response scores_only =
      ParseResponse("response.yaml", good, framework_, diagnostics, ResponseDetail::kScores);
  const Answer& kept = with_texts.FindAnswers("a1")->answers[0];
  const Answer& counted = scores_only.FindAnswers("a1")->answers[0];
  EXPECT_EQ(kept.evidence, (std::vector<std::string>{"Minutes", "Agreement"}));
  EXPECT_TRUE(counted.evidence.empty());
  EXPECT_EQ(counted.evidence_count, 2u);
  EXPECT_EQ(scores_only.FindAnswers("a1")->answers[1].note, "");
  Scorecard a = Score(framework_, with_texts);
  Scorecard b = Score(framework_, scores_only);
  ASSERT_EQ(a.elements.size(), b.elements.size());
  for (std::size_t i = 0; i < a.elements.size(); ++i) {
    EXPECT_EQ(a.elements[i].flags, b.elements[i].flags) << a.elements[i].element->id;
    EXPECT_EQ(a.elements[i].score, b.elements[i].score) << a.elements[i].element->id;
    ASSERT_EQ(a.elements[i].ratings.size(), b.elements[i].ratings.size());
    for (std::size_t r = 0; r < a.elements[i].ratings.size(); ++r) {
      EXPECT_EQ(a.elements[i].ratings[r].unevidenced, b.elements[i].ratings[r].unevidenced);
    }
  }
  EXPECT_TRUE(a.FindElement("a1")->ratings[1].unevidenced);  // m2 gave a note, no evidence.
  EXPECT_EQ(a.overall.score, b.overall.score);
}

TEST_F(ResponseLoaderTest, RefusesAnotherFrameworkOrVersion) {
  std::string other = "framework: other\nframework_version: 1.0.0\n";
  std::string text = TinyResponse("{sector: fe, staff: 300}", "answers: {}\n");
  EXPECT_EQ(ResponseErrors(framework_, other + text.substr(text.find("institution"))),
            "response.yaml:1:12: error: framework: this response is for framework 'other', but "
            "the framework given is 'tiny' (framework.yaml)\n"
            "response.yaml:13:10: warning: answers: no element is answered; the response scores "
            "nothing\n");
  std::string old_version = "framework: tiny\nframework_version: 0.9.0\n";
  EXPECT_EQ(ResponseErrors(framework_, old_version + text.substr(text.find("institution"))),
            "response.yaml:2:20: error: framework_version: this response is for version 0.9.0 of "
            "'tiny', but the framework given is version 1.0.0; score it with the framework "
            "version it was written for\n"
            "response.yaml:13:10: warning: answers: no element is answered; the response scores "
            "nothing\n");
}

TEST_F(ResponseLoaderTest, ChecksTheProfileRespondentsAndSignOff) {
  std::string text =
      "framework: tiny\nframework_version: 1.0.0\ninstitution:\n  id: inst\n  name: Inst\n"
      "  profile: {sector: college, staff: many, size: 3}\nperiod: 2025-26\nrespondents:\n"
      "  - {id: m1, perspective: managers}\n  - {id: m1, perspective: management}\n"
      "answers:\n  a1:\n    - {by: m1, level: 3}\n"
      "sign_off:\n  - {perspective: trade_union, name: Secretary, date: 5 Nov 2025}\n";
  EXPECT_EQ(ResponseErrors(framework_, text),
            "response.yaml:6:21: error: institution.profile.sector: expected one of fe, he, got "
            "\"college\"\n"
            "response.yaml:6:37: error: institution.profile.staff: expected an integer, got "
            "\"many\"\n"
            "response.yaml:6:43: error: institution.profile.size: unknown profile field 'size'; "
            "the framework declares: sector, staff\n"
            "response.yaml:9:27: error: respondents[0].perspective: unknown perspective "
            "'managers'; the framework's perspectives are management, trade_union\n"
            "response.yaml:10:10: error: respondents[1].id: duplicate respondent 'm1'\n"
            "response.yaml:15:55: error: sign_off[0].date: expected a date as YYYY-MM-DD, got "
            "\"5 Nov 2025\"\n");
}

TEST_F(ResponseLoaderTest, ASignOffNeedsANameAndADayOfTheCalendar) {
  std::string text = TinyResponse(
      "{sector: fe, staff: 300}",
      "answers: {}\nsign_off:\n  - {perspective: management, name: \"  \", date: 2025-11-03}\n"
      "  - {perspective: trade_union, name: Secretary, date: 2025-02-30}\n"
      "  - {perspective: trade_union, name: Chair, date: 2028-02-29}\n");
  std::string errors = ResponseErrors(framework_, text);
  EXPECT_NE(errors.find("sign_off[0].name: expected the name of the person who signed, got an "
                        "empty text\n"),
            std::string::npos)
      << errors;
  EXPECT_NE(errors.find("sign_off[1].date: expected a date as YYYY-MM-DD, got \"2025-02-30\", "
                        "which is not a day of the calendar\n"),
            std::string::npos)
      << errors;
  EXPECT_EQ(errors.find("sign_off[2]"), std::string::npos) << errors;  // A leap day is a day.
}

TEST_F(ResponseLoaderTest, ASideThatDoesNotAgreeMustSayWhy) {
  std::string text = TinyResponse(
      "{sector: fe, staff: 300}",
      "answers: {}\nsign_off:\n"
      "  - {perspective: management, name: P, date: 2025-11-03, agreed: false}\n"
      "  - {perspective: trade_union, name: S, date: 2025-11-05, agreed: false, statement: \" \"}\n"
      "  - {perspective: trade_union, name: T, date: 2025-11-05, agreed: maybe}\n");
  EXPECT_EQ(ResponseErrors(framework_, text),
            "response.yaml:13:10: warning: answers: no element is answered; the response "
            "scores nothing\n"
            "response.yaml:15:5: error: sign_off[0]: 'agreed: false' needs a 'statement': the "
            "side's explanation of why it does not agree\n"
            "response.yaml:16:85: error: sign_off[1].statement: expected the side's explanation "
            "of why it does not agree, got an empty text\n"
            "response.yaml:17:67: error: sign_off[2].agreed: expected true or false, got "
            "\"maybe\"\n");
  Diagnostics diagnostics;
  Response response = ParseResponse(
      "response.yaml",
      TinyResponse("{sector: fe, staff: 300}",
                   "answers: {}\nsign_off:\n  - {perspective: trade_union, name: S, date: "
                   "2025-11-05, agreed: false, statement: \"Workload was not discussed.\"}\n"),
      framework_, diagnostics);
  ASSERT_EQ(response.sign_off.size(), 1u);
  EXPECT_FALSE(response.sign_off[0].agreed);
  EXPECT_EQ(response.sign_off[0].statement, "Workload was not discussed.");
}

TEST_F(ResponseLoaderTest, AgreedActionsAreReadAndCheckedWithTheirPlace) {
  std::string text = TinyResponse(
      "{sector: fe, staff: 300}",
      "answers: {a1: [{by: m1, level: 2}]}\nactions:\n"
      "  - {element: a1, action: Hold a workshop, owner: HR, due: 2025-09-30, status: done}\n"
      "  - {element: a3, action: Agree a protocol, due: 2025-02-30}\n"
      "  - {element: a2, action: \" \", status: started}\n"
      "  - {element: a2, action: Publish the minutes, note: Monthly}\n");
  EXPECT_EQ(ResponseErrors(framework_, text),
            "response.yaml:16:15: error: actions[1].element: unknown element 'a3'; it is not in "
            "framework 'tiny' 1.0.0; did you mean 'a1'?\n"
            "response.yaml:16:50: error: actions[1].due: expected a date as YYYY-MM-DD, got "
            "\"2025-02-30\", which is not a day of the calendar\n"
            "response.yaml:17:27: error: actions[2].action: expected the action agreed, got an "
            "empty text\n"
            "response.yaml:17:40: error: actions[2].status: expected planned, in_progress, done "
            "or dropped, got \"started\"\n");
  text =
      testing::Replace(text, "  - {element: a3, action: Agree a protocol, due: 2025-02-30}\n", "");
  text = testing::Replace(text, "  - {element: a2, action: \" \", status: started}\n", "");
  Diagnostics diagnostics;
  Response response = ParseResponse("response.yaml", text, framework_, diagnostics);
  ASSERT_EQ(response.actions.size(), 2u);
  EXPECT_EQ(response.actions[0].owner, "HR");
  EXPECT_EQ(response.actions[0].status, ActionStatus::kDone);
  EXPECT_EQ(response.actions[1].status, ActionStatus::kPlanned);  // The default.
  EXPECT_EQ(response.actions[1].note, "Monthly");
  EXPECT_EQ(response.actions[1].due, "");
}

TEST_F(ResponseLoaderTest, AnUnknownRespondentAmongManyGetsADidYouMeanNotAList) {
  std::string respondents;
  for (int i = 0; i < 4000; ++i) {
    respondents += "  - {id: staff-" + std::to_string(i) + ", perspective: management}\n";
  }
  std::string text =
      "framework: tiny\nframework_version: 1.0.0\ninstitution:\n  id: inst\n  name: Inst\n"
      "  profile: {sector: fe, staff: 300}\nperiod: 2025-26\nrespondents:\n" +
      respondents + "answers:\n  a1:\n    - {by: staff-39999, level: 3}\n";
  EXPECT_EQ(ResponseErrors(framework_, text),
            "response.yaml:4011:12: error: answers.a1[0].by: unknown respondent 'staff-39999'; did "
            "you mean 'staff-3999'? (4000 respondents are listed under respondents:)\n");
}

TEST_F(ResponseLoaderTest, BlankEvidenceIsRefusedAndNoAnswersIsSaid) {
  std::string blank = TinyResponse(
      "{sector: fe, staff: 300}",
      "answers:\n  a1:\n    - {by: m1, level: 4, evidence: [\"Minutes\", \"\", \"   \"]}\n");
  EXPECT_EQ(ResponseErrors(framework_, blank),
            "response.yaml:15:48: error: answers.a1[0].evidence[1]: expected what shows the level "
            "(a document, a minute, a link), got an empty text\n"
            "response.yaml:15:52: error: answers.a1[0].evidence[2]: expected what shows the level "
            "(a document, a minute, a link), got an empty text\n");
  EXPECT_EQ(ResponseErrors(framework_, TinyResponse("{sector: fe, staff: 300}", "answers: {}\n")),
            "response.yaml:13:10: warning: answers: no element is answered; the response scores "
            "nothing\n");
}

TEST(ResponseLoaderRangeTest, AValueOutsideItsMeasuresRangeIsRefused) {
  std::string text = testing::kTinyFramework;
  std::string bands = "bands: {1: 0, 2: 5, 3: 10, 4: 20, 5: 30}";
  text.replace(text.find(bands), bands.size(), bands + ", min: 0, max: 100");
  Framework framework = testing::ParseTestFramework(text);
  std::string response = TinyResponse(
      "{sector: fe, staff: 300}",
      "answers:\n  b-facility:\n    - {by: m1, value: -5}\n    - {by: m2, value: 1e308}\n"
      "    - {by: m3, value: 100}\n");
  EXPECT_EQ(ResponseErrors(framework, response),
            "response.yaml:15:23: error: answers.b-facility[0].value: expected a number from 0 to "
            "100 (hours), got -5\n"
            "response.yaml:16:23: error: answers.b-facility[1].value: expected a number from 0 to "
            "100 (hours), got 1e+308\n");
}

TEST_F(ResponseLoaderTest, APeriodIsAYearOrAnAcademicOrFinancialYear) {
  for (const char* good : {"2025-26", "2099-00", "2025"}) {
    std::string text = TinyResponse("{sector: fe, staff: 300}", "answers: {}\n");
    text.replace(text.find("period: 2025-26"), 15, std::string("period: ") + good);
    EXPECT_EQ(ResponseErrors(framework_, text).find("error"), std::string::npos) << good;
  }
  std::string slashed = TinyResponse("{sector: fe, staff: 300}", "answers: {}\n");
  slashed.replace(slashed.find("period: 2025-26"), 15, "period: 2025/26");
  EXPECT_NE(ResponseErrors(framework_, slashed)
                .find("response.yaml:7:9: error: period: expected a period such as 2025-26 (an "
                      "academic or financial year) or 2025 (a calendar year), got \"2025/26\"; "
                      "write the years with a hyphen, the second following the first, as "
                      "2025-26\n"),
            std::string::npos);
  for (const char* bad : {"2025-27", "Autumn 2025", "25-26", "2025-2026"}) {
    std::string text = TinyResponse("{sector: fe, staff: 300}", "answers: {}\n");
    text.replace(text.find("period: 2025-26"), 15, std::string("period: ") + bad);
    EXPECT_NE(ResponseErrors(framework_, text).find("error: period: expected a period"),
              std::string::npos)
        << bad;
  }
}

TEST_F(ResponseLoaderTest, WarnsAboutAnswersToElementsThatDoNotApply) {
  std::string text =
      TinyResponse("{sector: fe, staff: 300}", "answers:\n  b-large:\n    - {by: m1, level: 3}\n");
  EXPECT_EQ(ResponseErrors(framework_, text),
            "response.yaml:14:3: warning: answers.b-large: element 'b-large' does not apply to "
            "this institution's profile; its answers are kept but not scored\n");
}

TEST_F(ResponseLoaderTest, AValueWorseThanTheBandOfTheLowestLevelIsWarnedOfAtItsPlace) {
  // b-facility: level 1 from 0 hours, and no min: -2 reaches no band yet scores level 1.
  // b-disputes has no band for level 1: 10 disputes is level 1 by design, said nowhere.
  std::string text = TinyResponse("{sector: fe, staff: 300}",
                                  "answers:\n  b-facility:\n    - {by: m1, value: -2}\n"
                                  "    - {by: m2, value: 0}\n"
                                  "  b-disputes:\n    - {by: m1, value: 10}\n");
  EXPECT_EQ(ResponseErrors(framework_, text),
            "response.yaml:15:23: warning: answers.b-facility[0].value: the value -2 is worse "
            "than every band of 'b-facility' (level 1 needs 0 or more); it is scored level 1 "
            "without reaching it\n");
}

TEST_F(ResponseLoaderTest, ReasonWithoutNotApplicableIsRefused) {
  std::string text = TinyResponse("{sector: fe, staff: 300}",
                                  "answers:\n  a1:\n    - {by: m1, level: 3, reason: Busy}\n");
  EXPECT_EQ(ResponseErrors(framework_, text),
            "response.yaml:15:34: error: answers.a1[0].reason: 'reason' explains a "
            "not_applicable answer; add not_applicable: true or write the explanation as a "
            "note\n");
}

TEST_F(ResponseLoaderTest, StaffOutsideEveryBandIsRefused) {
  std::string text = TinyResponse("{sector: fe, staff: -5}", "answers: {}\n");
  EXPECT_EQ(ResponseErrors(framework_, text),
            "response.yaml:6:32: error: institution.profile.staff: -5 falls in none of the bands "
            "of 'staff'\n"
            "response.yaml:13:10: warning: answers: no element is answered; the response scores "
            "nothing\n");
}

}  // namespace
}  // namespace maturity
