#include "common/strings.h"

#include <gtest/gtest.h>

#include "common/numbers.h"

namespace maturity {
namespace {

TEST(NumbersTest, FormatNumberIsShortestRoundTrip) {
  EXPECT_EQ(FormatNumber(0.1), "0.1");
  EXPECT_EQ(FormatNumber(2), "2");
  EXPECT_EQ(FormatNumber(1200), "1200");
  EXPECT_EQ(FormatNumber(-0.0), "0");
  EXPECT_EQ(FormatNumber(1e308), "1e+308");
  EXPECT_EQ(FormatNumber(2.0 / 3.0), "0.6666666666666666");
}

TEST(NumbersTest, FormatFixedRoundsForDisplay) {
  EXPECT_EQ(FormatFixed(3.045, 1), "3.0");
  EXPECT_EQ(FormatFixed(2.5, 0), "2");  // printf rounds halves to even.
  EXPECT_EQ(FormatFixed(-0.001, 2), "0.00");
  EXPECT_EQ(FormatFixed(std::nullopt, 2), "-");
  EXPECT_EQ(FormatFixed(std::nullopt, 2, "n/a"), "n/a");
  EXPECT_EQ(FormatFixed(1e308, 0).size(), 309u);
}

TEST(NumbersTest, FormatRoundedDropsTrailingZeros) {
  EXPECT_EQ(FormatRounded(2.5, 2), "2.5");
  EXPECT_EQ(FormatRounded(3, 2), "3");
  EXPECT_EQ(FormatRounded(0.125, 2), "0.12");
  EXPECT_EQ(FormatRounded(100, 2), "100");
}

TEST(StringsTest, JoinSkipsEmptyParts) {
  EXPECT_EQ(Join({"a", "", "b"}, ", "), "a, b");
  EXPECT_EQ(Join({"", "b"}, "; "), "b");
  EXPECT_EQ(Join({}, ", "), "");
}

TEST(StringsTest, JoinAsList) {
  EXPECT_EQ(JoinAsList({"en"}), "en");
  EXPECT_EQ(JoinAsList({"en", "cy"}), "en and cy");
  EXPECT_EQ(JoinAsList({"a", "b", "c"}, "or"), "a, b or c");
}

TEST(StringsTest, QuotedEscapesAsJson) {
  EXPECT_EQ(Quoted("a\"b\\c\nd\x01 Cymraeg: ŵ ŷ"), "\"a\\\"b\\\\c\\nd\\u0001 Cymraeg: ŵ ŷ\"");
}

TEST(StringsTest, DisplayWidthCountsWhatATerminalShows) {
  EXPECT_EQ(DisplayWidth("Cymraeg"), 7u);
  EXPECT_EQ(DisplayWidth("ŵyr"), 3u);        // Precomposed ŵ (U+0175).
  EXPECT_EQ(DisplayWidth("w\u0302yr"), 3u);  // w + combining circumflex: one column.
  EXPECT_EQ(DisplayWidth("…"), 1u);
  EXPECT_EQ(DisplayWidth("日本"), 4u);  // Wide characters take two columns.
  EXPECT_EQ(DisplayWidth("a\xff"
                         "b"),
            3u);  // A byte that is not UTF-8 shows as one.
}

TEST(StringsTest, PadCutsWholeCharacters) {
  EXPECT_EQ(Pad("ab", 4), "ab  ");
  EXPECT_EQ(Pad("w\u0302w\u0302w\u0302", 4), "w\u0302w\u0302w\u0302 ");
  EXPECT_EQ(Pad("abcdef", 4), "abc…");
  EXPECT_EQ(Pad("w\u0302w\u0302w\u0302", 2), "w\u0302…");
  EXPECT_EQ(Pad("日本語", 4), "日… ");  // The ellipsis keeps the width: 2 + 1 + 1.
  EXPECT_EQ(Pad("abc", 0), "");
}

}  // namespace
}  // namespace maturity
