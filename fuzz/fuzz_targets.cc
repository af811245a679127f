#include "fuzz/fuzz_targets.h"

#include <filesystem>
#include <map>
#include <sstream>

#include "engine/benchmark.h"
#include "engine/framework_loader.h"
#include "engine/response_loader.h"
#include "engine/scoring.h"
#include "importers/questionnaire_import.h"
#include "importers/xlsx_workbook.h"
#include "reports/xlsx/questionnaire_workbook.h"
#include "reports/json/scorecard_json.h"
#include "reports/text/scorecard_text.h"

namespace maturity::fuzz {

void FrameworkLoader(const std::string& input) {
  Diagnostics diagnostics;
  try {
    Framework framework = ParseFramework("fuzz.yaml", input, diagnostics);
    (void)framework;
  } catch (const InputError&) {
  }
}

namespace {

const Framework& Bundled() {
  static const Framework framework = [] {
    Diagnostics diagnostics;
    return LoadFramework(std::string(MATURITY_SOURCE_DIR) + "/frameworks/social-partnership.yaml",
                         diagnostics);
  }();
  return framework;
}

}  // namespace

void ResponseLoader(const std::string& input) {
  const Framework& framework = Bundled();
  Diagnostics diagnostics;
  try {
    Response response = ParseResponse("fuzz.yaml", input, framework, diagnostics);
    Scorecard card = Score(framework, response);
    std::ostringstream out;
    WriteScorecardJson(card, out);
    WriteScorecardText(card, out);
  } catch (const InputError&) {
  }
}

void QuestionnairePart(const std::string& input) {
  static const std::map<std::string, std::string> blank = [] {
    std::string path = std::filesystem::temp_directory_path() / "maturity-fuzz-blank.xlsx";
    QuestionnaireOptions options;
    options.language = "en";
    options.respondents = 2;
    options.created = 0;
    static_cast<void>(WriteQuestionnaireWorkbook(Bundled(), options, path));
    std::map<std::string, std::string> parts = ReadXlsxWorkbook(path).parts;
    std::filesystem::remove(path);
    return parts;
  }();
  // Shared strings, workbook, relationships, Institution, Respondents, the first
  // dimension, and the hidden meta sheet (the 14th of the bundled framework's).
  static const char* const kParts[] = {"xl/sharedStrings.xml",       "xl/workbook.xml",
                                       "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet2.xml",
                                       "xl/worksheets/sheet3.xml",   "xl/worksheets/sheet4.xml",
                                       "xl/worksheets/sheet14.xml"};
  if (input.empty()) return;
  std::map<std::string, std::string> parts = blank;
  parts[kParts[static_cast<unsigned char>(input[0]) % std::size(kParts)]] = input.substr(1);
  // The blank a return is compared with, made once (not per input, which held the target
  // to a few inputs a second); an input that changes the identity makes its own.
  static const BlankQuestionnaire made = [] {
    QuestionnaireIdentity identity;
    identity.framework_id = Bundled().id;
    identity.framework_version = Bundled().version;
    identity.language = "en";
    identity.respondents = 2;
    identity.actions_sheet = true;
    return MakeBlankQuestionnaire(Bundled(), identity);
  }();
  try {
    XlsxWorkbook workbook = ParseXlsxParts(std::move(parts));
    QuestionnaireIdentity identity = ReadQuestionnaireIdentity("fuzz.xlsx", workbook);
    Diagnostics diagnostics;
    Response response = ImportQuestionnaire("fuzz.xlsx", workbook, Bundled(), diagnostics, &made);
    (void)identity;
    (void)response;
  } catch (const XlsxError&) {
  } catch (const InputError&) {
  }
}

void XlsxXml(const std::string& input) {
  std::map<std::string, std::string> parts = {
      {"xl/sharedStrings.xml", input},
      {"xl/workbook.xml",
       "<workbook xmlns:r=\"r\"><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels",
       "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
       "</Relationships>"},
      {"xl/worksheets/sheet1.xml", input}};
  try {
    XlsxWorkbook workbook = ParseXlsxParts(std::move(parts));
    (void)workbook;
  } catch (const XlsxError&) {
  }
}

void BenchmarkReader(const std::string& input) {
  try {
    Benchmark benchmark = ParseBenchmark("fuzz.json", input, Bundled());
    (void)benchmark;
  } catch (const InputError&) {
  }
}

}  // namespace maturity::fuzz
