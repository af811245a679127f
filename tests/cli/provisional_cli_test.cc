// An unfinished or unsigned self-assessment through the binary: every output says
// provisional and draft, not signed; the report names what is missing (docs/methodology.md).
#include <gtest/gtest.h>

#include <string>

#include "tests/engine/tiny_framework.h"
#include "tests/support/test_files.h"
#include "tests/support/xlsx_reader.h"

namespace maturity {
namespace {

using testing::ReadFile;
using testing::RunMaturityBinary;
using testing::WriteFile;

/// Only a1 answered (weight 2 in alpha, weight 2): of the applicable weight 2 x (2 + 1)
/// + 1 x (1 + 1 + 1) = 9, 4 is answered: 44%. No side has signed.
const std::string kOnlyA1 =
    testing::TinyResponse("{sector: fe, staff: 300}",
                          "answers:\n  a1:\n    - {by: m1, level: 3}\n    - {by: t1, level: 2}\n");

const std::string kProvisional =
    "PROVISIONAL: 44% of the answers are in, below the 80% from which this framework counts a "
    "self-assessment as finished; every score here may still change.";
const std::string kDraft =
    "DRAFT, NOT SIGNED: not every side has signed this self-assessment off (Management and "
    "Trade union still to sign).";

class ProvisionalCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = testing::ScratchFolder("provisional");
    WriteFile(folder_ + "/tiny.yaml", testing::kTinyFramework);
    WriteFile(folder_ + "/response.yaml", kOnlyA1);
  }
  std::string folder_;
};

TEST_F(ProvisionalCliTest, EveryOutputSaysProvisionalAndDraftAndTheReportNamesWhatIsMissing) {
  auto run = RunMaturityBinary("score --framework " + folder_ + "/tiny.yaml " + folder_ +
                               "/response.yaml -o " + folder_ + "/card.xlsx --json " + folder_ +
                               "/card.json");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("\n" + kProvisional + "\n" + kDraft + "\n"), std::string::npos) << run.out;
  std::string json = ReadFile(folder_ + "/card.json");
  EXPECT_NE(json.find("\"draft\": true,"), std::string::npos);
  EXPECT_NE(json.find("\"completeness\": 0.4444444444444444,\n    \"provisional\": true,"),
            std::string::npos)
      << json;
  testing::XlsxContent xlsx = testing::ReadXlsx(folder_ + "/card.xlsx");
  EXPECT_EQ(xlsx.cells.at("Summary").at("A3"), kProvisional + " " + kDraft);
  EXPECT_NE(xlsx.parts.at("xl/worksheets/sheet1.xml").find("PROVISIONAL · DRAFT, NOT SIGNED"),
            std::string::npos);

  auto report = RunMaturityBinary("report --framework " + folder_ + "/tiny.yaml " + folder_ +
                                  "/response.yaml -o " + folder_ + "/report.html");
  ASSERT_EQ(report.exit_code, 0) << report.err;
  std::string html = ReadFile(folder_ + "/report.html");
  EXPECT_NE(html.find("<div class=\"status-mark\" aria-hidden=\"true\">PROVISIONAL · DRAFT, NOT "
                      "SIGNED</div>"),
            std::string::npos);
  EXPECT_NE(html.find("<p class=\"status\">" + kProvisional + "</p>"), std::string::npos);
  EXPECT_NE(html.find("<p class=\"status\">" + kDraft + "</p>"), std::string::npos);
  EXPECT_NE(html.find("<p class=\"status-missing\">Not yet answered (4): A2, Facility time, "
                      "Disputes and Terms of reference.</p>"),
            std::string::npos)
      << html.substr(0, 3000);
}

TEST_F(ProvisionalCliTest, TheFrameworkSetsWhereAnAssessmentIsFinishedAndWelshSaysItToo) {
  // complete_from 0.4: 44% is finished; still not signed.
  WriteFile(folder_ + "/tiny.yaml",
            testing::Replace(testing::kTinyFramework, "  missing: exclude\n",
                             "  missing: exclude\n  complete_from: 0.4\n"));
  auto run = RunMaturityBinary("score --framework " + folder_ + "/tiny.yaml " + folder_ +
                               "/response.yaml --json " + folder_ + "/card.json");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out.find("PROVISIONAL"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find(kDraft), std::string::npos);
  EXPECT_NE(ReadFile(folder_ + "/card.json").find("\"provisional\": false,"), std::string::npos);

  WriteFile(folder_ + "/tiny.yaml", testing::kTinyFramework);
  auto welsh = RunMaturityBinary("score --lang cy --framework " + folder_ + "/tiny.yaml " +
                                 folder_ + "/response.yaml");
  ASSERT_EQ(welsh.exit_code, 0) << welsh.err;
  EXPECT_NE(welsh.out.find("DROS DRO: mae 44% o'r atebion i mewn, islaw'r 80% y mae'r fframwaith "
                           "hwn yn cyfrif hunanasesiad yn orffenedig ohono; gall pob sgôr yma "
                           "newid o hyd.\n"
                           "DRAFFT, HEB EI LOFNODI: nid yw pob ochr wedi llofnodi'r hunanasesiad "
                           "hwn (Management a Trade union heb lofnodi eto).\n"),
            std::string::npos)
      << welsh.out;
}

TEST_F(ProvisionalCliTest, CompleteFromIsAShareFromZeroToOne) {
  WriteFile(folder_ + "/tiny.yaml",
            testing::Replace(testing::kTinyFramework, "  missing: exclude\n",
                             "  missing: exclude\n  complete_from: 80\n"));
  auto run = RunMaturityBinary("validate " + folder_ + "/tiny.yaml");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.err, folder_ +
                         "/tiny.yaml:19:18: error: scoring.complete_from: expected a share of the "
                         "answers from 0 to 1 (0.8 for 80%), got \"80\"\n");
}

}  // namespace
}  // namespace maturity
