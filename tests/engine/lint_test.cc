#include "engine/lint.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "engine/framework_loader.h"
#include "tests/engine/tiny_framework.h"
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
            f + ":4:8: warning: title: no cy translation of \"Every lint rule\"\n" + f +
                ":15:3: warning: profile.sector: profile field 'sector' is used by no "
                "applies_when or target rule (it can still group institutions in 'maturity "
                "sector')\n" +
                f +
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

TEST_F(LintTest, ALevelsTextThatContradictsItsBandIsWarnedOf) {
  // b-facility (hours, higher is better): level 3 is 10 to 20 hours, not 25. b-disputes
  // (lower is better): level 4 is 0 to 1 dispute, not 2; level 1 is 6 or more (an edge
  // counts as inside). Numbers without the unit ("10 and") say nothing of the measure.
  std::string text = testing::Replace(
      testing::kTinyFramework, "5: 30}}\n",
      "5: 30}}\n"
      "        levels: {1: Under 5 hours, 3: Between 10 and 25 hours, 5: 30 hours or more}\n");
  text = testing::Replace(text, "5: 0}}\n",
                          "5: 0}}\n"
                          "        levels: {1: More than 6 disputes, 4: At most 2 disputes}\n");
  std::string found;
  for (const Diagnostic& finding : LintFramework(testing::ParseTestFramework(text))) {
    if (finding.message.find("the values that score") != std::string::npos)
      found += finding.Format() + "\n";
  }
  EXPECT_EQ(found,
            "framework.yaml:41:39: warning: dimensions[1].elements[0].levels.3: level 3 of "
            "'b-facility' says \"25 hours\", but the values that score level 3 are from 10 to 20 "
            "(measure.bands)\n"
            "framework.yaml:46:46: warning: dimensions[1].elements[1].levels.4: level 4 of "
            "'b-disputes' says \"2 disputes\", but the values that score level 4 are from 0 to 1 "
            "(measure.bands)\n");
  // The bundled framework's descriptors agree with their bands.
  EXPECT_EQ(Lint("frameworks/social-partnership.yaml").find("the values that score"),
            std::string::npos);
}

TEST_F(LintTest, AVariantIsLintedForItsOwnFindingsNotItsBasesAgain) {
  // The NHS variant extends the bundled framework: the base's own warnings (the unused
  // profile field, the checklist that skips a level) belong to the base's lint.
  const std::string variant = "examples/consultant-custom-framework/framework/nhs-trust.yaml";
  std::string findings = Lint(variant);
  EXPECT_EQ(findings.find("profile.sector"), std::string::npos) << findings;
  EXPECT_EQ(findings.find("process-terms-of-reference"), std::string::npos) << findings;
  EXPECT_EQ(findings.find("social-partnership.yaml"), std::string::npos) << findings;
  EXPECT_NE(findings.find(variant + ":8:8: warning: title: no cy translation"), std::string::npos)
      << findings;
  auto run = testing::RunMaturityBinary("lint " + variant);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out.rfind(variant + ": 0 errors, 27 warnings (the warnings of its base ", 0),
            0u)
      << run.out;
  EXPECT_NE(run.out.find("social-partnership.yaml are not repeated: lint the base on its own)\n"),
            std::string::npos)
      << run.out;
  // The base's own lint says them, each at its line and column.
  EXPECT_NE(Lint("frameworks/social-partnership.yaml").find("frameworks/social-partnership.yaml:"),
            std::string::npos);
}

TEST_F(LintTest, TheCliFailsOnErrorsAndOnWarningsWhenStrict) {
  auto errors = testing::RunMaturityBinary("lint tests/data/lint/every-rule.yaml");
  EXPECT_EQ(errors.exit_code, 1);
  EXPECT_EQ(errors.out, "tests/data/lint/every-rule.yaml: 1 error, 10 warnings\n");
  auto warnings = testing::RunMaturityBinary("lint frameworks/social-partnership.yaml");
  EXPECT_EQ(warnings.exit_code, 0);
  auto strict = testing::RunMaturityBinary("lint --strict frameworks/social-partnership.yaml");
  EXPECT_EQ(strict.exit_code, 1);
}

}  // namespace
}  // namespace maturity
