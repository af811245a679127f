#include "engine/statistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace maturity {

double QuantileInclusive(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  double position = (static_cast<double>(sorted.size()) - 1) * p;
  auto below = static_cast<std::size_t>(std::floor(position));
  double fraction = position - static_cast<double>(below);
  if (below + 1 >= sorted.size()) return sorted.back();
  return sorted[below] + fraction * (sorted[below + 1] - sorted[below]);
}

std::optional<Statistics> Describe(std::vector<double> values, const Framework& framework) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  Statistics statistics;
  statistics.n = static_cast<int>(values.size());
  statistics.min = values.front();
  statistics.max = values.back();
  statistics.q1 = QuantileInclusive(values, 0.25);
  statistics.median = QuantileInclusive(values, 0.5);
  statistics.q3 = QuantileInclusive(values, 0.75);
  statistics.mean =
      std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
  for (const ScaleLevel& level : framework.scale) statistics.levels[level.level] = 0;
  for (double value : values) ++statistics.levels[framework.LevelReached(value)];
  return statistics;
}

double PercentRankInclusive(const std::vector<double>& sorted, double value) {
  if (sorted.size() <= 1) return 1.0;
  if (value <= sorted.front()) return 0.0;
  if (value >= sorted.back()) return 1.0;
  auto upper = std::lower_bound(sorted.begin(), sorted.end(), value);
  auto index = static_cast<double>(upper - sorted.begin());
  double rank = index;
  if (*upper != value) {
    // Between two values: interpolate as PERCENTRANK.INC does.
    double low = *(upper - 1);
    rank = index - 1 + (value - low) / (*upper - low);
  }
  return rank / (static_cast<double>(sorted.size()) - 1);
}

std::vector<double> PercentileTable(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  std::vector<double> table;
  for (int p = 0; p <= 100; p += 5) table.push_back(QuantileInclusive(values, p / 100.0));
  return table;
}

}  // namespace maturity
