// CheckAnswer and CheckResponse: the one check of an answer and of a whole response that
// every channel calls; messages compared whole.
#include "engine/answer_kinds.h"

#include <gtest/gtest.h>

#include "engine/response_check.h"
#include "tests/engine/tiny_framework.h"

namespace maturity {
namespace {

class AnswerKindsTest : public ::testing::Test {
 protected:
  /// Every problem as "rule part index: message", one a line.
  std::string Problems(const std::string& element_id, const Answer& answer) const {
    std::string out;
    for (const AnswerProblem& problem :
         CheckAnswer(framework_, *framework_.FindElement(element_id), answer)) {
      out += std::to_string(static_cast<int>(problem.rule)) + " " +
             std::to_string(static_cast<int>(problem.part)) + " " + std::to_string(problem.index) +
             ": " + problem.message + "\n";
    }
    return out;
  }

  Framework framework_ = testing::ParseTestFramework(testing::kTinyFramework);
};

Answer With(void (*fill)(Answer&)) {
  Answer answer;
  answer.by = "m1";
  fill(answer);
  return answer;
}

// Each kind says how it is asked for, so that writers and channels ask the form, not the kind.
TEST_F(AnswerKindsTest, EachKindGivesTheFormItIsAskedIn) {
  AnswerForm level = FormOf(*framework_.FindElement("a1"));
  EXPECT_EQ(level.input, AnswerInput::kLevel);
  EXPECT_STREQ(level.key, "level");
  EXPECT_EQ(level.definition, nullptr);
  EXPECT_EQ(level.bands, nullptr);

  AnswerForm number = FormOf(*framework_.FindElement("b-disputes"));
  EXPECT_EQ(number.input, AnswerInput::kNumber);
  EXPECT_STREQ(number.key, "value");
  EXPECT_STREQ(number.definition, "measure");
  EXPECT_EQ(number.unit->Default(), "disputes");
  EXPECT_FALSE(number.higher_is_better);
  ASSERT_NE(number.bands, nullptr);
  EXPECT_EQ(number.bands->size(), 4u);
  EXPECT_EQ(number.items, nullptr);

  AnswerForm ticks = FormOf(*framework_.FindElement("b-tor"));
  EXPECT_EQ(ticks.input, AnswerInput::kTicks);
  EXPECT_STREQ(ticks.key, "checked");
  EXPECT_STREQ(ticks.definition, "checklist");
  ASSERT_NE(ticks.items, nullptr);
  EXPECT_EQ(ticks.items->size(), 3u);
  EXPECT_EQ(ticks.items->front().key, "x");
  EXPECT_EQ(ticks.unit, nullptr);
}

TEST_F(AnswerKindsTest, SoundAnswersOfEachKindPass) {
  EXPECT_EQ(Problems("a1", With([](Answer& a) { a.level = 3; })), "");
  EXPECT_EQ(Problems("b-facility", With([](Answer& a) { a.value = 12.5; })), "");
  EXPECT_EQ(Problems("b-tor", With([](Answer& a) { a.checked = {{"x", "z"}}; })), "");
  EXPECT_EQ(Problems("b-tor", With([](Answer& a) { a.checked = std::vector<std::string>{}; })), "");
  EXPECT_EQ(Problems("a1", With([](Answer& a) {
                       a.not_applicable = true;
                       a.reason = "No such committee here.";
                     })),
            "");
}

TEST_F(AnswerKindsTest, EachRuleIsSaidWithThePartItIsAbout) {
  EXPECT_EQ(Problems("a1", With([](Answer&) {})),
            "0 0 0: expected a level from 1 to 5, or not applicable with a reason\n");
  EXPECT_EQ(Problems("a1", With([](Answer& a) {
                       a.not_applicable = true;
                       a.level = 2;
                     })),
            "2 4 0: a not-applicable answer needs a reason\n"
            "1 1 0: a not-applicable answer cannot also give level; keep one\n");
  EXPECT_EQ(Problems("a1", With([](Answer& a) {
                       a.not_applicable = true;
                       a.reason = " \n";
                     })),
            "2 4 0: a not-applicable answer needs a reason\n");
  EXPECT_EQ(Problems("a1", With([](Answer& a) {
                       a.level = 2;
                       a.reason = "because";
                     })),
            "3 4 0: a reason explains a not-applicable answer; mark it not applicable or write "
            "the explanation as a note\n");
  EXPECT_EQ(Problems("a1", With([](Answer& a) { a.value = 3; })),
            "4 2 0: element 'a1' is answered with 'level' (a level from 1 to 5), not 'value'\n");
  EXPECT_EQ(Problems("a1", With([](Answer& a) { a.level = 6; })),
            "5 1 0: expected a level from 1 to 5, got 6\n");
  EXPECT_EQ(Problems("b-tor", With([](Answer& a) {
                       a.checked = {{"x", "w", "x"}};
                     })),
            "7 3 1: unknown checklist item 'w'; the items of 'b-tor' are x, y, z\n"
            "8 3 2: checklist item 'x' is listed twice\n");
  EXPECT_EQ(Problems("a1", With([](Answer& a) {
                       a.level = 2;
                       a.evidence = {"Minutes, May", "  "};
                     })),
            "9 5 1: expected what shows the level (a document, a minute, a link), got an empty "
            "text\n");
}

TEST_F(AnswerKindsTest, AMeasureOutsideItsRangeIsRefused) {
  Framework framework = testing::ParseTestFramework(testing::kTinyFramework);
  Element& facility = framework.dimensions[1].elements[0];
  Measure& measure = std::get<Measure>(facility.answer);
  measure.min = 0;
  measure.max = 100;
  Answer answer = With([](Answer& a) { a.value = 5000; });
  std::vector<AnswerProblem> problems = CheckAnswer(framework, facility, answer);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].rule, AnswerRule::kValueOutOfRange);
  EXPECT_EQ(problems[0].message, "expected a number from 0 to 100 (hours), got 5000");
  measure.max.reset();
  answer.value = -300;
  EXPECT_EQ(CheckAnswer(framework, facility, answer)[0].message,
            "expected a number of at least 0 (hours), got -300");
}

TEST_F(AnswerKindsTest, AResponseBuiltOnTheModelIsCheckedByTheSameRules) {
  Diagnostics diagnostics;
  Response response = ParseResponse(
      "response.yaml",
      testing::TinyResponse("{sector: fe, staff: 300}", "answers:\n  a1: [{by: m1, level: 3}]\n"),
      framework_, diagnostics);
  EXPECT_TRUE(CheckResponse(framework_, response).empty());

  response.period = "next year";
  response.institution.profile["sector"].text = "school";
  response.respondents.push_back({"m1", "governors", "", ""});
  response.answers[0].answers.push_back(response.answers[0].answers[0]);
  response.answers[0].answers[0].level = 9;
  response.answers.push_back({"zz", {}});
  response.sign_off.push_back({"trade_union", " ", "2026-13-01", false, ""});
  response.actions.push_back({"a1", "", "", "soon", ActionStatus::kPlanned, "", {}});
  std::string said;
  for (const ResponseProblem& problem : CheckResponse(framework_, response)) {
    said += problem.path + ": " + problem.message + "\n";
  }
  EXPECT_EQ(said,
            "period: expected a period such as 2025-26, got 'next year'\n"
            "institution.profile.sector: expected one of fe, he, got 'school'\n"
            "respondents[4].id: duplicate respondent 'm1'\n"
            "respondents[4].perspective: unknown perspective 'governors'\n"
            "answers.a1[0].level: expected a level from 1 to 5, got 9\n"
            "answers.a1[1]: respondent 'm1' already answered 'a1'; give one answer per "
            "respondent\n"
            "answers.zz: unknown element 'zz'\n"
            "sign_off[0].name: expected the name of the person who signed, got an empty text\n"
            "sign_off[0].date: expected a date as YYYY-MM-DD, got '2026-13-01'\n"
            "sign_off[0].statement: expected the side's explanation of why it does not agree, "
            "got an empty text\n"
            "actions[0].action: expected the action agreed, got an empty text\n"
            "actions[0].due: expected a date as YYYY-MM-DD, got 'soon'\n");
}

}  // namespace
}  // namespace maturity
