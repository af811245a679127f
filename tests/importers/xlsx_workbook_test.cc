#include "importers/xlsx_workbook.h"

#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include "tests/support/test_files.h"
#include "tests/support/xlsx_reader.h"

namespace maturity {
namespace {

/// A workbook as libxlsxwriter writes one (shared strings), with a second, hidden and
/// protected sheet and a defined name.
std::string WriteSample(const std::string& name) {
  std::string path = testing::ScratchFolder("xlsx-" + name) + "/sample.xlsx";
  lxw_workbook* workbook = workbook_new(path.c_str());
  lxw_worksheet* answers = workbook_add_worksheet(workbook, "Atebion ŵ");
  worksheet_write_string(answers, 0, 0, "Cymraeg: ŵ ŷ", nullptr);
  worksheet_write_number(answers, 1, 0, 0.1, nullptr);
  worksheet_write_number(answers, 2, 1, 45930, nullptr);  // 2025-09-30 as a date serial.
  worksheet_write_formula_num(answers, 3, 2, "=1+1", nullptr, 2);
  worksheet_write_formula_str(answers, 4, 2, "=\"a\"&\"b\"", nullptr, "ab");
  lxw_worksheet* meta = workbook_add_worksheet(workbook, "_meta");
  worksheet_write_string(meta, 0, 0, "hidden text", nullptr);
  worksheet_hide(meta);
  worksheet_protect(meta, nullptr, nullptr);
  workbook_define_name(workbook, "Answers", "='Atebion ŵ'!$A$1:$A$2");
  EXPECT_EQ(workbook_close(workbook), LXW_NO_ERROR);
  return path;
}

TEST(XlsxWorkbookTest, ReadsCellsSheetsAndNamesAsSaved) {
  XlsxWorkbook workbook = ReadXlsxWorkbook(WriteSample("read"));
  ASSERT_EQ(workbook.sheets.size(), 2u);
  const XlsxSheet* answers = workbook.FindSheet("Atebion ŵ");
  ASSERT_NE(answers, nullptr);
  EXPECT_EQ(answers->state, "");
  EXPECT_EQ(answers->Find("A1")->text, "Cymraeg: ŵ ŷ");
  EXPECT_FALSE(answers->Find("A1")->is_number);
  EXPECT_EQ(answers->Find("A2")->text, "0.1");
  EXPECT_TRUE(answers->Find("A2")->is_number);
  EXPECT_EQ(answers->Find("C4")->text, "2");
  EXPECT_TRUE(answers->Find("C4")->is_formula);
  EXPECT_EQ(answers->Find("C5")->text, "ab");
  EXPECT_EQ(answers->Find("Z99"), nullptr);
  const XlsxSheet* meta = workbook.FindSheet("_meta");
  ASSERT_NE(meta, nullptr);
  EXPECT_EQ(meta->state, "hidden");
  EXPECT_TRUE(meta->is_protected);
  EXPECT_EQ(workbook.defined_names.at("Answers"), "'Atebion ŵ'!$A$1:$A$2");
  EXPECT_FALSE(workbook.date1904);
  EXPECT_EQ(SerialToDate(std::stod(answers->Find("B3")->text), false), "2025-09-30");
}

TEST(XlsxWorkbookTest, ReferencesAndDates) {
  EXPECT_EQ(CellReference(13, 2), "C14");
  EXPECT_EQ(ColumnLetters(0), "A");
  EXPECT_EQ(ColumnLetters(26), "AA");
  EXPECT_EQ(ColumnLetters(16383), "XFD");
  EXPECT_EQ(ParseCellReference("AA10"), std::make_pair(9, 26));
  EXPECT_FALSE(ParseCellReference("10AA"));
  EXPECT_FALSE(ParseCellReference("A0"));
  EXPECT_EQ(SerialToDate(1, false), "1900-01-01");
  EXPECT_FALSE(SerialToDate(60, false));  // Excel's 29 February 1900 never existed.
  EXPECT_EQ(SerialToDate(61, false), "1900-03-01");
  EXPECT_EQ(SerialToDate(0, true), "1904-01-01");
  EXPECT_FALSE(SerialToDate(1.5, false));  // Not a whole day.
}

TEST(XlsxWorkbookTest, RefusesWhatIsNotAWorkbook) {
  std::string folder = testing::ScratchFolder("xlsx-refused");
  testing::WriteFile(folder + "/text.xlsx", "not a zip");
  EXPECT_THROW(ReadXlsxWorkbook(folder + "/text.xlsx"), XlsxError);
  EXPECT_THROW(ReadXlsxWorkbook(folder + "/missing.xlsx"), XlsxError);
}

}  // namespace
}  // namespace maturity

namespace maturity {
namespace {

TEST(XlsxWorkbookTest, DeeplyNestedXmlIsRefusedNotRecursedInto) {
  std::string path = WriteSample("deep");
  std::string deep = "<?xml version=\"1.0\"?><sst>";
  for (int i = 0; i < 50000; ++i) deep += "<a>";
  testing::ReplaceXlsxPart(path, "xl/sharedStrings.xml", deep);
  try {
    ReadXlsxWorkbook(path);
    FAIL() << "expected XlsxError";
  } catch (const XlsxError& error) {
    EXPECT_EQ(std::string(error.what()),
              "xl/sharedStrings.xml:1:216 inside the workbook: elements nest more than 64 deep; "
              "it was not written by a spreadsheet");
  }
}

TEST(XlsxWorkbookTest, ACloseTagInsideACommentCdataOrInstructionClosesNothing) {
  // A counter that took "<!" or "<?" for one character counted each </a> here as a close,
  // let 100,000 levels through to the parser and overflowed the stack.
  for (const std::string& hidden :
       {std::string("<!--</a>-->"), std::string("<![CDATA[</a>]]>"), std::string("<?pi </a>?>")}) {
    std::string path = WriteSample("hidden-close");
    std::string xml;
    for (int i = 0; i < 100000; ++i) xml += "<a>" + hidden;
    testing::ReplaceXlsxPart(path, "xl/sharedStrings.xml", xml);
    try {
      ReadXlsxWorkbook(path);
      FAIL() << "expected XlsxError for " << hidden;
    } catch (const XlsxError& error) {
      std::size_t column = 64 * (3 + hidden.size()) + 1;  // The 65th <a>.
      EXPECT_EQ(std::string(error.what()),
                "xl/sharedStrings.xml:1:" + std::to_string(column) +
                    " inside the workbook: elements nest more than 64 deep; it was not written "
                    "by a spreadsheet");
    }
  }
}

TEST(XlsxWorkbookTest, QuotedAttributesMayHoldTagCharacters) {
  XlsxWorkbook workbook = ParseXlsxParts({{"xl/sharedStrings.xml",
                                           "<?xml version=\"1.0\"?>\n<sst a=\"/>\" b='</sst>'>"
                                           "<!-- <si> --><si><t><![CDATA[<x>]]></t></si></sst>"},
                                          {"xl/workbook.xml", "<workbook><sheets/></workbook>"},
                                          {"xl/_rels/workbook.xml.rels", "<Relationships/>"}});
  EXPECT_TRUE(workbook.sheets.empty());
}

TEST(XlsxWorkbookTest, MalformedXmlIsRefusedWithItsPlace) {
  auto refusal = [](const std::string& xml) {
    try {
      ParseXlsxParts({{"xl/workbook.xml", xml}});
    } catch (const XlsxError& error) {
      return std::string(error.what());
    }
    return std::string("accepted");
  };
  EXPECT_EQ(refusal("<workbook>\n  <sheets></workbook>"),
            "xl/workbook.xml:2:11 inside the workbook: expected </sheets> (opened at 2:3), got "
            "</workbook>");
  EXPECT_EQ(refusal("<workbook>\n<!-- open"),
            "xl/workbook.xml:2:1 inside the workbook: a comment is never closed");
  EXPECT_EQ(refusal("<workbook><sheets>"),
            "xl/workbook.xml:1:19 inside the workbook: expected </sheets> (opened at 1:11), got "
            "the end of the part");
  EXPECT_EQ(refusal("<workbook>\n<sheets name=\"ŵŷ\"></x>"),  // Columns count characters.
            "xl/workbook.xml:2:19 inside the workbook: expected </sheets> (opened at 2:1), got "
            "</x>");
  EXPECT_EQ(refusal("</workbook>"),
            "xl/workbook.xml:1:1 inside the workbook: </workbook> closes an element that was "
            "never opened");
  EXPECT_EQ(refusal("<workbook a=\"x></workbook>"),
            "xl/workbook.xml:1:13 inside the workbook: an attribute value is never closed");
  EXPECT_EQ(refusal("<!DOCTYPE x [<!ENTITY e \"e\">]><workbook/>"),
            "xl/workbook.xml:1:1 inside the workbook: expected an element, a comment or CDATA, "
            "got a document type declaration");
}

TEST(XlsxWorkbookTest, AWorkbookThatUnpacksTooLargeIsRefused) {
  std::string path = WriteSample("bomb");
  // Five parts of 60 MiB of zeros (they compress to almost nothing): 300 MiB unpacked.
  std::string zeros(60u << 20, '0');
  for (int i = 0; i < 5; ++i) {
    testing::ReplaceXlsxPart(path, "xl/media/pad" + std::to_string(i) + ".bin", zeros);
  }
  try {
    ReadXlsxWorkbook(path);
    FAIL() << "expected XlsxError";
  } catch (const XlsxError& error) {
    EXPECT_EQ(std::string(error.what()),
              "the workbook unpacks to more than 256 MiB; it is not a questionnaire");
  }
}

}  // namespace
}  // namespace maturity
