// The published HTML reports: the writer keeps them well formed and escapes every text;
// the language choice; golden documents for the institution's report (with progress,
// benchmark and agreed actions, in en+cy) and the anonymised sector report.
#include "reports/html/html_report.h"

#include <gtest/gtest.h>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <sstream>

#include "engine/progress.h"
#include "engine/sector.h"
#include "reports/html/html.h"
#include "reports/html/scorecard_html.h"
#include "reports/html/sector_html.h"
#include "tests/reports/golden.h"

namespace maturity {
namespace {

/// `html` with the fixed style sheet left out: a golden holds what the report says; the
/// style sheet is written once, in reports/html/html_report.cc, and every report carries it.
std::string WithoutStyleSheet(std::string html) {
  const std::string_view style = ReportStyleSheet();
  std::size_t at = html.find(style);
  EXPECT_NE(at, std::string::npos) << "the report carries the style sheet";
  if (at != std::string::npos) {
    html.replace(at, style.size(), "\n/* the report style sheet: reports/html/html_report.cc */\n");
  }
  return html;
}

TEST(HtmlTest, EscapesEveryTextAndAttribute) {
  EXPECT_EQ(EscapeHtml("<b>\"Tom\" & 'Jerry'</b>"),
            "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;");
  // Control characters cannot be written in HTML or XML: they become spaces.
  EXPECT_EQ(EscapeHtml(std::string("a\x01"
                                   "b\tc\nd")),
            "a b\tc\nd");
  std::ostringstream out;
  Html html(out);
  html.Open("p", {{"title", "x\" onload=\"y"}});
  html.Text("</p><script>");
  html.Close("p");
  EXPECT_EQ(out.str(), "<p title=\"x&quot; onload=&quot;y\">&lt;/p&gt;&lt;script&gt;</p>");
}

TEST(HtmlTest, RefusesToCloseWhatIsNotOpen) {
  std::ostringstream out;
  Html html(out);
  html.Open("table");
  EXPECT_THROW(html.Close("tr"), std::logic_error);
  EXPECT_EQ(html.innermost(), "table");
  EXPECT_THROW(html.Style("a { } </style><script>"), std::logic_error);
}

TEST(HtmlReportTest, LanguagesAreOneOrTwoInTheOrderGiven) {
  EXPECT_EQ(ReportLanguages("cy"), (std::vector<std::string>{"cy"}));
  EXPECT_EQ(ReportLanguages("en+cy"), (std::vector<std::string>{"en", "cy"}));
  EXPECT_EQ(ReportLanguages("cy+en"), (std::vector<std::string>{"cy", "en"}));
  for (const char* bad : {"fr", "en+", "en+en", "", "en,cy"}) {
    try {
      ReportLanguages(bad);
      ADD_FAILURE() << bad;
    } catch (const std::invalid_argument& error) {
      EXPECT_EQ(std::string(error.what()),
                std::string(bad) + ": expected en or cy, or two joined by + (en+cy, cy+en)");
    }
  }
}

/// Reads `html` as XML: the reports are polyglot markup, so a parse error is a writer bug.
void ExpectWellFormed(const std::string& html) {
  ASSERT_EQ(html.rfind("<!DOCTYPE html>\n", 0), 0u);
  std::istringstream in(html.substr(html.find('\n') + 1));
  boost::property_tree::ptree tree;
  EXPECT_NO_THROW(boost::property_tree::read_xml(in, tree));
  EXPECT_TRUE(tree.get_child_optional("html.body.main"));
}

TEST(HtmlReportTest, TheInstitutionsReportMatchesItsGolden) {
  auto now = testing::ScoreExample("examples/annual-cycle/coleg-y-dyffryn-2025-26.yaml");
  auto last = testing::ScoreExample("examples/annual-cycle/coleg-y-dyffryn-2024-25.yaml");
  Progress progress = CompareWithPrevious(now->card, ScoresOf(last->card));
  now->card.progress = &progress;
  std::ostringstream out;
  WriteScorecardHtml(now->card, out, {"en", "cy"});
  ExpectWellFormed(out.str());
  // Each language's part, marked with its language, each with its own page footer.
  for (const char* expected :
       {"<article lang=\"en\" id=\"part-en\">", "<article lang=\"cy\" id=\"part-cy\">",
        "content: \"Tudalen \" counter(page) \" o \" counter(pages)",
        // The period's hyphen does not break: no heading ends a line on "2025-".
        "<h1>Coleg y Dyffryn: social partnership self-assessment, 2025\u201126</h1>",
        "<h1>Coleg y Dyffryn: hunanasesiad partneriaeth gymdeithasol, 2025\u201126</h1>"}) {
    EXPECT_NE(out.str().find(expected), std::string::npos) << expected;
  }
  testing::ExpectMatchesGolden(WithoutStyleSheet(out.str()),
                               "tests/data/golden/report-coleg-y-dyffryn.html");
}

TEST(HtmlReportTest, TextFromAnInputCannotAddMarkup) {
  auto example = testing::ScoreExample("examples/college-self-assessment/coleg-y-bryn.yaml");
  Response& response = example->response;
  response.institution.name = "</title><script>alert(1)</script>";
  ASSERT_FALSE(response.sign_off.empty());
  response.sign_off.front().agreed = false;
  response.sign_off.front().statement = "We do not agree <img src=x onerror=y> & \"never\" did";
  example->card = Score(example->framework, response);
  std::ostringstream out;
  WriteScorecardHtml(example->card, out, {"en"});
  ExpectWellFormed(out.str());
  EXPECT_EQ(out.str().find("<script"), std::string::npos);
  EXPECT_EQ(out.str().find("<img"), std::string::npos);
  EXPECT_NE(out.str().find("&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;"),
            std::string::npos);
  EXPECT_NE(
      out.str().find("We do not agree &lt;img src=x onerror=y&gt; &amp; &quot;never&quot; did"),
      std::string::npos);
}

TEST(HtmlReportTest, ARightToLeftOverrideInANameReversesNothingAfterIt) {
  // "Coleg \u202Eevil" made the heading's "2025-26" read "62-5202": every text that could
  // reorder what follows is isolated, in the title, headings, tables, charts and attributes.
  auto example = testing::ScoreExample("examples/college-self-assessment/coleg-y-bryn.yaml");
  Response& response = example->response;
  response.institution.name = "Coleg \u202Eevil\u2069\u202E";  // A PDI to break out, too.
  example->card = Score(example->framework, response);
  std::ostringstream out;
  WriteScorecardHtml(example->card, out, {"en"});
  const std::string html = out.str();
  ExpectWellFormed(html);
  // The name isolated where it is inserted (its stray U+2069 left out), the heading
  // isolated as a whole by the writer.
  EXPECT_NE(html.find("<h1><bdi>\u2068\u2068Coleg \u202Eevil\u202E\u2069: social partnership "
                      "self-assessment, 2025\u201126\u2069</bdi></h1>"),
            std::string::npos)
      << html.substr(html.find("<h1>"), 200);
  EXPECT_NE(html.find("<title>\u2068\u2068Coleg \u202Eevil\u202E\u2069:"), std::string::npos);
  // After every override, the isolate that holds it closes before any other text: the
  // override's own text, then U+2069.
  std::size_t overrides = 0;
  for (std::size_t at = html.find("\u202E"); at != std::string::npos;
       at = html.find("\u202E", at + 1)) {
    ++overrides;
    std::size_t close = html.find("\u2069", at);
    ASSERT_NE(close, std::string::npos);
    EXPECT_TRUE(html.substr(at, close - at) == "\u202Eevil\u202E" ||
                html.substr(at, close - at) == "\u202E")
        << html.substr(at, 80);
  }
  EXPECT_GT(overrides, 2u);
}

TEST(HtmlReportTest, TheSectorReportMatchesItsGolden) {
  testing::ScoredSector sector = testing::ScoreSectorExamples();
  auto& examples = sector.examples;
  auto& summaries = sector.summaries;
  SectorOptions options;
  options.group_by = {"sector"};
  options.min_group_size = 1;  // Anonymised, 2024-25's one response would be set aside.
  options.anonymise = true;
  options.key.fill(1);  // Fixed, so that the golden's codes are.
  SectorReport report = AnalyseSector(examples.front()->framework, std::move(summaries), options);
  SectorOutputOptions output;
  std::ostringstream out;
  WriteSectorHtml(report, output, out, {"cy"});
  ExpectWellFormed(out.str());
  for (const char* hidden :
       {"Coleg y Bryn", "coleg-y-bryn", "Coleg y Dyffryn", "coleg-y-dyffryn"}) {
    EXPECT_EQ(out.str().find(hidden), std::string::npos) << hidden;
  }
  testing::ExpectMatchesGolden(WithoutStyleSheet(out.str()),
                               "tests/data/golden/report-sector-cy.html");
}

}  // namespace
}  // namespace maturity
