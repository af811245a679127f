#include "engine/framework_diff.h"

#include <gtest/gtest.h>

#include "engine/framework_loader.h"
#include "reports/text/framework_diff_text.h"
#include "tests/support/test_files.h"

namespace maturity {
namespace {

Framework Load(const std::string& relative) {
  Diagnostics diagnostics;
  return LoadFramework(testing::SourcePath(relative), diagnostics);
}

TEST(FrameworkDiffTest, ListsAddedRemovedRenamedAndChangedElements) {
  FrameworkDiff diff =
      DiffFrameworks(Load("tests/data/diff/old.yaml"), Load("tests/data/diff/new.yaml"));
  EXPECT_EQ(
      FormatDiff(diff),
      "framework version: \"1.0.0\" -> \"1.1.0\"\n"
      "dimension beta: weight 1 -> 2\n"
      "changed a1\n"
      "  weight: 2 -> 3\n"
      "  descriptor for level 3 changed\n"
      "renamed a2 -> a2-renamed\n"
      "  title: \"A2\" -> \"A2 again\"\n"
      "  target: 5 -> 4\n"
      "changed b-facility\n"
      "  measure bands: \"{1: 0, 2: 5, 3: 10, 4: 20, 5: 30}\" -> \"{1: 0, 2: 6, 3: 12, 4: 24, "
      "5: 36}\"\n"
      "added c-new\n"
      "removed b-large\n");
}

TEST(FrameworkDiffTest, ChangesAreStructuredForReportsToWord) {
  FrameworkDiff diff =
      DiffFrameworks(Load("tests/data/diff/old.yaml"), Load("tests/data/diff/new.yaml"));
  ASSERT_EQ(diff.dimensions.size(), 1u);
  EXPECT_EQ(diff.dimensions[0].kind, DimensionChange::Kind::kChanged);
  ASSERT_EQ(diff.dimensions[0].changes.size(), 1u);
  const PropertyChange& weight = diff.dimensions[0].changes[0];
  EXPECT_EQ(weight.kind, PropertyChange::Kind::kValue);
  EXPECT_EQ(weight.property, "weight");
  EXPECT_EQ(weight.before, "1");
  EXPECT_EQ(weight.after, "2");
  const ElementChange& renamed = diff.elements[1];
  EXPECT_EQ(renamed.kind, ElementChange::Kind::kRenamed);
  EXPECT_EQ(renamed.old_id, "a2");
  EXPECT_EQ(renamed.changes[0].kind, PropertyChange::Kind::kText);
  EXPECT_EQ(renamed.changes[0].after, "A2 again");
}

TEST(FrameworkDiffTest, AnswerTypesAndEmptyValuesAreWordedByTheReport) {
  FrameworkDiff diff;
  ElementChange change{ElementChange::Kind::kChanged, "e", "", {}};
  change.changes.push_back({PropertyChange::Kind::kValue, "target", "", "4"});
  change.changes.push_back({PropertyChange::Kind::kValue, "applies to", "staff: large", ""});
  change.changes.push_back({PropertyChange::Kind::kAnswerType, "answer type", "level", "measure"});
  change.changes.push_back({PropertyChange::Kind::kAdded, "checklist item", "", "signed"});
  diff.elements.push_back(change);
  EXPECT_EQ(FormatDiff(diff),
            "changed e\n"
            "  target: none -> 4\n"
            "  applies to: staff: large -> every institution\n"
            "  answered with a level -> a measure; earlier answers cannot be carried over\n"
            "  checklist item added: signed\n");
}

TEST(FrameworkDiffTest, AFrameworkHasNoDifferencesWithItself) {
  Framework framework = Load("frameworks/social-partnership.yaml");
  EXPECT_EQ(FormatDiff(DiffFrameworks(framework, framework)), "no differences\n");
}

TEST(FrameworkDiffTest, TheCliPrintsTheDiff) {
  auto result =
      testing::RunMaturityBinary("diff tests/data/diff/old.yaml tests/data/diff/new.yaml");
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.out.substr(0, result.out.find('\n')),
            "framework version: \"1.0.0\" -> \"1.1.0\"");
  EXPECT_EQ(testing::RunMaturityBinary("diff tests/data/diff/old.yaml").exit_code, 2);
}

}  // namespace
}  // namespace maturity
