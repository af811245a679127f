#include "common/messages.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <set>

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
  EXPECT_EQ(welsh("questionnaire.version", {"social-partnership", "1.0.0"}),
            "Fframwaith social-partnership, fersiwn 1.0.0");
  EXPECT_EQ(Messages::For("en")("questionnaire.respondent", {"3"}), "Respondent 3");
  // An unknown key does not compile; names made at run time are looked up.
  EXPECT_FALSE(MessageKey::Find("no.such.key"));
  ASSERT_TRUE(MessageKey::Find("questionnaire.yes"));
  EXPECT_EQ(welsh(*MessageKey::Find("questionnaire.yes")),
            Messages::Raw("questionnaire.yes", "cy"));
  EXPECT_THROW(Messages::For("fr"), std::invalid_argument);
}

}  // namespace
}  // namespace maturity
