#include "reports/xlsx/scorecard_workbook.h"

#include <gtest/gtest.h>

#include <cmath>

#include "tests/reports/golden.h"
#include "tests/support/xlsx_reader.h"

namespace maturity {
namespace {

using testing::ReadXlsx;
using testing::XlsxContent;

class ScorecardWorkbookTest : public ::testing::Test {
 protected:
  void SetUp() override {
    example_ = testing::ScoreExample(testing::kExamples[0]);
    path_ = testing::ScratchFolder("workbook") + "/scorecard.xlsx";
    EXPECT_TRUE(WriteScorecardWorkbook(example_->card, path_, {.created = 1767225600}).empty());
    xlsx_ = ReadXlsx(path_);
  }

  /// The column letter whose header (in `row`) is `header` on `sheet`.
  std::string ColumnOf(const std::string& sheet, int row, const std::string& header) {
    for (const auto& [ref, value] : xlsx_.cells.at(sheet)) {
      std::string digits = ref.substr(ref.find_first_of("0123456789"));
      if (value == header && digits == std::to_string(row))
        return ref.substr(0, ref.size() - digits.size());
    }
    ADD_FAILURE() << "no header " << header << " on " << sheet;
    return "";
  }

  std::string Cell(const std::string& sheet, const std::string& ref) {
    auto& cells = xlsx_.cells.at(sheet);
    auto found = cells.find(ref);
    return found == cells.end() ? "" : found->second;
  }

  static void ExpectSameNumber(const std::string& cell, double expected, const std::string& what) {
    ASSERT_FALSE(cell.empty()) << what;
    // libxlsxwriter writes 16 significant digits (Excel keeps 15).
    EXPECT_NEAR(std::stod(cell), expected, 1e-12 * std::max(1.0, std::fabs(expected))) << what;
  }

  std::unique_ptr<testing::ScoredExample> example_;
  std::string path_;
  XlsxContent xlsx_;
};

TEST_F(ScorecardWorkbookTest, HasTheSixSheetsInOrder) {
  // The agreed actions on a sheet of their own: below the gaps, the gaps' header repeated
  // above them on a printed page (issue 30).
  EXPECT_EQ(xlsx_.sheet_names,
            (std::vector<std::string>{"Summary", "Elements", "Action plan", "Agreed actions",
                                      "Perspectives", "Method"}));
}

TEST_F(ScorecardWorkbookTest, TheRadarCarriesThreeSeriesEachWithItsOwnDashAndMarker) {
  // Five or six series in an inch, Score and Sector median told apart only by colour, could
  // not be read (issue 30).
  std::string radar;
  for (const auto& [part, xml] : xlsx_.parts) {
    if (xml.find("<c:radarChart>") != std::string::npos) radar = xml;
  }
  ASSERT_FALSE(radar.empty());
  std::size_t series = 0;
  for (std::size_t at = radar.find("<c:ser>"); at != std::string::npos;
       at = radar.find("<c:ser>", at + 1)) {
    ++series;
  }
  EXPECT_LE(series, 3u);
  EXPECT_GE(series, 2u);
  for (const char* look : {"<c:symbol val=\"circle\"/>", "<c:symbol val=\"diamond\"/>",
                           "<a:prstDash val=\"lgDash\"/>"}) {
    EXPECT_NE(radar.find(look), std::string::npos) << look;
  }
}

TEST_F(ScorecardWorkbookTest, TheRadarIsLargeEnoughToReadPrintedAndAboveTheTable) {
  // The Summary's radar spanned 19 rows and 7 columns beside the facts: printed, an inch
  // and a half of plot among its labels (issue 30). It now takes what the facts leave.
  const std::string& drawing = xlsx_.parts.at("xl/drawings/drawing1.xml");
  auto number = [&](const std::string& from, const std::string& tag) {
    std::size_t at = drawing.find("<xdr:" + tag + ">", drawing.find("<xdr:" + from + ">"));
    return std::stoi(drawing.substr(at + tag.size() + 6));
  };
  const int first_row = number("from", "row");
  const int last_row = number("to", "row");
  EXPECT_EQ(first_row, 3);  // Beside the facts, below any status line.
  EXPECT_GE(last_row - first_row, 30);
  EXPECT_GE(number("to", "col") - number("from", "col"), 8);
  // The dimensions table starts below it.
  int header_row = 0;  // 1-based, as in "A38".
  for (const auto& [ref, value] : xlsx_.cells.at("Summary")) {
    if (value == "Dimension" && ref[0] == 'A') header_row = std::stoi(ref.substr(1));
  }
  EXPECT_GT(header_row - 1, last_row);
}

TEST_F(ScorecardWorkbookTest, AHeaderOverNumbersIsAlignedWithThem) {
  // The Elements table's Score column holds numbers: its header cell's format aligns right;
  // the Title column's does not.
  const std::string& styles = xlsx_.parts.at("xl/styles.xml");
  EXPECT_NE(styles.find("<alignment horizontal=\"right\" vertical=\"center\" wrapText=\"1\"/>"),
            std::string::npos);
}

TEST_F(ScorecardWorkbookTest, SummaryShowsTheOverallScoreAndEveryDimension) {
  const Scorecard& card = example_->card;
  ASSERT_TRUE(xlsx_.defined_names.contains("OverallScore"));
  std::string ref = xlsx_.defined_names["OverallScore"];
  ref = ref.substr(ref.find('!') + 1);
  ref.erase(std::remove(ref.begin(), ref.end(), '$'), ref.end());
  ExpectSameNumber(Cell("Summary", ref), *card.overall.score, "overall score");
  EXPECT_EQ(Cell("Summary", "B4"), "Coleg y Bryn (coleg-y-bryn)");
  EXPECT_EQ(Cell("Summary", "B8"), "Yes: signed off by every perspective");
  // The dimension table: find its header row, then one row per dimension in order.
  int header_row = 0;
  for (const auto& [cell_ref, value] : xlsx_.cells.at("Summary")) {
    if (value == "Dimension" && cell_ref[0] == 'A') header_row = std::stoi(cell_ref.substr(1));
  }
  ASSERT_GT(header_row, 0);
  std::string score_col = ColumnOf("Summary", header_row, "Score");
  std::string union_col = ColumnOf("Summary", header_row, "Trade union side");
  for (std::size_t i = 0; i < card.dimensions.size(); ++i) {
    const DimensionScore& dimension = card.dimensions[i];
    std::string row = std::to_string(header_row + 1 + static_cast<int>(i));
    EXPECT_EQ(Cell("Summary", "A" + row), dimension.dimension->title.Default());
    ExpectSameNumber(Cell("Summary", score_col + row), *dimension.score, dimension.dimension->id);
    ExpectSameNumber(Cell("Summary", union_col + row), *dimension.by_perspective[1].second,
                     dimension.dimension->id + " trade union");
  }
  EXPECT_NE(xlsx_.parts.find("xl/charts/chart1.xml"), xlsx_.parts.end());
  EXPECT_NE(xlsx_.parts["xl/charts/chart1.xml"].find("<c:radarChart>"), std::string::npos);
}

TEST_F(ScorecardWorkbookTest, ElementsSheetCarriesEveryElementsNumbers) {
  const Scorecard& card = example_->card;
  std::string id_col = ColumnOf("Elements", 4, "Element");
  std::string score_col = ColumnOf("Elements", 4, "Score");
  std::string gap_col = ColumnOf("Elements", 4, "Gap");
  std::string flags_col = ColumnOf("Elements", 4, "Flags");
  std::string management_col = ColumnOf("Elements", 4, "Employer / management");
  for (std::size_t i = 0; i < card.elements.size(); ++i) {
    const ElementScore& element = card.elements[i];
    std::string row = std::to_string(5 + static_cast<int>(i));
    EXPECT_EQ(Cell("Elements", id_col + row), element.element->id);
    if (element.score) {
      ExpectSameNumber(Cell("Elements", score_col + row), *element.score, element.element->id);
      ExpectSameNumber(Cell("Elements", gap_col + row), *element.gap, element.element->id);
    } else {
      EXPECT_EQ(Cell("Elements", score_col + row), "-") << element.element->id;
    }
    if (auto management = element.PerspectiveScoreOf("management")) {
      ExpectSameNumber(Cell("Elements", management_col + row), *management, element.element->id);
    }
    if (element.Has(Flag::kPerceptionGap)) {
      EXPECT_NE(Cell("Elements", flags_col + row).find("perception-gap"), std::string::npos);
    }
  }
}

TEST_F(ScorecardWorkbookTest, ActionPlanListsGapsInPriorityOrderWithActions) {
  const Scorecard& card = example_->card;
  ASSERT_FALSE(card.gaps.empty());
  for (std::size_t i = 0; i < card.gaps.size(); ++i) {
    const ElementScore& element = card.elements[card.gaps[i].element_index];
    std::string row = std::to_string(5 + static_cast<int>(i));
    EXPECT_EQ(Cell("Action plan", "D" + row), element.element->title.Default());
    ExpectSameNumber(Cell("Action plan", "B" + row), card.gaps[i].priority, "priority");
    EXPECT_EQ(Cell("Action plan", "I" + row).rfind("• ", 0), 0u) << element.element->id;
  }
}

TEST_F(ScorecardWorkbookTest, PropertiesCarryTheFixedCreationTime) {
  EXPECT_NE(xlsx_.parts["docProps/core.xml"].find("2026-01-01T00:00:00Z"), std::string::npos);
}

TEST_F(ScorecardWorkbookTest, SameInputsGiveTheSameBytes) {
  std::string again = testing::ScratchFolder("workbook-again") + "/scorecard.xlsx";
  EXPECT_TRUE(WriteScorecardWorkbook(example_->card, again, {.created = 1767225600}).empty());
  EXPECT_EQ(testing::ReadFile(again), testing::ReadFile(path_));
}

}  // namespace
}  // namespace maturity
