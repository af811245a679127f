#include "engine/benchmark.h"

#include <cmath>
#include <set>
#include <tuple>

#include "common/numbers.h"
#include "engine/input_file.h"
#include "engine/value_formats.h"
#include "engine/yaml_reader.h"

namespace maturity {

namespace {

constexpr const char* kBenchmarkFormat = "maturity-sector-benchmark/1";

/// Reads a benchmark (JSON, which the YAML reader reads) with located errors.
class BenchmarkReader {
 public:
  BenchmarkReader(const std::string& file, const Framework& framework, Diagnostics& diagnostics)
      : reader_(file, diagnostics), framework_(framework) {}

  /// Only the format and the framework it is for.
  Benchmark ReadIdentity(const std::string& content) {
    Benchmark benchmark;
    YamlNode root = reader_.Parse(content);
    if (reader_.diagnostics().HasErrors() || !root.IsMap()) return benchmark;
    YamlNode framework = root["framework"];
    if (!framework.IsMap()) return benchmark;
    if (framework["id"].IsScalar()) benchmark.framework_id = framework["id"].Scalar();
    if (framework["version"].IsScalar())
      benchmark.framework_version = framework["version"].Scalar();
    return benchmark;
  }

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
    benchmark.period_location = reader_.Where(root["period"]);
    if (!benchmark.period.empty() && !ParsePeriod(benchmark.period)) {
      reader_.Error(root["period"], "period",
                    std::string("expected ") + kPeriodForms + ", got \"" + benchmark.period + "\"");
    }
    YamlNode institutions = map.Required("institutions");
    if (auto n = reader_.ReadInteger(institutions, "institutions")) {
      benchmark.institutions = static_cast<int>(*n);
      if (*n < kLeastBenchmarkInstitutions) {
        reader_.Error(institutions, "institutions",
                      "expected at least " + std::to_string(kLeastBenchmarkInstitutions) +
                          " institutions (the least a sector run publishes a benchmark from, "
                          "so that none can be singled out), got " +
                          std::to_string(*n));
      }
    }
    benchmark.overall = Entry(map.Required("overall"), "overall",
                              map.Required("overall_percentiles"), "overall_percentiles");
    YamlNode dimensions = map.Required("dimensions");
    if (dimensions.IsDefined() && !dimensions.IsSequence()) {
      reader_.Error(dimensions, "dimensions",
                    "expected a list, got " + YamlReader::Describe(dimensions));
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; dimensions.IsSequence() && i < dimensions.size(); ++i) {
      std::string path = IndexPath("dimensions", i);
      MapReader dimension(reader_, dimensions[i], path);
      if (!dimension.valid()) continue;
      YamlNode id_node = dimensions[i]["id"];
      std::string id = String(dimension, "id");
      if (!id.empty() && !FindDimension(id)) {
        reader_.Error(
            id_node, dimension.PathOf("id"),
            "'" + id + "' is not a dimension of " + framework_.id + " " + framework_.version);
      } else if (!id.empty() && !seen.insert(id).second) {
        reader_.Error(id_node, dimension.PathOf("id"), "dimension '" + id + "' is listed twice");
      }
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
      return entry;
    }
    if (entry.statistics.n > 0 && entry.percentiles.size() == 21 &&
        !reader_.diagnostics().HasErrors()) {
      CheckAgrees(statistics_node, statistics_path, percentiles, percentiles_path, entry);
    }
    return entry;
  }

  std::string Scale() const {
    return std::to_string(framework_.lowest_level()) + " to " +
           std::to_string(framework_.highest_level());
  }

  /// Figures on the framework's scale, in order (min <= q1 <= median <= q3 <= max, the
  /// mean between min and max, the percentiles rising), the percentile table agreeing with
  /// the statistics (its 0th, 25th, 50th, 75th and 100th are min, q1, median, q3 and max),
  /// and the level counts on the scale, adding up to n.
  void CheckAgrees(const YamlNode& statistics_node, const std::string& statistics_path,
                   const YamlNode& percentiles, const std::string& percentiles_path,
                   const BenchmarkEntry& entry) {
    const Statistics& s = entry.statistics;
    double low = framework_.lowest_level();
    double high = framework_.highest_level();
    auto error = [&](const char* key, const std::string& message) {
      reader_.Error(statistics_node[key], statistics_path + "." + key, message);
    };
    const std::pair<const char*, double> figures[] = {{"min", s.min},       {"q1", s.q1},
                                                      {"median", s.median}, {"q3", s.q3},
                                                      {"max", s.max},       {"mean", s.mean}};
    bool on_scale = true;
    for (const auto& [key, value] : figures) {
      if (value < low || value > high) {
        error(key, "expected a score from " + Scale() + ", got " + FormatNumber(value));
        on_scale = false;
      }
    }
    if (!on_scale) return;
    for (std::size_t i = 1; i < 5; ++i) {
      if (figures[i].second < figures[i - 1].second) {
        error(figures[i].first, std::string("expected at least ") + figures[i - 1].first + " (" +
                                    FormatNumber(figures[i - 1].second) + "), got " +
                                    FormatNumber(figures[i].second));
        return;
      }
    }
    if (s.mean < s.min || s.mean > s.max) {
      error("mean", "expected a mean from min to max (" + FormatNumber(s.min) + " to " +
                        FormatNumber(s.max) + "), got " + FormatNumber(s.mean));
      return;
    }
    for (std::size_t i = 0; i < entry.percentiles.size(); ++i) {
      double value = entry.percentiles[i];
      std::string path = IndexPath(percentiles_path, i);
      if (value < low || value > high || (i > 0 && value < entry.percentiles[i - 1])) {
        reader_.Error(percentiles[i], path,
                      "expected percentiles rising from " + Scale() + ", got " +
                          FormatNumber(value) +
                          (i > 0 ? " after " + FormatNumber(entry.percentiles[i - 1]) : ""));
        return;
      }
    }
    constexpr double kTolerance = 1e-9;
    for (const auto& [index, key, value] :
         {std::tuple<std::size_t, const char*, double>{0, "min", s.min},
          {5, "q1", s.q1},
          {10, "median", s.median},
          {15, "q3", s.q3},
          {20, "max", s.max}}) {
      if (std::abs(entry.percentiles[index] - value) > kTolerance) {
        reader_.Error(percentiles[index], IndexPath(percentiles_path, index),
                      "expected " + FormatNumber(value) + ", the " + key +
                          " of the statistics, got " + FormatNumber(entry.percentiles[index]));
        return;
      }
    }
    int counted = 0;
    for (const auto& [level, count] : s.levels) {
      if (!framework_.FindLevel(level) || count < 0) {
        reader_.Error(statistics_node["levels"], statistics_path + ".levels",
                      "expected a count for each level from " + Scale() + ", got level " +
                          std::to_string(level) + ": " + std::to_string(count));
        return;
      }
      counted += count;
    }
    if (counted != s.n) {
      reader_.Error(statistics_node["levels"], statistics_path + ".levels",
                    "expected counts adding up to n (" + std::to_string(s.n) + "), got " +
                        std::to_string(counted));
    }
  }

  const Dimension* FindDimension(const std::string& id) const {
    const Dimension* found = nullptr;
    ForEachDimension(framework_, [&](const DimensionStep& step) {
      if (step.dimension.id == id) found = &step.dimension;
    });
    return found;
  }

  YamlReader reader_;
  const Framework& framework_;
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
  {
    // Its framework first: the figures are checked against that framework's scale.
    Diagnostics identity;
    Benchmark named = BenchmarkReader(path, framework, identity).ReadIdentity(content);
    if (identity.HasErrors()) throw InputError(identity);
    bool named_one = !named.framework_id.empty() || !named.framework_version.empty();
    if (named_one &&
        (named.framework_id != framework.id || named.framework_version != framework.version)) {
      throw InputError({path, 0, 0}, "framework",
                       "this benchmark is for " + named.framework_id + " " +
                           named.framework_version + ", but the framework given is " +
                           framework.id + " " + framework.version);
    }
  }
  Benchmark benchmark = BenchmarkReader(path, framework, diagnostics).Read(content);
  if (diagnostics.HasErrors()) throw InputError(diagnostics);
  return benchmark;
}

void CheckBenchmarkPeriod(const Response& current, const Benchmark& benchmark) {
  auto published = ParsePeriod(benchmark.period);
  auto now = ParsePeriod(current.period);
  if (published && now && published->kind == now->kind && published->start_year > now->start_year) {
    throw InputError(benchmark.period_location, "period",
                     "the benchmark's period '" + benchmark.period + "' is later than this one ('" +
                         current.period + "'); give a benchmark of this period or an earlier one");
  }
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
