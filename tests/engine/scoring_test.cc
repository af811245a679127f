// Every rule of the methodology (docs/methodology.md), against numbers computed by hand.
#include "engine/scoring.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <utility>

#include "tests/engine/tiny_framework.h"

namespace maturity {
namespace {

using testing::kTinyFramework;
using testing::ParseTestFramework;
using testing::Replace;
using testing::TinyResponse;

class ScoringTest : public ::testing::Test {
 protected:
  /// Parses `text` and scores it; the response is kept alive by the fixture.
  const Scorecard& ScoreText(const std::string& text) {
    Diagnostics diagnostics;
    response_ = ParseResponse("response.yaml", text, framework_, diagnostics);
    card_ = Score(framework_, response_);
    return card_;
  }
  void UseFramework(const std::string& text) { framework_ = ParseTestFramework(text); }
  /// The level one respondent's answer of `value` reaches for the measure `element_id`.
  std::optional<int> LevelForValue(const std::string& element_id, double value) const {
    Answer answer;
    answer.value = value;
    return RespondentLevel(framework_, *framework_.FindElement(element_id), answer);
  }

  Framework framework_ = ParseTestFramework(kTinyFramework);
  Response response_;
  Scorecard card_;
};

// The worked example used by several tests (profile fe, 300 staff: medium, target 3).
//   a1 (w2): m1 4 with evidence, m2 2; t1 2  -> management 3, trade union 2 -> 2.5, apart 1.0
//   a2 (w1, target 5): m1 4 without evidence  -> 4, unevidenced
//   b-facility: m1 12 hours -> 3; t1 4 hours -> 1 -> 2, apart 2
//   b-disputes: m1 2 disputes (lower is better: 2 <= 3 but not <= 1) -> 3
//   b-tor: t1 checked 1 of 3 -> level 2
//   b-large: does not apply to a medium institution
const std::string kWorkedAnswers =
    "answers:\n"
    "  a1:\n"
    "    - {by: m1, level: 4, evidence: [Minutes]}\n"
    "    - {by: m2, level: 2}\n"
    "    - {by: t1, level: 2}\n"
    "  a2:\n"
    "    - {by: m1, level: 4}\n"
    "  b-facility:\n"
    "    - {by: m1, value: 12}\n"
    "    - {by: t1, value: 4}\n"
    "  b-disputes:\n"
    "    - {by: m1, value: 2}\n"
    "  b-tor:\n"
    "    - {by: t1, checked: [x]}\n";

/// Values of a measure with the level each reaches.
using ValueLevels = std::initializer_list<std::pair<double, int>>;

TEST_F(ScoringTest, MeasuresBandHigherBetterValuesToTheHighestThresholdReached) {
  // -3 reaches no threshold: the lowest level.
  for (auto [value, level] :
       ValueLevels{{0, 1}, {4.99, 1}, {5, 2}, {12, 3}, {20, 4}, {30, 5}, {1000, 5}, {-3, 1}}) {
    EXPECT_EQ(LevelForValue("b-facility", value), level) << value;
  }
}

TEST_F(ScoringTest, LowerBetterMeasuresReachALevelAtOrBelowItsThreshold) {
  // 7 is above every threshold: the lowest level.
  for (auto [value, level] : ValueLevels{{7, 1}, {6, 2}, {4, 2}, {3, 3}, {2, 3}, {1, 4}, {0, 5}}) {
    EXPECT_EQ(LevelForValue("b-disputes", value), level) << value;
  }
}

TEST_F(ScoringTest, ChecklistsCountItemsAndMaySkipALevel) {
  const Element& element = *framework_.FindElement("b-tor");
  auto level = [&](std::vector<std::string> checked) {
    Answer answer;
    answer.checked = std::move(checked);
    return RespondentLevel(framework_, element, answer);
  };
  EXPECT_EQ(level({}), 1);
  EXPECT_EQ(level({"x"}), 2);
  EXPECT_EQ(level({"x", "y"}), 4);  // Bands {1: 0, 2: 1, 4: 2, 5: 3}: level 3 is skipped.
  EXPECT_EQ(level({"x", "y", "z"}), 5);
}

TEST_F(ScoringTest, EachPerspectiveCountsEquallyWhateverItsNumberOfRespondents) {
  const Scorecard& card =
      ScoreText(TinyResponse("{sector: fe, staff: 300}",
                             "answers:\n  a1:\n    - {by: m1, level: 4, evidence: [Minutes]}\n"
                             "    - {by: m2, level: 4, evidence: [Minutes]}\n    - {by: m3, level: "
                             "4, evidence: [Minutes]}\n"
                             "    - {by: t1, level: 1}\n"));
  const ElementScore& a1 = *card.FindElement("a1");
  ASSERT_EQ(a1.by_perspective.size(), 2u);
  EXPECT_EQ(a1.by_perspective[0].respondents, 3);
  EXPECT_DOUBLE_EQ(a1.PerspectiveScoreOf("management").value(), 4.0);
  EXPECT_DOUBLE_EQ(a1.PerspectiveScoreOf("trade_union").value(), 1.0);
  EXPECT_DOUBLE_EQ(a1.score.value(), 2.5);  // (4 + 1) / 2, not (4 + 4 + 4 + 1) / 4 = 3.25.
  EXPECT_DOUBLE_EQ(a1.divergence.value(), 3.0);
  EXPECT_TRUE(a1.Has(Flag::kPerceptionGap));
  EXPECT_EQ(a1.level, 2);
  EXPECT_DOUBLE_EQ(a1.percent.value(), 37.5);  // (2.5 - 1) / (5 - 1) x 100.
}

TEST_F(ScoringTest, WorkedExampleElements) {
  const Scorecard& card = ScoreText(TinyResponse("{sector: fe, staff: 300}", kWorkedAnswers));
  const ElementScore& a1 = *card.FindElement("a1");
  EXPECT_DOUBLE_EQ(a1.score.value(), 2.5);
  EXPECT_DOUBLE_EQ(a1.divergence.value(), 1.0);
  EXPECT_EQ(a1.flags, std::vector<Flag>{Flag::kPerceptionGap});  // At the threshold counts.
  const ElementScore& a2 = *card.FindElement("a2");
  EXPECT_DOUBLE_EQ(a2.score.value(), 4.0);
  EXPECT_FALSE(a2.divergence.has_value());  // One perspective only.
  EXPECT_EQ(a2.flags, std::vector<Flag>{Flag::kUnevidenced});
  EXPECT_DOUBLE_EQ(a2.target, 5.0);
  EXPECT_DOUBLE_EQ(a2.gap.value(), 1.0);
  const ElementScore& facility = *card.FindElement("b-facility");
  EXPECT_DOUBLE_EQ(facility.score.value(), 2.0);
  EXPECT_DOUBLE_EQ(facility.divergence.value(), 2.0);
  EXPECT_DOUBLE_EQ(card.FindElement("b-disputes")->score.value(), 3.0);
  EXPECT_DOUBLE_EQ(card.FindElement("b-tor")->score.value(), 2.0);
  const ElementScore& large = *card.FindElement("b-large");
  EXPECT_FALSE(large.applicable);
  EXPECT_TRUE(large.excluded_by_profile);
  EXPECT_TRUE(large.flags.empty());
}

TEST_F(ScoringTest, WorkedExampleDimensionsAndOverall) {
  const Scorecard& card = ScoreText(TinyResponse("{sector: fe, staff: 300}", kWorkedAnswers));
  const DimensionScore& alpha = *card.FindDimension("alpha");
  EXPECT_DOUBLE_EQ(alpha.score.value(), 3.0);          // (2.5 x 2 + 4 x 1) / 3
  EXPECT_DOUBLE_EQ(alpha.target.value(), 11.0 / 3.0);  // (3 x 2 + 5 x 1) / 3
  EXPECT_DOUBLE_EQ(alpha.gap.value(), 2.0 / 3.0);
  EXPECT_EQ(alpha.level, 3);
  EXPECT_DOUBLE_EQ(alpha.completeness.value(), 1.0);
  EXPECT_DOUBLE_EQ(alpha.by_perspective[0].second.value(), 10.0 / 3.0);  // (3 x 2 + 4) / 3
  EXPECT_DOUBLE_EQ(alpha.by_perspective[1].second.value(), 2.0);         // a2 has no union answer.
  EXPECT_DOUBLE_EQ(alpha.divergence.value(), 10.0 / 3.0 - 2.0);

  const DimensionScore& beta = *card.FindDimension("beta");
  EXPECT_DOUBLE_EQ(beta.score.value(), 7.0 / 3.0);  // (2 + 3 + 2) / 3; b-large does not apply.
  EXPECT_DOUBLE_EQ(beta.completeness.value(), 1.0);
  EXPECT_DOUBLE_EQ(beta.by_perspective[0].second.value(), 3.0);  // facility 3, disputes 3
  EXPECT_DOUBLE_EQ(beta.by_perspective[1].second.value(), 1.5);  // facility 1, tor 2

  EXPECT_DOUBLE_EQ(card.overall.score.value(), 25.0 / 9.0);  // (3 x 2 + 7/3 x 1) / 3
  EXPECT_EQ(card.overall.level, 2);
  EXPECT_DOUBLE_EQ(card.overall.percent.value(), (25.0 / 9.0 - 1) / 4 * 100);
  EXPECT_DOUBLE_EQ(card.overall.target.value(), 31.0 / 9.0);  // (11/3 x 2 + 3) / 3
  EXPECT_DOUBLE_EQ(card.overall.completeness.value(), 1.0);
  EXPECT_DOUBLE_EQ(card.overall.by_perspective[0].second.value(), 29.0 / 9.0);
  EXPECT_DOUBLE_EQ(card.overall.by_perspective[1].second.value(), 5.5 / 3.0);
}

TEST_F(ScoringTest, GapsAreOrderedByPriorityThenDivergenceThenId) {
  const Scorecard& card = ScoreText(TinyResponse("{sector: fe, staff: 300}", kWorkedAnswers));
  // a1: gap 0.5 x weight 2 x dimension 2 = 2 (apart 1); a2: gap 1 x 1 x 2 = 2 (no divergence);
  // b-facility: 1 x 1 x 1 = 1 (apart 2); b-tor: 1 x 1 x 1 = 1 (no divergence).
  std::vector<std::string> order;
  std::vector<double> priorities;
  for (const Gap& gap : card.gaps) {
    order.push_back(card.elements[gap.element_index].element->id);
    priorities.push_back(gap.priority);
  }
  EXPECT_EQ(order, (std::vector<std::string>{"a1", "a2", "b-facility", "b-tor"}));
  EXPECT_EQ(priorities, (std::vector<double>{2.0, 2.0, 1.0, 1.0}));
  EXPECT_DOUBLE_EQ(card.FindElement("b-disputes")->gap.value(), 0.0);  // Meets its target.
}

TEST_F(ScoringTest, AggregateMinimumTakesTheLowestElement) {
  UseFramework(Replace(kTinyFramework, "aggregate: weighted_mean", "aggregate: minimum"));
  const Scorecard& card = ScoreText(TinyResponse("{sector: fe, staff: 300}", kWorkedAnswers));
  EXPECT_DOUBLE_EQ(card.FindDimension("alpha")->score.value(), 2.5);
  EXPECT_DOUBLE_EQ(card.FindDimension("alpha")->target.value(), 3.0);  // min(3, 5)
  EXPECT_DOUBLE_EQ(card.FindDimension("beta")->score.value(), 2.0);
  EXPECT_DOUBLE_EQ(card.FindDimension("alpha")->by_perspective[1].second.value(), 2.0);
  // The overall score stays the weighted mean of the dimensions: (2.5 x 2 + 2) / 3.
  EXPECT_DOUBLE_EQ(card.overall.score.value(), 7.0 / 3.0);
}

TEST_F(ScoringTest, WhereNothingAppliesCompletenessIsNoneNotZero) {
  const Scorecard& card = ScoreText(
      TinyResponse("{sector: fe, staff: 300}",
                   "answers:\n  a1:\n    - {by: m1, level: 3, evidence: [Minutes]}\n"
                   "  b-facility:\n    - {by: m1, not_applicable: true, reason: no reps}\n"
                   "  b-disputes:\n    - {by: m1, not_applicable: true, reason: none}\n"
                   "  b-tor:\n    - {by: m1, not_applicable: true, reason: no forum}\n"));
  // beta's elements are all answered not applicable, and b-large is for large ones only.
  EXPECT_FALSE(card.FindDimension("beta")->completeness.has_value());
  EXPECT_FALSE(card.FindDimension("beta")->score.has_value());
  EXPECT_DOUBLE_EQ(card.FindDimension("alpha")->completeness.value(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(card.overall.completeness.value(), 2.0 / 3.0);  // alpha alone applies.
}

TEST_F(ScoringTest, MissingExcludeLeavesUnansweredElementsOut) {
  const Scorecard& card =
      ScoreText(TinyResponse("{sector: fe, staff: 300}",
                             "answers:\n  a1:\n    - {by: m1, level: 3, evidence: [Minutes]}\n"));
  EXPECT_DOUBLE_EQ(card.FindDimension("alpha")->score.value(), 3.0);
  EXPECT_DOUBLE_EQ(card.FindDimension("alpha")->completeness.value(), 2.0 / 3.0);
  EXPECT_FALSE(card.FindDimension("beta")->score.has_value());
  EXPECT_DOUBLE_EQ(card.FindDimension("beta")->completeness.value(), 0.0);
  EXPECT_DOUBLE_EQ(card.overall.score.value(), 3.0);  // beta has no score and is left out.
  // Applicable weight: alpha (2 + 1) x 2 + beta 3 x 1 = 9; answered: a1 2 x 2 = 4.
  EXPECT_DOUBLE_EQ(card.overall.completeness.value(), 4.0 / 9.0);
  EXPECT_EQ(card.FindElement("a2")->flags, std::vector<Flag>{Flag::kIncomplete});
  EXPECT_FALSE(card.FindElement("a2")->gap.has_value());  // Unscored: no gap.
  EXPECT_FALSE(card.FindElement("a2")->score.has_value());
}

TEST_F(ScoringTest, MissingLowestCountsUnansweredElementsAsTheLowestLevel) {
  UseFramework(Replace(kTinyFramework, "missing: exclude", "missing: lowest"));
  const Scorecard& card =
      ScoreText(TinyResponse("{sector: fe, staff: 300}",
                             "answers:\n  a1:\n    - {by: m1, level: 3, evidence: [Minutes]}\n"));
  EXPECT_DOUBLE_EQ(card.FindDimension("alpha")->score.value(), 7.0 / 3.0);  // (3 x 2 + 1) / 3
  EXPECT_DOUBLE_EQ(card.FindDimension("beta")->score.value(), 1.0);
  EXPECT_DOUBLE_EQ(card.FindDimension("alpha")->completeness.value(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(card.overall.score.value(), 17.0 / 9.0);  // (7/3 x 2 + 1) / 3
  // The trade union side answered nothing: every element counts as the lowest for it.
  EXPECT_DOUBLE_EQ(card.FindDimension("alpha")->by_perspective[1].second.value(), 1.0);
}

TEST_F(ScoringTest, TargetsComeFromTheElementThenTheFirstMatchingRuleThenTheDefault) {
  auto profile = [](const std::string& sector, std::int64_t staff, const std::string& band) {
    Profile result;
    result["sector"] = {sector, std::nullopt, ""};
    result["staff"] = {std::to_string(staff), staff, band};
    return result;
  };
  const Element& a1 = *framework_.FindElement("a1");
  const Element& a2 = *framework_.FindElement("a2");
  EXPECT_DOUBLE_EQ(TargetFor(framework_, a1, profile("fe", 100, "small")), 3.0);
  EXPECT_DOUBLE_EQ(TargetFor(framework_, a1, profile("fe", 5000, "large")), 4.0);
  EXPECT_DOUBLE_EQ(TargetFor(framework_, a1, profile("he", 300, "medium")), 3.5);
  EXPECT_DOUBLE_EQ(TargetFor(framework_, a1, profile("he", 5000, "large")), 4.0);  // First wins.
  EXPECT_DOUBLE_EQ(TargetFor(framework_, a2, profile("he", 5000, "large")), 5.0);  // Own target.
}

TEST_F(ScoringTest, AppliesWhenBringsAnElementIntoTheApplicableSet) {
  const Scorecard& card = ScoreText(TinyResponse("{sector: fe, staff: 1200}", kWorkedAnswers));
  const ElementScore& large = *card.FindElement("b-large");
  EXPECT_TRUE(large.applicable);
  EXPECT_EQ(large.flags, std::vector<Flag>{Flag::kIncomplete});
  EXPECT_DOUBLE_EQ(card.FindDimension("beta")->completeness.value(), 3.0 / 4.0);
  EXPECT_DOUBLE_EQ(card.FindElement("a1")->target, 4.0);  // Large institutions aim higher.
}

TEST_F(ScoringTest, NotApplicableAnswersAreExcluded) {
  const Scorecard& card = ScoreText(TinyResponse(
      "{sector: fe, staff: 300}",
      "answers:\n  b-disputes:\n    - {by: m1, not_applicable: true, reason: No forum yet}\n"
      "    - {by: t1, not_applicable: true, reason: No forum yet}\n"
      "  b-tor:\n    - {by: m1, not_applicable: true, reason: Unsure}\n"
      "    - {by: t1, checked: [x, y]}\n"));
  const ElementScore& disputes = *card.FindElement("b-disputes");
  EXPECT_FALSE(disputes.applicable);
  EXPECT_EQ(disputes.flags, std::vector<Flag>{Flag::kNotApplicable});
  EXPECT_FALSE(disputes.score.has_value());
  const ElementScore& tor = *card.FindElement("b-tor");
  EXPECT_DOUBLE_EQ(tor.score.value(), 4.0);  // Only the trade union's checklist counts.
  EXPECT_EQ(tor.by_perspective.size(), 1u);
  // beta: facility (unanswered) and tor apply; disputes left the applicable set.
  EXPECT_DOUBLE_EQ(card.FindDimension("beta")->completeness.value(), 1.0 / 2.0);
}

TEST_F(ScoringTest, JointlyAgreedNeedsEveryPerspectiveToSignOff) {
  std::string one = TinyResponse(
      "{sector: fe, staff: 300}",
      "answers: {}\nsign_off:\n  - {perspective: management, name: P, date: 2026-01-01}\n");
  EXPECT_FALSE(ScoreText(one).jointly_agreed);
  EXPECT_EQ(card_.signed_off, std::vector<std::string>{"management"});
  std::string both = one + "  - {perspective: trade_union, name: S, date: 2026-01-02}\n";
  EXPECT_TRUE(ScoreText(both).jointly_agreed);
  EXPECT_TRUE(card_.not_agreed.empty());
  // Signing to say a side does not agree is not agreement.
  std::string disagreeing =
      one +
      "  - {perspective: trade_union, name: S, date: 2026-01-02, agreed: false, statement: W}\n";
  EXPECT_FALSE(ScoreText(disagreeing).jointly_agreed);
  EXPECT_EQ(card_.signed_off, (std::vector<std::string>{"management", "trade_union"}));
  EXPECT_EQ(card_.not_agreed, std::vector<std::string>{"trade_union"});
}

TEST_F(ScoringTest, AnOpenActionPastItsDueDateIsOverdue) {
  std::string text = TinyResponse(
      "{sector: fe, staff: 300}",
      "answers: {}\nsign_off:\n  - {perspective: management, name: P, date: 2025-06-01}\n"
      "  - {perspective: trade_union, name: S, date: 2025-06-15}\nactions:\n"
      "  - {element: a1, action: A, due: 2025-06-14, status: planned}\n"
      "  - {element: a1, action: B, due: 2025-06-14, status: in_progress}\n"
      "  - {element: a1, action: C, due: 2025-06-14, status: done}\n"
      "  - {element: a1, action: D, due: 2025-06-14, status: dropped}\n"
      "  - {element: a1, action: E, due: 2025-06-15, status: planned}\n"
      "  - {element: a1, action: F, status: planned}\n");
  // As of the latest sign-off (2025-06-15): due the day before and still open.
  ScoreText(text);
  EXPECT_EQ(card_.as_of, "2025-06-15");
  std::vector<std::optional<bool>> overdue;
  for (const ActionReview& review : card_.actions) overdue.push_back(review.overdue);
  EXPECT_EQ(overdue,
            (std::vector<std::optional<bool>>{true, true, false, false, false, std::nullopt}));
  EXPECT_EQ(card_.overdue_actions, 2);
  // --as-of moves the date: on 2025-06-16, E is overdue too.
  Diagnostics diagnostics;
  response_ = ParseResponse("response.yaml", text, framework_, diagnostics);
  Scorecard later = Score(framework_, response_, {.as_of = "2025-06-16"});
  EXPECT_EQ(later.overdue_actions, 3);
  EXPECT_EQ(later.actions[4].overdue, std::optional(true));
  // Without a sign-off or --as-of, nothing can be judged overdue.
  std::string unsigned_text =
      Replace(text,
              "sign_off:\n  - {perspective: management, name: P, date: 2025-06-01}\n"
              "  - {perspective: trade_union, name: S, date: 2025-06-15}\n",
              "");
  ScoreText(unsigned_text);
  EXPECT_EQ(card_.as_of, "");
  EXPECT_EQ(card_.overdue_actions, 0);
  EXPECT_EQ(card_.actions[0].overdue, std::nullopt);
}

TEST_F(ScoringTest, LevelReachedIsTheHighestLevelNotAboveTheScore) {
  EXPECT_EQ(framework_.LevelReached(1.0), 1);
  EXPECT_EQ(framework_.LevelReached(2.99), 2);
  EXPECT_EQ(framework_.LevelReached(0.1 + 0.2 + 2.7), 3);  // 2.9999999999999996 in doubles.
  EXPECT_EQ(framework_.LevelReached(5.0), 5);
  EXPECT_DOUBLE_EQ(framework_.Percent(3.0), 50.0);
}

TEST(ScaleTest, ScalesNeedNotStartAtOne) {
  Framework framework;
  for (int level = 0; level <= 4; ++level) framework.scale.push_back({level, "l", {}, {}});
  EXPECT_EQ(framework.lowest_level(), 0);
  EXPECT_DOUBLE_EQ(framework.Percent(1.0), 25.0);
  EXPECT_EQ(framework.LevelReached(0.5), 0);
  EXPECT_EQ(framework.LevelReached(4.0), 4);
}

// outer (weight 1) holds e1 (weight 1) and inner (weight 3), which holds e2 and e3.
// A SAMM-like shape: business function > practice > question.
const std::string kNested = testing::FixtureHead("nested", "Nested",
                                                 "  - {level: 0, key: none, label: None}\n"
                                                 "  - {level: 1, key: initial, label: Initial}\n"
                                                 "  - {level: 2, key: managed, label: Managed}\n"
                                                 "  - {level: 3, key: defined, label: Defined}\n",
                                                 "3") +
                            R"(dimensions:
  - id: outer
    title: Outer
    weight: 1
    elements:
      - {id: e1, kind: process, title: E1}
    dimensions:
      - id: inner
        title: Inner
        weight: 3
        elements:
          - {id: e2, kind: process, title: E2, weight: 1}
          - {id: e3, kind: process, title: E3, weight: 1}
)";

TEST(NestedScoringTest, ParentsTakeTheWeightedMeanOfElementsAndSubDimensions) {
  Framework framework = testing::ParseTestFramework(kNested);
  Diagnostics diagnostics;
  Response response = ParseResponse(
      "r.yaml",
      "framework: nested\nframework_version: 1.0.0\ninstitution: {id: i, name: I}\nperiod: "
      "2025-26\n"
      "respondents: [{id: m, perspective: management}]\n"
      "answers: {e1: [{by: m, level: 1}], e2: [{by: m, level: 3}], e3: [{by: m, level: 2}]}\n",
      framework, diagnostics);
  Scorecard card = Score(framework, response);
  EXPECT_DOUBLE_EQ(card.FindDimension("inner")->score.value(), 2.5);      // (3 + 2) / 2
  EXPECT_DOUBLE_EQ(card.FindDimension("outer")->score.value(), 8.5 / 4);  // (1 x 1 + 2.5 x 3) / 4
  EXPECT_EQ(card.FindDimension("inner")->parent_id, "outer");
  EXPECT_EQ(card.FindDimension("inner")->depth, 1);
  EXPECT_DOUBLE_EQ(card.overall.score.value(), 8.5 / 4);              // One top-level dimension.
  EXPECT_DOUBLE_EQ(card.overall.percent.value(), 8.5 / 4 / 3 * 100);  // Scale 0 to 3.
  // Priority multiplies the weights on the path: e2's gap 0, e3's gap 1 x 1 x 3 x 1 = 3.
  EXPECT_DOUBLE_EQ(card.FindElement("e3")->priority, 3.0);
  EXPECT_DOUBLE_EQ(card.FindElement("e1")->priority, 2.0);  // gap 2 x 1 x 1
  EXPECT_EQ(card.elements[card.gaps[0].element_index].element->id, "e3");
}

TEST(NextActionTest, TheLevelReachedElseTheNearestLevelBelowWithAdvice) {
  Element element;
  element.actions[1] = {Text("Start")};
  element.actions[3] = {Text("Embed"), Text("Review")};
  element.actions[4] = {};
  EXPECT_FALSE(NextActionFor(element, std::nullopt));  // Unscored: no advice.
  ASSERT_TRUE(NextActionFor(element, 1));
  EXPECT_EQ(NextActionFor(element, 1)->level, 1);
  EXPECT_EQ(NextActionFor(element, 2)->level, 1);  // Level 2 has none: fall back to 1.
  EXPECT_EQ(NextActionFor(element, 3)->actions->size(), 2u);
  EXPECT_EQ(NextActionFor(element, 5)->level, 3);  // Level 4's list is empty.
  Element silent;
  EXPECT_FALSE(NextActionFor(silent, 3));
}

TEST(HighestPrioritiesTest, ACutNeverSplitsATie) {
  Scorecard card;
  // By priority, highest first: 3, then three at 2, then 1.
  card.gaps = {{0, 1, 3}, {1, 1, 2}, {2, 1, 2}, {3, 1, 2 + 1e-12}, {4, 1, 1}};
  EXPECT_EQ(card.HighestPriorities(1), 1u);
  EXPECT_EQ(card.HighestPriorities(2), 4u);  // The two tied with the second come too.
  EXPECT_EQ(card.HighestPriorities(4), 4u);
  EXPECT_EQ(card.HighestPriorities(10), 5u);
  EXPECT_EQ(card.HighestPriorities(0), 0u);
}

}  // namespace
}  // namespace maturity
