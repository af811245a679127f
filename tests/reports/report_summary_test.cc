// The published pages as a reader meets them (issue 30, items 6 to 10): the summary in
// words on page 1 and the figures the engine chooses for it, each side's statement on
// page 1, tables that fit the printed page, no developer's words, and the questionnaire's
// messages and hints.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "engine/progress.h"
#include "engine/summary.h"
#include "reports/html/scorecard_html.h"
#include "reports/html/sector_html.h"
#include "reports/sector_output.h"
#include "reports/xlsx/questionnaire_workbook.h"
#include "tests/reports/golden.h"
#include "tests/support/xlsx_reader.h"

namespace maturity {
namespace {

struct TwoYears {
  std::unique_ptr<testing::ScoredExample> now =
      testing::ScoreExample("examples/annual-cycle/coleg-y-dyffryn-2025-26.yaml");
  std::unique_ptr<testing::ScoredExample> last =
      testing::ScoreExample("examples/annual-cycle/coleg-y-dyffryn-2024-25.yaml");
  Progress progress = CompareWithPrevious(now->card, ScoresOf(last->card));
  TwoYears() { now->card.progress = &progress; }
};

std::string Report(const Scorecard& card, const std::string& language) {
  std::ostringstream out;
  WriteScorecardHtml(card, out, {language});
  return out.str();
}

/// The text of `html`'s list of class `summary`, one sentence a line.
std::string SummaryOfPage(const std::string& html) {
  std::size_t start = html.find("<ul class=\"summary\">");
  std::size_t end = html.find("</ul>", start);
  if (start == std::string::npos || end == std::string::npos) return "";
  std::string list = html.substr(start, end - start);
  std::string lines;
  std::regex item("<li>(.*?)</li>");
  for (auto it = std::sregex_iterator(list.begin(), list.end(), item); it != std::sregex_iterator();
       ++it) {
    lines += (*it)[1].str() + "\n";
  }
  return lines;
}

TEST(ReportSummaryTest, TheEngineChoosesTheFiguresTheSummaryStates) {
  TwoYears example;
  ScorecardSummary summary = SummaryOf(example.now->card);
  EXPECT_EQ(summary.dimensions, 9);
  EXPECT_EQ(summary.dimensions_below_target, 7);
  ASSERT_EQ(summary.widest_gaps.size(), 2u);
  EXPECT_EQ(summary.widest_gaps[0]->dimension->id, "membership");
  EXPECT_EQ(summary.widest_gaps[1]->dimension->id, "agenda");
  ASSERT_TRUE(summary.sides_apart);
  EXPECT_NEAR(*summary.sides_apart, *example.now->card.overall.divergence, 1e-12);
  EXPECT_EQ(summary.lower_side, "trade_union");
  EXPECT_EQ(summary.higher_side, "management");
  EXPECT_EQ(summary.previous_period, "2024-25");
  EXPECT_NEAR(*summary.change, *example.progress.overall.score.change, 1e-12);
  EXPECT_EQ(summary.open_actions, 2);
  EXPECT_EQ(summary.overdue_actions, 1);
  ASSERT_EQ(summary.respondents.size(), 2u);
  EXPECT_EQ(summary.respondents[0].perspective, "management");
  EXPECT_EQ(summary.respondents[0].respondents, 3);
  EXPECT_EQ(summary.respondents[1].respondents, 2);
}

TEST(ReportSummaryTest, PageOneOpensWithASummaryInWordsInEachLanguage) {
  TwoYears example;
  EXPECT_EQ(SummaryOfPage(Report(example.now->card, "en")),
            "The overall score is 2.72 out of 5, against a target of 3.00.\n"
            "7 of the 9 dimensions are below their targets; the widest gaps are in Membership, "
            "skills and accountability (0.67 below) and Joint strategic agenda setting (0.63 "
            "below).\n"
            "The two sides&#39; overall scores are 0.74 apart; the lower is that of the trade "
            "union side (2.35, against 3.09).\n"
            "Since 2024-25 the overall score has risen by 0.29, from 2.43.\n"
            "Agreed actions still open: 2 of 5, of which 1 overdue at 2025-11-05.\n");
  EXPECT_EQ(SummaryOfPage(Report(example.now->card, "cy")),
            "Y sgôr gyffredinol yw 2.72 allan o 5, o&#39;i chymharu â tharged o 3.00.\n"
            "Mae 7 o&#39;r 9 dimensiwn yn is na&#39;u targedau; mae&#39;r bylchau mwyaf o ran "
            "Aelodaeth, sgiliau ac atebolrwydd (0.67 yn is) ac o ran Pennu agenda strategol ar y "
            "cyd (0.63 yn is).\n"
            "Mae sgoriau cyffredinol y ddwy ochr 0.74 ar wahân; yr isaf yw sgôr ochr yr undebau "
            "llafur (2.35, o&#39;i chymharu â 3.09).\n"
            "Ers 2024-25 mae&#39;r sgôr gyffredinol wedi codi 0.29, o 2.43.\n"
            "Camau gweithredu a gytunwyd sy&#39;n dal ar agor: 2 o 5, gyda 1 ohonynt yn hwyr ar "
            "2025-11-05.\n");
  // Last year: every dimension below target, every action open, nothing to compare with.
  EXPECT_EQ(SummaryOfPage(Report(example.last->card, "en")),
            "The overall score is 2.43 out of 5, against a target of 3.00.\n"
            "All 9 dimensions are below their targets; the widest gaps are in Membership, skills "
            "and accountability (0.97 below) and Joint strategic agenda setting (0.87 below).\n"
            "The two sides&#39; overall scores are 0.70 apart; the lower is that of the trade "
            "union side (2.08, against 2.77).\n"
            "Agreed actions still open: 4 of 4, none of them overdue at 2024-11-08.\n");
}

TEST(ReportSummaryTest, ASidesStatementOfDisagreementIsOnTheFirstPage) {
  TwoYears example;
  for (const char* language : {"en", "cy"}) {
    std::string page = Report(example.last->card, language);
    std::size_t statement = page.find("<blockquote class=\"statement\"");
    std::size_t dimensions = page.find(std::string("id=\"") + language + "-dimensions\"");
    std::size_t glance = page.find(std::string("id=\"") + language + "-glance\"");
    ASSERT_NE(statement, std::string::npos) << language;
    // Under At a glance, before the first section that starts page 2.
    EXPECT_LT(glance, statement) << language;
    EXPECT_LT(statement, dimensions) << language;
    // Once only: the sign-off section points to it.
    EXPECT_EQ(page.find("<blockquote", statement + 1), std::string::npos) << language;
  }
  EXPECT_NE(Report(example.last->card, "en").find("No: statement under At a glance"),
            std::string::npos);
}

/// The number of columns of the table named `name` in `page`.
std::size_t ColumnsOf(const std::string& page, const std::string& name) {
  std::size_t start = page.find("data-table=\"" + name + "\"");
  std::size_t end = page.find("</thead>", start);
  std::size_t columns = 0;
  for (std::size_t at = page.find("<th scope=\"col\"", start); at < end;
       at = page.find("<th scope=\"col\"", at + 1)) {
    ++columns;
  }
  return columns;
}

TEST(ReportSummaryTest, NoTableIsWiderThanEightColumns) {
  // Eleven columns (scores, each side, the sector) made the table 880 px on a 688 px page,
  // and Chromium shrank every page to 7-8 pt to fit it (the rendered check is in
  // tests/report/render_reports.py).
  TwoYears example;
  std::string page = Report(example.now->card, "en");
  EXPECT_EQ(ColumnsOf(page, "dimensions"), 8u);
  EXPECT_EQ(ColumnsOf(page, "dimension_sides"), 4u);
  for (const char* table : {"gaps", "perceptions", "actions"}) {
    EXPECT_LE(ColumnsOf(page, table), 8u) << table;
  }
}

TEST(ReportSummaryTest, PublishedPagesHaveNoDevelopersWords) {
  TwoYears example;
  for (const char* language : {"en", "cy"}) {
    std::string page = Report(example.now->card, language);
    page = page.substr(page.find("<body>"));  // The text, not the style sheet.
    for (const char* word : {"--", "maturity score", ".yaml", "social-partnership", "(s)", "JSON",
                             "of the scale", "o&#39;r raddfa"}) {
      EXPECT_EQ(page.find(word), std::string::npos) << language << ": " << word;
    }
    // The framework by its title, and each side's respondents.
    EXPECT_NE(page.find(language == std::string("en")
                            ? "Respondents: 5 (Employer / management 3; Trade union side 2)"
                            : "Ymatebwyr: 5 (Cyflogwr / rheolwyr 3; Ochr yr undebau llafur 2)"),
              std::string::npos)
        << language;
  }
}

/// The published sector report's page in `language`.
std::string SectorReportPage(const SectorReport& report, const std::string& language) {
  std::ostringstream out;
  WriteSectorHtml(report, SectorOutputOptions{}, out, {language});
  return out.str();
}

TEST(ReportSummaryTest, TheSectorReportOpensWithASummaryInWords) {
  testing::ScoredSector sector = testing::ScoreSectorExamples();
  auto& examples = sector.examples;
  auto& summaries = sector.summaries;
  SectorOptions options;
  SectorReport report = AnalyseSector(examples.front()->framework, std::move(summaries), options);
  SectorSummaryFigures figures = SummaryOf(report);
  EXPECT_EQ(figures.institutions, static_cast<int>(report.current.size()));
  EXPECT_EQ(figures.previous_period, "2024-25");
  ASSERT_TRUE(figures.lowest_dimension);
  for (std::size_t d = 0; d < report.dimensions.size(); ++d) {
    const auto& statistics = report.statistics.dimensions[d].statistics;
    if (report.dimensions[d].depth == 0 && statistics) {
      EXPECT_LE(*figures.lowest_median, statistics->median);
    }
  }
  const std::string en = SectorReportPage(report, "en");
  // Two institutions in 2025-26 (Coleg y Bryn, Coleg y Dyffryn), one of them also in
  // 2024-25; the wording holds for one as for many.
  EXPECT_EQ(SummaryOfPage(en),
            "Institutions included for 2025\u201126: 2. Their median overall score is 2.72, with "
            "the middle half from 2.72 to 2.72.\n"
            "Among the institutions in both 2024\u201125 and 2025\u201126 (1 of them), the "
            "median overall score rose by 0.29.\n"
            "Both sides agreed 2 of the 2 self-assessments.\n"
            "The lowest median of a dimension is in Membership, skills and accountability, at "
            "2.33.\n");
  const std::string cy = SectorReportPage(report, "cy");
  EXPECT_EQ(SummaryOfPage(cy),
            "Sefydliadau a gynhwyswyd ar gyfer 2025\u201126: 2. Eu sgôr gyffredinol ganolrifol "
            "yw 2.72, gyda&#39;r hanner canol o 2.72 i 2.72.\n"
            "Ymhlith y sefydliadau a oedd yn 2024\u201125 ac yn 2025\u201126 (1 ohonynt), "
            "cododd y sgôr gyffredinol ganolrifol 0.29.\n"
            "Cytunodd y ddwy ochr ar 2 o&#39;r 2 hunanasesiad.\n"
            "Mae&#39;r canolrif isaf ymhlith y dimensiynau o ran Aelodaeth, sgiliau ac "
            "atebolrwydd: 2.33.\n");
  for (const std::string& page : {en, cy}) {
    std::string text = page.substr(page.find("<body>"));
    for (const char* word : {"--", "maturity sector", "(s)", "JSON", "social-partnership"}) {
      EXPECT_EQ(text.find(word), std::string::npos) << word;
    }
  }
  EXPECT_NE(en.find("3 self-assessments over 2 periods"), std::string::npos);
  EXPECT_NE(cy.find("3 hunanasesiad dros 2 o gyfnodau"), std::string::npos);
}

TEST(ReportSummaryTest, TwoOfAThingReadInWelshWithTheNounMutated) {
  // Welsh mutates a noun after 2 ("dau", "dwy"): "o'r 2 ddimensiwn", "y 2 flaenoriaeth"
  // (issue 30). The example cut to its first two dimensions and two gaps.
  auto example = testing::ScoreExample("examples/college-self-assessment/coleg-y-bryn.yaml");
  Scorecard& card = example->card;
  ASSERT_GE(card.gaps.size(), 2u);
  card.dimensions.resize(2);  // Clear vision (at its target) and Effective communications.
  card.gaps.resize(2);
  const std::string cy = Report(card, "cy");
  EXPECT_NE(SummaryOfPage(cy).find("Mae 1 o&#39;r 2 ddimensiwn yn is na&#39;i darged: Cyfathrebu "
                                   "effeithiol, o 0.28."),
            std::string::npos)
      << SummaryOfPage(cy);
  EXPECT_NE(cy.find("Y 2 flaenoriaeth uchaf o 2"), std::string::npos);
  EXPECT_EQ(cy.find("2 dimensiwn"), std::string::npos);
  const std::string en = Report(card, "en");
  EXPECT_NE(SummaryOfPage(en).find("1 of the 2 dimensions is below its target"), std::string::npos);
  EXPECT_NE(en.find("The 2 highest priorities of 2"), std::string::npos);
}

/// The questionnaire of the bundled framework in `language`, blank or started from last
/// period with its answers.
testing::XlsxContent Questionnaire(const std::string& language, const Response* previous) {
  Diagnostics diagnostics;
  static const Framework framework =
      LoadFramework(testing::SourcePath("frameworks/social-partnership.yaml"), diagnostics);
  std::string folder = testing::ScratchFolder("questionnaire-words");
  std::string path = folder + "/" + language + (previous ? "-next" : "-blank") + ".xlsx";
  QuestionnaireOptions options;
  options.language = language;
  options.created = 0;
  options.previous = previous;
  options.with_answers = previous != nullptr;
  if (previous) options.period = "2026-27";
  EXPECT_TRUE(WriteQuestionnaireWorkbook(framework, options, path).empty());
  return testing::ReadXlsx(path);
}

TEST(ReportSummaryTest, TheQuestionnaireSaysWhatAPersonNeeds) {
  TwoYears example;
  for (const char* language : {"en", "cy"}) {
    testing::XlsxContent blank = Questionnaire(language, nullptr);
    for (const std::string& name : blank.sheet_names) {
      EXPECT_EQ(name.find("\u2026"), std::string::npos) << name;  // No tab cut short.
    }
    std::string xml;
    for (const auto& [part, text] : blank.parts) xml += text;
    // A bound a measure does not have is not offered as one.
    EXPECT_EQ(xml.find("1E+15"), std::string::npos) << language;
    EXPECT_EQ(xml.find("1e+15"), std::string::npos) << language;
    EXPECT_EQ(xml.find("listed already"), std::string::npos) << language;
    EXPECT_EQ(xml.find("Rhestrir eisoes"), std::string::npos) << language;
  }
  // Next year's, with last year's answers: checklist items by their texts, not their keys.
  testing::XlsxContent next = Questionnaire("en", &example.now->response);
  std::string cells;
  for (const auto& [sheet, values] : next.cells) {
    for (const auto& [ref, text] : values) cells += text + "\n";
  }
  EXPECT_NE(cells.find("Actions still open last period are listed already"), std::string::npos);
  EXPECT_EQ(cells.find("those in place: tor-agreed"), std::string::npos);
  EXPECT_NE(cells.find("those in place: "), std::string::npos);
}

}  // namespace
}  // namespace maturity
