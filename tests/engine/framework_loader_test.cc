#include "engine/framework_loader.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <utility>

#include "tests/engine/tiny_framework.h"
#include "tests/support/test_files.h"

namespace maturity {
namespace {

using testing::FrameworkErrors;
using testing::kTinyFramework;
using testing::ParseTestFramework;
using testing::Replace;

TEST(FrameworkLoaderTest, LoadsTheTinyFramework) {
  Framework framework = ParseTestFramework(kTinyFramework);
  EXPECT_EQ(framework.id, "tiny");
  EXPECT_EQ(framework.version, "1.0.0");
  EXPECT_EQ(framework.lowest_level(), 1);
  EXPECT_EQ(framework.highest_level(), 5);
  ASSERT_EQ(framework.perspectives.size(), 2u);
  EXPECT_EQ(framework.perspectives[1].key, "trade_union");
  ASSERT_EQ(framework.dimensions.size(), 2u);
  EXPECT_EQ(framework.dimensions[0].weight, 2);
  const Element* facility = framework.FindElement("b-facility");
  ASSERT_NE(facility, nullptr);
  ASSERT_TRUE(facility->measure() != nullptr);
  EXPECT_TRUE(facility->measure()->higher_is_better);
  EXPECT_EQ(facility->answer_type(), AnswerType::kValue);
  const Element* tor = framework.FindElement("b-tor");
  ASSERT_TRUE(tor->checklist() != nullptr);
  EXPECT_EQ(tor->checklist()->items.size(), 3u);
  EXPECT_EQ(framework.FindElement("a2")->target, 5);
  EXPECT_EQ(framework.default_target, 3);
  ASSERT_EQ(framework.target_rules.size(), 2u);
  EXPECT_EQ(framework.target_rules[0].target, 4);
  EXPECT_EQ(framework.FindElement("b-large")->applies_when[0].accepted,
            std::vector<std::string>{"large"});
  EXPECT_EQ(framework.FindElement("a1")->actions.at(2)[0].Default(), "Do A1 things.");
}

TEST(FrameworkLoaderTest, TheBundledFrameworkIsValidAndComplete) {
  Diagnostics diagnostics;
  Framework framework =
      LoadFramework(testing::SourcePath("frameworks/social-partnership.yaml"), diagnostics);
  EXPECT_EQ(diagnostics.Format(), "");
  int elements = 0;
  int measures = 0;
  int checklists = 0;
  for (const Dimension& dimension : framework.dimensions) {
    for (const Element& element : dimension.elements) {
      ++elements;
      measures += (element.measure() != nullptr);
      checklists += (element.checklist() != nullptr);
      EXPECT_FALSE(element.prompt.empty()) << element.id;
      for (const ScaleLevel& level : framework.scale) {
        EXPECT_TRUE(element.levels.contains(level.level)) << element.id << " level " << level.level;
      }
      EXPECT_FALSE(element.actions.empty()) << element.id;
      for (const auto& [level, actions] : element.actions) {
        for (const Text& action : actions) {
          // A comma inside an unquoted flow list splits an action in two.
          EXPECT_TRUE(std::isupper(static_cast<unsigned char>(action.Default()[0])))
              << element.id << ": " << action.Default();
        }
      }
    }
  }
  EXPECT_GE(elements, 40);
  EXPECT_LE(elements, 70);
  EXPECT_GE(measures, 3);
  EXPECT_GE(checklists, 2);
}

TEST(FrameworkLoaderTest, ReadsLabelsForValuesAndBands) {
  std::string text = Replace(kTinyFramework, "sector: {values: [fe, he]}",
                             "sector: {values: [fe, he], labels: {fe: Further education}}");
  text = Replace(text, "large: [1000, null]}}", "large: [1000, null]}, labels: {large: Large}}");
  Framework framework = ParseTestFramework(text);
  EXPECT_EQ(framework.FindProfileField("sector")->labels.at("fe").Default(), "Further education");
  EXPECT_FALSE(framework.FindProfileField("sector")->labels.contains("he"));
  EXPECT_EQ(framework.FindProfileField("staff")->labels.at("large").Default(), "Large");
  EXPECT_EQ(framework.FindProfileField("sector")->ValueNamed("Further education"), "fe");
  EXPECT_EQ(framework.FindProfileField("sector")->ValueNamed("he"), "he");
  EXPECT_EQ(framework.FindProfileField("sector")->ValueNamed("Higher education"), "");
}

TEST(FrameworkLoaderTest, RefusesLabelsForCodesTheFieldDoesNotHave) {
  std::string text = Replace(kTinyFramework, "sector: {values: [fe, he]}",
                             "sector: {values: [fe, he], labels: {nhs: NHS}}\n"
                             "  region: {type: text, labels: {north: North}}");
  EXPECT_EQ(FrameworkErrors(text),
            "framework.yaml:14:39: error: profile.sector.labels.nhs: expected one of the field's "
            "values (fe, he), got 'nhs'\n"
            "framework.yaml:15:32: error: profile.region.labels: 'labels' names the values of a "
            "choice field or the bands of an integer field; this field has neither\n");
}

TEST(FrameworkLoaderTest, ReadsAndChecksModerationThresholds) {
  std::string text = Replace(kTinyFramework, "  divergence_threshold: 1.0\n",
                             "  divergence_threshold: 1.0\n  moderation: {large_change: 0.5, "
                             "thin_evidence: 1.5, many_not_applicable: 0, colour: red}\n");
  EXPECT_EQ(
      FrameworkErrors(text),
      "framework.yaml:20:50: error: scoring.moderation.thin_evidence: expected a share "
      "above 0 and at most 1, got 1.5\n"
      "framework.yaml:20:76: error: scoring.moderation.many_not_applicable: expected a "
      "share above 0 and at most 1, got 0\n"
      "framework.yaml:20:79: error: scoring.moderation.colour: unknown key 'colour'; expected "
      "one of: large_change, thin_evidence, many_not_applicable, wide_perception_gap\n");
  Framework framework = ParseTestFramework(
      Replace(kTinyFramework, "  divergence_threshold: 1.0\n",
              "  divergence_threshold: 1.0\n  moderation: {large_change: 0.5}\n"));
  EXPECT_DOUBLE_EQ(framework.scoring.moderation.large_change, 0.5);
  EXPECT_DOUBLE_EQ(framework.scoring.moderation.thin_evidence, 0.5);  // The default.
}

TEST(FrameworkLoaderTest, RefusesUnknownAndDuplicateKeys) {
  std::string text = Replace(kTinyFramework, "title: Tiny framework\n",
                             "title: Tiny framework\ntitel: Again\nversion: 2.0.0\n");
  EXPECT_EQ(FrameworkErrors(text),
            "framework.yaml:4:1: error: titel: unknown key 'titel'; did you mean 'title'?\n"
            "framework.yaml:5:1: error: version: duplicate key 'version' (first given at line 2); "
            "a repeated key would overwrite data\n");
}

/// The errors of the tiny framework with each change (from, to) made in turn, as Replace
/// makes it.
std::string TinyFrameworkErrors(
    std::initializer_list<std::pair<std::string, std::string>> changes) {
  std::string text = kTinyFramework;
  for (const auto& [from, to] : changes) text = Replace(text, from, to);
  return FrameworkErrors(text);
}

TEST(FrameworkLoaderTest, RefusesBadScalarsWithTheirPlace) {
  EXPECT_EQ(TinyFrameworkErrors({{"version: 1.0.0", "version: 1.0"},
                                 {"{id: a1, kind: behaviour, title: A1, weight: 2,",
                                  "{id: a1, kind: behavior, title: A1, weight: heavy,"},
                                 {"target: 5}", "target: 6}"}}),
            "framework.yaml:2:10: error: version: expected a semantic version such as 1.0.0, got "
            "\"1.0\"\n"
            "framework.yaml:31:24: error: dimensions[0].elements[0].kind: expected indicator, "
            "behaviour, resource or process, got \"behavior\"\n"
            "framework.yaml:31:53: error: dimensions[0].elements[0].weight: expected a number, "
            "got \"heavy\"\n"
            "framework.yaml:32:65: error: dimensions[0].elements[1].target: expected a target "
            "from 1 to 5, got 6, which is above the scale\n");
}

TEST(FrameworkLoaderTest, RefusesDuplicateIdsAndUnknownProfileFields) {
  EXPECT_EQ(TinyFrameworkErrors({{"{id: a2,", "{id: a1,"},
                                 {"applies_when: {staff: large}", "applies_when: {size: large}"}}),
            "framework.yaml:32:14: error: dimensions[0].elements[1].id: duplicate id 'a1' (first "
            "used at line 31); dimension and element ids must be unique\n"
            "framework.yaml:49:72: error: dimensions[1].elements[3].applies_when.size: unknown "
            "profile field 'size'; the profile declares: sector, staff\n");
}

TEST(FrameworkLoaderTest, RefusesBandsThatGoBackwards) {
  EXPECT_EQ(
      TinyFrameworkErrors(
          {{"bands: {1: 0, 2: 5, 3: 10, 4: 20, 5: 30}", "bands: {1: 0, 2: 5, 3: 4, 4: 20, 7: 30}"},
           {"better: lower, bands: {2: 6, 3: 3, 4: 1, 5: 0}",
            "better: lower, bands: {2: 6, 3: 9, 4: 1, 5: 0}"},
           {"bands: {1: 0, 2: 1, 4: 2, 5: 3}", "bands: {1: 0, 2: 1, 4: 2, 5: 4}"}}),
      "framework.yaml:40:55: error: dimensions[1].elements[0].measure.bands: the threshold "
      "for level 3 (4) is below the threshold for level 2 (5)\n"
      "framework.yaml:40:81: error: dimensions[1].elements[0].measure.bands.7: expected a "
      "level from 1 to 5 as key, got \"7\"\n"
      "framework.yaml:44:57: error: dimensions[1].elements[1].measure.bands: the threshold "
      "for level 3 (9) is above the threshold for level 2 (6) although lower values are "
      "better\n"
      "framework.yaml:48:55: error: dimensions[1].elements[2].checklist.bands: level 5 "
      "needs 4 items but the checklist has 3\n");
}

TEST(FrameworkLoaderTest, RefusesAScaleThatDoesNotAscend) {
  std::string text = Replace(kTinyFramework, "{level: 3, key: three", "{level: 2, key: three");
  std::string errors = FrameworkErrors(text);
  EXPECT_EQ(errors.substr(0, errors.find('\n') + 1),
            "framework.yaml:7:13: error: scale[2].level: levels must ascend: expected a level "
            "above 2, got 2\n");
}

TEST(FrameworkLoaderTest, RefusesADocumentThatIsNotAMapping) {
  EXPECT_EQ(FrameworkErrors("- a\n- b\n"),
            "framework.yaml:1:1: error: expected a mapping, got a list\n");
  EXPECT_EQ(FrameworkErrors(""),
            "framework.yaml: error: the file is empty; expected a YAML mapping\n");
}

Framework LoadTestFile(const std::string& relative) {
  Diagnostics diagnostics;
  return LoadFramework(testing::SourcePath(relative), diagnostics);
}

std::string LoadErrors(const std::string& relative) {
  try {
    LoadTestFile(relative);
  } catch (const InputError& error) {
    return error.diagnostics().Format();
  }
  return "";
}

TEST(ExtendsTest, OverridesRemovesAndAdds) {
  Framework framework = LoadTestFile("tests/data/extends/variant.yaml");
  EXPECT_EQ(framework.id, "tiny-variant");
  EXPECT_EQ(framework.title.Default(), "Tiny variant");
  EXPECT_EQ(framework.scale.size(), 5u);  // Inherited.
  EXPECT_EQ(framework.target_rules.size(), 2u);
  const Element* a1 = framework.FindElement("a1");
  ASSERT_NE(a1, nullptr);
  EXPECT_EQ(a1->weight, 5);
  EXPECT_EQ(a1->prompt.Default(), "A sharper question?");
  EXPECT_EQ(a1->levels.at(2).Default(), "Now described");
  EXPECT_EQ(a1->actions.at(2)[0].Default(), "Do A1 things.");  // Kept from the base.
  EXPECT_EQ(framework.FindElement("b-large"), nullptr);
  EXPECT_EQ(framework.FindElement("b-disputes"), nullptr);
  EXPECT_EQ(framework.dimensions[1].weight, 3);
  EXPECT_EQ(framework.dimensions[1].title.Default(), "Beta, revised");
  const Element* facility = framework.FindElement("b-facility");
  EXPECT_EQ(facility->measure()->unit.Default(), "hours a week");
  EXPECT_EQ(facility->measure()->bands.size(), 3u);
  EXPECT_EQ(framework.FindElement("a3")->target, 2);
  ASSERT_EQ(framework.dimensions.size(), 3u);
  EXPECT_EQ(framework.dimensions[2].id, "gamma");
}

TEST(ExtendsTest, ChainsOfExtensionWork) {
  Framework framework = LoadTestFile("tests/data/extends/chain.yaml");
  EXPECT_EQ(framework.id, "tiny-chain");
  EXPECT_EQ(framework.title.Default(), "Tiny variant");
  EXPECT_EQ(framework.FindElement("g1")->title.Default(), "G1 in the chain");
  EXPECT_EQ(framework.FindElement("a1")->weight, 5);
}

TEST(ExtendsTest, FindsABaseByIdAndVersionOnTheSearchPath) {
  Framework framework = LoadTestFile("tests/data/extends/by-id.yaml");
  EXPECT_EQ(framework.id, "social-partnership-nhs");
  EXPECT_EQ(framework.FindElement("process-local-forums"), nullptr);
  EXPECT_NE(framework.FindElement("vision-joint-commitment"), nullptr);
}

TEST(ExtendsTest, ACycleIsALocatedError) {
  std::string a = testing::SourcePath("tests/data/extends/cycle-a.yaml");
  std::string b = testing::SourcePath("tests/data/extends/cycle-b.yaml");
  EXPECT_EQ(LoadErrors("tests/data/extends/cycle-a.yaml"),
            b +
                ":1:10: error: extends: extends forms a cycle: cycle-a.yaml -> cycle-b.yaml -> "
                "cycle-a.yaml\n" +
                a + ":1:10: error: extends: the base framework " +
                testing::SourcePath("tests/data/extends/") + "cycle-b.yaml is invalid\n");
}

TEST(ExtendsTest, UnknownIdsAreLocatedErrors) {
  std::string f = testing::SourcePath("tests/data/extends/unknown-ids.yaml");
  EXPECT_EQ(
      LoadErrors("tests/data/extends/unknown-ids.yaml"),
      f +
          ":4:10: error: remove[0]: 'no-such-element' is not a dimension or element of the "
          "base framework\n" +
          f +
          ":6:3: error: override.a9: 'a9' is not a dimension or element of the base "
          "framework\n" +
          f + ":7:8: error: override.a1.wieght: unknown key 'wieght'; did you mean 'weight'?\n" +
          f + ":9:9: error: add[0].to: 'delta' is not a dimension of the base framework\n" + f +
          ":12:21: error: add[1].elements[0].id: duplicate id 'a2' (already in the base "
          "framework); dimension and element ids must be unique\n");
}

TEST(ExtendsTest, AMissingBaseIsALocatedError) {
  std::string text = "extends: nowhere@9.9.9\nid: x\nversion: 1.0.0\n";
  std::string errors = FrameworkErrors(text);
  EXPECT_EQ(errors.substr(0, errors.find(" (looked in")),
            "framework.yaml:1:10: error: extends: no framework 'nowhere@9.9.9' found");
}

TEST(FrameworkLoaderTest, AcceptsNestedDimensions) {
  std::string text =
      Replace(kTinyFramework, "  - id: beta\n    title: Beta\n    weight: 1\n    elements:",
              "  - id: outer\n    title: Outer\n    dimensions:\n  "
              "  - id: beta\n      title: Beta\n      weight: 1\n      elements:");
  // Re-indent beta's elements under the nested dimension.
  std::string nested;
  bool inside = false;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    std::string line = text.substr(start, end - start);
    if (line.find("- id: outer") != std::string::npos) inside = true;
    if (inside && line.rfind("      - ", 0) == 0)
      line = "  " + line;
    else if (inside && line.rfind("        ", 0) == 0)
      line = "  " + line;
    nested += line + "\n";
    start = end + 1;
  }
  Framework framework = ParseTestFramework(nested);
  ASSERT_EQ(framework.dimensions.size(), 2u);
  ASSERT_EQ(framework.dimensions[1].dimensions.size(), 1u);
  EXPECT_NE(framework.FindElement("b-tor"), nullptr);
}

TEST(FrameworkLoaderTest, AMeasuresRangeHoldsItsThresholds) {
  std::string framework = testing::kTinyFramework;
  std::string bands = "bands: {1: 0, 2: 5, 3: 10, 4: 20, 5: 30}";
  ASSERT_NE(framework.find(bands), std::string::npos);
  std::string bad = framework;
  bad.replace(bad.find(bands), bands.size(), bands + ", min: 5, max: 4");
  std::string errors = testing::FrameworkErrors(bad);
  EXPECT_NE(errors.find("measure.max: expected a maximum above the minimum (5), got 4\n"),
            std::string::npos)
      << errors;
  EXPECT_NE(errors.find("measure.bands: the threshold of level 1 (0) is outside the values an "
                        "answer may give (min/max)\n"),
            std::string::npos)
      << errors;
  std::string good = framework;
  good.replace(good.find(bands), bands.size(), bands + ", min: 0, max: 100");
  Framework loaded = testing::ParseTestFramework(good);
  const Measure& measure = *loaded.FindElement("b-facility")->measure();
  EXPECT_EQ(measure.min, 0);
  EXPECT_EQ(measure.max, 100);
}

}  // namespace
}  // namespace maturity
