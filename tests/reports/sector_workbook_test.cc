#include "reports/xlsx/sector_workbook.h"

#include <gtest/gtest.h>

#include "engine/response_loader.h"
#include "engine/scoring.h"
#include "tests/engine/tiny_framework.h"
#include "tests/support/test_files.h"
#include "tests/support/xlsx_reader.h"

namespace maturity {
namespace {

const std::string kNested =
    testing::FixtureHead("nested", "Nested", testing::kFiveLevelScale, "3") +
    testing::kNestedDimensions;

/// Five institutions: A (and A inner) at 1..5, B at 1, 1, 2, 5, 5.
SectorReport Analyse(const Framework& framework, bool anonymise = false) {
  const int b_levels[] = {1, 1, 2, 5, 5};
  std::vector<InstitutionSummary> summaries;
  for (int k = 1; k <= 5; ++k) {
    std::string id = "i" + std::to_string(k);
    std::string level = std::to_string(k);
    std::string text =
        "framework: nested\nframework_version: \"1.0.0\"\n"
        "institution: {id: " +
        id + ", name: \"Secret Name " + id +
        "\"}\n"
        "period: 2025-26\nrespondents:\n  - {id: m, perspective: management}\n"
        "answers:\n  a1: [{by: m, level: " +
        level +
        "}]\n"
        "  ai1: [{by: m, level: " +
        level +
        "}]\n"
        "  b1: [{by: m, level: " +
        std::to_string(b_levels[k - 1]) + "}]\n";
    Diagnostics diagnostics;
    Response response = ParseResponse(id + ".yaml", text, framework, diagnostics);
    summaries.push_back(Summarise(Score(framework, response)));
  }
  SectorOptions options;
  options.min_group_size = 5;
  options.anonymise = anonymise;
  options.key.fill(3);
  return AnalyseSector(framework, summaries, options);
}

testing::XlsxContent Write(const SectorReport& report, const std::string& name) {
  SectorOutputOptions options;
  std::string path = testing::ScratchFolder(name) + "/sector.xlsx";
  EXPECT_TRUE(WriteSectorWorkbook(report, options, path, 0).empty());
  return testing::ReadXlsx(path);
}

TEST(SectorWorkbookTest, DistributionRowsFollowTheDimensionsWithTheirStatistics) {
  Framework framework = testing::ParseTestFramework(kNested);
  SectorReport report = Analyse(framework);
  testing::XlsxContent xlsx = Write(report, "sector-workbook");
  const auto& cells = xlsx.cells.at("Distribution");
  // Row 5 is the overall score; the dimensions follow, sub-dimensions indented.
  EXPECT_EQ(cells.at("A6"), "A");
  EXPECT_EQ(cells.at("A7"), "    A inner");
  EXPECT_EQ(cells.at("A8"), "B");
  EXPECT_EQ(cells.at("B6"), "5");    // n
  EXPECT_EQ(cells.at("E6"), "3");    // median of 1..5
  EXPECT_EQ(cells.at("D6"), "2");    // Q1 (QUARTILE.INC) of 1..5
  EXPECT_EQ(cells.at("E8"), "2");    // median of 1, 1, 2, 5, 5
  EXPECT_EQ(cells.at("H8"), "2.8");  // mean
  EXPECT_EQ(cells.at("G8"), "5");    // max
}

TEST(SectorWorkbookTest, AnAnonymisedWorkbookNamesNoInstitutionAnywhere) {
  Framework framework = testing::ParseTestFramework(kNested);
  SectorReport report = Analyse(framework, true);
  testing::XlsxContent named = Write(Analyse(framework), "sector-workbook-named");
  testing::XlsxContent anonymous = Write(report, "sector-workbook-anonymous");
  auto mentions = [](const testing::XlsxContent& xlsx, const std::string& text) {
    for (const auto& [part, xml] : xlsx.parts) {
      if (xml.find(text) != std::string::npos) return true;
    }
    return false;
  };
  EXPECT_TRUE(mentions(named, "Secret Name i3"));  // The check can fail.
  for (int k = 1; k <= 5; ++k) {
    EXPECT_FALSE(mentions(anonymous, "Secret Name i" + std::to_string(k)));
    EXPECT_FALSE(mentions(anonymous, "i" + std::to_string(k) + ".yaml"));
  }
  EXPECT_TRUE(mentions(anonymous, report.codes.at("i3")));
}

}  // namespace
}  // namespace maturity
