// The annual cycle: changes since the previous period equal the two periods scored
// separately and subtracted; a JSON result gives the same changes as its response;
// renamed elements are followed and dropped ones listed; wrong previous periods refused.
#include "engine/progress.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "common/numbers.h"
#include "engine/framework_loader.h"
#include "engine/input_file.h"
#include "engine/response_loader.h"
#include "reports/json/scorecard_json.h"
#include "tests/engine/tiny_framework.h"
#include "tests/support/test_files.h"

namespace maturity {
namespace {

const std::string kFramework = "frameworks/social-partnership.yaml";
const std::string kYear1 = "examples/annual-cycle/coleg-y-dyffryn-2024-25.yaml";
const std::string kYear2 = "examples/annual-cycle/coleg-y-dyffryn-2025-26.yaml";

class ProgressTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Diagnostics diagnostics;
    framework_ = LoadFramework(testing::SourcePath(kFramework), diagnostics);
    year1_ = LoadResponse(testing::SourcePath(kYear1), framework_, diagnostics);
    year2_ = LoadResponse(testing::SourcePath(kYear2), framework_, diagnostics);
  }
  Framework framework_;
  Response year1_;
  Response year2_;
};

TEST_F(ProgressTest, ChangesAreTheTwoPeriodsScoredSeparatelyAndSubtracted) {
  const Scorecard before = Score(framework_, year1_);
  Scorecard now = Score(framework_, year2_);
  Progress progress = CompareWithPrevious(now, ScoresOf(before));
  ASSERT_TRUE(before.overall.score && now.overall.score);
  EXPECT_DOUBLE_EQ(*progress.overall.score.previous, *before.overall.score);
  EXPECT_DOUBLE_EQ(*progress.overall.score.change, *now.overall.score - *before.overall.score);
  for (std::size_t p = 0; p < now.overall.by_perspective.size(); ++p) {
    const auto& [key, score] = now.overall.by_perspective[p];
    EXPECT_DOUBLE_EQ(*progress.overall.by_perspective.at(key).change,
                     *score - *before.overall.by_perspective[p].second)
        << key;
  }
  for (std::size_t d = 0; d < now.dimensions.size(); ++d) {
    const std::string& id = now.dimensions[d].dimension->id;
    ASSERT_EQ(before.dimensions[d].dimension->id, id);
    EXPECT_DOUBLE_EQ(*progress.dimensions.at(id).score.change,
                     *now.dimensions[d].score - *before.dimensions[d].score)
        << id;
  }
  int compared = 0;
  for (std::size_t e = 0; e < now.elements.size(); ++e) {
    const ElementScore& element = now.elements[e];
    const ItemChange& change = progress.elements.at(element.element->id);
    if (!element.score || !before.elements[e].score) {
      EXPECT_FALSE(change.score.change.has_value()) << element.element->id;  // Null, not 0.
      continue;
    }
    EXPECT_DOUBLE_EQ(*change.score.change, *element.score - *before.elements[e].score);
    if (element.divergence && before.elements[e].divergence) {
      EXPECT_EQ(*change.gap_narrowed, *element.divergence < *before.elements[e].divergence);
    }
    ++compared;
  }
  EXPECT_GE(compared, 40);
  EXPECT_TRUE(progress.dropped_elements.empty());
  // Each agreed action carries its element's change.
  for (const ActionReview& review : now.actions) {
    EXPECT_EQ(review.element_change, progress.elements.at(review.action->element).score.change);
  }
}

TEST_F(ProgressTest, AJsonResultGivesTheSameChangesAsItsResponse) {
  const Scorecard before = Score(framework_, year1_);
  std::ostringstream json;
  WriteScorecardJson(before, json);
  PeriodScores from_json = ParseScorecardJson("year1.json", json.str(), framework_);
  EXPECT_EQ(from_json.period, "2024-25");
  EXPECT_EQ(from_json.institution_id, "coleg-y-dyffryn");
  Scorecard now = Score(framework_, year2_);
  Progress from_response = CompareWithPrevious(now, ScoresOf(before));
  Progress read_back = CompareWithPrevious(now, from_json);
  EXPECT_EQ(read_back.overall.score.change, from_response.overall.score.change);
  for (const auto& [id, change] : from_response.elements) {
    EXPECT_EQ(read_back.elements.at(id).score.change, change.score.change) << id;
    for (const auto& [side, side_change] : change.by_perspective) {
      EXPECT_EQ(read_back.elements.at(id).by_perspective.at(side).change, side_change.change);
    }
  }
}

TEST_F(ProgressTest, AJsonResultWhoseFiguresDisagreeIsRefusedWhereTheyAre) {
  const Scorecard before = Score(framework_, year1_);
  std::ostringstream written;
  WriteScorecardJson(before, written);
  const std::string json = written.str();
  auto errors = [&](const std::string& text) -> std::string {
    try {
      ParseScorecardJson("year1.json", text, framework_);
    } catch (const InputError& error) {
      return error.diagnostics().Format();
    }
    return "";
  };
  auto where = [](const std::string& text, std::size_t at) {
    std::size_t line = std::count(text.begin(), text.begin() + at, '\n') + 1;
    std::size_t column = at - (text.rfind('\n', at) + 1) + 1;
    return "year1.json:" + std::to_string(line) + ":" + std::to_string(column);
  };
  // The first element's score raised to 5 with its level to match: its sides' mean
  // disagrees, and so does the dimension made from it.
  const ElementScore& element = before.elements.front();
  ASSERT_TRUE(element.score && element.level && *element.score < 4);
  std::size_t elements_at = json.find("\"elements\": [");
  std::size_t score_at = json.find("\"score\": ", elements_at) + 9;
  std::size_t level_at = json.find("\"level\": ", elements_at) + 9;
  std::string raised = json;
  raised.replace(level_at, std::to_string(*element.level).size(), "5");
  raised.replace(score_at, FormatNumber(*element.score).size(), "5");
  std::string found = errors(raised);
  // Two errors, in the file's order: the dimension (written before the elements) and the
  // element itself.
  ASSERT_EQ(std::count(found.begin(), found.end(), '\n'), 2) << found;
  std::string dimension_line = found.substr(0, found.find('\n') + 1);
  std::string element_line = found.substr(dimension_line.size());
  EXPECT_EQ(element_line, where(raised, score_at) + ": error: elements[0].score: expected " +
                              FormatNumber(*element.score) +
                              " (the mean of its sides' scores), got 5; a result is read back "
                              "as 'maturity score --json' wrote it\n");
  EXPECT_EQ(dimension_line.substr(0, dimension_line.find(" expected ")),
            where(raised, raised.find("\"score\": ", raised.find("\"dimensions\": [")) + 9) +
                ": error: dimensions[0].score:");
  EXPECT_NE(dimension_line.find(" (its parts' scores as social-partnership aggregates them), got " +
                                FormatNumber(*before.dimensions.front().score) + "; "),
            std::string::npos)
      << dimension_line;
  // An element the framework does not have.
  std::string unknown = json;
  std::size_t id_at = json.find("\"id\": \"", elements_at) + 7;
  unknown.replace(id_at, element.element->id.size(), "made-up");
  EXPECT_EQ(errors(unknown), where(unknown, id_at - 1) +
                                 ": error: elements[0].id: 'made-up' is not an element of "
                                 "social-partnership 1.0.0\n");
}

TEST_F(ProgressTest, RenamedElementsAreFollowedAndDroppedOnesListed) {
  const Scorecard before = Score(framework_, year1_);
  PeriodScores previous = ScoresOf(before);
  // Last period knew the element under another id, and one element since removed.
  previous.elements["communications-joint-statements"] =
      previous.elements.at("communications-joint-messages");
  previous.elements.erase("communications-joint-messages");
  previous.elements["old-element"] = {2.0, {}, std::nullopt};
  Framework renamed = framework_;
  for (Dimension& dimension : renamed.dimensions) {
    for (Element& element : dimension.elements) {
      if (element.id == "communications-joint-messages") {
        element.renamed_from = {"communications-joint-statements"};
      }
    }
  }
  Scorecard now = Score(renamed, year2_);
  Progress progress = CompareWithPrevious(now, previous);
  EXPECT_EQ(progress.renamed.at("communications-joint-messages"),
            "communications-joint-statements");
  EXPECT_TRUE(progress.elements.at("communications-joint-messages").score.change.has_value());
  EXPECT_EQ(progress.dropped_elements, std::vector<std::string>{"old-element"});
}

TEST_F(ProgressTest, AnotherInstitutionOrANotEarlierPeriodIsRefused) {
  PeriodScores previous = ScoresOf(Score(framework_, year1_));
  EXPECT_NO_THROW(CheckPreviousPeriod(year2_, previous));
  auto refusal = [&](PeriodScores scores) {
    try {
      CheckPreviousPeriod(year2_, scores);
    } catch (const InputError& error) {
      return error.diagnostics().Format();
    }
    return std::string("accepted");
  };
  PeriodScores other = previous;
  other.institution_id = "coleg-arall";
  EXPECT_NE(refusal(other).find("error: institution.id: the previous period is of institution "
                                "'coleg-arall', not 'coleg-y-dyffryn'"),
            std::string::npos);
  PeriodScores same = previous;
  same.period = "2025-26";
  EXPECT_NE(refusal(same).find("the previous period '2025-26' is the same period as this one "
                               "('2025-26'); give an earlier period"),
            std::string::npos);
  PeriodScores later = previous;
  later.period = "2026-27";
  EXPECT_NE(refusal(later).find("is later than this one"), std::string::npos);
  PeriodScores calendar = previous;
  calendar.period = "2024";
  EXPECT_NE(refusal(calendar).find("are different kinds of period"), std::string::npos);
}

TEST(ScorecardJsonReaderTest, AFileThatIsNoResultIsALocatedError) {
  try {
    ReadScorecardJsonIdentity("x.json", "{\"framework\": 1}\n");
    FAIL() << "accepted";
  } catch (const InputError& error) {
    EXPECT_EQ(error.diagnostics().Format(),
              "x.json:1:1: error: expected a response (YAML) or a JSON result written by "
              "'maturity score --json'; this is neither\n");
  }
}

}  // namespace
}  // namespace maturity
