#include "engine/benchmark.h"

#include <gtest/gtest.h>

#include "tests/engine/tiny_framework.h"
#include "tests/support/test_files.h"

namespace maturity {
namespace {

using testing::ScratchFolder;
using testing::WriteFile;

/// A benchmark for the tiny framework with one dimension scored and one not.
const std::string kBenchmark = R"({
  "benchmark": "maturity-sector-benchmark/1",
  "framework": {"id": "tiny", "version": "1.0.0"},
  "period": "2025-26",
  "institutions": 6,
  "overall": {"n": 6, "min": 1, "q1": 2, "median": 3, "q3": 4, "max": 5, "mean": 3,
              "levels": {"1": 1, "2": 1, "3": 2, "4": 1, "5": 1}},
  "overall_percentiles": [1, 1.2, 1.4, 1.6, 1.8, 2, 2.2, 2.4, 2.6, 2.8, 3, 3.2, 3.4, 3.6, 3.8,
                          4, 4.2, 4.4, 4.6, 4.8, 5],
  "dimensions": [
    {"id": "alpha", "statistics": {"n": 6, "min": 1, "q1": 2, "median": 3, "q3": 4, "max": 5,
      "mean": 3, "levels": {"2": 3, "4": 3}}, "percentiles": [1, 1.2, 1.4, 1.6, 1.8, 2, 2.2, 2.4, 2.6, 2.8, 3,
      3.2, 3.4, 3.6, 3.8, 4, 4.2, 4.4, 4.6, 4.8, 5]},
    {"id": "beta", "statistics": {"n": 0}, "percentiles": []}
  ]
}
)";

std::string Write(const std::string& name, const std::string& content) {
  std::string path = ScratchFolder("benchmark-" + name) + "/benchmark.json";
  WriteFile(path, content);
  return path;
}

std::string ErrorsOf(const std::string& path, const Framework& framework) {
  try {
    LoadBenchmark(path, framework);
  } catch (const InputError& error) {
    return error.diagnostics().Format();
  }
  return "";
}

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

TEST(BenchmarkTest, ReadsWhatSectorWrites) {
  Framework framework = testing::ParseTestFramework(testing::kTinyFramework);
  Benchmark benchmark = LoadBenchmark(Write("good", kBenchmark), framework);
  EXPECT_EQ(benchmark.period, "2025-26");
  EXPECT_EQ(benchmark.institutions, 6);
  EXPECT_EQ(benchmark.overall.statistics.median, 3);
  EXPECT_EQ(benchmark.overall.statistics.levels.at(3), 2);
  ASSERT_EQ(benchmark.overall.percentiles.size(), 21u);
  EXPECT_DOUBLE_EQ(benchmark.overall.percentiles[1], 1.2);
  EXPECT_EQ(benchmark.dimensions.count("alpha"), 1u);
  EXPECT_EQ(benchmark.dimensions.count("beta"), 0u);  // n = 0: nothing to compare with.
}

TEST(BenchmarkTest, EveryErrorHasItsLineAndColumn) {
  Framework framework = testing::ParseTestFramework(testing::kTinyFramework);
  std::string bad = Replace(kBenchmark, "\"q1\": 2,", "\"q1\": \"low\",");
  bad = Replace(bad, "\"institutions\": 6,", "\"institutions\": 6, \"extra\": 1,");
  bad = Replace(bad, "4.6, 4.8, 5]}", "4.6, 4.8]}");
  std::string path = Write("bad", bad);
  EXPECT_EQ(ErrorsOf(path, framework),
            path +
                ":5:22: error: extra: unknown key 'extra'; expected one of: benchmark, "
                "framework, period, institutions, overall_percentiles, overall, dimensions\n" +
                path + ":6:39: error: overall.q1: expected a number, got \"low\"\n" + path +
                ":12:62: error: dimensions[0].percentiles: expected 21 percentiles (0, 5, ..., "
                "100), got 20\n");
}

TEST(BenchmarkTest, RefusesOtherFilesAndFrameworks) {
  Framework framework = testing::ParseTestFramework(testing::kTinyFramework);
  std::string path = Write("other", "{\"benchmark\": \"x\"}\n");
  EXPECT_EQ(ErrorsOf(path, framework),
            path +
                ":1:15: error: benchmark: expected \"maturity-sector-benchmark/1\": a "
                "benchmark written by 'maturity sector --benchmark-out', got \"x\"\n");
  path = Write("nested", std::string(100000, '[') + "\n");
  EXPECT_NE(ErrorsOf(path, framework).find(path + ":1:"), std::string::npos);
  path = Write("version", Replace(kBenchmark, "\"1.0.0\"", "\"2.0.0\""));
  EXPECT_EQ(ErrorsOf(path, framework),
            path +
                ": error: framework: this benchmark is for tiny 2.0.0, but the framework "
                "given is tiny 1.0.0\n");
}

TEST(BenchmarkTest, ImpossibleFiguresAreRefusedWhereTheyAre) {
  Framework framework = testing::ParseTestFramework(testing::kTinyFramework);
  struct Case {
    std::string from;
    std::string to;
    std::string error;
  };
  for (const Case& bad : std::vector<Case>{
           {"\"median\": 3, \"q3\": 4, \"max\": 5, \"mean\": 3,\n",
            "\"median\": 99, \"q3\": 4, \"max\": 5, \"mean\": 3,\n",
            ":6:52: error: overall.median: expected a score from 1 to 5, got 99"},
           {"\"n\": 6, \"min\": 1,", "\"n\": 6, \"min\": 4.5,",
            ":6:41: error: overall.q1: expected at least min (4.5), got 2"},
           {"\"max\": 5, \"mean\": 3,\n", "\"max\": 5, \"mean\": 0.5,\n",
            ":6:82: error: overall.mean: expected a score from 1 to 5, got 0.5"},
           {"[1, 1.2, 1.4,", "[1, 1.4, 1.2,",
            ":8:35: error: overall_percentiles[2]: expected percentiles rising from 1 to 5, got "
            "1.2 after 1.4"},
           {"2.6, 2.8, 3, 3.2", "2.6, 2.8, 3.1, 3.2",
            ":8:73: error: overall_percentiles[10]: expected 3, the median of the statistics, "
            "got 3.1"},
           {"\"3\": 2, \"4\": 1", "\"3\": 2, \"4\": 7",
            ":7:25: error: overall.levels: expected counts adding up to n (6), got 12"},
           {"\"institutions\": 6,", "\"institutions\": 1,",
            ":5:19: error: institutions: expected at least 5 institutions (the least a sector run "
            "publishes a benchmark from, so that none can be singled out), got 1"},
           {"\"period\": \"2025-26\"", "\"period\": \"next year\"",
            ":4:13: error: period: expected a period such as 2025-26 (an academic or financial "
            "year) or 2025 (a calendar year), got \"next year\""},
           {"{\"id\": \"beta\"", "{\"id\": \"gamma\"",
            ":14:12: error: dimensions[1].id: 'gamma' is not a dimension of tiny 1.0.0"},
       }) {
    std::string text = Replace(kBenchmark, bad.from, bad.to);
    std::string path = Write("impossible", text);
    EXPECT_EQ(ErrorsOf(path, framework), path + bad.error + "\n") << bad.to;
  }
}

TEST(BenchmarkTest, ALaterPeriodThanThisOneIsRefused) {
  Framework framework = testing::ParseTestFramework(testing::kTinyFramework);
  std::string path = Write("future", Replace(kBenchmark, "\"2025-26\"", "\"2099-00\""));
  Benchmark benchmark = LoadBenchmark(path, framework);
  Response response;
  response.period = "2025-26";
  try {
    CheckBenchmarkPeriod(response, benchmark);
    FAIL() << "accepted";
  } catch (const InputError& error) {
    EXPECT_EQ(error.diagnostics().Format(),
              path +
                  ":4:13: error: period: the benchmark's period '2099-00' is later than this one "
                  "('2025-26'); give a benchmark of this period or an earlier one\n");
  }
  response.period = "2099-00";
  EXPECT_NO_THROW(CheckBenchmarkPeriod(response, benchmark));
}

TEST(BenchmarkTest, MadeFromTheSectorsLatestPeriod) {
  Framework framework = testing::ParseTestFramework(testing::kTinyFramework);
  std::vector<InstitutionSummary> summaries;
  for (int k = 1; k <= 5; ++k) {
    InstitutionSummary summary;
    summary.id = "i" + std::to_string(k);
    summary.period = "2025-26";
    summary.overall = k;
    summary.overall_by_perspective = {{"management", k}, {"trade_union", std::nullopt}};
    summary.dimensions = {k, std::nullopt};  // Nobody has a beta score.
    summary.dimensions_by_perspective = {
        {{"management", k}, {"trade_union", std::nullopt}},
        {{"management", std::nullopt}, {"trade_union", std::nullopt}}};
    summary.elements.resize(ElementsInOrder(framework).size());
    summaries.push_back(summary);
  }
  SectorReport report = AnalyseSector(framework, summaries, {});
  Benchmark benchmark = MakeBenchmark(report);
  EXPECT_EQ(benchmark.framework_id, "tiny");
  EXPECT_EQ(benchmark.institutions, 5);
  ASSERT_EQ(benchmark.overall.percentiles.size(), 21u);
  // PERCENTILE.INC of 1..5 at 0%, 25%, 50%, 100%, and 5% = 1 + 0.05 x 4.
  EXPECT_DOUBLE_EQ(benchmark.overall.percentiles[0], 1);
  EXPECT_DOUBLE_EQ(benchmark.overall.percentiles[1], 1.2);
  EXPECT_DOUBLE_EQ(benchmark.overall.percentiles[5], 2);
  EXPECT_DOUBLE_EQ(benchmark.overall.percentiles[10], 3);
  EXPECT_DOUBLE_EQ(benchmark.overall.percentiles[20], 5);
  EXPECT_EQ(benchmark.dimensions.count("alpha"), 1u);
  EXPECT_EQ(benchmark.dimensions.count("beta"), 0u);  // Nothing to compare with.
  EXPECT_EQ(benchmark.dimensions.at("alpha").statistics.median, 3);
}

}  // namespace
}  // namespace maturity
