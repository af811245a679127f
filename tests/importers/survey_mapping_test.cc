#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "engine/framework_loader.h"
#include "importers/survey_import.h"
#include "tests/support/test_files.h"

namespace maturity {
namespace {

Framework Bundled() {
  Diagnostics diagnostics;
  return LoadFramework(testing::SourcePath("frameworks/social-partnership.yaml"), diagnostics);
}

/// The mapping template for `language` with its blanks filled as a user would.
std::string FilledTemplate(const Framework& framework, const std::string& language) {
  std::ostringstream out;
  WriteSurveyMappingTemplate(framework, language, out);
  std::string text = std::regex_replace(out.str(), std::regex("  id: FILL-IN"), "  id: coleg");
  text = std::regex_replace(text, std::regex("  name: FILL-IN"), "  name: \"Coleg\"");
  text = std::regex_replace(text, std::regex("sector: FILL-IN"), "sector: fe");
  text = std::regex_replace(text, std::regex("staff: FILL-IN"), "staff: 900");
  return std::regex_replace(text, std::regex("period: FILL-IN"), "period: 2025-26");
}

class SurveyMappingTemplateTest : public ::testing::TestWithParam<const char*> {};

TEST_P(SurveyMappingTemplateTest, LoadsBackWithEveryElementMapped) {
  Framework framework = Bundled();
  std::string text = FilledTemplate(framework, GetParam());
  SurveyMapping mapping = ReadSurveyMapping("mapping.yaml", text, framework);
  EXPECT_EQ(mapping.header.institution.id, "coleg");
  EXPECT_EQ(mapping.header.period, "2025-26");
  EXPECT_EQ(mapping.delimiter, ',');
  EXPECT_EQ(mapping.perspectives.size(), framework.perspectives.size());
  EXPECT_EQ(mapping.levels.size(), framework.scale.size() + 1);  // And not applicable.
  std::size_t answers = 0;
  std::size_t notes = 0;
  for (const SurveyColumn& column : mapping.columns) {
    (column.role == SurveyColumn::Role::kNote ? notes : answers) += 1;
    EXPECT_NE(framework.FindElement(column.element), nullptr) << column.header;
  }
  EXPECT_EQ(answers, ElementsInOrder(framework).size());
  EXPECT_EQ(notes, ElementsInOrder(framework).size());
}

INSTANTIATE_TEST_SUITE_P(Languages, SurveyMappingTemplateTest, ::testing::Values("en", "cy"));

}  // namespace
}  // namespace maturity
