#include "engine/value_formats.h"

#include <gtest/gtest.h>

namespace maturity {
namespace {

TEST(ValueFormatsTest, Versions) {
  for (const char* good : {"1.0.0", "10.20.30", "2.1.3-draft.1", "1.0.0+build.5", "1.0.0-rc+1"}) {
    EXPECT_TRUE(IsVersion(good)) << good;
  }
  for (const char* bad :
       {"", "1", "1.0", "1.0.0.", "1..0", "v1.0.0", "1.0.0-", "1.0.0 beta", "1.0.0-ŵ"}) {
    EXPECT_FALSE(IsVersion(bad)) << bad;
  }
  EXPECT_FALSE(IsVersion(std::string(50000, '9')));          // Linear: no stack overflow.
  EXPECT_TRUE(IsVersion("1.0.0-" + std::string(58, 'a')));   // 64 characters.
  EXPECT_FALSE(IsVersion("1.0.0-" + std::string(59, 'a')));  // 65.
}

TEST(ValueFormatsTest, LanguageCodes) {
  for (const char* good : {"en", "cy", "gsw", "en-GB", "zh-Hant-TW"}) {
    EXPECT_TRUE(IsLanguageCode(good)) << good;
  }
  for (const char* bad : {"", "e", "engl", "EN", "en-", "en--GB", "en_GB"}) {
    EXPECT_FALSE(IsLanguageCode(bad)) << bad;
  }
  EXPECT_FALSE(IsLanguageCode(std::string(50000, 'c')));
}

TEST(ValueFormatsTest, DatesAreDaysOfTheCalendar) {
  EXPECT_TRUE(IsDate("2025-11-03"));
  EXPECT_TRUE(IsDate("2024-02-29"));
  EXPECT_FALSE(IsDate("2025-02-29"));
  EXPECT_FALSE(IsDate("2025-02-30"));
  EXPECT_FALSE(IsDate("2025-13-01"));
  EXPECT_FALSE(IsDate("2025-00-10"));
  EXPECT_FALSE(IsDate("2025-1-1"));
  EXPECT_FALSE(IsDate("5 Nov 2025"));
}

TEST(ValueFormatsTest, ExcerptsAreBounded) {
  EXPECT_EQ(Excerpt("short"), "\"short\"");
  EXPECT_EQ(Excerpt(std::string(100, 'x'), 10), "\"xxxxxxxxxx…\" (100 characters)");
  // Never cuts a UTF-8 character in two.
  EXPECT_EQ(Excerpt("aaaaaaaaaŵ" + std::string(40, 'b'), 10), "\"aaaaaaaaa…\" (51 characters)");
}

}  // namespace
}  // namespace maturity
