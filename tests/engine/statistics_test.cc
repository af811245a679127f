#include "engine/statistics.h"

#include <gtest/gtest.h>

#include "engine/benchmark.h"
#include "tests/engine/tiny_framework.h"

namespace maturity {
namespace {

TEST(StatisticsTest, QuartilesOnAnOddCountMatchQuartileInc) {
  // QUARTILE.INC({1,2,3,4,5}, 1..3) = 2, 3, 4.
  std::vector<double> values = {1, 2, 3, 4, 5};
  EXPECT_DOUBLE_EQ(QuantileInclusive(values, 0.25), 2.0);
  EXPECT_DOUBLE_EQ(QuantileInclusive(values, 0.5), 3.0);
  EXPECT_DOUBLE_EQ(QuantileInclusive(values, 0.75), 4.0);
}

TEST(StatisticsTest, QuartilesOnAnEvenCountInterpolate) {
  // QUARTILE.INC({1,2,3,4}, 1) = 1.75 (position 0.75), median 2.5, Q3 3.25 (position 2.25).
  std::vector<double> values = {1, 2, 3, 4};
  EXPECT_DOUBLE_EQ(QuantileInclusive(values, 0.25), 1.75);
  EXPECT_DOUBLE_EQ(QuantileInclusive(values, 0.5), 2.5);
  EXPECT_DOUBLE_EQ(QuantileInclusive(values, 0.75), 3.25);
}

TEST(StatisticsTest, OneValueIsEveryQuartile) {
  Framework framework = testing::ParseTestFramework(testing::kTinyFramework);
  auto statistics = Describe({2.6}, framework);
  ASSERT_TRUE(statistics.has_value());
  EXPECT_EQ(statistics->n, 1);
  EXPECT_DOUBLE_EQ(statistics->min, 2.6);
  EXPECT_DOUBLE_EQ(statistics->q1, 2.6);
  EXPECT_DOUBLE_EQ(statistics->median, 2.6);
  EXPECT_DOUBLE_EQ(statistics->q3, 2.6);
  EXPECT_DOUBLE_EQ(statistics->max, 2.6);
  EXPECT_FALSE(Describe({}, framework).has_value());
}

TEST(StatisticsTest, DescribeSortsAndCountsLevelsReached) {
  Framework framework = testing::ParseTestFramework(testing::kTinyFramework);
  auto statistics = Describe({4.2, 1.5, 2.99, 2.0}, framework);
  EXPECT_DOUBLE_EQ(statistics->min, 1.5);
  EXPECT_DOUBLE_EQ(statistics->max, 4.2);
  EXPECT_DOUBLE_EQ(statistics->mean, (4.2 + 1.5 + 2.99 + 2.0) / 4);
  EXPECT_DOUBLE_EQ(statistics->median, (2.0 + 2.99) / 2);
  EXPECT_EQ(statistics->levels, (std::map<int, int>{{1, 1}, {2, 2}, {3, 0}, {4, 1}, {5, 0}}));
}

TEST(StatisticsTest, PercentRankMatchesPercentRankInc) {
  std::vector<double> values = {1, 2, 3, 4, 5};
  EXPECT_DOUBLE_EQ(PercentRankInclusive(values, 1), 0.0);
  EXPECT_DOUBLE_EQ(PercentRankInclusive(values, 3), 0.5);
  EXPECT_DOUBLE_EQ(PercentRankInclusive(values, 2.5), 0.375);  // PERCENTRANK.INC gives 0.375.
  EXPECT_DOUBLE_EQ(PercentRankInclusive(values, 5), 1.0);
  EXPECT_DOUBLE_EQ(PercentRankInclusive({7}, 7), 1.0);
}

TEST(StatisticsTest, PercentileFromATableInterpolates) {
  std::vector<double> table;
  for (int i = 0; i <= 20; ++i) table.push_back(i);  // The value at percentile 5i is i.
  EXPECT_DOUBLE_EQ(PercentileFromTable(table, 10.5), 52.5);
  EXPECT_DOUBLE_EQ(PercentileFromTable(table, -1), 0.0);
  EXPECT_DOUBLE_EQ(PercentileFromTable(table, 25), 100.0);
}

}  // namespace
}  // namespace maturity
