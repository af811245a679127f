// Descriptive statistics as a spreadsheet user would check them.
#pragma once

#include <map>
#include <optional>
#include <vector>

#include "engine/framework.h"

namespace maturity {

/// n, min, quartiles (Excel's QUARTILE.INC), max, mean, and institutions per level reached.
struct Statistics {
  int n = 0;
  double min = 0;
  double q1 = 0;
  double median = 0;
  double q3 = 0;
  double max = 0;
  double mean = 0;
  std::map<int, int> levels;  ///< Level reached -> number of institutions.
};

/// The 21 percentiles (0, 5, ..., 100) of `values`, as PERCENTILE.INC computes them.
std::vector<double> PercentileTable(std::vector<double> values);

/// The `p` quantile (0 to 1) of ascending `sorted` values, interpolated as Excel's
/// QUARTILE.INC and PERCENTILE.INC do: position (n - 1) x p.
double QuantileInclusive(const std::vector<double>& sorted, double p);

/// Statistics of `values`, with levels counted on `framework`'s scale; none when empty.
std::optional<Statistics> Describe(std::vector<double> values, const Framework& framework);

/// Excel's PERCENTRANK.INC of `value` among `sorted` values, from 0 to 1: the share of
/// the other values below it, interpolated between neighbours (1 when n = 1).
double PercentRankInclusive(const std::vector<double>& sorted, double value);

}  // namespace maturity
