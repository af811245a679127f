// End-to-end runs of `maturity` on last period's files: which framework scores last
// period, every file a run reads protected from its outputs, last period's results and
// benchmarks checked before they are published.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <tuple>

#include "tests/engine/tiny_framework.h"
#include "tests/support/test_files.h"

namespace maturity {
namespace {

using testing::ReadFile;
using testing::RunMaturityBinary;
using testing::ScratchFolder;
using testing::WriteFile;

namespace fs = std::filesystem;

constexpr const char* kFramework = "frameworks/social-partnership.yaml";
constexpr const char* kLast = "examples/annual-cycle/coleg-y-dyffryn-2024-25.yaml";
constexpr const char* kThis = "examples/annual-cycle/coleg-y-dyffryn-2025-26.yaml";

/// `folder/this/framework.yaml` (the bundled framework under another name), and last
/// period's response in `folder/last/`, as given to a run.
struct TwoPeriods {
  std::string framework;
  std::string last;
  std::string last_folder;
};

/// `line:column` of the first `needle` in `text` (1-based), as messages locate it.
std::string LineColumnOf(const std::string& text, const std::string& needle, std::size_t from = 0) {
  std::size_t at = text.find(needle, from);
  if (at == std::string::npos) return "not found";
  std::size_t line_start = text.rfind('\n', at);
  line_start = line_start == std::string::npos ? 0 : line_start + 1;
  std::size_t line = std::count(text.begin(), text.begin() + at, '\n') + 1;
  return std::to_string(line) + ":" + std::to_string(at - line_start + 1);
}

/// The number written after `key` at or after `from` in `json`, as written.
std::string NumberAfter(const std::string& json, const std::string& key, std::size_t from = 0) {
  std::size_t at = json.find(key, from) + key.size();
  return json.substr(at, json.find_first_of(",\n}", at) - at);
}

/// `text` with the `from` found at or after `after` replaced by `to`.
std::string ReplaceAfter(std::string text, const std::string& after, const std::string& from,
                         const std::string& to) {
  std::size_t at = text.find(from, text.find(after));
  text.replace(at, from.size(), to);
  return text;
}

TwoPeriods CopyTwoPeriods(const std::string& folder) {
  fs::create_directories(folder + "/this");
  fs::create_directories(folder + "/last");
  TwoPeriods periods{folder + "/this/framework.yaml", folder + "/last/dyffryn-2024-25.yaml",
                     folder + "/last"};
  WriteFile(periods.framework, ReadFile(kFramework));
  WriteFile(periods.last, ReadFile(kLast));
  return periods;
}

TEST(LastPeriodCliTest, TheFrameworkGivenScoresLastPeriodWhenItIsTheVersionItNames) {
  std::string folder = ScratchFolder("last-period-framework");
  TwoPeriods periods = CopyTwoPeriods(folder);
  // A framework of the institution's own, on no search path: framework.yaml beside this
  // period's response, which with last period's names it.
  auto local = [](const std::string& text) {
    return testing::Replace(
        testing::Replace(text, "\nid: social-partnership\n", "\nid: local-partnership\n"),
        "\nframework: social-partnership\n", "\nframework: local-partnership\n");
  };
  std::string framework_text = local(ReadFile(kFramework));
  ASSERT_NE(framework_text.find("\nid: local-partnership\n"), std::string::npos);
  WriteFile(periods.framework, framework_text);
  WriteFile(periods.last, local(ReadFile(kLast)));
  std::string this_period = folder + "/this/dyffryn-2025-26.yaml";
  WriteFile(this_period, local(ReadFile(kThis)));
  std::string run = "score -q -f " + periods.framework + " " + this_period;
  // Last period's JSON result, scored with this framework: what every run must agree with.
  ASSERT_EQ(RunMaturityBinary("score -q -f " + periods.framework + " " + periods.last + " --json " +
                              folder + "/last.json")
                .exit_code,
            0);
  auto from_json = RunMaturityBinary(run + " --previous " + folder + "/last.json --json " + folder +
                                     "/from-json.json");
  ASSERT_EQ(from_json.exit_code, 0) << from_json.err;
  // The framework given is the one last period's response names: it scores it, although
  // it is on no search path.
  auto given =
      RunMaturityBinary(run + " --previous " + periods.last + " --json " + folder + "/given.json");
  ASSERT_EQ(given.exit_code, 0) << given.err;
  EXPECT_EQ(ReadFile(folder + "/given.json"), ReadFile(folder + "/from-json.json"));
  auto template_run =
      RunMaturityBinary("template -f " + periods.framework + " --from " + periods.last +
                        " --with-answers -o " + folder + "/next.yaml");
  ASSERT_EQ(template_run.exit_code, 0) << template_run.err;
  // A copy of the same id and version lying beside last period's file, scoring otherwise
  // (the lowest element instead of the mean), is not used instead of it.
  WriteFile(periods.last_folder + "/a-copy.yaml",
            testing::Replace(framework_text, "aggregate: weighted_mean", "aggregate: minimum"));
  auto beside =
      RunMaturityBinary(run + " --previous " + periods.last + " --json " + folder + "/beside.json");
  ASSERT_EQ(beside.exit_code, 0) << beside.err;
  EXPECT_EQ(ReadFile(folder + "/beside.json"), ReadFile(folder + "/from-json.json"));
  template_run = RunMaturityBinary("template -f " + periods.framework + " --from " + periods.last +
                                   " --with-answers -o " + folder + "/next.yaml");
  ASSERT_EQ(template_run.exit_code, 0) << template_run.err;
}

TEST(LastPeriodCliTest, TwoDifferentFilesOfTheVersionLastPeriodNamesAreRefused) {
  std::string folder = ScratchFolder("last-period-two-copies");
  TwoPeriods periods = CopyTwoPeriods(folder);
  // Last period was answered against 0.9.0, which two files beside it claim to be.
  WriteFile(periods.last, testing::Replace(ReadFile(kLast), "framework_version: 1.0.0",
                                           "framework_version: 0.9.0"));
  std::string old_version =
      testing::Replace(ReadFile(kFramework), "version: 1.0.0", "version: 0.9.0");
  WriteFile(periods.last_folder + "/a.yaml", old_version);
  WriteFile(periods.last_folder + "/b.yaml",
            testing::Replace(old_version, "aggregate: weighted_mean", "aggregate: minimum"));
  std::string json = folder + "/card.json";
  auto score = RunMaturityBinary(std::string("score -q -f ") + periods.framework + " " + kThis +
                                 " --previous " + periods.last + " --json " + json);
  EXPECT_EQ(score.exit_code, 2);
  EXPECT_EQ(score.err, "maturity score: error: " + periods.last + ": " + periods.last_folder +
                           "/a.yaml and " + periods.last_folder +
                           "/b.yaml are both social-partnership@0.9.0 but differ; keep one, or "
                           "give the one to use with --previous-framework\n"
                           "Try 'maturity score --help'.\n");
  EXPECT_FALSE(fs::exists(json));
  auto template_run = RunMaturityBinary(std::string("template -f ") + periods.framework +
                                        " --from " + periods.last + " -o " + folder + "/t.yaml");
  EXPECT_EQ(template_run.exit_code, 2);
  EXPECT_EQ(testing::FirstLine(template_run.err),
            "maturity template: error: " + periods.last + ": " + periods.last_folder +
                "/a.yaml and " + periods.last_folder +
                "/b.yaml are both social-partnership@0.9.0 but differ; keep one, or give the "
                "one to use with --from-framework");
  // The same file twice (identical copies) is no conflict; the one given settles it.
  WriteFile(periods.last_folder + "/b.yaml", old_version);
  EXPECT_EQ(RunMaturityBinary(std::string("score -q -f ") + periods.framework + " " + kThis +
                              " --previous " + periods.last)
                .exit_code,
            0);
}

TEST(LastPeriodCliTest, TheFrameworkFoundForLastPeriodIsNeverOverwritten) {
  std::string folder = ScratchFolder("last-period-protected");
  TwoPeriods periods = CopyTwoPeriods(folder);
  WriteFile(periods.last, testing::Replace(ReadFile(kLast), "framework_version: 1.0.0",
                                           "framework_version: 0.9.0"));
  std::string old_framework = periods.last_folder + "/old.yaml";
  std::string old_version =
      testing::Replace(ReadFile(kFramework), "version: 1.0.0", "version: 0.9.0");
  WriteFile(old_framework, old_version);
  // Each command that reads last period, with its output pointed at that framework.
  for (const auto& [command, arguments, option] :
       {std::tuple("score",
                   std::string(" -q -f ") + periods.framework + " " + kThis + " --previous " +
                       periods.last,
                   "--json"),
        std::tuple("template", " -f " + periods.framework + " --from " + periods.last, "-o")}) {
    auto run = RunMaturityBinary(command + arguments + " " + option + " " + old_framework);
    EXPECT_EQ(run.exit_code, 2) << command;
    EXPECT_EQ(testing::FirstLine(run.err),
              std::string("maturity ") + command + ": error: " + option + " " + old_framework +
                  ": is the input file " + old_framework + "; inputs are never overwritten");
    EXPECT_EQ(ReadFile(old_framework), old_version) << command;
  }
}

TEST(LastPeriodCliTest, TwoElementsWhoseIdsWereExchangedAreFollowed) {
  std::string folder = ScratchFolder("last-period-swap");
  // Version 1.1.0 exchanges the ids of a1 and a2: each says what it was called before.
  std::string old_framework = ReadFile("tests/data/diff/old.yaml");
  std::string swapped = testing::Replace(
      testing::Replace(
          testing::Replace(old_framework, "version: 1.0.0", "version: 1.1.0"),
          "{id: a1, kind: behaviour, title: A1, weight: 2, actions: {2: [Do A1 things.]}}",
          "{id: a2, kind: behaviour, title: A1, weight: 2, actions: {2: [Do A1 things.]}, "
          "renamed_from: [a1]}"),
      "{id: a2, kind: behaviour, title: A2, weight: 1, target: 5}",
      "{id: a1, kind: behaviour, title: A2, weight: 1, target: 5, renamed_from: [a2]}");
  ASSERT_NE(swapped.find("renamed_from: [a2]"), std::string::npos);
  WriteFile(folder + "/old.yaml", old_framework);
  WriteFile(folder + "/swapped.yaml", swapped);
  auto diff = RunMaturityBinary("diff " + folder + "/old.yaml " + folder + "/swapped.yaml");
  EXPECT_EQ(diff.exit_code, 0);
  EXPECT_EQ(diff.out,
            "framework version: \"1.0.0\" -> \"1.1.0\"\n"
            "renamed a1 -> a2\n"
            "renamed a2 -> a1\n");

  // Last period's response (to 1.0.0), with an open action on a1.
  std::string last = testing::Replace(ReadFile("tests/data/migrate/old-response.yaml"),
                                      "period: 2025-26", "period: 2024-25") +
                     "actions:\n  - {element: a1, action: Meet monthly., owner: Principal, "
                     "due: 2025-06-30, status: planned}\n";
  WriteFile(folder + "/last.yaml", last);
  auto migrate = RunMaturityBinary("migrate -f " + folder + "/swapped.yaml " + folder +
                                   "/last.yaml -o " + folder + "/migrated.yaml");
  ASSERT_EQ(migrate.exit_code, 0) << migrate.err;
  std::string migrated = ReadFile(folder + "/migrated.yaml");
  EXPECT_NE(migrated.find("answers:\n"
                          "  a2:\n"
                          "    - {by: m1, level: 3}   # agreed at the forum\n"
                          "  a1:\n"
                          "    - {by: m1, level: 4, evidence: [Minutes]}\n"
                          "    - {by: t1, level: 2}\n"),
            std::string::npos)
      << migrated;

  // This period answered as last period, under the new ids: nothing changed.
  WriteFile(folder + "/this.yaml",
            testing::Replace(migrated, "period: 2024-25", "period: 2025-26"));
  auto score = RunMaturityBinary("score -q -f " + folder + "/swapped.yaml " + folder +
                                 "/this.yaml --previous " + folder + "/last.yaml --json " + folder +
                                 "/card.json");
  ASSERT_EQ(score.exit_code, 0) << score.err;
  std::string card = ReadFile(folder + "/card.json");
  EXPECT_NE(card.find("\"renamed_elements\": {\n"
                      "      \"a1\": \"a2\",\n"
                      "      \"a2\": \"a1\"\n"
                      "    },"),
            std::string::npos)
      << card;
  EXPECT_NE(card.find("\"overall\": {\n    \"score\": "), std::string::npos);
  EXPECT_EQ(card.find("\"change\": -"), std::string::npos) << card;
  EXPECT_EQ(card.find("\"change\": 0."), std::string::npos) << card;

  // Next period's template carries the action on a1 to a2, and shows each element's
  // answers of last period under the element they belong to now (a1's under a2).
  auto next = RunMaturityBinary("template -f " + folder + "/swapped.yaml --from " + folder +
                                "/last.yaml --with-answers -o " + folder + "/next.yaml");
  ASSERT_EQ(next.exit_code, 0) << next.err;
  std::string template_text = ReadFile(folder + "/next.yaml");
  EXPECT_NE(template_text.find("  - element: a2\n    action: \"Meet monthly.\""), std::string::npos)
      << template_text;
  EXPECT_NE(template_text.find("#   m1: 3\n  a2:\n"), std::string::npos) << template_text;
}

TEST(LastPeriodCliTest, ALastPeriodResultWithImpossibleFiguresIsRefusedWhereTheyAre) {
  std::string folder = ScratchFolder("last-period-json");
  std::string last = folder + "/last.json";
  ASSERT_EQ(
      RunMaturityBinary(std::string("score -q -f ") + kFramework + " " + kLast + " --json " + last)
          .exit_code,
      0);
  const std::string json = ReadFile(last);
  const std::string overall_key = "\"overall\": {\n    \"score\": ";
  const std::string score = NumberAfter(json, overall_key);
  const std::string level = NumberAfter(json, "\"level\": ", json.find(overall_key));
  ASSERT_EQ(level, "2");
  std::string first_element = json.substr(json.find("\"elements\": [\n") + 14);
  first_element = first_element.substr(0, first_element.find("\n    },\n") + 6);
  std::string element_id = NumberAfter(first_element, "\"id\": ");
  struct Case {
    std::string json;
    std::string needle;  ///< Where the error is, in `json`.
    std::string error;
  };
  std::string high = ReplaceAfter(json, overall_key, score, "99");
  std::string high_level = ReplaceAfter(json, overall_key, "\"level\": 2", "\"level\": 17");
  std::string shifted = ReplaceAfter(ReplaceAfter(json, overall_key, score, "3.5"), overall_key,
                                     "\"level\": 2", "\"level\": 3");
  std::string unknown = "{\n  \"bonus\": 1," + json.substr(1);
  std::string twice =
      ReplaceAfter(json, "\"elements\": [\n", first_element, first_element + ",\n" + first_element);
  for (const Case& bad : std::vector<Case>{
           {high, "99", "overall.score: expected a score from 1 to 5 or null, got 99"},
           {high_level, "17",
            "overall.level: expected 2, the level score " + score + " reaches, got 17"},
           {shifted, "3.5",
            "overall.score: expected " + score +
                " (the weighted mean of the dimensions' scores), got 3.5; a result is read back "
                "as 'maturity score --json' wrote it"},
           {unknown, "\"bonus\"",
            "bonus: unknown key 'bonus'; expected one of: framework, institution, period, "
            "jointly_agreed, draft, sign_off, as_of, actions, previous, gaps, benchmark, overall, "
            "dimensions, "
            "elements"},
       }) {
    WriteFile(folder + "/bad.json", bad.json);
    auto result =
        RunMaturityBinary(std::string("score -q -f ") + kFramework + " " + kThis + " --previous " +
                          folder + "/bad.json --json " + folder + "/card.json");
    EXPECT_EQ(result.exit_code, 1) << bad.error;
    EXPECT_EQ(result.err, folder + "/bad.json:" + LineColumnOf(bad.json, bad.needle) +
                              ": error: " + bad.error + "\n");
    EXPECT_FALSE(fs::exists(folder + "/card.json"));
  }
  // An element listed twice: the second is refused, naming the first.
  WriteFile(folder + "/twice.json", twice);
  auto result = RunMaturityBinary(std::string("score -q -f ") + kFramework + " " + kThis +
                                  " --previous " + folder + "/twice.json");
  EXPECT_EQ(result.exit_code, 1);
  std::size_t first = twice.find("\"id\": " + element_id, twice.find("\"elements\": [\n"));
  std::size_t second = twice.find("\"id\": " + element_id, first + 1);
  std::string first_line = LineColumnOf(twice, "\"id\"", first);
  EXPECT_EQ(testing::FirstLine(result.err),
            folder + "/twice.json:" + LineColumnOf(twice, element_id, second) +
                ": error: elements[1].id: element '" + element_id.substr(1, element_id.size() - 2) +
                "' is listed twice (first at line " + first_line.substr(0, first_line.find(':')) +
                ")");
  // A framework version that does not exist.
  std::string other =
      ReplaceAfter(json, "\"framework\": {", "\"version\": \"1.0.0\"", "\"version\": \"9.9.9\"");
  WriteFile(folder + "/other.json", other);
  result = RunMaturityBinary(std::string("score -q -f ") + kFramework + " " + kThis +
                             " --previous " + folder + "/other.json");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err.substr(0, result.err.find(" (searched")),
            "maturity score: error: " + folder +
                "/other.json was made for social-partnership@9.9.9, which is not found");
  // What it was written as is accepted.
  EXPECT_EQ(RunMaturityBinary(std::string("score -q -f ") + kFramework + " " + kThis +
                              " --previous " + last)
                .exit_code,
            0);
}

TEST(LastPeriodCliTest, ABenchmarkOfALaterPeriodIsRefused) {
  std::string folder = ScratchFolder("benchmark-future");
  ASSERT_EQ(RunMaturityBinary("sector -q -f " + std::string(kFramework) +
                              " examples/regulator-sector-comparison/responses --benchmark-out " +
                              folder + "/benchmark.json")
                .exit_code,
            0);
  std::string benchmark = ReadFile(folder + "/benchmark.json");
  std::string future = ReplaceAfter(benchmark, "\"period\"", "\"2025-26\"", "\"2099-00\"");
  WriteFile(folder + "/future.json", future);
  auto result =
      RunMaturityBinary(std::string("score -q -f ") + kFramework + " " + kThis + " --benchmark " +
                        folder + "/future.json --json " + folder + "/card.json");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, folder + "/future.json:" + LineColumnOf(future, "\"2099-00\"") +
                            ": error: period: the benchmark's period '2099-00' is later than "
                            "this one ('2025-26'); give a benchmark of this period or an earlier "
                            "one\n");
  EXPECT_FALSE(fs::exists(folder + "/card.json"));
  std::string median = NumberAfter(benchmark, "\"median\": ");
  std::string high =
      ReplaceAfter(benchmark, "\"overall\"", "\"median\": " + median, "\"median\": 99");
  WriteFile(folder + "/high.json", high);
  result = RunMaturityBinary(std::string("score -q -f ") + kFramework + " " + kThis +
                             " --benchmark " + folder + "/high.json");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, folder +
                            "/high.json:" + LineColumnOf(high, "99", high.find("\"median\": 99")) +
                            ": error: overall.median: expected a score from 1 to 5, got 99\n");
}

TEST(LastPeriodCliTest, ASignOffBeforeThePeriodBeganIsRefused) {
  std::string folder = ScratchFolder("sign-off-early");
  std::string response = testing::Replace(ReadFile(kThis), "date: 2025-11-03", "date: 2019-01-01");
  ASSERT_NE(response, ReadFile(kThis));
  WriteFile(folder + "/early.yaml", response);
  auto result = RunMaturityBinary(std::string("score -q -f ") + kFramework + " " + folder +
                                  "/early.yaml --json " + folder + "/card.json");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, folder + "/early.yaml:" + LineColumnOf(response, "2019-01-01") +
                            ": error: sign_off[0].date: expected a date on or after 2025-04-01, "
                            "when 2025-26 starts at the earliest, got 2019-01-01\n");
  EXPECT_FALSE(fs::exists(folder + "/card.json"));
}

TEST(LastPeriodCliTest, AFullDiskSaysWhyAndLeavesNothing) {
  std::string folder = ScratchFolder("full-disk");
  // Every text output's bytes go to /dev/full, where each write fails as on a full disk.
  setenv("MATURITY_TEST_TEXT_OUTPUT_DEVICE", "/dev/full", 1);
  auto report = RunMaturityBinary(std::string("report -f ") + kFramework + " " + kThis + " -o " +
                                  folder + "/report.html");
  auto json = RunMaturityBinary(std::string("score -q -f ") + kFramework + " " + kThis +
                                " --json " + folder + "/card.json");
  auto next =
      RunMaturityBinary(std::string("template -f ") + kFramework + " -o " + folder + "/next.yaml");
  auto docs = RunMaturityBinary(std::string("docs ") + kFramework + " -o " + folder + "/f.md");
  unsetenv("MATURITY_TEST_TEXT_OUTPUT_DEVICE");
  EXPECT_EQ(report.exit_code, 3);
  EXPECT_EQ(report.err, "maturity report: error: " + folder +
                            "/report.html: cannot write: No space left on device\n");
  EXPECT_EQ(json.exit_code, 3);
  EXPECT_EQ(json.err, "maturity score: error: " + folder +
                          "/card.json: cannot write: No space left on device\n");
  EXPECT_EQ(next.exit_code, 3);
  EXPECT_EQ(next.err, "maturity template: error: " + folder +
                          "/next.yaml: cannot write: No space left on device\n");
  EXPECT_EQ(docs.exit_code, 3);
  EXPECT_EQ(docs.err,
            "maturity docs: error: " + folder + "/f.md: cannot write: No space left on device\n");
  EXPECT_TRUE(fs::is_empty(folder));
}

TEST(LastPeriodCliTest, AKilledRunsTemporaryFilesAreRemovedByTheNextRun) {
  std::string folder = ScratchFolder("orphans");
  // Left by runs killed outright: a process id that cannot exist (above any pid_max), and
  // an earlier version's name two days old.
  std::string orphan = folder + "/.card.json.tmp-99999999-a1B2c3";
  std::string old_orphan = folder + "/.card.json.tmp-Zx9Yw8";
  WriteFile(orphan, "{\"half\": ");
  WriteFile(old_orphan, "{\"half\": ");
  fs::last_write_time(old_orphan, fs::file_time_type::clock::now() - std::chrono::hours(48));
  // Kept: a run still going (process 1 is always there), an earlier version's name written
  // a moment ago, the user's own files that only look alike, and another output's.
  std::vector<std::string> kept = {
      folder + "/.card.json.tmp-1-a1B2c3",       folder + "/.card.json.tmp-Qq7Rr6",
      folder + "/.card.json.tmp-notes",          folder + "/.card.json.tmp-99999999-too-long",
      folder + "/card.json.tmp-99999999-a1B2c3", folder + "/.other.json.tmp-99999999-a1B2c3"};
  for (const std::string& path : kept) WriteFile(path, "mine");
  auto result = RunMaturityBinary(std::string("score -q -f ") + kFramework + " " + kThis +
                                  " --json " + folder + "/card.json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_FALSE(fs::exists(orphan));
  EXPECT_FALSE(fs::exists(old_orphan));
  for (const std::string& path : kept) EXPECT_EQ(ReadFile(path), "mine") << path;
  EXPECT_TRUE(fs::exists(folder + "/card.json"));
}

}  // namespace
}  // namespace maturity
