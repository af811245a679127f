#include "engine/benchmark.h"

#include "engine/input_file.h"
#include "engine/yaml_reader.h"

namespace maturity {

namespace {

constexpr const char* kBenchmarkFormat = "maturity-sector-benchmark/1";

/// Reads a benchmark (JSON, which the YAML reader reads) with located errors.
class BenchmarkReader {
 public:
  BenchmarkReader(const std::string& file, Diagnostics& diagnostics) : reader_(file, diagnostics) {}

  Benchmark Read(const std::string& content) {
    Benchmark benchmark;
    benchmark.file = reader_.file();
    YamlNode root = reader_.Parse(content);
    if (reader_.diagnostics().HasErrors()) return benchmark;
    MapReader map(reader_, root, "");
    if (!map.valid()) return benchmark;
    YamlNode format = map.Required("benchmark");
    if (format.IsDefined() && reader_.ReadString(format, "benchmark") != kBenchmarkFormat) {
      reader_.Error(format, "benchmark",
                    std::string("expected \"") + kBenchmarkFormat +
                        "\": a benchmark written by 'maturity sector --benchmark-out', got " +
                        YamlReader::Describe(format));
      return benchmark;
    }
    MapReader framework(reader_, map.Required("framework"), "framework");
    if (framework.valid()) {
      benchmark.framework_id = String(framework, "id");
      benchmark.framework_version = String(framework, "version");
      framework.Finish();
    }
    benchmark.period = String(map, "period");
    if (auto n = reader_.ReadInteger(map.Required("institutions"), "institutions")) {
      benchmark.institutions = static_cast<int>(*n);
    }
    benchmark.overall = Entry(map.Required("overall"), "overall",
                              map.Required("overall_percentiles"), "overall_percentiles");
    YamlNode dimensions = map.Required("dimensions");
    if (dimensions.IsDefined() && !dimensions.IsSequence()) {
      reader_.Error(dimensions, "dimensions",
                    "expected a list, got " + YamlReader::Describe(dimensions));
    }
    for (std::size_t i = 0; dimensions.IsSequence() && i < dimensions.size(); ++i) {
      std::string path = IndexPath("dimensions", i);
      MapReader dimension(reader_, dimensions[i], path);
      if (!dimension.valid()) continue;
      std::string id = String(dimension, "id");
      BenchmarkEntry entry =
          Entry(dimension.Required("statistics"), dimension.PathOf("statistics"),
                dimension.Required("percentiles"), dimension.PathOf("percentiles"));
      dimension.Finish();
      if (entry.statistics.n > 0) benchmark.dimensions[id] = std::move(entry);
    }
    map.Finish();
    return benchmark;
  }

 private:
  std::string String(MapReader& map, std::string_view key) {
    return reader_.ReadString(map.Required(key), map.PathOf(key)).value_or("");
  }

  double Number(MapReader& map, std::string_view key) {
    return reader_.ReadNumber(map.Required(key), map.PathOf(key)).value_or(0);
  }

  /// Statistics (with no other keys than n when n is 0) and their 21 percentiles.
  BenchmarkEntry Entry(const YamlNode& statistics_node, const std::string& statistics_path,
                       const YamlNode& percentiles, const std::string& percentiles_path) {
    BenchmarkEntry entry;
    MapReader statistics(reader_, statistics_node, statistics_path);
    if (!statistics.valid()) return entry;
    if (auto n = reader_.ReadInteger(statistics.Required("n"), statistics.PathOf("n"))) {
      entry.statistics.n = static_cast<int>(*n);
    }
    if (entry.statistics.n > 0) {
      entry.statistics.min = Number(statistics, "min");
      entry.statistics.q1 = Number(statistics, "q1");
      entry.statistics.median = Number(statistics, "median");
      entry.statistics.q3 = Number(statistics, "q3");
      entry.statistics.max = Number(statistics, "max");
      entry.statistics.mean = Number(statistics, "mean");
      MapReader levels(reader_, statistics.Required("levels"), statistics.PathOf("levels"));
      for (std::size_t i = 0; levels.valid() && i < levels.entries().size(); ++i) {
        const auto& [key, key_node, value] = levels.entries()[i];
        auto level = YamlReader::ParseInteger(key);
        auto count = reader_.ReadInteger(value, levels.PathOf(key));
        if (!level) {
          reader_.Error(key_node, levels.PathOf(key),
                        "expected a level number, got \"" + key + "\"");
        } else if (count) {
          entry.statistics.levels[static_cast<int>(*level)] = static_cast<int>(*count);
        }
        levels.Optional(key);
      }
      if (levels.valid()) levels.Finish();
    }
    statistics.Finish();
    if (!percentiles.IsDefined()) return entry;
    if (!percentiles.IsSequence()) {
      reader_.Error(percentiles, percentiles_path,
                    "expected a list, got " + YamlReader::Describe(percentiles));
      return entry;
    }
    for (std::size_t i = 0; i < percentiles.size(); ++i) {
      if (auto value = reader_.ReadNumber(percentiles[i], IndexPath(percentiles_path, i))) {
        entry.percentiles.push_back(*value);
      }
    }
    std::size_t expected = entry.statistics.n > 0 ? 21 : 0;
    if (percentiles.size() != expected) {
      reader_.Error(percentiles, percentiles_path,
                    "expected " + std::to_string(expected) + " percentiles (0, 5, ..., 100), got " +
                        std::to_string(percentiles.size()));
    }
    return entry;
  }

  YamlReader reader_;
};

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

Benchmark MakeBenchmark(const SectorReport& report) {
  Benchmark benchmark;
  benchmark.framework_id = report.framework->id;
  benchmark.framework_version = report.framework->version;
  benchmark.period = report.latest_period;
  benchmark.institutions = static_cast<int>(report.current.size());
  auto entry = [&](const std::optional<Statistics>& statistics, auto score_of) {
    BenchmarkEntry made;
    if (!statistics) return made;
    made.statistics = *statistics;
    std::vector<double> scores;
    for (const InstitutionSummary* institution : report.current) {
      if (std::optional<double> score = score_of(*institution)) {
        scores.push_back(*score);
      }
    }
    made.percentiles = PercentileTable(scores);
    return made;
  };
  benchmark.overall = entry(report.statistics.overall, [](const InstitutionSummary& institution) {
    return institution.overall;
  });
  for (std::size_t d = 0; d < report.statistics.dimensions.size(); ++d) {
    const DimensionStatistics& row = report.statistics.dimensions[d];
    if (!row.statistics) continue;
    benchmark.dimensions[row.dimension->id] =
        entry(row.statistics,
              [d](const InstitutionSummary& institution) { return institution.dimensions[d]; });
  }
  return benchmark;
}

Benchmark LoadBenchmark(const std::string& path, const Framework& framework) {
  return ParseBenchmark(path, ReadInputFile(path), framework);
}

Benchmark ParseBenchmark(const std::string& path, const std::string& content,
                         const Framework& framework) {
  Diagnostics diagnostics;
  Benchmark benchmark = BenchmarkReader(path, diagnostics).Read(content);
  if (diagnostics.HasErrors()) throw InputError(diagnostics);
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
