// End-to-end runs of the `maturity` binary: exit codes, exact messages, and outputs
// that exist only when a run succeeds.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>

#include "tests/reports/golden.h"
#include "tests/support/test_files.h"
#include "tests/support/xlsx_reader.h"

namespace maturity {
namespace {

using testing::ExitedWith;
using testing::Holds;
using testing::ReadFile;
using testing::ReplaceFirst;
using testing::RunMaturityBinary;
using testing::ScratchFolder;

constexpr const char* kFramework = "frameworks/social-partnership.yaml";
constexpr const char* kCollege = "examples/college-self-assessment/coleg-y-bryn.yaml";

namespace fs = std::filesystem;

TEST(CliTest, HelpAndVersion) {
  auto overview = RunMaturityBinary("--help");
  EXPECT_EQ(overview.exit_code, 0);
  EXPECT_NE(overview.out.find("Commands:"), std::string::npos);
  for (const char* command : {"validate", "score"}) {
    auto help = RunMaturityBinary(std::string(command) + " --help");
    EXPECT_EQ(help.exit_code, 0) << command;
    EXPECT_NE(help.out.find(std::string("Usage: maturity ") + command), std::string::npos);
  }
  EXPECT_EQ(RunMaturityBinary("--version").out.rfind("maturity ", 0), 0u);
}

/// The folders a framework id is looked for in after MATURITY_FRAMEWORK_PATH and the
/// folder of the file it is for: the bundled ones, beside the binary and in the sources.
std::string BundledFolders() {
  fs::path binary = fs::canonical(MATURITY_BINARY);
  return (binary.parent_path().parent_path() / "share/maturity/frameworks").string() + ", " +
         MATURITY_SOURCE_DIR + "/frameworks";
}

// A framework is given by its file, its id or its id@version (looked up as `extends:`
// looks one up), or left out for the one the response names.
TEST(CliTest, FrameworkByIdOrNamedByTheResponse) {
  auto by_file = RunMaturityBinary(std::string("score -f ") + kFramework + " " + kCollege);
  ASSERT_EQ(by_file.exit_code, 0) << by_file.err;
  for (std::string given : {"-f social-partnership ", "-f social-partnership@1.0.0 ", ""}) {
    auto run = RunMaturityBinary("score " + given + kCollege);
    EXPECT_EQ(run.exit_code, 0) << given << run.err;
    EXPECT_EQ(run.out, by_file.out) << given;
    EXPECT_EQ(run.err, by_file.err) << given;
  }
  auto shown = RunMaturityBinary("show social-partnership");
  EXPECT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_EQ(shown.out, RunMaturityBinary(std::string("show ") + kFramework).out);

  auto unknown = RunMaturityBinary(std::string("score -f social-partnership@9.9 ") + kCollege);
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_EQ(unknown.err,
            "maturity score: error: no framework 'social-partnership@9.9' found (looked in "
            "examples/college-self-assessment, " +
                BundledFolders() +
                "); give its file, or its id or id@version\n"
                "Try 'maturity score --help'.\n");

  // Found on MATURITY_FRAMEWORK_PATH first; a response naming one found nowhere.
  std::string folder = ScratchFolder("framework-by-id");
  std::string response = ReadFile(kCollege);
  response.replace(response.find("framework: social-partnership"),
                   std::string("framework: social-partnership").size(), "framework: elsewhere");
  testing::WriteFile(folder + "/response.yaml", response);
  fs::create_directories(folder + "/path");
  std::string framework = ReadFile(kFramework);
  framework.replace(framework.find("id: social-partnership"),
                    std::string("id: social-partnership").size(), "id: elsewhere");
  testing::WriteFile(folder + "/path/elsewhere.yaml", framework);
  auto missing = RunMaturityBinary("score " + folder + "/response.yaml");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_EQ(missing.err, "maturity score: error: " + folder +
                             "/response.yaml was made for elsewhere@1.0.0, which is not found "
                             "(searched " +
                             folder + ", " + BundledFolders() +
                             "); give it with --framework\nTry 'maturity score --help'.\n");
  ::setenv("MATURITY_FRAMEWORK_PATH", (folder + "/path").c_str(), 1);
  auto on_path = RunMaturityBinary("score " + folder + "/response.yaml");
  ::unsetenv("MATURITY_FRAMEWORK_PATH");
  EXPECT_EQ(on_path.exit_code, 0) << on_path.err;
  EXPECT_EQ(on_path.out, by_file.out);
}

/// Runs `arguments` and checks they are refused as a usage error: exit 2, with `first_line`
/// the first line of what is printed on stderr.
void ExpectUsageError(const std::string& arguments, const std::string& first_line) {
  auto result = RunMaturityBinary(arguments);
  EXPECT_EQ(result.exit_code, 2) << arguments;
  EXPECT_EQ(testing::FirstLine(result.err), first_line) << arguments;
}

/// Runs `arguments` and checks they are refused with `exit_code`, printing `err` and nothing
/// more on stderr.
void ExpectRefused(const std::string& arguments, int exit_code, const std::string& err) {
  auto result = RunMaturityBinary(arguments);
  EXPECT_EQ(result.exit_code, exit_code) << arguments;
  EXPECT_EQ(result.err, err) << arguments;
}

TEST(CliTest, UsageErrorsExitTwo) {
  auto none = RunMaturityBinary("");
  EXPECT_EQ(none.exit_code, 2);
  ExpectUsageError("grade x.yaml", "maturity: error: unknown command 'grade'");
  ExpectRefused("sector examples/regulator-sector-comparison/responses", 2,
                "maturity sector: error: --framework FRAMEWORK is required\n"
                "Try 'maturity sector --help'.\n");
  ExpectUsageError("validate --colour x.yaml",
                   "maturity validate: error: unrecognised option '--colour'");
  ExpectRefused(std::string("score -q -f ") + kFramework + " " + kCollege + " --as-of 2025-13-01",
                2,
                "maturity score: error: --as-of 2025-13-01: expected a date as YYYY-MM-DD\n"
                "Try 'maturity score --help'.\n");
  ExpectUsageError(std::string("score -q -f ") + kFramework + " " + kCollege +
                       " --previous-framework " + kFramework,
                   "maturity score: error: --previous-framework needs --previous");
  ExpectUsageError(
      std::string("template -f ") + kFramework + " --period 2026-27 -o /tmp/never.yaml",
      "maturity template: error: --period needs --from");
  ExpectUsageError(std::string("template -f ") + kFramework + " --from " + kCollege +
                       " --format csv-map -o /tmp/never.yaml",
                   "maturity template: error: --from starts a response template (--format yaml or "
                   "xlsx), not a mapping");
}

TEST(CliTest, ReportUsageErrorsExitTwoAndWriteNothing) {
  std::string folder = ScratchFolder("report-usage");
  const std::string run = std::string("report -f ") + kFramework + " " + kCollege;
  struct Case {
    std::string arguments;
    std::string first_line;
  };
  for (const Case& bad : std::vector<Case>{
           {run, "maturity report: error: -o REPORT.html is required"},
           {run + " -o " + folder + "/r.xlsx", "maturity report: error: -o " + folder +
                                                   "/r.xlsx: the report is an HTML page; name "
                                                   "it .html"},
           {run + " -o " + folder + "/r.html --lang fr",
            "maturity report: error: --lang fr: expected en or cy, or two joined by + (en+cy, "
            "cy+en)"},
           {run + " -o " + folder + "/r.html --lang en+en",
            "maturity report: error: --lang en+en: expected en or cy, or two joined by + (en+cy, "
            "cy+en)"},
           {std::string("sector -f ") + kFramework + " " + kCollege + " --report-lang cy",
            "maturity sector: error: --report-lang needs --report"},
           {std::string("sector -f ") + kFramework + " " + kCollege + " --report " + folder +
                "/s.htm",
            "maturity sector: error: --report " + folder +
                "/s.htm: the report is an HTML page; "
                "name it .html"},
       }) {
    ExpectUsageError(bad.arguments, bad.first_line);
  }
  EXPECT_TRUE(fs::is_empty(folder));
}

TEST(CliTest, AReportOnAnInvalidResponseIsNotWritten) {
  std::string folder = ScratchFolder("report-invalid");
  std::ofstream(folder + "/bad.yaml") << "framework: social-partnership\ninstitution: [\n";
  auto result = RunMaturityBinary(std::string("report -f ") + kFramework + " " + folder +
                                  "/bad.yaml -o " + folder + "/report.html");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(folder + "/bad.yaml:3:1: error"), std::string::npos) << result.err;
  EXPECT_FALSE(fs::exists(folder + "/report.html"));
  // A report over its own response is refused before anything is read or written.
  std::string input = ReadFile(kCollege);
  std::string copy = folder + "/college.html";
  std::ofstream(copy) << input;
  auto over =
      RunMaturityBinary(std::string("report -f ") + kFramework + " " + copy + " -o " + copy);
  EXPECT_EQ(over.exit_code, 2);
  EXPECT_EQ(ReadFile(copy), input);
}

TEST(CliTest, TheReportIsWrittenWithItsJsonAndSaysSo) {
  std::string folder = ScratchFolder("report-written");
  auto result = RunMaturityBinary(std::string("report -f ") + kFramework + " " + kCollege +
                                  " --lang en+cy -o " + folder + "/report.html --json " + folder +
                                  "/result.json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "");  // A report prints no summary.
  EXPECT_EQ(result.err, "wrote " + folder + "/report.html\nwrote " + folder + "/result.json\n");
  std::string page = ReadFile(folder + "/report.html");
  EXPECT_EQ(page.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u);
  EXPECT_NE(page.find("<title>Coleg y Bryn: social partnership self-assessment, 2025-26 | Coleg y "
                      "Bryn: hunanasesiad partneriaeth gymdeithasol, 2025-26</title>"),
            std::string::npos);
  EXPECT_EQ(page.find("<script"), std::string::npos);
  EXPECT_EQ(page.find("://"), std::string::npos);
}

TEST(CliTest, ABaseFrameworkNamedByExtendsIsNeverOverwritten) {
  std::string folder = ScratchFolder("extends-protected");
  std::string base = folder + "/base.yaml";
  std::string original = ReadFile(testing::SourcePath("tests/data/diff/old.yaml"));
  testing::WriteFile(base, original);
  testing::WriteFile(folder + "/variant.yaml",
                     "extends: base.yaml\nid: variant\nversion: 1.0.0\ntitle: Variant\n");
  std::string response = ReadFile(testing::SourcePath("tests/data/migrate/old-response.yaml"));
  response.replace(response.find("framework: tiny"), 15, "framework: variant");
  testing::WriteFile(folder + "/response.yaml", response);
  for (const std::string& command : {"template --framework " + folder + "/variant.yaml -o " + base,
                                     "docs " + folder + "/variant.yaml -o " + folder + "/base.md",
                                     "score --framework " + folder + "/variant.yaml " + folder +
                                         "/response.yaml --json " + base}) {
    testing::RunResult result = RunMaturityBinary(command);
    if (command.starts_with("docs")) continue;  // A control: another name is written.
    EXPECT_EQ(result.exit_code, 2) << command << "\n" << result.err;
    EXPECT_NE(result.err.find(": is the input file " + folder +
                              "/base.yaml; inputs are never "
                              "overwritten"),
              std::string::npos)
        << result.err;
    EXPECT_EQ(ReadFile(base), original);
  }
  EXPECT_TRUE(std::filesystem::exists(folder + "/base.md"));
}

TEST(CliTest, ValidatesTheBundledFrameworkAndExamples) {
  auto framework = RunMaturityBinary(std::string("validate ") + kFramework);
  EXPECT_TRUE(ExitedWith(framework, 0));
  EXPECT_EQ(framework.out,
            "frameworks/social-partnership.yaml: valid framework social-partnership 1.0.0 (9 "
            "dimensions, 43 elements)\n");
  auto responses =
      RunMaturityBinary(std::string("validate --framework ") + kFramework + " " + kCollege +
                        " examples/university-self-assessment/prifysgol-y-gororau.yaml");
  EXPECT_TRUE(ExitedWith(responses, 0));
  EXPECT_EQ(responses.out,
            "examples/college-self-assessment/coleg-y-bryn.yaml: valid response of Coleg y Bryn "
            "for 2025-26 (5 respondents, 42 elements answered)\n"
            "examples/university-self-assessment/prifysgol-y-gororau.yaml: valid response of "
            "Prifysgol y Gororau for 2025-26 (6 respondents, 40 elements answered)\n");
}

TEST(CliTest, AResponseValidatedAsAFrameworkGetsAHint) {
  ExpectRefused(std::string("validate ") + kCollege, 1,
                "examples/college-self-assessment/coleg-y-bryn.yaml:1:1: error: this looks like a "
                "response file; validate it with --framework FRAMEWORK\n");
}

TEST(CliTest, AcceptsCrlfWithAByteOrderMarkAndKeepsWelshText) {
  std::string folder = ScratchFolder("crlf");
  auto result =
      RunMaturityBinary(std::string("score -q --framework ") + kFramework +
                        " tests/data/good/crlf-bom-welsh.yaml --json " + folder + "/out.json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::string json = ReadFile(folder + "/out.json");
  EXPECT_NE(json.find("Cytundeb partneriaeth gymdeithasol â’r undebau llafur"), std::string::npos);
  EXPECT_NE(json.find("nid yw’n cael ei ddefnyddio eto: ŵ ŷ"), std::string::npos);
  EXPECT_EQ(json.find('\r'), std::string::npos);
}

struct BadInput {
  const char* file;
  const char* expected;
};

class BadInputTest : public ::testing::TestWithParam<BadInput> {};

TEST_P(BadInputTest, IsRefusedWithItsLocationAndNoOutput) {
  std::string folder = ScratchFolder("bad");
  std::string path = std::string("tests/data/bad/") + GetParam().file;
  auto result = RunMaturityBinary(std::string("score --framework ") + kFramework + " " + path +
                                  " -o " + folder + "/out.xlsx --json " + folder + "/out.json");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, path + GetParam().expected);
  EXPECT_EQ(result.out, "");
  EXPECT_TRUE(fs::is_empty(folder)) << "a failed run left a file behind";
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, BadInputTest,
    ::testing::Values(
        BadInput{"typo-in-key.yaml",
                 ":13:7: error: answers.vision-shared-purpose[0]: missing required key 'level' (a "
                 "level from 1 to 5), or not_applicable: true with a reason\n"
                 "tests/data/bad/typo-in-key.yaml:13:25: error: "
                 "answers.vision-shared-purpose[0].levle: unknown key 'levle'; did you mean "
                 "'level'?\n"},
        BadInput{"duplicate-key.yaml",
                 ":14:3: error: answers.vision-shared-purpose: duplicate key "
                 "'vision-shared-purpose' (first given at line 12); a repeated key would "
                 "overwrite data\n"},
        BadInput{"level-above-scale.yaml",
                 ":13:32: error: answers.vision-shared-purpose[0].level: expected a level from 1 "
                 "to 5, got \"6\"\n"},
        BadInput{"level-as-word.yaml",
                 ":13:32: error: answers.vision-shared-purpose[0].level: expected a level from 1 "
                 "to 5, got \"three\"\n"},
        BadInput{"measure-as-text.yaml",
                 ":13:32: error: answers.resources-facility-time[0].value: expected a number in "
                 "hours per 100 staff per month, got \"twelve hours\"\n"},
        BadInput{"unknown-respondent.yaml",
                 ":13:12: error: answers.vision-shared-purpose[0].by: unknown respondent "
                 "'unite-convenor'; the respondents are hr-director, ucu-branch\n"},
        BadInput{"unknown-element.yaml",
                 ":12:3: error: answers.vision-shared-porpose: unknown element "
                 "'vision-shared-porpose'; it is not in framework 'social-partnership' 1.0.0; did "
                 "you mean 'vision-shared-purpose'?\n"},
        BadInput{"unknown-perspective.yaml",
                 ":10:35: error: respondents[1].perspective: unknown perspective 'union'; the "
                 "framework's perspectives are management, trade_union\n"},
        BadInput{"measure-not-a-number.yaml",
                 ":13:32: error: answers.resources-facility-time[0].value: expected a number in "
                 "hours per 100 staff per month, got \".nan\"\n"},
        BadInput{"measure-overflows.yaml",
                 ":13:32: error: answers.resources-facility-time[0].value: expected a number in "
                 "hours per 100 staff per month, got \"1e999\"\n"},
        BadInput{"tab-indentation.yaml",
                 ":13:1: error: invalid YAML: a tab indents this line; YAML indents with spaces "
                 "only\n"},
        BadInput{"empty.yaml", ": error: the file is empty; expected a YAML mapping\n"},
        BadInput{"list-instead-of-mapping.yaml", ":1:1: error: expected a mapping, got a list\n"},
        BadInput{"invalid-utf8.yaml",
                 ":5:22: error: invalid UTF-8 (byte 0xFF); save the file as UTF-8\n"},
        BadInput{"binary-file.yaml", ":1:6: error: this is a binary file, not YAML text\n"},
        BadInput{"other-framework-version.yaml",
                 ":2:20: error: framework_version: this response is for version 0.9.0 of "
                 "'social-partnership', but the framework given is version 1.0.0; score it with "
                 "the framework version it was written for\n"}),
    [](const auto& info) {
      std::string name = info.param.file;
      name = name.substr(0, name.find('.'));
      for (char& c : name) c = c == '-' ? '_' : c;
      return name;
    });

TEST(CliTest, ScoreWritesWorkbookJsonAndSummary) {
  std::string folder = ScratchFolder("score");
  auto result = RunMaturityBinary(std::string("score --framework ") + kFramework + " " + kCollege +
                                  " -o " + folder + "/card.xlsx --json " + folder + "/card.json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out.substr(0, result.out.find('\n')), "Coleg y Bryn (coleg-y-bryn), 2025-26");
  EXPECT_NE(result.out.find("Top gaps"), std::string::npos);
  EXPECT_NE(result.out.find("Perception gaps"), std::string::npos);
  EXPECT_TRUE(fs::exists(folder + "/card.xlsx"));
  EXPECT_EQ(ReadFile(folder + "/card.json"),
            ReadFile(testing::SourcePath("tests/data/golden/coleg-y-bryn.json")));
  // Only the two outputs: no temporary file is left behind.
  EXPECT_EQ(std::distance(fs::directory_iterator(folder), fs::directory_iterator()), 2);
}

TEST(CliTest, RefusesToOverwriteAnInput) {
  std::string copy = ScratchFolder("overwrite") + "/response.yaml";
  fs::copy_file(testing::SourcePath(kCollege), copy);
  std::string before = ReadFile(copy);
  ExpectRefused(std::string("score --framework ") + kFramework + " " + copy + " --json " + copy, 2,
                "maturity score: error: --json " + copy + ": is the input file " + copy +
                    "; inputs are never overwritten\nTry 'maturity score --help'.\n");
  EXPECT_EQ(ReadFile(copy), before);
}

TEST(CliTest, RefusesAnOutputInAMissingFolder) {
  ExpectRefused(std::string("score --framework ") + kFramework + " " + kCollege +
                    " -o no-such-folder/card.xlsx",
                2,
                "maturity score: error: -o no-such-folder/card.xlsx: the folder "
                "no-such-folder does not exist\nTry 'maturity score --help'.\n");
}

TEST(CliTest, RefusesAWorkbookNameThatIsNotXlsx) {
  auto result = RunMaturityBinary(std::string("score --framework ") + kFramework + " " + kCollege +
                                  " -o card.json");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(testing::FirstLine(result.err),
            "maturity score: error: -o card.json: the scorecard is an Excel workbook; name it "
            ".xlsx");
}

TEST(CliTest, AFailedRunLeavesAnExistingOutputUntouched) {
  std::string folder = ScratchFolder("keep");
  testing::WriteFile(folder + "/card.json", "previous result\n");
  auto result =
      RunMaturityBinary(std::string("score --framework ") + kFramework +
                        " tests/data/bad/level-as-word.yaml --json " + folder + "/card.json");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(ReadFile(folder + "/card.json"), "previous result\n");
}

TEST(CliTest, AMissingInputFileIsInvalidInput) {
  auto result = RunMaturityBinary(std::string("score --framework ") + kFramework + " missing.yaml");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "missing.yaml: error: cannot read: No such file or directory\n");
}

TEST(CliTest, AnInvalidFrameworkStopsValidationOfItsResponses) {
  std::string folder = ScratchFolder("bad-framework");
  testing::WriteFile(folder + "/f.yaml", "id: Bad Id\n");
  auto result = RunMaturityBinary("validate --framework " + folder + "/f.yaml " + kCollege);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(folder + "/f.yaml:1:5: error: id: expected an identifier"),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("the framework is invalid, so its responses cannot be checked"),
            std::string::npos);
}

TEST(CliTest, SourceDateEpochMakesReRunsByteIdentical) {
  std::string folder = testing::ScratchFolder("epoch");
  std::string arguments = std::string("score -q --framework ") + kFramework + " " + kCollege;
  setenv("SOURCE_DATE_EPOCH", "1767225600", 1);
  auto a = testing::RunMaturityBinary(arguments + " -o " + folder + "/a.xlsx");
  auto b = testing::RunMaturityBinary(arguments + " -o " + folder + "/b.xlsx");
  unsetenv("SOURCE_DATE_EPOCH");
  ASSERT_EQ(a.exit_code, 0);
  ASSERT_EQ(b.exit_code, 0);
  EXPECT_EQ(testing::ReadFile(folder + "/a.xlsx"), testing::ReadFile(folder + "/b.xlsx"));
}

TEST(CliTest, AliasBombsAndDeepNestingAreRefusedQuickly) {
  auto laughs = testing::RunMaturityBinary(std::string("validate -f ") + kFramework +
                                           " tests/data/bad/billion-laughs.yaml");
  EXPECT_EQ(laughs.exit_code, 1);
  // Refused where the expansion passes the input limit, before anything reads it.
  EXPECT_NE(laughs.err.find("billion-laughs.yaml:10:20: error: invalid YAML: aliases expand this "
                            "document to more than 64 MiB, the limit for one input\n"),
            std::string::npos)
      << laughs.err;
  // A large anchored text used many times: small to read, huge to write.
  std::string bomb = testing::ScratchFolder("alias-bomb") + "/bomb.yaml";
  std::string evidence = "[" + std::string(99, ' ');
  for (int i = 0; i < 100; ++i) evidence += (i ? ", *big" : "*big");
  testing::WriteFile(bomb,
                     "big: &big \"" + std::string(1000000, 'x') + "\"\nlist: " + evidence + "]\n");
  auto written = testing::RunMaturityBinary(std::string("validate -f ") + kFramework + " " + bomb);
  EXPECT_EQ(written.exit_code, 1);
  EXPECT_NE(written.err.find("aliases expand this document to more than 64 MiB"), std::string::npos)
      << written.err;
  std::string recursive = testing::ScratchFolder("alias-loop") + "/loop.yaml";
  testing::WriteFile(recursive, "framework: &x [1, *x]\n");
  EXPECT_EQ(
      testing::RunMaturityBinary("validate " + recursive).err,
      recursive + ":1:19: error: invalid YAML: alias 'x' refers to a node that contains it\n");
  std::string deep = testing::ScratchFolder("deep") + "/deep.yaml";
  testing::WriteFile(deep,
                     "framework: " + std::string(100000, '[') + std::string(100000, ']') + "\n");
  auto nested = testing::RunMaturityBinary(std::string("validate -f ") + kFramework + " " + deep);
  EXPECT_EQ(nested.exit_code, 1);
  EXPECT_NE(nested.err.find(": error: invalid YAML: nested too deeply\n"), std::string::npos)
      << nested.err;
}

TEST(CliTest, ADeviceOrPipeIsReadNoFurtherThanTheLimit) {
  auto result = testing::RunMaturityBinary(std::string("validate -f ") + kFramework + " /dev/zero");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err,
            "/dev/zero: error: the input is more than the 64 MiB limit for one input\n");
}

TEST(CliTest, AFileOverTheSizeLimitIsRefusedBeforeReading) {
  std::string big = testing::ScratchFolder("big") + "/big.yaml";
  {
    std::ofstream out(big, std::ios::binary);
    out.seekp(65 * 1024 * 1024);
    out.put('\n');
  }
  auto result = testing::RunMaturityBinary(std::string("validate -f ") + kFramework + " " + big);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err,
            big + ": error: the file is 65 MiB, more than the 64 MiB limit for one input\n");
}

TEST(CliTest, AnInterruptedRunLeavesTheOldOutputAndNoTemporaryFile) {
  std::string folder = testing::ScratchFolder("interrupted");
  testing::WriteFile(folder + "/card.json", "previous result\n");
  std::string command = std::string("cd '") + MATURITY_SOURCE_DIR +
                        "' && (MATURITY_TEST_PAUSE_BEFORE_COMMIT=5 '" + MATURITY_BINARY +
                        "' score -q -f " + kFramework + " " + kCollege + " --json " + folder +
                        "/card.json -o " + folder + "/card.xlsx 2>/dev/null & pid=$!; sleep 1; " +
                        "kill -TERM $pid; wait $pid; echo $? > " + folder + "/status)";
  ASSERT_EQ(std::system(command.c_str()), 0);
  EXPECT_EQ(testing::ReadFile(folder + "/status"), "143\n");  // 128 + SIGTERM
  EXPECT_EQ(testing::ReadFile(folder + "/card.json"), "previous result\n");
  std::vector<std::string> left;
  for (const auto& entry : fs::directory_iterator(folder)) left.push_back(entry.path().filename());
  std::sort(left.begin(), left.end());
  EXPECT_EQ(left, (std::vector<std::string>{"card.json", "status"}));
}

/// Scores `response` (written to `folder`) into a workbook, with `more` options; checks
/// that the Summary's institution cell (B4), `characters` long, is said to be shortened;
/// returns what the cell shows.
std::string ShortenedSummaryName(const std::string& folder, const std::string& response,
                                 std::size_t characters, const std::string& more = "") {
  testing::WriteFile(folder + "/response.yaml", response);
  auto result = RunMaturityBinary(std::string("score -q -f ") + kFramework + " " + folder +
                                  "/response.yaml -o " + folder + "/card.xlsx" + more);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find(folder + "/card.xlsx: warning: Summary!B4: a text of " +
                            std::to_string(characters) +
                            " characters was shortened to Excel's 32767; the JSON result keeps "
                            "it whole\n"),
            std::string::npos)
      << result.err;
  testing::XlsxContent xlsx = testing::ReadXlsx(folder + "/card.xlsx");
  return xlsx.cells.at("Summary").at("B4");
}

TEST(CliTest, TextsBeyondExcelsLimitsAreShortenedVisiblyAndKeptWholeInTheJson) {
  std::string folder = testing::ScratchFolder("long-texts");
  std::string response =
      testing::ReadFile(testing::SourcePath("examples/college-self-assessment/coleg-y-bryn.yaml"));
  ASSERT_TRUE(ReplaceFirst(response, "  name: Coleg y Bryn",
                           "  name: \"" + std::string(48000, 'N') + "\""));
  response.replace(response.find("level: 3"), 8,
                   "level: 3, note: \"" + std::string(40000, 'x') + "\"");
  const std::string shown =
      ShortenedSummaryName(folder, response, 48015, " --json " + folder + "/card.json");
  std::size_t shown_characters = 0;
  for (unsigned char c : shown) shown_characters += (c & 0xC0) != 0x80;
  EXPECT_EQ(shown_characters, 32767u);  // Excel's limit, the marker included.
  EXPECT_TRUE(
      shown.ends_with(" [… shortened: the full text of 48015 characters is in the JSON "
                      "result]"))
      << shown.substr(shown.size() - 100);
  // The footer stays within Excel's 255 characters, so that it is printed at all.
  testing::XlsxContent xlsx = testing::ReadXlsx(folder + "/card.xlsx");
  const std::string& sheet = xlsx.parts.at("xl/worksheets/sheet1.xml");
  std::size_t start = sheet.find("<oddFooter>");
  std::size_t end = sheet.find("</oddFooter>");
  ASSERT_NE(start, std::string::npos);
  std::string footer = sheet.substr(start + 11, end - start - 11);
  std::size_t characters = 0;
  for (std::size_t i = 0; i < footer.size(); ++i) {
    if (footer.compare(i, 5, "&amp;") == 0) i += 4;
    characters += (static_cast<unsigned char>(footer[i]) & 0xC0) != 0x80;
  }
  EXPECT_LE(characters, 255u);
  EXPECT_NE(footer.find("&amp;P"), std::string::npos);  // Page numbers survive.
  std::string json = testing::ReadFile(folder + "/card.json");
  EXPECT_NE(json.find(std::string(48000, 'N')), std::string::npos);
  EXPECT_NE(json.find(std::string(40000, 'x')), std::string::npos);
}

TEST(CliTest, MessagesSayWhatToChange) {
  std::string folder = testing::ScratchFolder("messages");
  const std::string framework = "frameworks/social-partnership.yaml";
  const std::string college = "examples/college-self-assessment/coleg-y-bryn.yaml";
  std::string response = testing::ReadFile(testing::SourcePath(college));
  std::size_t level = response.find("level: 3}");
  ASSERT_NE(level, std::string::npos);
  response.replace(level, 9, "level: \"3\"}");
  testing::WriteFile(folder + "/quoted.yaml", response);
  auto quoted =
      testing::RunMaturityBinary("validate -f " + framework + " " + folder + "/quoted.yaml");
  EXPECT_NE(quoted.err.find(": expected a level as a number from 1 to 5, got the text \"3\"; write "
                            "it without quotes\n"),
            std::string::npos)
      << quoted.err;

  testing::WriteFile(folder + "/merge.yaml", "base: &b {id: x}\nframework: f\n<<: *b\n");
  auto merge =
      testing::RunMaturityBinary("validate -f " + framework + " " + folder + "/merge.yaml");
  EXPECT_NE(merge.err.find(folder + "/merge.yaml:3:1: error: <<: merge keys ('<<') are not "
                                    "supported; write the keys out in full\n"),
            std::string::npos)
      << merge.err;

  auto swapped = testing::RunMaturityBinary("score --framework " + college + " " + framework);
  EXPECT_EQ(swapped.exit_code, 1);
  EXPECT_EQ(swapped.err, college +
                             ":1:1: error: this is a response, not a framework; give the "
                             "framework with --framework and the response after it (the "
                             "two may be swapped)\n");

  auto gaps = testing::RunMaturityBinary("score -f " + framework + " " + college + " --gaps -1");
  EXPECT_EQ(gaps.exit_code, 2);
  EXPECT_NE(gaps.err.find("--gaps -1: expected 0 or more"), std::string::npos) << gaps.err;

  auto small = testing::RunMaturityBinary(
      "sector -q -f " + framework +
      " examples/regulator-sector-comparison/responses --anonymise --min-group-size 2");
  EXPECT_TRUE(ExitedWith(small, 0));
  EXPECT_TRUE(Holds(small.err,
                    "maturity sector: warning: --anonymise with --min-group-size 2 publishes "
                    "groups of fewer than 5 institutions, which can identify them"));
}

TEST(CliTest, AReturnedQuestionnaireHidingCloseTagsInCommentsIsRefusedAtItsPlace) {
  // '<a><!--</a>-->' 100,000 times: a depth count that took the </a> in each comment for a
  // close let it through to the XML parser, which hung, then overflowed its stack.
  std::string folder = ScratchFolder("xml-comments");
  std::string questionnaire = folder + "/returned.xlsx";
  auto blank = RunMaturityBinary(std::string("template -f ") + kFramework + " --format xlsx -o " +
                                 questionnaire);
  ASSERT_EQ(blank.exit_code, 0) << blank.err;
  std::string hostile;
  for (int i = 0; i < 100000; ++i) hostile += "<a><!--</a>-->";
  testing::ReplaceXlsxPart(questionnaire, "xl/sharedStrings.xml", hostile);
  auto result = RunMaturityBinary(std::string("import -f ") + kFramework + " " + questionnaire +
                                  " -o " + folder + "/response.yaml");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, questionnaire +
                            ": error: xl/sharedStrings.xml:1:897 inside the workbook: elements "
                            "nest more than 64 deep; it was not written by a spreadsheet\n");
  EXPECT_FALSE(fs::exists(folder + "/response.yaml"));
}

TEST(CliTest, LastPeriodsTextsCarriedAsCommentsCannotEndTheirComment) {
  // Evidence written as '#' comments was split on '\n' only: a CR (or NEL, LS, PS, VT, FF)
  // ended the comment, and what followed became an answer in next period's template.
  std::string folder = ScratchFolder("comment-breakout");
  std::string last =
      ReadFile(testing::SourcePath("examples/annual-cycle/coleg-y-dyffryn-2025-26.yaml"));
  const std::string original = "\"Joint forum minutes, September 2025\"";
  ASSERT_NE(last.find(original), std::string::npos);
  std::string injected;
  for (const char* line_break : {"\\r", "\\N", "\\L", "\\P", "\\v", "\\f", "\\r\\n"}) {
    injected += std::string(injected.empty() ? "" : ", ") + "\"minutes" + line_break +
                "  injected-element: [{by: principal, level: 5}]\"";
  }
  last.replace(last.find(original), original.size(), injected);
  last.replace(last.find("note: \""), 7, "note: \"carried\\r  injected-action: 1 ");
  testing::WriteFile(folder + "/last.yaml", last);
  auto written =
      RunMaturityBinary(std::string("template -f ") + kFramework + " --from " + folder +
                        "/last.yaml --period 2026-27 --with-answers -o " + folder + "/next.yaml");
  ASSERT_EQ(written.exit_code, 0) << written.err;
  std::string next = ReadFile(folder + "/next.yaml");
  // Every line, by every break a YAML reader knows, that holds the text is a comment.
  for (std::size_t at = next.find("injected-"); at != std::string::npos;
       at = next.find("injected-", at + 1)) {
    std::size_t start = next.find_last_of("\n\r", at);
    for (const char* other : {"\u0085", "\u2028", "\u2029"}) {
      std::size_t found = next.rfind(other, at);
      if (found != std::string::npos && (start == std::string::npos || found > start)) {
        start = found + std::string(other).size() - 1;
      }
    }
    std::size_t first = start == std::string::npos ? 0 : start + 1;
    EXPECT_EQ(next[first], '#') << next.substr(first, at - first + 20);
  }
  EXPECT_NE(next.find("#   principal: 3; evidence: minutes\n#   injected-element: [{by: "
                      "principal, level: 5}]; minutes\n"),
            std::string::npos)
      << next;
  // Filled in, the template validates: nothing injected became an answer or a key.
  std::string filled = std::regex_replace(next, std::regex("level: FILL-IN"), "level: 2");
  filled = std::regex_replace(filled, std::regex("value: FILL-IN"), "value: 10");
  testing::WriteFile(folder + "/filled.yaml", filled);
  auto loaded =
      RunMaturityBinary(std::string("validate -f ") + kFramework + " " + folder + "/filled.yaml");
  EXPECT_EQ(loaded.exit_code, 0) << loaded.err;
  EXPECT_EQ(loaded.err.find("injected"), std::string::npos) << loaded.err;
}

TEST(CliTest, ControlCharactersFromInputsArePrintedEscaped) {
  // An institution name that sets the terminal's title and clears its screen, with a
  // right-to-left override that would reverse the rest of the line.
  std::string folder = ScratchFolder("terminal");
  std::string response = ReadFile(testing::SourcePath(kCollege));
  ASSERT_TRUE(ReplaceFirst(response, "  name: Coleg y Bryn",
                           "  name: \"\\e]0;PWNED\\a\\e[2JColeg\\r\\u202Eevil\\u0085\\x9b\""));
  fs::create_directories(folder + "/sector");
  testing::WriteFile(folder + "/sector/named.yaml", response);
  const std::string escaped = "\\x1b]0;PWNED\\x07\\x1b[2JColeg\\x0dU+202EevilU+0085U+009B";
  auto validated = RunMaturityBinary(std::string("validate -f ") + kFramework + " " + folder +
                                     "/sector/named.yaml");
  EXPECT_EQ(validated.exit_code, 0) << validated.err;
  EXPECT_EQ(validated.out, folder + "/sector/named.yaml: valid response of " + escaped +
                               " for 2025-26 (5 respondents, 42 elements answered)\n");
  auto scored = RunMaturityBinary(std::string("score -f ") + kFramework + " " + folder +
                                  "/sector/named.yaml -o " + folder + "/card.xlsx");
  EXPECT_EQ(scored.exit_code, 0) << scored.err;
  EXPECT_TRUE(scored.out.starts_with(escaped + " (coleg-y-bryn), 2025-26\n")) << scored.out;
  // A workbook cell cannot isolate a bidirectional control: it is left out.
  testing::XlsxContent card = testing::ReadXlsx(folder + "/card.xlsx");
  EXPECT_NE(card.cells.at("Summary").at("B4").find("evil"), std::string::npos);
  for (const auto& [part, xml] : card.parts) {
    EXPECT_EQ(xml.find("\u202E"), std::string::npos) << part;
  }
  // A diagnostic quoting a key, in a sector run that leaves the file out.
  std::string bad = response;
  bad.replace(bad.find("  vision-shared-purpose:"), 24, "  \"\\e[2J\\u202Evision\":");
  testing::WriteFile(folder + "/sector/bad.yaml", bad);
  auto sector = RunMaturityBinary(std::string("sector -f ") + kFramework + " " + folder +
                                  "/sector --skip-invalid");
  EXPECT_TRUE(ExitedWith(sector, 0));
  EXPECT_EQ(sector.err, folder +
                            "/sector/bad.yaml:16:3: error: answers.\\x1b[2JU+202Evision: unknown "
                            "element '\\x1b[2JU+202Evision'; it is not in framework "
                            "'social-partnership' 1.0.0\nleft out " +
                            folder + "/sector/bad.yaml: 1 error\n");
  for (const std::string* printed :
       {&validated.out, &validated.err, &scored.out, &scored.err, &sector.out, &sector.err}) {
    EXPECT_EQ(printed->find('\x1b'), std::string::npos) << *printed;
    EXPECT_EQ(printed->find("\u202E"), std::string::npos) << *printed;
    EXPECT_EQ(printed->find('\r'), std::string::npos) << *printed;
  }
}

TEST(CliTest, TextsThatSayNothingAndImpossibleFiguresAreRefused) {
  // Invisible-only names and statements (zero-width space, joiner, word joiner, BOM, soft
  // hyphen, no-break space), evidence of one dot, a percentage of 5000 and of -300, and a
  // due date in year 0 were all accepted.
  std::string folder = ScratchFolder("meaningless");
  std::string response = ReadFile(testing::SourcePath(kCollege));
  auto replace = [&](const std::string& from, const std::string& to) {
    ASSERT_TRUE(ReplaceFirst(response, from, to));
  };
  replace("  name: Coleg y Bryn", "  name: \"\\u200B\\u00A0\\uFEFF\"");
  replace("value: 60, evidence: [\"Case study, May 2025\"]",
          "value: 5000, evidence: [\".\", \"\\u00AD\", \"Q3\", \"Q3 minutes\"]");
  replace("value: 55}", "value: -300}");
  replace("name: Principal, date: 2025-11-03}", "name: \"\\u200D\", date: 2025-11-03}");
  replace("name: UCU branch secretary, date: 2025-11-05}",
          "name: UCU branch secretary, date: 2025-11-05, agreed: false, statement: \"\\u2060 \"}");
  response +=
      "actions:\n  - {element: review-sector-links, action: \"\\u200B\", owner: Joint forum, due: "
      "0000-01-01, status: planned}\n";
  std::string path = folder + "/response.yaml";
  testing::WriteFile(path, response);
  auto result = RunMaturityBinary(std::string("validate -f ") + kFramework + " " + path);
  EXPECT_EQ(result.exit_code, 1);
  const std::string evidence = ": error: answers.delivering-early-resolution[0].evidence";
  const std::string expected = "expected what shows the level (a document, a minute, a link), got ";
  EXPECT_EQ(
      result.err,
      path +
          ":6:9: error: institution.name: expected the institution's name, got a text of "
          "invisible characters only\n" +
          path +
          ":199:32: error: answers.delivering-early-resolution[0].value: expected a number from 0 "
          "to 100 (percent of individual cases), got 5000\n" +
          path + ":199:49" + evidence + "[0]: " + expected +
          "\".\", which has fewer than 3 letters or digits\n" + path + ":199:54" + evidence +
          "[1]: " + expected + "a text of invisible characters only\n" + path + ":199:64" +
          evidence + "[2]: " + expected + "\"Q3\", which has fewer than 3 letters or digits\n" +
          path +
          ":200:31: error: answers.delivering-early-resolution[1].value: expected a number from 0 "
          "to 100 (percent of individual cases), got -300\n" +
          path +
          ":226:37: error: sign_off[0].name: expected the name of the person who signed, got a "
          "text of invisible characters only\n" +
          path +
          ":227:104: error: sign_off[1].statement: expected the side's explanation of why it does "
          "not agree, got a text of invisible characters only\n" +
          path +
          ":229:44: error: actions[0].action: expected the action agreed, got a text of invisible "
          "characters only\n" +
          path +
          ":229:79: error: actions[0].due: expected a date from 1900-01-01 on, got "
          "\"0000-01-01\"\n");
}

TEST(CliTest, ExcelsCellLimitCountsUtf16UnitsAsExcelDoes) {
  // 20,000 emoji are 20,000 code points but 40,000 UTF-16 units, over Excel's 32,767.
  std::string folder = ScratchFolder("emoji");
  std::string response = ReadFile(testing::SourcePath(kCollege));
  std::string emoji;
  for (int i = 0; i < 20000; ++i) emoji += "\U0001F600";
  const std::string name = "  name: Coleg y Bryn";
  response.replace(response.find(name), name.size(), "  name: \"" + emoji + "\"");
  const std::string shown = ShortenedSummaryName(folder, response, 40015);
  std::size_t units = 0;
  for (unsigned char c : shown) units += (c & 0xC0) == 0x80 ? 0 : c >= 0xF0 ? 2 : 1;
  EXPECT_LE(units, 32767u);
  EXPECT_GE(units, 32766u);  // An emoji never cut in half: at most one unit short.
}

constexpr const char* kTiny = "tests/data/diff/old.yaml";

/// A questionnaire of the tiny framework for two respondents, returned by institution `id`
/// with a few answers, as a person fills one in.
std::string ReturnedQuestionnaire(const std::string& folder, const std::string& id) {
  std::string path = folder + "/" + id + ".xlsx";
  auto blank = RunMaturityBinary(std::string("template -f ") + kTiny +
                                 " --format xlsx --respondents 2 -o " + path);
  EXPECT_EQ(blank.exit_code, 0) << blank.err;
  testing::TypeIntoXlsx(
      path, 2, {{"B3", id}, {"B4", "Coleg " + id}, {"B5", "2025-26"}, {"B8", "fe"}, {"B9", "300"}});
  testing::TypeIntoXlsx(path, 3,
                        {{"A4", "m1"}, {"B4", "Management"}, {"A5", "t1"}, {"B5", "Trade union"}});
  testing::TypeIntoXlsx(path, 4, {{"C7", "3 Three"}, {"D7", "2 Two"}});
  return path;
}

/// The same workbook, saved by a person: its properties no longer say maturity saved it.
void SaveAsAPerson(const std::string& path) {
  std::string core = testing::ReadXlsx(path).parts.at("docProps/core.xml");
  const std::string by = "<cp:lastModifiedBy>maturity</cp:lastModifiedBy>";
  ASSERT_NE(core.find(by), std::string::npos) << core;
  core.replace(core.find(by), by.size(), "<cp:lastModifiedBy>Rhian Jones</cp:lastModifiedBy>");
  testing::ReplaceXlsxPart(path, "docProps/core.xml", core);
}

TEST(CliTest, AFileMaturityDidNotWriteIsKeptBesideTheOutputThatReplacesIt) {
  std::string folder = ScratchFolder("keep-replaced");
  std::string returned = ReturnedQuestionnaire(folder, "coleg-a");
  SaveAsAPerson(returned);
  const std::string answers = ReadFile(returned);
  auto score = RunMaturityBinary(std::string("score -q -f ") + kFramework + " " + kCollege +
                                 " -o " + returned);
  ASSERT_EQ(score.exit_code, 0) << score.err;
  EXPECT_EQ(score.err, returned +
                           ": warning: it replaces a file maturity did not write; the old file "
                           "is kept as " +
                           returned + "~\nwrote " + returned + "\n");
  EXPECT_EQ(ReadFile(returned + "~"), answers);
  // The scorecard is maturity's own: replaced outright, and the kept answers stay.
  auto again = RunMaturityBinary(std::string("score -q -f ") + kFramework + " " + kCollege +
                                 " -o " + returned);
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(again.err, "wrote " + returned + "\n");
  EXPECT_EQ(ReadFile(returned + "~"), answers);
  // A response typed by hand is kept too; a JSON result (a report) is replaced outright.
  testing::WriteFile(folder + "/mine.yaml", "# typed by hand\n");
  testing::WriteFile(folder + "/card.json", "{}\n");
  auto template_run =
      RunMaturityBinary(std::string("template -f ") + kFramework + " -o " + folder + "/mine.yaml");
  ASSERT_EQ(template_run.exit_code, 0) << template_run.err;
  EXPECT_EQ(ReadFile(folder + "/mine.yaml~"), "# typed by hand\n");
  auto json = RunMaturityBinary(std::string("score -q -f ") + kFramework + " " + kCollege +
                                " --json " + folder + "/card.json");
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_FALSE(fs::exists(folder + "/card.json~"));
}

TEST(CliTest, AnOutputInAFolderThatDoesNotExistIsAUsageErrorAsDocumented) {
  ExpectUsageError(
      std::string("score -f ") + kFramework + " " + kCollege + " -o /nonexistent/dir/x.xlsx",
      "maturity score: error: -o /nonexistent/dir/x.xlsx: the folder /nonexistent/dir does "
      "not exist");
  // README and docs/cli.md say the same.
  EXPECT_NE(ReadFile(testing::SourcePath("README.md"))
                .find("2 usage error (including an output whose folder\ndoes not exist)"),
            std::string::npos);
}

TEST(CliTest, MigratesUsageLineNamesEveryOption) {
  auto help = RunMaturityBinary("migrate --help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_EQ(help.out.rfind("Usage: maturity migrate --framework NEW RESPONSE -o NEW_RESPONSE\n"
                           "                        [--comment-out-uncarried]\n",
                           0),
            0u)
      << help.out;
}

TEST(CliTest, WordsLeftOverFromAnUnquotedTextHintAtQuoting) {
  std::string folder = ScratchFolder("unquoted-text");
  std::string response = ReadFile(testing::SourcePath(kCollege));
  const std::string first = "  vision-shared-purpose:\n";
  ASSERT_NE(response.find(first), std::string::npos);
  std::size_t line_end = response.find('\n', response.find(first) + first.size());
  std::size_t line_start = response.find(first) + first.size();
  std::string line = response.substr(line_start, line_end - line_start);
  // The first answer gains a note with ", " in it, unquoted, in flow style.
  std::size_t close = line.rfind('}');
  ASSERT_NE(close, std::string::npos) << line;
  line.insert(close, ", note: Agreed, used unevenly.");
  response.replace(line_start, line_end - line_start, line);
  testing::WriteFile(folder + "/r.yaml", response);
  auto result =
      RunMaturityBinary(std::string("validate -f ") + kFramework + " " + folder + "/r.yaml");
  EXPECT_TRUE(ExitedWith(result, 1));
  EXPECT_TRUE(Holds(result.err,
                    ": unknown key 'used unevenly.'; it reads as part of a text: a text with "
                    "\", \" or \": \" in it must be put in quotes, e.g. note: \"Agreed, but "
                    "used unevenly.\"\n"));
}

TEST(CliTest, SeveralQuestionnairesAreImportedIntoAFolderAllOrNone) {
  std::string folder = ScratchFolder("import-several");
  std::string a = ReturnedQuestionnaire(folder, "coleg-a");
  std::string b = ReturnedQuestionnaire(folder, "coleg-b");
  fs::create_directory(folder + "/out");
  auto both = RunMaturityBinary(std::string("import -f ") + kTiny + " " + a + " " + b + " -o " +
                                folder + "/out");
  ASSERT_EQ(both.exit_code, 0) << both.err;
  EXPECT_EQ(both.out, "wrote " + folder +
                          "/out/coleg-a.yaml: 2 respondents, 2 answers for 1 "
                          "element from " +
                          a + "\nwrote " + folder +
                          "/out/coleg-b.yaml: 2 respondents, 2 answers for 1 element from " + b +
                          "\n");
  // Each is what importing it alone writes.
  auto alone = RunMaturityBinary(std::string("import -f ") + kTiny + " " + a + " -o " + folder +
                                 "/alone.yaml");
  ASSERT_EQ(alone.exit_code, 0) << alone.err;
  EXPECT_EQ(ReadFile(folder + "/out/coleg-a.yaml"), ReadFile(folder + "/alone.yaml"));

  // One bad input: every problem said, then nothing written, not even the good one.
  std::string bad = folder + "/bad.xlsx";
  testing::WriteFile(bad, "not a workbook\n");
  fs::create_directory(folder + "/none");
  auto one_bad = RunMaturityBinary(std::string("import -f ") + kTiny + " " + a + " " + bad +
                                   " -o " + folder + "/none");
  EXPECT_EQ(one_bad.exit_code, 1);
  EXPECT_EQ(one_bad.out, "");
  EXPECT_NE(one_bad.err.find(bad + ": error: "), std::string::npos) << one_bad.err;
  EXPECT_NE(one_bad.err.find("maturity import: 1 of 2 inputs could not be imported; no response "
                             "was written (fix them, or import the others on their own)\n"),
            std::string::npos)
      << one_bad.err;
  EXPECT_TRUE(fs::is_empty(folder + "/none"));

  // Several inputs need a folder.
  ExpectUsageError(
      std::string("import -f ") + kTiny + " " + a + " " + b + " -o " + folder + "/one.yaml",
      "maturity import: error: -o " + folder +
          "/one.yaml: with several inputs, -o names the folder each response is written "
          "to, and " +
          folder + "/one.yaml is not one");
}

TEST(CliTest, SectorReadsAFoldersReturnedQuestionnairesAsImportDoes) {
  std::string folder = ScratchFolder("sector-questionnaires");
  fs::create_directory(folder + "/returns");
  fs::create_directory(folder + "/imported");
  std::vector<std::string> ids = {"coleg-a", "coleg-b", "coleg-c"};
  for (const std::string& id : ids) {
    std::string returned = ReturnedQuestionnaire(folder + "/returns", id);
    auto imported = RunMaturityBinary(std::string("import -f ") + kTiny + " " + returned + " -o " +
                                      folder + "/imported/" + id + ".yaml");
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
  }
  // Last year's sector workbook in the same folder is no questionnaire: passed over.
  auto earlier = RunMaturityBinary(std::string("sector -q -f ") + kTiny + " " + folder +
                                   "/imported -o " + folder + "/returns/sector.xlsx");
  ASSERT_EQ(earlier.exit_code, 0) << earlier.err;
  auto from_returns = RunMaturityBinary(std::string("sector -q -f ") + kTiny + " " + folder +
                                        "/returns --json " + folder + "/returns.json");
  ASSERT_TRUE(ExitedWith(from_returns, 0));
  EXPECT_EQ(from_returns.err, "skipped " + folder +
                                  "/returns/sector.xlsx: a workbook that is not a maturity "
                                  "questionnaire\nwrote " +
                                  folder + "/returns.json\n");
  auto from_yaml = RunMaturityBinary(std::string("sector -q -f ") + kTiny + " " + folder +
                                     "/imported --json " + folder + "/imported.json");
  ASSERT_EQ(from_yaml.exit_code, 0) << from_yaml.err;
  EXPECT_EQ(ReadFile(folder + "/returns.json"), ReadFile(folder + "/imported.json"));
  EXPECT_NE(ReadFile(folder + "/returns.json").find("\"responses_in_period\": 3"),
            std::string::npos);

  // A return with a problem is invalid like a response file: said at its cell.
  testing::TypeIntoXlsx(folder + "/returns/coleg-c.xlsx", 4, {{"C11", "seven"}});
  auto invalid = RunMaturityBinary(std::string("sector -q -f ") + kTiny + " " + folder +
                                   "/returns --json " + folder + "/invalid.json");
  EXPECT_EQ(invalid.exit_code, 1);
  EXPECT_NE(invalid.err.find(folder + "/returns/coleg-c.xlsx:"), std::string::npos) << invalid.err;
  EXPECT_FALSE(fs::exists(folder + "/invalid.json"));
}

TEST(CliTest, ATemplateNamedXlsxIsTheQuestionnaireAndYamlIsNotWrittenUnderThatName) {
  // `-o questionnaire.xlsx` without --format once wrote YAML text under a workbook's name,
  // which no spreadsheet opens: the name now chooses the questionnaire.
  std::string folder = ScratchFolder("template-by-name");
  auto workbook =
      RunMaturityBinary(std::string("template -f ") + kFramework + " -o " + folder + "/q.xlsx");
  ASSERT_TRUE(testing::ExitedWith(workbook, 0));
  EXPECT_EQ(testing::ReadFile(folder + "/q.xlsx").substr(0, 2), "PK");  // A zip: a workbook.
  auto yaml =
      RunMaturityBinary(std::string("template -f ") + kFramework + " -o " + folder + "/r.yaml");
  ASSERT_TRUE(testing::ExitedWith(yaml, 0));
  EXPECT_EQ(testing::ReadFile(folder + "/r.yaml").substr(0, 1), "#");
  ExpectRefused(std::string("template -f ") + kFramework + " --format yaml -o " + folder +
                    "/x.XLSX",
                2,
                "maturity template: error: -o " + folder +
                    "/x.XLSX: --format yaml writes YAML text, which a spreadsheet cannot open "
                    "under a workbook's name; use --format xlsx for the questionnaire, or name "
                    "the output .yaml\nTry 'maturity template --help'.\n");
  ExpectRefused(std::string("template -f ") + kFramework + " --format xlsx -o " + folder +
                    "/x.yaml",
                2,
                "maturity template: error: -o " + folder +
                    "/x.yaml: the questionnaire is an Excel workbook; name it .xlsx\nTry "
                    "'maturity template --help'.\n");
  EXPECT_FALSE(fs::exists(folder + "/x.XLSX"));
  EXPECT_FALSE(fs::exists(folder + "/x.yaml"));
}

}  // namespace
}  // namespace maturity
