// End-to-end runs of `maturity sector` on the regulator example.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>

#include "tests/reports/golden.h"
#include "tests/support/test_files.h"
#include "tests/support/xlsx_reader.h"

namespace maturity {
namespace {

namespace fs = std::filesystem;
using testing::ReadFile;
using testing::RunMaturityBinary;
using testing::ScratchFolder;

const std::string kFramework = "frameworks/social-partnership.yaml";
const std::string kResponses = "examples/regulator-sector-comparison/responses";

/// Every institution id and name in the example responses, read from the files.
std::vector<std::string> InstitutionNamesAndIds() {
  std::vector<std::string> found;
  std::regex id(R"(^  id: (.+)$)");
  std::regex name(R"(^  name: (.+)$)");
  for (const auto& entry : fs::recursive_directory_iterator(testing::SourcePath(kResponses))) {
    if (!entry.is_regular_file()) continue;
    std::istringstream in(ReadFile(entry.path().string()));
    for (std::string line; std::getline(in, line);) {
      std::smatch match;
      if (std::regex_match(line, match, id) || std::regex_match(line, match, name)) {
        found.push_back(match[1]);
      }
    }
  }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

TEST(SectorCliTest, MatchesTheGoldenJson) {
  std::string folder = ScratchFolder("sector-golden");
  auto result = RunMaturityBinary("sector -q -f " + kFramework + " " + kResponses +
                                  " --group-by sector,staff --json " + folder + "/sector.json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  testing::ExpectMatchesGolden(ReadFile(folder + "/sector.json"), "tests/data/golden/sector.json");
}

TEST(SectorCliTest, AnonymisedOutputsNameNoInstitution) {
  std::vector<std::string> secrets = InstitutionNamesAndIds();
  ASSERT_EQ(secrets.size(), 28u);  // 14 ids and 14 names.
  std::string folder = ScratchFolder("sector-anonymised");
  auto result = RunMaturityBinary("sector -q -f " + kFramework + " " + kResponses +
                                  " --group-by sector,staff --anonymise -o " + folder +
                                  "/sector.xlsx --json " + folder + "/sector.json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  testing::XlsxContent xlsx = testing::ReadXlsx(folder + "/sector.xlsx");
  std::string json = ReadFile(folder + "/sector.json");
  for (const std::string& secret : secrets) {
    EXPECT_EQ(json.find(secret), std::string::npos) << secret << " in the JSON";
    for (const auto& [part, text] : xlsx.parts) {
      EXPECT_EQ(text.find(secret), std::string::npos) << secret << " in " << part;
    }
  }
  EXPECT_NE(json.find("\"code\": \"INST-"), std::string::npos);
  // The codes do appear, in the heatmap.
  bool coded = false;
  for (const auto& [ref, value] : xlsx.cells["Heatmap"])
    coded = coded || value.rfind("INST-", 0) == 0;
  EXPECT_TRUE(coded);

  // Listed in the order of their codes, which reveals nothing; in the order of the ids the
  // codes would stand in the ids' alphabetical order, and anyone knowing the ids could
  // read the codes back.
  auto codes_between = [&](const std::string& from, const std::string& to) {
    std::vector<std::string> codes;
    std::size_t end = json.find(to, json.find(from));
    for (std::size_t at = json.find("\"code\": \"", json.find(from)); at < end;
         at = json.find("\"code\": \"", at + 1)) {
      codes.push_back(json.substr(at + 9, json.find('"', at + 9) - at - 9));
    }
    return codes;
  };
  std::vector<std::string> results = codes_between("\"results\": [", "\"trends\": [");
  std::vector<std::string> trends = codes_between("\"trends\": [", "\"agreement\": {");
  EXPECT_EQ(results.size(), 14u);
  EXPECT_FALSE(trends.empty());
  EXPECT_TRUE(std::is_sorted(results.begin(), results.end())) << ::testing::PrintToString(results);
  EXPECT_TRUE(std::is_sorted(trends.begin(), trends.end())) << ::testing::PrintToString(trends);
  std::map<int, std::string> trend_rows;  // Column A of the Trends sheet, by row.
  for (const auto& [ref, value] : xlsx.cells["Trends"]) {
    if (ref[0] == 'A' && value.rfind("INST-", 0) == 0) trend_rows[std::stoi(ref.substr(1))] = value;
  }
  std::vector<std::string> trend_sheet;
  for (const auto& [row, code] : trend_rows) trend_sheet.push_back(code);
  EXPECT_EQ(trend_sheet, trends);
}

TEST(SectorCliTest, WithoutAnonymiseInstitutionsAreListedByName) {
  std::string folder = ScratchFolder("sector-named");
  auto result = RunMaturityBinary("sector -q -f " + kFramework + " " + kResponses + " -o " +
                                  folder + "/sector.xlsx");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  testing::XlsxContent xlsx = testing::ReadXlsx(folder + "/sector.xlsx");
  EXPECT_EQ(xlsx.sheet_names, (std::vector<std::string>{"Overview", "Heatmap", "Distribution",
                                                        "Peer groups", "Elements", "Perceptions",
                                                        "Trends", "Moderation", "Method"}));
  bool named = false;
  for (const auto& [ref, value] : xlsx.cells["Heatmap"]) named = named || value == "Coleg Eryri";
  EXPECT_TRUE(named);
}

/// A folder with five valid responses and one invalid one.
std::string FolderWithOneBadFile(const std::string& name) {
  std::string folder = ScratchFolder(name) + "/in";
  fs::create_directories(folder);
  int copied = 0;
  for (const auto& entry : fs::directory_iterator(testing::SourcePath(kResponses + "/2025-26"))) {
    if (copied++ == 5) break;
    fs::copy_file(entry.path(), folder + "/" + entry.path().filename().string());
  }
  fs::copy_file(testing::SourcePath("tests/data/bad/level-as-word.yaml"), folder + "/bad.yaml");
  return folder;
}

TEST(SectorCliTest, AnInvalidFileStopsTheRunAndWritesNothing) {
  std::string folder = FolderWithOneBadFile("sector-invalid");
  auto result = RunMaturityBinary("sector -q -f " + kFramework + " " + folder + " --json " +
                                  folder + "/../sector.json");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(
      result.err.find(folder + "/bad.yaml:13:32: error: answers.vision-shared-purpose[0].level"),
      std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("maturity sector: 1 of 6 files are invalid; nothing was written"),
            std::string::npos);
  EXPECT_FALSE(fs::exists(folder + "/../sector.json"));
}

TEST(SectorCliTest, SkipInvalidLeavesTheFileOutAndSaysSo) {
  std::string folder = FolderWithOneBadFile("sector-skip");
  auto result = RunMaturityBinary("sector -q -f " + kFramework + " " + folder +
                                  " --skip-invalid --json " + folder + "/../sector.json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("left out " + folder + "/bad.yaml: 1 error(s)"), std::string::npos);
  std::string json = ReadFile(folder + "/../sector.json");
  EXPECT_NE(json.find("\"responses_in_period\": 5"), std::string::npos);
  EXPECT_NE(json.find("\"file\": \"" + folder + "/bad.yaml\""), std::string::npos);
}

TEST(SectorCliTest, ADuplicateInstitutionAndPeriodIsRefused) {
  std::string folder = ScratchFolder("sector-duplicate");
  std::string source = testing::SourcePath(kResponses + "/2025-26/coleg-eryri.yaml");
  fs::copy_file(source, folder + "/a.yaml");
  fs::copy_file(source, folder + "/b.yaml");
  auto result = RunMaturityBinary("sector -q -f " + kFramework + " " + folder + " --json " +
                                  folder + "/sector.json");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, folder +
                            "/b.yaml:5:7: error: institution.id: a second response for "
                            "institution 'coleg-eryri' in period 2025-26 (the first is " +
                            folder + "/a.yaml); give one response per institution and period\n");
  EXPECT_FALSE(fs::exists(folder + "/sector.json"));
}

TEST(SectorCliTest, BenchmarkRoundTrip) {
  std::string folder = ScratchFolder("sector-benchmark");
  auto sector = RunMaturityBinary("sector -q -f " + kFramework + " " + kResponses +
                                  " --benchmark-out " + folder + "/benchmark.json");
  ASSERT_EQ(sector.exit_code, 0) << sector.err;
  std::string benchmark = ReadFile(folder + "/benchmark.json");
  for (const std::string& secret : InstitutionNamesAndIds()) {
    EXPECT_EQ(benchmark.find(secret), std::string::npos) << secret;
  }
  auto score = RunMaturityBinary(
      "score -f " + kFramework + " " + kResponses + "/2025-26/coleg-eryri.yaml --benchmark " +
      folder + "/benchmark.json --json " + folder + "/score.json -o " + folder + "/score.xlsx");
  ASSERT_EQ(score.exit_code, 0) << score.err;
  EXPECT_NE(score.out.find("Sector (2025-26, 14 institutions): median 3.22"), std::string::npos)
      << score.out;
  std::string json = ReadFile(folder + "/score.json");
  EXPECT_NE(json.find("\"benchmark\": {"), std::string::npos);
  testing::XlsxContent xlsx = testing::ReadXlsx(folder + "/score.xlsx");
  bool labelled = false;
  for (const auto& [ref, value] : xlsx.cells["Summary"])
    labelled = labelled || value == "Sector median";
  EXPECT_TRUE(labelled);
}

TEST(SectorCliTest, TooFewInstitutionsForABenchmarkIsRefused) {
  std::string folder = ScratchFolder("sector-few");
  auto result = RunMaturityBinary("sector -q -f " + kFramework + " " + kResponses +
                                  " --min-group-size 20 --benchmark-out " + folder + "/b.json");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err,
            "maturity sector: 14 institution(s) in 2025-26 are too few to publish a benchmark (at "
            "least 20, --min-group-size); nothing was written\n");
  EXPECT_FALSE(fs::exists(folder + "/b.json"));
}

TEST(SectorCliTest, UnknownGroupByIsAUsageError) {
  auto result =
      RunMaturityBinary("sector -q -f " + kFramework + " " + kResponses + " --group-by region");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err.substr(0, result.err.find('\n')),
            "maturity sector: error: --group-by region: the framework's profile has no field "
            "'region' (it has: sector, staff)");
}

}  // namespace
}  // namespace maturity

namespace maturity {
namespace {

TEST(SectorCliTest, RerunsAreByteIdenticalWithoutAnyEnvironment) {
  std::string folder = testing::ScratchFolder("sector-rerun");
  std::string arguments = "sector -q -f " + kFramework + " " + kResponses + " --group-by sector";
  auto first = testing::RunMaturityBinary(arguments + " -o " + folder + "/a.xlsx --json " + folder +
                                          "/a.json");
  sleep(1);  // A timestamp taken from the clock would now differ.
  auto second = testing::RunMaturityBinary(arguments + " -o " + folder + "/b.xlsx --json " +
                                           folder + "/b.json");
  ASSERT_EQ(first.exit_code, 0);
  ASSERT_EQ(second.exit_code, 0);
  EXPECT_EQ(testing::ReadFile(folder + "/a.xlsx"), testing::ReadFile(folder + "/b.xlsx"));
  EXPECT_EQ(testing::ReadFile(folder + "/a.json"), testing::ReadFile(folder + "/b.json"));
}

}  // namespace
}  // namespace maturity

namespace maturity {
namespace {

TEST(SectorCliTest, FoldersAreSearchedWhateverTheCaseLinksOrLoopsAndSkipsAreSaid) {
  std::string folder = ScratchFolder("sector-folders");
  fs::path in = folder + "/in";
  fs::create_directories(in / "2025-26");
  fs::create_directories(folder + "/elsewhere");
  std::vector<fs::path> responses;
  for (const auto& entry : fs::directory_iterator(testing::SourcePath(kResponses + "/2025-26"))) {
    responses.push_back(entry.path());
  }
  std::sort(responses.begin(), responses.end());
  for (std::size_t i = 0; i + 1 < responses.size(); ++i) {
    fs::copy_file(responses[i], in / "2025-26" / responses[i].filename());
  }
  // The last college's file, in capitals, in a folder reached through a link.
  fs::copy_file(responses.back(), fs::path(folder) / "elsewhere" / "LAST.YAML");
  fs::create_directory_symlink("../elsewhere", in / "linked");
  fs::create_directory_symlink("..", in / "2025-26" / "loop");  // in/2025-26/loop -> in
  testing::WriteFile((in / "notes.txt").string(), "not a response\n");
  fs::copy_file(responses.front(), in / "coleg.yaml.txt");
  auto result = RunMaturityBinary("sector -q -f " + kFramework + " " + in.string() + " " +
                                  (in / "2025-26").string() + " --json " + folder + "/s.json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "skipped " + (in / "2025-26" / "loop").string() +
                            ": a folder already searched\n"
                            "skipped " +
                            (in / "coleg.yaml.txt").string() +
                            ": not a .yaml or .yml file\n"
                            "skipped " +
                            (in / "notes.txt").string() +
                            ": not a .yaml or .yml file\n"
                            "skipped " +
                            (in / "2025-26").string() +
                            ": a folder already searched\n"
                            "wrote " +
                            folder + "/s.json\n");
  std::string json = ReadFile(folder + "/s.json");
  // Every college of the year, the linked one included, read once.
  EXPECT_NE(json.find("\"responses_in_period\": " + std::to_string(responses.size())),
            std::string::npos);
}

TEST(SectorCliTest, PeriodsOfDifferentKindsAreNotCompared) {
  std::string folder = ScratchFolder("sector-period-kinds");
  std::string first = ReadFile(testing::SourcePath(kResponses + "/2025-26/coleg-eryri.yaml"));
  std::string second = ReadFile(testing::SourcePath(kResponses + "/2025-26/coleg-ffynnon.yaml"));
  second.replace(second.find("period: 2025-26"), 15, "period: 2026");
  testing::WriteFile(folder + "/a.yaml", first);
  testing::WriteFile(folder + "/b.yaml", second);
  auto result = RunMaturityBinary("sector -q -f " + kFramework + " " + folder);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("b.yaml:8:9: error: period: period 2026 is not of the same kind as "
                            "2025-26 (" +
                            folder + "/a.yaml)"),
            std::string::npos)
      << result.err;
}

TEST(SectorCliTest, TheAnnualCycleIsCountedAndFlagged) {
  // One college over two years: the union side did not agree in the first; an agreed
  // action was overdue in the second.
  std::string folder = ScratchFolder("sector-annual-cycle");
  auto run = RunMaturityBinary("sector -q -f " + kFramework + " examples/annual-cycle --json " +
                               folder + "/sector.json -o " + folder + "/sector.xlsx");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::string json = testing::ReadFile(folder + "/sector.json");
  for (const char* expected : {R"("2024-25": {
      "agreed": 0,
      "not_agreed": 1,
      "not_signed": 0
    })",
                               R"("institution": "coleg-y-dyffryn",
      "period": "2024-25",)",
                               R"({
          "flag": "not-agreed",
          "value": 1,
          "threshold": null
        })",
                               R"({
          "flag": "actions-overdue",
          "value": 1,
          "threshold": 1
        })"}) {
    EXPECT_NE(json.find(expected), std::string::npos) << expected << "\n" << json;
  }
  testing::XlsxContent book = testing::ReadXlsx(folder + "/sector.xlsx");
  EXPECT_EQ(book.cells.at("Moderation").at("A5"), "Coleg y Dyffryn");
}

}  // namespace
}  // namespace maturity
