// A sector benchmark (published aggregates only) and an institution's place in it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/scoring.h"
#include "engine/sector.h"
#include "engine/statistics.h"

namespace maturity {

struct BenchmarkEntry {
  Statistics statistics;
  std::vector<double> percentiles;  ///< At 0, 5, ..., 100 (21 values), PERCENTILE.INC.
};

/// What `maturity sector --benchmark-out` writes: no institution's data, only aggregates.
struct Benchmark {
  std::string file;
  std::string framework_id;
  std::string framework_version;
  std::string period;
  Location period_location;
  int institutions = 0;
  BenchmarkEntry overall;
  std::map<std::string, BenchmarkEntry> dimensions;  ///< By dimension id.
};

/// The aggregates a sector run publishes for its latest period: statistics and the
/// percentile tables of the overall and each dimension's scores (dimensions that no
/// institution scored are left out).
Benchmark MakeBenchmark(const SectorReport& report);

/// The fewest institutions a benchmark may be published from: the default smallest group
/// a sector run shows (`--min-group-size`), so that no institution can be singled out.
inline constexpr int kLeastBenchmarkInstitutions = 5;

/// Reads a benchmark file and checks it is for `framework` and its figures possible: on
/// the scale, in order (min <= q1 <= median <= q3 <= max), percentiles rising and agreeing
/// with the statistics, level counts adding up, dimensions of the framework once, at least
/// kLeastBenchmarkInstitutions institutions; located errors, throws InputError.
Benchmark LoadBenchmark(const std::string& path, const Framework& framework);
/// The same from `content`, named `file` in messages.
Benchmark ParseBenchmark(const std::string& file, const std::string& content,
                         const Framework& framework);

/// Refuses (InputError at the benchmark's period) a benchmark of a later period than
/// `current`'s.
void CheckBenchmarkPeriod(const Response& current, const Benchmark& benchmark);

/// The percentile (0 to 100) of `score` in a 21-point percentile table, interpolated.
double PercentileFromTable(const std::vector<double>& table, double score);

/// One score set against the sector.
struct BenchmarkPosition {
  std::optional<double> score;
  double median = 0;
  double q1 = 0;
  double q3 = 0;
  std::optional<double> percentile;  ///< None when the institution has no score.
};

/// An institution's scorecard against a benchmark.
struct BenchmarkComparison {
  std::string period;
  int institutions = 0;
  BenchmarkPosition overall;
  std::vector<std::optional<BenchmarkPosition>> dimensions;  ///< Scorecard::dimensions order.
};

BenchmarkComparison CompareWithBenchmark(const Scorecard& card, const Benchmark& benchmark);

}  // namespace maturity
