#include "importers/questionnaire_import.h"

#include <gtest/gtest.h>

#include "engine/framework_loader.h"
#include "reports/xlsx/questionnaire_workbook.h"
#include "tests/support/test_files.h"
#include "tests/support/xlsx_reader.h"

namespace maturity {
namespace {

// The sheets of the tiny framework's questionnaire, in order.
enum Sheet { kInstitution = 2, kRespondents, kAlpha, kBeta };

class QuestionnaireImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Diagnostics diagnostics;
    framework_ = LoadFramework(testing::SourcePath("tests/data/diff/old.yaml"), diagnostics);
    path_ = testing::ScratchFolder("questionnaire-import") + "/returned.xlsx";
    QuestionnaireOptions options;
    options.language = "en";
    options.respondents = 2;
    options.created = 0;
    EXPECT_TRUE(WriteQuestionnaireWorkbook(framework_, options, path_).empty());
  }

  /// Fills the institution and the two respondents, as every return must.
  void FillTheHeader() {
    testing::TypeIntoXlsx(
        path_, kInstitution,
        {{"B3", "coleg"}, {"B4", "Coleg & Co"}, {"B5", "2025-26"}, {"B8", "fe"}, {"B9", "300"}});
    testing::TypeIntoXlsx(
        path_, kRespondents,
        {{"A4", "m1"}, {"B4", "Management"}, {"A5", "t1"}, {"B5", "Trade union"}});
  }

  Response Import(Diagnostics& diagnostics) {
    XlsxWorkbook workbook = ReadQuestionnaireWorkbook(path_);
    return ImportQuestionnaire(path_, workbook, framework_, diagnostics);
  }

  std::string Errors() {
    Diagnostics diagnostics;
    try {
      Import(diagnostics);
    } catch (const InputError& error) {
      return error.diagnostics().Format();
    }
    return diagnostics.Format();
  }

  Framework framework_;
  std::string path_;
};

TEST_F(QuestionnaireImportTest, EveryAnswerArrivesWithItsRespondent) {
  FillTheHeader();
  // Respondent 1 answers in column C, respondent 2 in column D.
  testing::TypeIntoXlsx(path_, kAlpha,
                        {{"C7", "3 Three"}, {"D7", "2 Two"}, {"C8", "Minutes; agreement"}});
  testing::TypeIntoXlsx(path_, kBeta, {{"C7", "12.5"}, {"C20", "Yes"}, {"C21", "No"}});
  Diagnostics diagnostics;
  Response response = Import(diagnostics);
  EXPECT_EQ(response.institution.id, "coleg");
  EXPECT_EQ(response.institution.name, "Coleg & Co");
  EXPECT_EQ(response.period, "2025-26");
  ASSERT_EQ(response.respondents.size(), 2u);
  EXPECT_EQ(response.respondents[1].perspective, "trade_union");
  const ElementAnswers* a1 = response.FindAnswers("a1");
  ASSERT_NE(a1, nullptr);
  ASSERT_EQ(a1->answers.size(), 2u);
  EXPECT_EQ(a1->answers[0].by, "m1");
  EXPECT_EQ(a1->answers[0].level, 3);
  EXPECT_EQ(a1->answers[0].evidence.size(), 1u);
  EXPECT_EQ(a1->answers[1].by, "t1");
  EXPECT_EQ(a1->answers[1].level, 2);
  EXPECT_EQ(response.FindAnswers("b-facility")->answers[0].value, 12.5);
  EXPECT_EQ(response.FindAnswers("b-tor")->answers[0].checked,
            std::optional(std::vector<std::string>{"x"}));
  EXPECT_EQ(response.FindAnswers("a2"), nullptr);  // Nobody answered it.
}

TEST_F(QuestionnaireImportTest, ABlankReturnNamesEveryMissingCell) {
  EXPECT_EQ(
      Errors(),
      path_ + ":Institution!B3: error: expected the institution's id, e.g. coleg-y-bryn\n" + path_ +
          ":Institution!B4: error: expected the institution's name\n" + path_ +
          ":Institution!B5: error: expected the period assessed, e.g. 2025-26\n" + path_ +
          ":Institution!B8: error: expected a value for the profile field \"sector\"\n" + path_ +
          ":Institution!B9: error: expected a value for the profile field \"staff\"\n" + path_ +
          ": error: no respondents: list each person who answered on the \"Respondents\" "
          "sheet\n");
}

TEST_F(QuestionnaireImportTest, WritingOutsideTheAnswerCellsIsRefusedAtTheCell) {
  FillTheHeader();
  testing::TypeIntoXlsx(path_, kAlpha, {{"C6", "Three-ish"}});
  std::string errors = Errors();
  EXPECT_NE(errors.find(path_ + ":'1. Alpha'!C6: error: a value outside the answer cells "
                                "(\"Three-ish\"); the importer cannot place it. Put answers in the "
                                "shaded cells"),
            std::string::npos)
      << errors;
}

TEST_F(QuestionnaireImportTest, ChangedQuestionnaireTextIsReportedNeverRead) {
  // A questionnaire from an earlier version words some texts differently; the sheets are
  // protected, so a changed text is reported with a warning and nothing is read from it.
  FillTheHeader();
  testing::TypeIntoXlsx(path_, kAlpha, {{"B7", "An easier question?"}});
  Diagnostics warnings;
  Response response = Import(warnings);
  EXPECT_EQ(response.institution.id, "coleg");
  EXPECT_EQ(warnings.Format(),
            path_ +
                ":'1. Alpha'!B7: warning: the questionnaire's own text here differs from what "
                "this version of maturity writes (it reads \"An easier question?\"): a "
                "questionnaire from an earlier version, or text typed over the question. "
                "Nothing is read from this cell; if it holds an answer, move it to the shaded "
                "cells and import again\n");
}

TEST_F(QuestionnaireImportTest, AQuestionnaireStartedFromLastPeriodReadsBackItsPeople) {
  Response last;
  last.file = "last.yaml";
  last.institution.id = "coleg";
  last.institution.name = "Coleg & Co";
  last.institution.profile["sector"] = {"fe", std::nullopt, ""};
  last.institution.profile["staff"] = {"300", 300, "medium"};
  last.period = "2024-25";
  last.respondents = {{"m1", "management", "Pat", "Principal"}, {"t1", "trade_union", "", ""}};
  Answer answer;
  answer.by = "m1";
  answer.level = 3;
  last.answers = {{"a1", {answer}}};
  AgreedAction open;
  open.element = "a1";
  open.action = "Hold a joint workshop";
  open.due = "2025-01-31";
  open.status = ActionStatus::kInProgress;
  AgreedAction done = open;
  done.status = ActionStatus::kDone;
  last.actions = {done, open};
  QuestionnaireOptions options;
  options.language = "en";
  options.respondents = 2;
  options.created = 0;
  options.previous = &last;
  options.period = "2025-26";
  options.with_answers = true;
  EXPECT_TRUE(WriteQuestionnaireWorkbook(framework_, options, path_).empty());
  // Untouched, it reads back last period's institution and people, and no answer.
  Diagnostics warnings;
  Response untouched = Import(warnings);
  EXPECT_EQ(warnings.Format(), "");
  EXPECT_EQ(untouched.institution.id, "coleg");
  EXPECT_EQ(untouched.institution.profile.at("sector").text, "fe");
  EXPECT_EQ(untouched.institution.profile.at("staff").number, std::optional<std::int64_t>(300));
  EXPECT_EQ(untouched.respondents.size(), 2u);
  EXPECT_TRUE(untouched.answers.empty());
  ASSERT_EQ(untouched.actions.size(), 1u);  // The open one is carried; the done one stays.
  EXPECT_EQ(untouched.actions[0].status, ActionStatus::kInProgress);
  EXPECT_EQ(untouched.actions[0].due, "2025-01-31");
  testing::XlsxContent content = testing::ReadXlsx(path_);
  EXPECT_EQ(content.cells.at("1. Alpha").at("E4"), "Last period (2024-25): to review, not to copy");
  EXPECT_EQ(content.cells.at("1. Alpha").at("E6"), "m1: 3 Three");
  // Last period's answer typed over is reported, and never read as an answer.
  testing::TypeIntoXlsx(path_, kAlpha, {{"E6", "m1: 4 Four"}, {"C7", "2 Two"}});
  Diagnostics changed;
  Response response = Import(changed);
  EXPECT_EQ(response.period, "2025-26");
  EXPECT_EQ(response.respondents[0].name, "Pat");
  EXPECT_EQ(response.FindAnswers("a1")->answers.size(), 1u);
  EXPECT_EQ(response.FindAnswers("a1")->answers[0].level, 2);
  EXPECT_NE(changed.Format().find(":'1. Alpha'!E6: warning: last period's answer shown here was "
                                  "changed (it reads \"m1: 4 Four\"); nothing is read from this "
                                  "column"),
            std::string::npos)
      << changed.Format();
}

TEST_F(QuestionnaireImportTest, AgreedActionsAreReadFromTheirSheetWithTheirPlace) {
  constexpr int kActions = 6;
  // Two good rows (one naming its element by title, one by id) and, in row 8, a bad one.
  auto fill = [&](const std::map<std::string, std::string>& extra) {
    FillTheHeader();
    testing::TypeIntoXlsx(path_, kAlpha, {{"C7", "3 Three"}});
    std::map<std::string, std::string> cells = {
        {"A5", "A1"},         {"B5", "Hold a joint workshop"}, {"C5", "HR"},
        {"D5", "2025-09-30"}, {"E5", "In progress"},           {"F5", "Booked"},
        {"A6", "b-tor"},      {"B6", "Publish the terms"}};
    cells.insert(extra.begin(), extra.end());
    testing::TypeIntoXlsx(path_, kActions, cells);
  };
  fill({{"A8", "Alpha one"}, {"D8", "soon"}, {"E8", "Started"}});
  std::string errors = Errors();
  const std::string at = path_ + ":'Agreed actions'!";
  EXPECT_NE(errors.find(at +
                        "A8: error: expected an element of the framework (its title from "
                        "the list, or its id), got \"Alpha one\"\n" +
                        at + "B8: error: expected the action agreed\n" + at +
                        "D8: error: expected a date as YYYY-MM-DD, got \"soon\"\n" + at +
                        "E8: error: expected \"Planned\", \"In progress\", \"Done\" or "
                        "\"Dropped\", got \"Started\"\n"),
            std::string::npos)
      << errors;
  // The same without the bad row: a fresh questionnaire, filled again.
  SetUp();
  fill({});
  Diagnostics diagnostics;
  Response response = Import(diagnostics);
  ASSERT_EQ(response.actions.size(), 2u);
  EXPECT_EQ(response.actions[0].element, "a1");  // Named by its title.
  EXPECT_EQ(response.actions[0].status, ActionStatus::kInProgress);
  EXPECT_EQ(response.actions[0].due, "2025-09-30");
  EXPECT_EQ(response.actions[0].note, "Booked");
  EXPECT_EQ(response.actions[1].element, "b-tor");  // Or by its id.
  EXPECT_EQ(response.actions[1].status, ActionStatus::kPlanned);
}

}  // namespace
}  // namespace maturity
