#include "importers/csv_table.h"

#include <gtest/gtest.h>

#include "engine/diagnostics.h"

namespace maturity {
namespace {

std::string ErrorOf(const std::string& content, char delimiter = ',') {
  try {
    ParseCsv("survey.csv", content, delimiter);
  } catch (const InputError& error) {
    return error.diagnostics().Format();
  }
  return "";
}

TEST(CsvTableTest, ReadsQuotesEmbeddedNewlinesCrlfAndAByteOrderMark) {
  CsvTable table = ParseCsv("survey.csv",
                            "\xEF\xBB\xBFName,Comment\r\n"
                            "Ann,\"Said \"\"yes\"\", then\r\nleft\"\r\n"
                            "\r\n"
                            "Gwyn,ŵ ŷ\r\n");
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(table.rows[0], (std::vector<std::string>{"Name", "Comment"}));
  EXPECT_EQ(table.rows[1][1], "Said \"yes\", then\r\nleft");
  EXPECT_EQ(table.rows[2], (std::vector<std::string>{"Gwyn", "ŵ ŷ"}));
  EXPECT_EQ(table.lines, (std::vector<int>{1, 2, 5}));  // The blank line 4 is skipped.
}

TEST(CsvTableTest, ReadsOtherDelimiters) {
  CsvTable table = ParseCsv("survey.csv", "a;b\n1;\"2;3\"\n", ';');
  EXPECT_EQ(table.rows[1], (std::vector<std::string>{"1", "2;3"}));
}

TEST(CsvTableTest, EveryProblemIsLocated) {
  EXPECT_EQ(ErrorOf(" \r\n"),
            "survey.csv: error: the file is empty; expected a header row and answers\n");
  EXPECT_EQ(ErrorOf(std::string("a,b\n1,\0x", 7)),
            "survey.csv:2:3: error: this is a binary file, not CSV text\n");
  EXPECT_EQ(ErrorOf("a,b\n1,caf\xE9\n"),
            "survey.csv:2:6: error: invalid UTF-8; save the survey export as \"CSV UTF-8\" (it "
            "looks like another encoding, such as Windows-1252)\n");
  EXPECT_EQ(ErrorOf("a,b\n1,\"x\"y\n"),
            "survey.csv:2:6: error: malformed quoted field: a quote inside a quoted field must "
            "be doubled (\"\"), and a closing quote must end the field\n");
  EXPECT_EQ(ErrorOf("a,b\n1,\"never closed\n"),
            "survey.csv:2:1: error: a quoted field starting in this record is never closed\n");
}

TEST(CsvTableTest, SaysWhatToChangeForSemicolonsAndUtf16) {
  EXPECT_EQ(ErrorOf("\"Name\";\"Side\"\n\"Ann\";\"Management\"\n"),
            "survey.csv:1:1: error: the header row is separated by semicolons (;), not by \",\"; "
            "add delimiter: \";\" to the mapping file\n");
  EXPECT_EQ(
      ErrorOf(std::string("\xFF\xFEN\0a\0m\0e\0", 10)),
      "survey.csv:1:1: error: this file is UTF-16 text; export or save it as \"CSV UTF-8\"\n");
  EXPECT_EQ(
      ErrorOf(std::string("N\0a\0m\0e\0,\0S\0i\0d\0e\0", 18)),
      "survey.csv:1:1: error: this file is UTF-16 text; export or save it as \"CSV UTF-8\"\n");
}

TEST(CsvTableTest, RowsOfEmptyFieldsAreBlankLines) {
  CsvTable table = ParseCsv("survey.csv", "a,b,c\n1,2,3\n,,\n\"\",,\n");
  EXPECT_EQ(table.rows.size(), 2u);
}

}  // namespace
}  // namespace maturity
