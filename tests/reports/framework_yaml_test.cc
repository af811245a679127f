#include "reports/yaml/framework_yaml.h"

#include <gtest/gtest.h>

#include <sstream>

#include "engine/framework_loader.h"
#include "reports/text/framework_diff_text.h"
#include "tests/support/test_files.h"

namespace maturity {
namespace {

class FrameworkYamlTest : public ::testing::TestWithParam<const char*> {};

TEST_P(FrameworkYamlTest, ShownYamlLoadsBackToTheSameFramework) {
  Diagnostics diagnostics;
  Framework original = LoadFramework(testing::SourcePath(GetParam()), diagnostics);
  std::ostringstream shown;
  WriteFrameworkYaml(original, shown);
  Framework again = ParseFramework("shown.yaml", shown.str(), diagnostics);
  EXPECT_EQ(FormatDiff(DiffFrameworks(original, again)), "no differences\n");
  EXPECT_EQ(again.id, original.id);
  EXPECT_EQ(again.languages, original.languages);
  EXPECT_EQ(again.profile.size(), original.profile.size());
  EXPECT_EQ(again.scoring.evidence_required_from, original.scoring.evidence_required_from);
  EXPECT_EQ(again.scoring.divergence_threshold, original.scoring.divergence_threshold);
  std::ostringstream twice;
  WriteFrameworkYaml(again, twice);
  EXPECT_EQ(twice.str(), shown.str());  // A fixed point: nothing lost or reworded.
}

INSTANTIATE_TEST_SUITE_P(Frameworks, FrameworkYamlTest,
                         ::testing::Values("frameworks/social-partnership.yaml",
                                           "tests/data/extends/variant.yaml",
                                           "tests/data/extends/chain.yaml",
                                           "tests/data/lint/every-rule.yaml"));

TEST(ShowCliTest, PrintsTheResolvedFramework) {
  auto result = testing::RunMaturityBinary("show tests/data/extends/chain.yaml");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out.substr(0, result.out.find('\n')),
            "# tiny-chain 1.0.0, fully resolved by maturity show");
  EXPECT_NE(result.out.find("title: \"G1 in the chain\""), std::string::npos);
  EXPECT_EQ(result.out.find("extends"), std::string::npos);
}

}  // namespace
}  // namespace maturity
