#include "reports/xlsx/questionnaire_workbook.h"

#include <gtest/gtest.h>

#include <set>

#include "common/messages.h"
#include "reports/xlsx/workbook_style.h"
#include "tests/engine/tiny_framework.h"
#include "tests/support/test_files.h"
#include "tests/support/xlsx_reader.h"

namespace maturity {
namespace {

TEST(SafeSheetNameTest, CutsToThirtyOneCharactersAndReplacesForbiddenOnes) {
  EXPECT_EQ(SafeSheetName("1. Partneriaeth gymdeithasol ac undebau llafur"),
            "1. Partneriaeth gymdeithasol a\u2026");
  EXPECT_EQ(SafeSheetName("Q1/Q2: [draft]?"), "Q1-Q2- -draft--");
  EXPECT_EQ(SafeSheetName("Cymraeg: ŵ ŷ â"), "Cymraeg- ŵ ŷ â");
  EXPECT_EQ(SafeSheetName("'quoted'"), "-quoted-");
}

TEST(WorkbookStyleTest, ARowIsAsTallAsItsLinesInItsFont) {
  EXPECT_DOUBLE_EQ(WorkbookStyle::RowHeight({{"A short line", 72}}), 17);
  // A level descriptor in 9-point type: a line of 12.3 points, holding 11/9 as many
  // characters as at 11 points (it was measured as 11-point type: a page held 2 questions).
  EXPECT_NEAR(WorkbookStyle::RowHeight({{"A short line", 72}}, 9), 14.27, 0.01);
  const std::string ninety(90, 'x');  // Two lines at 11 points in 72 characters' width.
  EXPECT_DOUBLE_EQ(WorkbookStyle::RowHeight({{ninety, 72}}), 32);
  EXPECT_NEAR(WorkbookStyle::RowHeight({{ninety, 72}}, 9), 14.27, 0.01);
  EXPECT_NEAR(WorkbookStyle::RowHeight({{ninety + ninety, 72}}, 9), 26.55, 0.01);
}

TEST(WorkbookStyleTest, AnExcelRowWrapsWholeWordsInCalibrisWidths) {
  EXPECT_DOUBLE_EQ(WorkbookStyle::ExcelRowHeight({{"A short line", 72}}), 17);
  // 102 characters: LibreOffice with Carlito (columns 6% wider than Excel's) wraps it at
  // "for?" in 85 characters' width; Excel, in 72 or 85, at "it is" or sooner.
  const std::string prompt =
      "Have management and the trade unions defined together what partnership means here and "
      "what it is for?";
  EXPECT_DOUBLE_EQ(WorkbookStyle::ExcelRowHeight({{prompt, 72}}), 32);
  EXPECT_DOUBLE_EQ(WorkbookStyle::ExcelRowHeight({{prompt, 85}}), 32);
  EXPECT_DOUBLE_EQ(WorkbookStyle::ExcelRowHeight({{prompt, 112}}), 17);
  // A level descriptor in 10-point type: a line of 13.6 points.
  EXPECT_NEAR(WorkbookStyle::ExcelRowHeight({{prompt, 112}}, 10), 15.64, 0.01);
  // Narrow letters fit more to a line than wide ones; a word longer than a line is split.
  EXPECT_DOUBLE_EQ(WorkbookStyle::ExcelRowHeight({{std::string(140, 'i'), 72}}), 17);
  EXPECT_DOUBLE_EQ(WorkbookStyle::ExcelRowHeight({{std::string(140, 'W'), 72}}), 62);
  // Bold is wider: a line of bold fills sooner.
  const std::string words =
      "Joint commitment to employment security and the quality of working life";
  EXPECT_LE(WorkbookStyle::ExcelRowHeight({{words, 40}}),
            WorkbookStyle::ExcelRowHeight({{words, 40}}, 11, true));
}

TEST(QuestionnaireWorkbookTest, AWelshQuestionnaireHasNoEnglishFixedText) {
  Framework framework = testing::ParseTestFramework(testing::kTinyFramework);
  std::string folder = testing::ScratchFolder("questionnaire-cy");
  QuestionnaireOptions options;
  options.language = "cy";
  options.respondents = 2;
  options.created = 0;
  EXPECT_TRUE(WriteQuestionnaireWorkbook(framework, options, folder + "/holiadur.xlsx").empty());
  testing::XlsxContent welsh = testing::ReadXlsx(folder + "/holiadur.xlsx");
  options.language = "en";
  EXPECT_TRUE(
      WriteQuestionnaireWorkbook(framework, options, folder + "/questionnaire.xlsx").empty());
  testing::XlsxContent english = testing::ReadXlsx(folder + "/questionnaire.xlsx");
  EXPECT_EQ(welsh.sheet_names.front(), "Cyfarwyddiadau");
  EXPECT_EQ(welsh.sheet_names.back(), "_maturity");
  // The printed footer's page numbers are Welsh too.
  EXPECT_NE(welsh.parts.at("xl/worksheets/sheet1.xml").find("Tudalen &amp;P o &amp;N"),
            std::string::npos);
  EXPECT_NE(english.parts.at("xl/worksheets/sheet1.xml").find("Page &amp;P of &amp;N"),
            std::string::npos);
  // Every text the catalogue gives in English must not appear in the Welsh workbook,
  // unless the Welsh is the same word.
  std::set<std::string> english_only;
  for (const std::string& key : Messages::Keys()) {
    std::string en = Messages::Raw(key, "en");
    if (en != Messages::Raw(key, "cy") && en.find('{') == std::string::npos) {
      english_only.insert(en);
    }
  }
  for (const auto& [sheet, cells] : welsh.cells) {
    if (sheet == "_maturity") continue;
    EXPECT_FALSE(english_only.contains(sheet)) << sheet;
    for (const auto& [ref, text] : cells) {
      EXPECT_FALSE(english_only.contains(text)) << sheet << "!" << ref << ": " << text;
    }
  }
  // The English workbook does use those texts: the check above can fail.
  bool found = false;
  for (const auto& [ref, text] : english.cells.at("Respondents")) {
    found = found || english_only.contains(text);
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace maturity
