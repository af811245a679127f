#include "reports/yaml/response_template.h"

#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "engine/framework_loader.h"
#include "engine/response_loader.h"
#include "engine/scoring.h"
#include "tests/support/test_files.h"

namespace maturity {
namespace {

/// Fills a template as a person would: an institution, one respondent per side, level 2
/// for every element, 10 for every measure, nothing ticked on checklists.
std::string Fill(const std::string& blank) {
  std::string filled;
  std::istringstream in(blank);
  for (std::string line; std::getline(in, line);) {
    std::string who = line.find("# Employer / management") != std::string::npos ? "m1" : "t1";
    line = std::regex_replace(line, std::regex("^  id: FILL-IN"), "  id: test-college");
    line = std::regex_replace(line, std::regex("^  name: FILL-IN"), "  name: Test College");
    line = std::regex_replace(line, std::regex("sector: FILL-IN"), "sector: fe");
    line = std::regex_replace(line, std::regex("staff: FILL-IN"), "staff: 1500");
    line = std::regex_replace(line, std::regex("^period: FILL-IN"), "period: 2025-26");
    line = std::regex_replace(line, std::regex("\\{id: FILL-IN, perspective: (\\w+)\\}"),
                              std::string("{id: ") +
                                  (line.find("trade_union") != std::string::npos ? "t1" : "m1") +
                                  ", perspective: $1}");
    line = std::regex_replace(line, std::regex("by: FILL-IN"), "by: " + who);
    line = std::regex_replace(line, std::regex("level: FILL-IN"), "level: 2");
    line = std::regex_replace(line, std::regex("value: FILL-IN"), "value: 10");
    filled += line + "\n";
  }
  return filled;
}

TEST(ResponseTemplateTest, ValidatesOnceTheBlanksAreFilled) {
  Diagnostics diagnostics;
  Framework framework =
      LoadFramework(testing::SourcePath("frameworks/social-partnership.yaml"), diagnostics);
  std::ostringstream blank;
  WriteResponseTemplate(framework, blank);
  EXPECT_NE(blank.str().find("FILL-IN"), std::string::npos);

  Diagnostics refused;
  EXPECT_THROW(ParseResponse("blank.yaml", blank.str(), framework, refused), InputError);

  std::string filled = Fill(blank.str());
  std::istringstream lines(filled);
  for (std::string line; std::getline(lines, line);) {
    if (line.find_first_not_of(' ') != std::string::npos &&
        line[line.find_first_not_of(' ')] == '#')
      continue;
    EXPECT_EQ(line.find("FILL-IN"), std::string::npos) << line;
  }
  Diagnostics accepted;
  Response response = ParseResponse("filled.yaml", filled, framework, accepted);
  EXPECT_EQ(accepted.Format(), "");
  EXPECT_EQ(response.respondents.size(), 2u);
  Scorecard card = Score(framework, response);
  EXPECT_DOUBLE_EQ(card.overall.completeness.value(),
                   1.0);  // Every element that applies was answered.
  for (const ElementScore& element : card.elements) {
    EXPECT_TRUE(element.applicable) << element.element->id;  // A large college: all apply.
  }
}

TEST(ResponseTemplateTest, TheCliWritesTheTemplate) {
  std::string folder = testing::ScratchFolder("template");
  auto result = testing::RunMaturityBinary("template -f frameworks/social-partnership.yaml -o " +
                                           folder + "/r.yaml");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(testing::ReadFile(folder + "/r.yaml").find("  vision-shared-purpose:\n"),
            std::string::npos);
  auto pdf = testing::RunMaturityBinary(
      "template -f frameworks/social-partnership.yaml --format pdf -o " + folder + "/q.pdf");
  EXPECT_EQ(pdf.exit_code, 2);
  EXPECT_EQ(pdf.err,
            "maturity template: error: --format pdf: expected yaml, xlsx or csv-map\n"
            "Try 'maturity template --help'.\n");
  auto welsh = testing::RunMaturityBinary(
      "template -f frameworks/social-partnership.yaml --format xlsx --lang fr -o " + folder +
      "/q.xlsx");
  EXPECT_EQ(welsh.exit_code, 2);
  EXPECT_EQ(welsh.err,
            "maturity template: error: --lang fr: expected one of en, cy\n"
            "Try 'maturity template --help'.\n");
}

TEST(ResponseTemplateTest, NextPeriodStartsFromLastPeriodsResponse) {
  Diagnostics diagnostics;
  Framework framework =
      LoadFramework(testing::SourcePath("frameworks/social-partnership.yaml"), diagnostics);
  Response last =
      LoadResponse(testing::SourcePath("examples/annual-cycle/coleg-y-dyffryn-2025-26.yaml"),
                   framework, diagnostics);
  std::ostringstream out;
  WriteResponseTemplate(framework, out, "en", {&last, "2026-27", true});
  std::string text = out.str();
  // Last period's answers are shown to review, never copied into this period's lines.
  EXPECT_NE(text.find("# Last period (2025-26), to review, not to copy:\n#   principal: 3\n"),
            std::string::npos);
  EXPECT_NE(text.find("    - {by: \"principal\", level: FILL-IN}  # Employer / management\n"),
            std::string::npos);
  // Filled in, it validates: same institution, profile and people; the open actions only.
  std::string filled = std::regex_replace(text, std::regex("level: FILL-IN"), "level: 2");
  filled = std::regex_replace(filled, std::regex("value: FILL-IN"), "value: 10");
  Response next = ParseResponse("next.yaml", filled, framework, diagnostics);
  EXPECT_EQ(next.institution.id, last.institution.id);
  EXPECT_EQ(next.institution.profile.at("staff").number, std::optional<std::int64_t>(820));
  EXPECT_EQ(next.period, "2026-27");
  ASSERT_EQ(next.respondents.size(), last.respondents.size());
  EXPECT_EQ(next.respondents[0].role, "Principal and chief executive");
  ASSERT_EQ(next.actions.size(), 2u);  // In progress and planned; done and dropped stay behind.
  EXPECT_EQ(next.actions[0].status, ActionStatus::kInProgress);
  EXPECT_EQ(next.actions[0].note, "Cover arranged in two of five faculties.");
  EXPECT_EQ(next.actions[1].element, "review-sector-links");
  EXPECT_TRUE(next.sign_off.empty());

  // An action on an element renamed since follows it; one on an element since removed is
  // kept as a comment, never dropped unsaid.
  Framework renamed = framework;
  for (Dimension& dimension : renamed.dimensions) {
    for (Element& element : dimension.elements) {
      if (element.id == "resources-cover-and-workload") element.renamed_from = {"old-cover"};
    }
  }
  ASSERT_EQ(renamed.FindElementOnceCalled("old-cover")->id, "resources-cover-and-workload");
  EXPECT_EQ(renamed.FindElementOnceCalled("gone-element"), nullptr);
  Response moved = last;
  for (AgreedAction& action : moved.actions) {
    if (action.element == "resources-cover-and-workload") action.element = "old-cover";
    if (action.element == "review-sector-links") action.element = "gone-element";
  }
  std::ostringstream carried;
  WriteResponseTemplate(renamed, carried, "en", {&moved, "", false});
  EXPECT_NE(carried.str().find("  - element: resources-cover-and-workload\n"), std::string::npos);
  EXPECT_NE(carried.str().find("# Open actions on elements no longer in the framework, not "
                               "carried (agree where they\n#   belong now):\n#   - {element: "
                               "gone-element, action: Attend the regional partnership forum"),
            std::string::npos)
      << carried.str().substr(carried.str().find("actions:"));
}

}  // namespace
}  // namespace maturity
