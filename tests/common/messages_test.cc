#include "common/messages.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "reports/presentation.h"

namespace maturity {
namespace {

TEST(MessagesTest, EveryKeyHasEveryLanguageAndTheSamePlaceholders) {
  std::set<std::string> seen;
  for (const std::string& key : Messages::Keys()) {
    EXPECT_TRUE(seen.insert(key).second) << "duplicate key " << key;
    std::string english = Messages::Raw(key, "en");
    std::string welsh = Messages::Raw(key, "cy");
    EXPECT_FALSE(english.empty()) << key;
    EXPECT_FALSE(welsh.empty()) << key;
    for (const char* placeholder : {"{1}", "{2}", "{3}"}) {
      EXPECT_EQ(english.find(placeholder) == std::string::npos,
                welsh.find(placeholder) == std::string::npos)
          << key << " " << placeholder;
    }
  }
}

TEST(MessagesTest, TableAndRangeNamesAreExcelIdentifiersInEveryLanguage) {
  int names = 0;
  for (const std::string& key : Messages::Keys()) {
    if (!key.starts_with("table.") && !key.starts_with("name.")) continue;
    ++names;
    for (const std::string& language : Messages::Languages()) {
      std::string name = Messages::Raw(key, language);
      EXPECT_TRUE(!name.empty() && std::isalpha(static_cast<unsigned char>(name[0])) &&
                  std::all_of(name.begin(), name.end(),
                              [](unsigned char c) { return std::isalnum(c) || c == '_'; }))
          << key << " (" << language << "): " << name;
    }
  }
  EXPECT_EQ(names, 16);
}

TEST(MessagesTest, PlaceholdersAreFilled) {
  const Messages& welsh = Messages::For("cy");
  // The framework by its title, not its id (issue 30).
  EXPECT_EQ(welsh("questionnaire.version", {"Fframwaith Aeddfedrwydd", "1.0.0"}),
            "Fframwaith Aeddfedrwydd, fersiwn 1.0.0");
  EXPECT_EQ(Messages::For("en")("questionnaire.respondent", {"3"}), "Respondent 3");
  // An unknown key does not compile; names made at run time are looked up.
  EXPECT_FALSE(MessageKey::Find("no.such.key"));
  ASSERT_TRUE(MessageKey::Find("questionnaire.yes"));
  EXPECT_EQ(welsh(*MessageKey::Find("questionnaire.yes")),
            Messages::Raw("questionnaire.yes", "cy"));
  EXPECT_THROW(Messages::For("fr"), std::invalid_argument);
}

TEST(MessagesTest, CountedTextsUseTheFormForOneAndForTwo) {
  const Messages& english = Messages::For("en");
  const Messages& welsh = Messages::For("cy");
  EXPECT_EQ(english.Counted("sector_summary.left_out", 1, {"1"}), "1 file left out");
  EXPECT_EQ(english.Counted("sector_summary.left_out", 2, {"2"}), "2 files left out");
  EXPECT_EQ(welsh.Counted("sector_summary.left_out", 1, {"1"}), "1 ffeil wedi'i gadael allan");
  EXPECT_EQ(welsh.Counted("sector_summary.left_out", 3, {"3"}), "3 ffeil wedi'u gadael allan");
  EXPECT_EQ(english.Counted("summary.unanswered", 1, {"1"}), "Unanswered: 1 element that applies");
  EXPECT_EQ(english.Counted("summary.unanswered", 4, {"4"}), "Unanswered: 4 elements that apply");
  // Welsh mutates the noun after 2 ("dau", "dwy"), and only there.
  EXPECT_EQ(welsh.Counted("report.summary.none_below", 2, {"2"}),
            "Mae pob un o'r 2 ddimensiwn yn cyrraedd ei darged.");
  EXPECT_EQ(welsh.Counted("report.summary.none_below", 5, {"5"}),
            "Mae pob un o'r 5 dimensiwn yn cyrraedd ei darged.");
  EXPECT_EQ(welsh.Counted("report.gaps_table", 2, {"2", "2"}), "Y 2 flaenoriaeth uchaf o 2");
  EXPECT_EQ(english.Counted("report.summary.none_below", 2, {"2"}),
            "Each of the 2 dimensions meets its target.");
  // A key without a form for the count is used as it is.
  EXPECT_EQ(english.Counted("report.page", 1, {"1", "3"}), "Page 1 of 3");
}

TEST(MessagesTest, CountedFormsBelongToAKeyAndNoTextWritesAPluralAsS) {
  for (const std::string& key : Messages::Keys()) {
    for (const char* suffix : {"_one", "_two"}) {
      if (key.ends_with(suffix)) {
        EXPECT_TRUE(MessageKey::Find(key.substr(0, key.size() - 4))) << key << " has no base key";
      }
    }
    for (const std::string& language : Messages::Languages()) {
      EXPECT_EQ(Messages::Raw(key, language).find("(s)"), std::string::npos)
          << key << " (" << language << "): say one or many, not (s)";
    }
  }
}

TEST(MessagesTest, TheQuestionnaireGivesARespondentNoCommandLine) {
  for (const std::string& key : Messages::Keys()) {
    if (!key.starts_with("questionnaire.")) continue;
    for (const std::string& language : Messages::Languages()) {
      EXPECT_EQ(Messages::Raw(key, language).find("maturity "), std::string::npos)
          << key << " (" << language << ")";
    }
  }
  EXPECT_EQ(Messages::For("en")("questionnaire.step.return"),
            "7. Save the workbook (as .xlsx) and return it to the coordinator who sent it to you.");
  EXPECT_EQ(Messages::For("cy")("questionnaire.step.return"),
            "7. Cadwch y llyfr gwaith (fel .xlsx) a'i ddychwelyd at y cydlynydd a'i anfonodd "
            "atoch.");
}

TEST(MessagesTest, OrdinalsAreWrittenAsEachLanguageReadsThem) {
  const Messages& english = Messages::For("en");
  std::vector<std::string> written;
  for (long n :
       {0L, 1L, 2L, 3L, 4L, 10L, 11L, 12L, 13L, 21L, 22L, 23L, 57L, 100L, 101L, 111L, 112L})
    written.push_back(english.Ordinal(n));
  EXPECT_EQ(written, (std::vector<std::string>{"0th", "1st", "2nd", "3rd", "4th", "10th", "11th",
                                               "12th", "13th", "21st", "22nd", "23rd", "57th",
                                               "100th", "101st", "111th", "112th"}));
  // Welsh texts say "canradd 22": the number itself.
  EXPECT_EQ(Messages::For("cy").Ordinal(22), "22");
}

TEST(MessagesTest, TheSectorSentenceGivesThePercentileAsAnOrdinal) {
  BenchmarkComparison benchmark;
  benchmark.period = "2025-26";
  benchmark.institutions = 14;
  benchmark.overall = {2.5, 2.71, 2.4, 3.02, 21.6};
  EXPECT_EQ(SectorStandingText(benchmark, Messages::For("en")),
            "Sector (2025-26, 14 institutions): median 2.71, middle half 2.40 to 3.02; this "
            "institution is at the 22nd percentile");
  EXPECT_EQ(SectorStandingText(benchmark, Messages::For("cy")),
            "Y sector (2025-26, 14 o sefydliadau): canolrif 2.71, hanner canol 2.40 i 3.02; mae'r "
            "sefydliad hwn ar ganradd 22");
  // At the ends of the table, the plain fact rather than "the 0th percentile".
  benchmark.overall.percentile = 0;
  EXPECT_EQ(SectorStandingText(benchmark, Messages::For("en")),
            "Sector (2025-26, 14 institutions): median 2.71, middle half 2.40 to 3.02; no "
            "institution in the sector scores lower than this one");
  benchmark.overall.percentile = 100;
  EXPECT_EQ(
      SectorStandingText(benchmark, Messages::For("cy")),
      "Y sector (2025-26, 14 o sefydliadau): canolrif 2.71, hanner canol 2.40 i 3.02; nid oes "
      "sefydliad yn y sector â sgôr uwch na'r un hwn");
  // Near the ends, never rounded onto them.
  benchmark.overall.percentile = 99.6;
  EXPECT_NE(SectorStandingText(benchmark, Messages::For("en")).find("at the 99th percentile"),
            std::string::npos);
  benchmark.overall.percentile = 0.2;
  EXPECT_NE(SectorStandingText(benchmark, Messages::For("en")).find("at the 1st percentile"),
            std::string::npos);
}

}  // namespace
}  // namespace maturity
