// End-to-end runs of `maturity sector` on the regulator example.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <cmath>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "tests/reports/golden.h"
#include "tests/support/test_files.h"
#include "tests/support/xlsx_reader.h"

namespace maturity {
namespace {

namespace fs = std::filesystem;
using testing::ExitedWith;
using testing::Holds;
using testing::ReadFile;
using testing::RunMaturityBinary;
using testing::ScratchFolder;

const std::string kFramework = "frameworks/social-partnership.yaml";
const std::string kResponses = "examples/regulator-sector-comparison/responses";
const std::string kTestKey = "tests/data/sector/test-anonymisation.key";

/// Runs `maturity sector -q` on the bundled framework with `arguments` (inputs and options).
testing::RunResult RunSector(const std::string& arguments) {
  return RunMaturityBinary("sector -q -f " + kFramework + " " + arguments);
}

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
  auto result =
      RunSector(kResponses + " --group-by sector,staff --json " + folder + "/sector.json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  testing::ExpectMatchesGolden(ReadFile(folder + "/sector.json"), "tests/data/golden/sector.json");
}

TEST(SectorCliTest, AnonymisedOutputsNameNoInstitution) {
  std::vector<std::string> secrets = InstitutionNamesAndIds();
  ASSERT_EQ(secrets.size(), 28u);  // 14 ids and 14 names.
  std::string folder = ScratchFolder("sector-anonymised");
  // Beside peer groups (the codes' own scores withheld) and without them (listed by code).
  for (const std::string group_by : {" --group-by sector,staff", ""}) {
    auto result = RunSector(kResponses + group_by + " --anonymise -o " + folder +
                            "/sector.xlsx --json " + folder + "/sector.json");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    testing::XlsxContent xlsx = testing::ReadXlsx(folder + "/sector.xlsx");
    std::string json = ReadFile(folder + "/sector.json");
    for (const std::string& secret : secrets) {
      EXPECT_EQ(json.find(secret), std::string::npos) << secret << " in the JSON" << group_by;
      for (const auto& [part, text] : xlsx.parts) {
        EXPECT_EQ(text.find(secret), std::string::npos) << secret << " in " << part << group_by;
      }
    }
  }
  testing::XlsxContent xlsx = testing::ReadXlsx(folder + "/sector.xlsx");
  std::string json = ReadFile(folder + "/sector.json");
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
  auto result = RunSector(kResponses + " -o " + folder + "/sector.xlsx");
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
  auto result = RunSector(folder + " --json " + folder + "/../sector.json");
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
  auto result = RunSector(folder + " --skip-invalid --json " + folder + "/../sector.json");
  ASSERT_TRUE(ExitedWith(result, 0));
  EXPECT_TRUE(Holds(result.err, "left out " + folder + "/bad.yaml: 1 error"));
  std::string json = ReadFile(folder + "/../sector.json");
  EXPECT_TRUE(Holds(json, "\"responses_in_period\": 5"));
  EXPECT_TRUE(Holds(json, "\"file\": \"" + folder + "/bad.yaml\""));
}

TEST(SectorCliTest, ADuplicateInstitutionAndPeriodIsRefused) {
  std::string folder = ScratchFolder("sector-duplicate");
  std::string source = testing::SourcePath(kResponses + "/2025-26/coleg-eryri.yaml");
  fs::copy_file(source, folder + "/a.yaml");
  fs::copy_file(source, folder + "/b.yaml");
  auto result = RunSector(folder + " --json " + folder + "/sector.json");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, folder +
                            "/b.yaml:5:7: error: institution.id: a second response for "
                            "institution 'coleg-eryri' in period 2025-26 (the first is " +
                            folder + "/a.yaml); give one response per institution and period\n");
  EXPECT_FALSE(fs::exists(folder + "/sector.json"));
}

TEST(SectorCliTest, BenchmarkRoundTrip) {
  std::string folder = ScratchFolder("sector-benchmark");
  auto sector = RunSector(kResponses + " --benchmark-out " + folder + "/benchmark.json");
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
  auto result =
      RunSector(kResponses + " --min-group-size 20 --benchmark-out " + folder + "/b.json");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err,
            "maturity sector: 14 institutions in 2025-26 are too few to publish a benchmark (at "
            "least 20, --min-group-size); nothing was written\n");
  EXPECT_FALSE(fs::exists(folder + "/b.json"));
}

TEST(SectorCliTest, UnknownGroupByIsAUsageError) {
  auto result = RunSector(kResponses + " --group-by region");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(testing::FirstLine(result.err),
            "maturity sector: error: --group-by region: the framework's profile has no field "
            "'region' (it has: sector, staff)");
}

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
  auto result =
      RunSector(in.string() + " " + (in / "2025-26").string() + " --json " + folder + "/s.json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "skipped " + (in / "2025-26" / "loop").string() +
                            ": a folder already searched\n"
                            "skipped " +
                            (in / "coleg.yaml.txt").string() +
                            ": not a .yaml, .yml or .xlsx file\n"
                            "skipped " +
                            (in / "notes.txt").string() +
                            ": not a .yaml, .yml or .xlsx file\n"
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
  auto result = RunSector(folder);
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
  auto run = RunSector("examples/annual-cycle --json " + folder + "/sector.json -o " + folder +
                       "/sector.xlsx");
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

/// Copies the named responses of the example's 2025-26 folder into a new folder.
std::string CopyResponses(const std::string& name, const std::vector<std::string>& files) {
  std::string folder = ScratchFolder(name) + "/in";
  fs::create_directories(folder);
  for (const std::string& file : files) {
    fs::copy_file(testing::SourcePath(kResponses + "/2025-26/" + file), folder + "/" + file);
  }
  return folder;
}

/// The code -> overall score of an anonymised JSON's results.
std::map<std::string, std::string> CodesAndScores(const std::string& json) {
  boost::property_tree::ptree tree;
  std::istringstream in(json);
  boost::property_tree::read_json(in, tree);
  std::map<std::string, std::string> scores;
  for (const auto& [unused, row] : tree.get_child("results")) {
    scores[row.get<std::string>("code")] = row.get<std::string>("overall");
  }
  return scores;
}

TEST(SectorCliTest, AKeptKeyIsMadeOnceSecretAndGivesTheSameCodesEveryRun) {
  std::string folder = ScratchFolder("sector-key");
  std::string key = folder + "/sector.key";
  auto run = [&](const std::string& key_option, const std::string& json) {
    return RunSector(kResponses + " --anonymise " + key_option + " --json " + folder + "/" + json +
                     " -o " + folder + "/" + json + ".xlsx");
  };
  auto first = run("--anonymise-key " + key, "first.json");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(first.err, "maturity sector: made a new anonymisation key in " + key +
                           " (readable by you only): keep it secret, and give it to later runs "
                           "for the same codes\nwrote " +
                           folder + "/first.json.xlsx\nwrote " + folder + "/first.json\n");
  struct stat status {};
  ASSERT_EQ(::stat(key.c_str(), &status), 0);
  EXPECT_EQ(status.st_mode & 0777, 0600u);
  std::string secret = ReadFile(key);
  EXPECT_TRUE(std::regex_match(secret, std::regex("[0-9a-f]{64}\n"))) << secret;
  std::string secret_line = secret.substr(0, 64);
  EXPECT_EQ(ReadFile(folder + "/first.json").find(secret_line), std::string::npos);
  for (const auto& [part, text] : testing::ReadXlsx(folder + "/first.json.xlsx").parts) {
    EXPECT_EQ(text.find(secret_line), std::string::npos) << part;
  }

  // The same key again: the key is read, not remade, and the JSON is the same bytes.
  auto second = run("--anonymise-key " + key, "second.json");
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(ReadFile(key), secret);
  EXPECT_EQ(ReadFile(folder + "/second.json"), ReadFile(folder + "/first.json"));

  // Another key: the same scores under other codes.
  auto other = run("--anonymise-key " + testing::SourcePath(kTestKey), "other.json");
  ASSERT_EQ(other.exit_code, 0) << other.err;
  std::map<std::string, std::string> mine = CodesAndScores(ReadFile(folder + "/first.json"));
  std::map<std::string, std::string> theirs = CodesAndScores(ReadFile(folder + "/other.json"));
  ASSERT_EQ(mine.size(), 14u);
  EXPECT_NE(mine, theirs);

  // No key: a new one each run, said in a warning.
  auto unkeyed = run("", "unkeyed.json");
  ASSERT_EQ(unkeyed.exit_code, 0) << unkeyed.err;
  EXPECT_EQ(unkeyed.err.substr(0, unkeyed.err.find('\n') + 1),
            "maturity sector: warning: --anonymise without --anonymise-key: the codes come from "
            "a new random key and differ on every run; give --anonymise-key FILE for codes that "
            "stay the same from run to run and year to year\n");
  auto again = run("", "again.json");
  EXPECT_NE(CodesAndScores(ReadFile(folder + "/unkeyed.json")),
            CodesAndScores(ReadFile(folder + "/again.json")));
}

TEST(SectorCliTest, CodesCannotBeReadBackFromThePublicIds) {
  // The attacker knows every id and how codes were once made: in the order of an
  // unkeyed FNV-1a hash of the id. Matching the named run's scores with the anonymised
  // run's says which code is whose; the attacker's guess must be no better than chance.
  std::string folder = ScratchFolder("sector-attack-codes");
  auto named = RunSector(kResponses + " --json " + folder + "/named.json");
  auto anonymous = RunSector(kResponses + " --anonymise --anonymise-key " + kTestKey + " --json " +
                             folder + "/anonymous.json");
  ASSERT_EQ(named.exit_code, 0) << named.err;
  ASSERT_EQ(anonymous.exit_code, 0) << anonymous.err;
  boost::property_tree::ptree tree;
  std::istringstream in(ReadFile(folder + "/named.json"));
  boost::property_tree::read_json(in, tree);
  std::map<std::string, std::string> score_of_id;
  for (const auto& [unused, row] : tree.get_child("results")) {
    score_of_id[row.get<std::string>("id")] = row.get<std::string>("overall");
  }
  std::map<std::string, std::string> score_of_code =
      CodesAndScores(ReadFile(folder + "/anonymous.json"));
  std::vector<std::string> ids;
  for (const auto& [id, score] : score_of_id) ids.push_back(id);
  auto fnv = [](const std::string& text) {
    std::uint64_t hash = 1469598103934665603ULL;
    for (unsigned char c : text) hash = (hash ^ c) * 1099511628211ULL;
    return hash;
  };
  std::stable_sort(ids.begin(), ids.end(),
                   [&](const std::string& a, const std::string& b) { return fnv(a) < fnv(b); });
  int right = 0;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    std::string guess = "INST-" + std::string(i + 1 < 10 ? "0" : "") + std::to_string(i + 1);
    right += score_of_code.at(guess) == score_of_id.at(ids[i]);
  }
  EXPECT_LE(right, 3) << "of 14 codes re-identified from the ids alone";
}

TEST(SectorCliTest, AMalformedKeyIsAnErrorNamingItAndNothingIsWritten) {
  std::string folder = ScratchFolder("sector-bad-key");
  std::string key = folder + "/sector.key";
  testing::WriteFile(key, "0123456789abcdefg\n");
  auto run = RunSector(kResponses + " --anonymise --anonymise-key " + key + " --json " + folder +
                       "/sector.json");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.err, key +
                         ":1:17: error: expected an anonymisation key of 64 hexadecimal digits "
                         "on one line (as --anonymise-key writes when the file does not exist), "
                         "found a character that is not a hexadecimal digit\n");
  EXPECT_FALSE(fs::exists(folder + "/sector.json"));
  EXPECT_EQ(ReadFile(key), "0123456789abcdefg\n");

  // The key is an input: no output may be written over it.
  auto over =
      RunSector(kResponses + " --anonymise --anonymise-key " + kTestKey + " --json " + kTestKey);
  EXPECT_EQ(over.exit_code, 2);
  EXPECT_EQ(over.err, "maturity sector: error: --json " + kTestKey + ": is the input file " +
                          kTestKey +
                          "; inputs are never overwritten\nTry 'maturity sector --help'.\n");
  auto unmade = RunSector(kResponses + " --anonymise --anonymise-key " + folder +
                          "/new.key --json " + folder + "/new.key");
  EXPECT_EQ(unmade.exit_code, 2);
  EXPECT_EQ(unmade.err, "maturity sector: error: --json " + folder + "/new.key" +
                            ": is the anonymisation key (--anonymise-key); choose another path\n"
                            "Try 'maturity sector --help'.\n");
  EXPECT_FALSE(fs::exists(folder + "/new.key"));
  auto without = RunSector(kResponses + " --anonymise-key " + kTestKey);
  EXPECT_EQ(without.exit_code, 2);
  EXPECT_EQ(without.err,
            "maturity sector: error: --anonymise-key needs --anonymise\n"
            "Try 'maturity sector --help'.\n");
}

TEST(SectorCliTest, NoSuppressedGroupCanBeDerivedFromTheAnonymisedJson) {
  // Six colleges and one council: the council's group is suppressed. The attacker takes
  // the sector's n and mean, subtracts every published group, and looks at what is left.
  std::string folder = CopyResponses(
      "sector-attack-groups", {"coleg-aber-taf.yaml", "coleg-bro-hafren.yaml",
                               "coleg-cwm-gwyn.yaml", "coleg-dyffryn-clwyd.yaml",
                               "coleg-eryri.yaml", "coleg-ffynnon.yaml", "cyngor-sir-y-fro.yaml"});
  auto run = RunSector(folder + " --group-by sector,staff --anonymise --anonymise-key " + kTestKey +
                       " --json " + folder + "/../sector.json");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::string json = ReadFile(folder + "/../sector.json");
  boost::property_tree::ptree tree;
  std::istringstream in(json);
  boost::property_tree::read_json(in, tree);
  const int min_group_size = tree.get<int>("min_group_size");
  const double sector_n = tree.get<double>("overall.n");
  const double sector_total = sector_n * tree.get<double>("overall.mean");
  // Beside peer groups no code's own scores are published (a group's median would find it).
  EXPECT_TRUE(tree.get_child("results").empty());
  EXPECT_TRUE(tree.get_child("trends").empty());
  std::map<std::string, std::tuple<double, double, int>> left;  // by -> n, total, suppressed
  for (const auto& [unused, group] : tree.get_child("groups")) {
    std::string by = group.get<std::string>("by");
    auto& [n, total, suppressed] = left.try_emplace(by, sector_n, sector_total, 0).first->second;
    if (group.get<bool>("suppressed")) {
      ++suppressed;
      continue;
    }
    // No group minimum or maximum: each is one institution's score.
    EXPECT_FALSE(group.get_child_optional("overall.min")) << group.get<std::string>("value");
    EXPECT_FALSE(group.get_child_optional("overall.max")) << group.get<std::string>("value");
    if (auto dimensions = group.get_child_optional("dimensions")) {
      for (const auto& [unused_too, dimension] : *dimensions) {
        EXPECT_FALSE(dimension.get_child_optional("min"));
        EXPECT_FALSE(dimension.get_child_optional("max"));
      }
    }
    if (group.get<int>("n") == 0) continue;
    n -= group.get<double>("overall.n");
    total -= group.get<double>("overall.n") * group.get<double>("overall.mean");
  }
  ASSERT_EQ(left.size(), 2u);
  for (const auto& [by, rest] : left) {
    const auto& [n, total, suppressed] = rest;
    if (n < 0.5 || suppressed == 0) continue;  // Nothing left over.
    // What is left is several suppressed groups together, at least a group's size.
    EXPECT_GE(suppressed, 2) << by << ": one suppressed group is the sector minus the others "
                             << "(mean " << total / n << " over " << n << ")";
    EXPECT_GE(n, min_group_size - 1e-9) << by << ": " << n << " institution(s) derivable";
    if (std::fabs(n - 1) < 1e-9) {
      std::ostringstream derived;
      derived << total;
      ADD_FAILURE() << by << ": one institution's score derived: " << derived.str();
    }
  }
}

TEST(SectorCliTest, AResponseForAPeriodNotYetBegunIsSetAside) {
  std::string folder = CopyResponses("sector-future", {"coleg-eryri.yaml", "coleg-ffynnon.yaml"});
  std::string future = testing::ReadFile(folder + "/coleg-eryri.yaml");
  ASSERT_NE(future.find("period: 2025-26"), std::string::npos);
  future.replace(future.find("period: 2025-26"), 15, "period: 2099-00");
  // Signed in that period too, as a consistent far-future file would be.
  for (std::size_t at = future.find("date: 2026-"); at != std::string::npos;
       at = future.find("date: 2026-", at)) {
    future.replace(at, 11, "date: 2099-");
  }
  testing::WriteFile(folder + "/zz-future.yaml", future);
  auto run = RunSector(folder + " --as-of 2026-12-03 --json " + folder + "/../sector.json");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "maturity sector: warning: set aside " + folder +
                         "/zz-future.yaml: period 2099-00 has not begun (as of 2026-12-03); check "
                         "the response's period\nwrote " +
                         folder + "/../sector.json\n");
  std::string json = ReadFile(folder + "/../sector.json");
  EXPECT_NE(json.find("\"period\": \"2025-26\","), std::string::npos) << json;
  EXPECT_NE(json.find("\"responses_in_period\": 2,"), std::string::npos);
  EXPECT_EQ(json.find("2099"), std::string::npos);
  // Today is after 2026 too: the same without --as-of.
  auto today = RunSector(folder + " --json " + folder + "/../today.json");
  ASSERT_EQ(today.exit_code, 0) << today.err;
  EXPECT_EQ(ReadFile(folder + "/../today.json"), json);

  // Anonymised, a period with fewer responses than --min-group-size is not published.
  auto small = RunSector(kResponses + " --anonymise --anonymise-key " + kTestKey +
                         " --min-group-size 14 --json " + folder + "/../small.json");
  ASSERT_EQ(small.exit_code, 0) << small.err;
  EXPECT_NE(small.err.find("maturity sector: warning: set aside " + kResponses +
                           "/2024-25/coleg-aber-taf.yaml: period 2024-25 has fewer responses "
                           "than --min-group-size 14, too few to publish anonymised\n"),
            std::string::npos)
      << small.err;
  EXPECT_EQ(ReadFile(folder + "/../small.json").find("2024-25"), std::string::npos);
}

TEST(SectorCliTest, GroupingByAFreeTextFieldIsAUsageError) {
  std::string folder = ScratchFolder("sector-text-field");
  std::string framework = ReadFile(testing::SourcePath(kFramework));
  std::size_t at = framework.find("\nprofile:\n");
  ASSERT_NE(at, std::string::npos);
  framework.insert(at + 10, "  contact:\n    type: text\n    required: false\n");
  testing::WriteFile(folder + "/framework.yaml", framework);
  auto run = RunMaturityBinary("sector -q -f " + folder + "/framework.yaml " + kResponses +
                               " --group-by sector,contact --json " + folder + "/sector.json");
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_EQ(run.err,
            "maturity sector: error: --group-by contact: 'contact' is a free-text field, and a "
            "group's name would publish what was typed in it; group by a choice field or a "
            "banded number (fields that can group: sector, staff)\n"
            "Try 'maturity sector --help'.\n");
  EXPECT_FALSE(fs::exists(folder + "/sector.json"));
}

TEST(SectorCliTest, TheTrendSaysItIsOverTheSameInstitutionsAndNoSaysWhichNo) {
  // 2.63 to 3.22 is +0.59 between the medians, but the change published is +0.56, over
  // the 13 institutions that answered both years (one school joined): said beside it.
  std::string folder = testing::ScratchFolder("sector-statements");
  auto run = RunMaturityBinary("sector --framework " + kFramework + " " + kResponses + " -o " +
                               folder + "/sector.xlsx --json " + folder + "/sector.json");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("  2024-25    2.63  n 13\n"
                         "  2025-26    3.22 (+0.56 among the 13 in both periods)  n 14\n"),
            std::string::npos)
      << run.out;
  testing::XlsxContent xlsx = testing::ReadXlsx(folder + "/sector.xlsx");
  const auto& trends = xlsx.cells.at("Trends");
  EXPECT_EQ(trends.at("G5"), "Institutions in both periods");
  EXPECT_EQ(trends.at("G7"), "13");
  // Jointly agreed? no longer a bare "no": 11 agreed, 3 not signed by every side in
  // 2025-26 (the JSON's agreement counts).
  std::map<std::string, int> answers;
  for (const auto& [ref, value] : xlsx.cells.at("Heatmap")) {
    if (ref.rfind("D", 0) == 0 && ref != "D4") ++answers[value];
  }
  EXPECT_EQ(answers,
            (std::map<std::string, int>{{"yes", 11}, {"no: not signed by every side", 3}}));
}

/// How many of the moderation entries of `json` carry `flag`, and at what threshold.
std::pair<int, double> FlagCount(const std::string& json, const std::string& flag) {
  std::istringstream in(json);
  boost::property_tree::ptree tree;
  boost::property_tree::read_json(in, tree);
  int count = 0;
  double threshold = 0;
  for (const auto& [unused, entry] : tree.get_child("moderation")) {
    for (const auto& [unused_flag, raised] : entry.get_child("flags")) {
      if (raised.get<std::string>("flag") == flag) {
        ++count;
        threshold = raised.get<double>("threshold");
      }
    }
  }
  return {count, threshold};
}

TEST(SectorCliTest, AWidePerceptionGapFlagsTheSectorsWidestQuarterUnlessSet) {
  std::string folder = ScratchFolder("sector-wide-gap");
  // By default: the upper quartile of the 27 self-assessments' divergence (1.185), not
  // the framework's divergence_threshold (1.0), which 18 of the 27 reach.
  auto sector = RunMaturityBinary("sector -f " + kFramework + " " + kResponses + " --json " +
                                  folder + "/s.json -o " + folder + "/s.xlsx");
  ASSERT_EQ(sector.exit_code, 0) << sector.err;
  auto [count, threshold] = FlagCount(ReadFile(folder + "/s.json"), "wide-perception-gap");
  EXPECT_EQ(count, 7);
  EXPECT_NEAR(threshold, 1.185, 0.001);
  // The summary's count is of the latest period's self-assessments only (the Moderation
  // sheet and the JSON list every period's).
  std::istringstream json(ReadFile(folder + "/s.json"));
  boost::property_tree::ptree tree;
  boost::property_tree::read_json(json, tree);
  int latest = 0;
  int all = 0;
  for (const auto& [unused, entry] : tree.get_child("moderation")) {
    ++all;
    latest += entry.get<std::string>("period") == "2025-26";
  }
  EXPECT_EQ(latest, 4);
  EXPECT_GT(all, latest);
  EXPECT_NE(sector.out.find("\nFlagged for a closer look: 4 of 14 self-assessments"),
            std::string::npos)
      << sector.out;
  // The Moderation sheet's key says where the line came from.
  std::string key;
  for (const auto& [sheet, cells] : testing::ReadXlsx(folder + "/s.xlsx").cells) {
    for (const auto& [reference, value] : cells) {
      if (value.find("Wide perception gap: the sides") != std::string::npos) key = value;
    }
  }
  EXPECT_NE(key.find("the sides 1.18 (the upper quartile of this run's self-assessments) or "
                     "more apart overall"),
            std::string::npos)
      << key;
  // Set for one run.
  auto fixed = RunSector(kResponses + " --wide-perception-gap 1 --json " + folder + "/fixed.json");
  ASSERT_EQ(fixed.exit_code, 0) << fixed.err;
  EXPECT_EQ(FlagCount(ReadFile(folder + "/fixed.json"), "wide-perception-gap").first, 18);
  auto zero = RunSector(kResponses + " --wide-perception-gap 0 --json " + folder + "/zero.json");
  EXPECT_EQ(zero.exit_code, 2);
  EXPECT_EQ(testing::FirstLine(zero.err),
            "maturity sector: error: --wide-perception-gap must be above 0");
}

}  // namespace
}  // namespace maturity
