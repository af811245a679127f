#include "engine/lint.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "engine/framework_loader.h"
#include "tests/support/test_files.h"

namespace maturity {
namespace {

std::string Lint(const std::string& relative) {
  Diagnostics diagnostics;
  Framework framework = LoadFramework(relative, diagnostics);
  std::string out;
  for (const Diagnostic& finding : LintFramework(framework)) out += finding.Format() + "\n";
  return out;
}

class LintTest : public ::testing::Test {
 protected:
  void SetUp() override { std::filesystem::current_path(MATURITY_SOURCE_DIR); }
};

TEST_F(LintTest, EveryRuleIsReportedWhereItApplies) {
  const std::string f = "tests/data/lint/every-rule.yaml";
  EXPECT_EQ(Lint(f),
            f +
                ": warning: profile.sector: profile field 'sector' is used by no applies_when or "
                "target rule (it can still group institutions in 'maturity sector')\n" +
                f + ":4:8: warning: title: no cy translation of \"Every lint rule\"\n" + f +
                ":32:9: warning: dimensions[0].elements[1]: the element title \"Complete\" is also "
                "used at line 25; respondents cannot tell them apart\n" +
                f +
                ":32:9: warning: dimensions[0].elements[1]: element 'bare' has no prompt; "
                "respondents need a question\n" +
                f +
                ":32:9: warning: dimensions[0].elements[1].levels: element 'bare' has no "
                "descriptor for levels 1, 2, 3 and 4\n" +
                f +
                ":32:9: warning: dimensions[0].elements[1].actions: element 'bare' suggests no "
                "actions; the action plan will be empty\n" +
                f +
                ":32:9: warning: dimensions[0].elements[1].weight: element 'bare' carries 3% of "
                "its dimension's weight; it will barely move the score\n" +
                f +
                ":36:9: warning: dimensions[0].elements[2].actions: element 'banded' suggests no "
                "action for moving up from level 2\n" +
                f +
                ":36:9: warning: dimensions[0].elements[2].checklist.bands: no answer can reach "
                "levels 3 and 4 of element 'banded'\n" +
                f +
                ":36:9: error: dimensions[0].elements[2]: no institution can reach the rule "
                "target 3 of element 'banded': its answers reach level 2 at most\n" +
                f +
                ":38:16: warning: dimensions[0].elements[2].title: no cy translation of "
                "\"Banded\"\n");
}

TEST_F(LintTest, TheBundledFrameworkHasNoErrors) {
  std::string findings = Lint("frameworks/social-partnership.yaml");
  EXPECT_EQ(findings.find(": error: "), std::string::npos) << findings;
}

TEST_F(LintTest, APercentageWithoutBoundsIsWarnedOf) {
  Diagnostics diagnostics;
  Framework framework = LoadFramework("frameworks/social-partnership.yaml", diagnostics);
  auto findings = [&] {
    std::string out;
    for (const Diagnostic& finding : LintFramework(framework)) {
      if (finding.message.find("percentage") != std::string::npos) out += finding.Format() + "\n";
    }
    return out;
  };
  EXPECT_EQ(findings(), "");  // Every percentage of the bundled framework is bounded.
  for (Dimension& dimension : framework.dimensions) {
    for (Element& element : dimension.elements) {
      if (element.id == "delivering-early-resolution") std::get<Measure>(element.answer).max.reset();
      if (element.id == "delivering-early-resolution") std::get<Measure>(element.answer).min.reset();
    }
  }
  std::string found = findings();
  EXPECT_NE(found.find(": warning: dimensions[7].elements[2].measure: element "
                       "'delivering-early-resolution' is measured in a percentage but its measure "
                       "has neither min nor max; answers such as 5000 or -300 are accepted (give "
                       "min: 0 and max: 100)\n"),
            std::string::npos)
      << found;
}

TEST_F(LintTest, TheCliFailsOnErrorsAndOnWarningsWhenStrict) {
  auto errors = testing::RunMaturityBinary("lint tests/data/lint/every-rule.yaml");
  EXPECT_EQ(errors.exit_code, 1);
  EXPECT_EQ(errors.out, "tests/data/lint/every-rule.yaml: 1 error(s), 10 warning(s)\n");
  auto warnings = testing::RunMaturityBinary("lint frameworks/social-partnership.yaml");
  EXPECT_EQ(warnings.exit_code, 0);
  auto strict = testing::RunMaturityBinary("lint --strict frameworks/social-partnership.yaml");
  EXPECT_EQ(strict.exit_code, 1);
}

}  // namespace
}  // namespace maturity
