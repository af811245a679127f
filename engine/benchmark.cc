#include "engine/benchmark.h"

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <sstream>

#include "engine/input_file.h"

namespace maturity {

namespace pt = boost::property_tree;

namespace {

BenchmarkEntry ReadEntry(const pt::ptree& statistics, const pt::ptree& percentiles) {
  BenchmarkEntry entry;
  entry.statistics.n = statistics.get<int>("n");
  entry.statistics.min = statistics.get<double>("min");
  entry.statistics.q1 = statistics.get<double>("q1");
  entry.statistics.median = statistics.get<double>("median");
  entry.statistics.q3 = statistics.get<double>("q3");
  entry.statistics.max = statistics.get<double>("max");
  entry.statistics.mean = statistics.get<double>("mean");
  for (const auto& [key, value] : percentiles)
    entry.percentiles.push_back(value.get_value<double>());
  if (entry.percentiles.size() != 21) {
    throw pt::ptree_bad_data("expected 21 percentiles", entry.percentiles.size());
  }
  return entry;
}

BenchmarkPosition Position(std::optional<double> score, const BenchmarkEntry& entry) {
  BenchmarkPosition position;
  position.score = score;
  position.median = entry.statistics.median;
  position.q1 = entry.statistics.q1;
  position.q3 = entry.statistics.q3;
  if (score) position.percentile = PercentileFromTable(entry.percentiles, *score);
  return position;
}

}  // namespace

Benchmark LoadBenchmark(const std::string& path, const Framework& framework) {
  std::string content = ReadInputFile(path);
  pt::ptree tree;
  try {
    std::istringstream in(content);
    pt::read_json(in, tree);
  } catch (const pt::json_parser_error& error) {
    throw InputError({path, static_cast<int>(error.line()), 1}, "",
                     "invalid JSON: " + error.message());
  }
  Benchmark benchmark;
  benchmark.file = path;
  try {
    if (tree.get<std::string>("benchmark", "") != "maturity-sector-benchmark/1") {
      throw InputError({path, 0, 0}, "benchmark",
                       "not a benchmark written by 'maturity sector --benchmark-out'");
    }
    benchmark.framework_id = tree.get<std::string>("framework.id");
    benchmark.framework_version = tree.get<std::string>("framework.version");
    benchmark.period = tree.get<std::string>("period");
    benchmark.institutions = tree.get<int>("institutions");
    benchmark.overall = ReadEntry(tree.get_child("overall"), tree.get_child("overall_percentiles"));
    for (const auto& [key, dimension] : tree.get_child("dimensions")) {
      if (dimension.get<int>("statistics.n") == 0) continue;
      benchmark.dimensions[dimension.get<std::string>("id")] =
          ReadEntry(dimension.get_child("statistics"), dimension.get_child("percentiles"));
    }
  } catch (const pt::ptree_error& error) {
    throw InputError({path, 0, 0}, "", std::string("malformed benchmark: ") + error.what());
  }
  if (benchmark.framework_id != framework.id || benchmark.framework_version != framework.version) {
    throw InputError({path, 0, 0}, "framework",
                     "this benchmark is for " + benchmark.framework_id + " " +
                         benchmark.framework_version + ", but the framework given is " +
                         framework.id + " " + framework.version);
  }
  return benchmark;
}

double PercentileFromTable(const std::vector<double>& table, double score) {
  if (table.empty() || score <= table.front()) return 0;
  if (score >= table.back()) return 100;
  std::size_t i = 0;
  while (i + 1 < table.size() && table[i + 1] <= score) ++i;
  double span = table[i + 1] - table[i];
  double fraction = span > 0 ? (score - table[i]) / span : 0;
  return 5.0 * (static_cast<double>(i) + fraction);
}

BenchmarkComparison CompareWithBenchmark(const Scorecard& card, const Benchmark& benchmark) {
  BenchmarkComparison comparison;
  comparison.period = benchmark.period;
  comparison.institutions = benchmark.institutions;
  comparison.overall = Position(card.overall.score, benchmark.overall);
  for (const DimensionScore& dimension : card.dimensions) {
    auto found = benchmark.dimensions.find(dimension.dimension->id);
    if (found == benchmark.dimensions.end()) {
      comparison.dimensions.emplace_back();
    } else {
      comparison.dimensions.push_back(Position(dimension.score, found->second));
    }
  }
  return comparison;
}

}  // namespace maturity
