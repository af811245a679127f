// Every output for people in Welsh: no English fixed or framework text left in a --lang cy
// workbook, document or summary; Welsh letters survive every output; missing translations
// fall back with a located warning.
#include <gtest/gtest.h>

#include <cctype>
#include <regex>
#include <set>
#include <sstream>

#include "common/messages.h"
#include "engine/framework.h"
#include "engine/framework_loader.h"
#include "engine/translations.h"
#include "tests/support/test_files.h"
#include "tests/support/xlsx_reader.h"

namespace maturity {
namespace {

const std::string kFramework = "frameworks/social-partnership.yaml";
const std::string kResponse = "examples/college-self-assessment/coleg-y-bryn.yaml";
const std::string kSector = "examples/regulator-sector-comparison/responses";

/// English that must not appear in a Welsh output: every catalogue text whose Welsh
/// differs, whole (`texts`) and, for texts with placeholders, the literal pieces between
/// them of 10 characters or more (`fragments`); and every framework text whose Welsh
/// differs from its English.
struct EnglishOnly {
  std::set<std::string> texts;
  std::set<std::string> fragments;

  EnglishOnly() {
    for (const std::string& key : Messages::Keys()) {
      std::string en = Messages::Raw(key, "en");
      if (en == Messages::Raw(key, "cy")) continue;
      static const std::regex placeholder(R"(\{[1-9]\})");
      if (en.find('{') == std::string::npos) texts.insert(en);
      for (std::sregex_token_iterator piece(en.begin(), en.end(), placeholder, -1), end;
           piece != end; ++piece) {
        if (piece->length() >= 10) fragments.insert(*piece);
      }
    }
    Diagnostics diagnostics;
    Framework framework = LoadFramework(testing::SourcePath(kFramework), diagnostics);
    ForEachText(framework, [&](const Text& text) {
      if (text.In("en") != text.In("cy")) texts.insert(text.In("en"));
    });
  }

  /// The English found in `text` (one line per finding), or "".
  std::string FoundIn(const std::string& text, const std::string& where) const {
    std::string found;
    if (texts.contains(text)) found += where + ": \"" + text + "\"\n";
    for (const std::string& fragment : fragments) {
      if (text.find(fragment) != std::string::npos) {
        found += where + ": \"" + fragment + "\" in \"" + text + "\"\n";
      }
    }
    return found;
  }
};

std::string Unescape(std::string text) {
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}}) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at)) {
      text.replace(at, from.size(), to);
      at += to.size();
    }
  }
  return text;
}

/// Every text a person can see in a workbook: sheet names, cells, and the text nodes and
/// attribute values of every part (chart titles and series, data validation lists and
/// prompts, document properties, footers).
std::vector<std::pair<std::string, std::string>> VisibleTexts(const testing::XlsxContent& book) {
  std::vector<std::pair<std::string, std::string>> texts;
  for (const std::string& name : book.sheet_names) texts.emplace_back("sheet name", name);
  for (const auto& [sheet, cells] : book.cells) {
    for (const auto& [ref, value] : cells) texts.emplace_back(sheet + "!" + ref, value);
  }
  static const std::regex node(R"(>([^<]+)<)");
  static const std::regex attribute(R"re((?:promptTitle|prompt|name)="([^"]+)")re");
  for (const auto& [part, xml] : book.parts) {
    for (const std::regex* pattern : {&node, &attribute}) {
      for (std::sregex_iterator match(xml.begin(), xml.end(), *pattern), end; match != end;
           ++match) {
        std::string value = Unescape((*match)[1]);
        texts.emplace_back(part, value);
        // A drop-down list is one quoted, comma-separated formula.
        if (value.size() > 2 && value.front() == '"') {
          std::string list = value.substr(1, value.size() - 2);
          for (std::size_t start = 0, comma;; start = comma + 1) {
            comma = list.find(',', start);
            texts.emplace_back(part, list.substr(start, comma - start));
            if (comma == std::string::npos) break;
          }
        }
      }
    }
  }
  return texts;
}

std::string EnglishInWorkbook(const std::string& path) {
  static const EnglishOnly english;
  std::string found;
  for (const auto& [where, text] : VisibleTexts(testing::ReadXlsx(path))) {
    found += english.FoundIn(text, where);
  }
  return found;
}

std::string EnglishInText(const std::string& text) {
  static const EnglishOnly english;
  std::string found;
  std::size_t line_number = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    ++line_number;
    found +=
        english.FoundIn(text.substr(start, end - start), "line " + std::to_string(line_number));
    start = end + 1;
  }
  return found;
}

/// Every text a person can see or hear in an HTML page: its text nodes (the style sheet
/// apart) and the attributes a browser shows or reads out (title, alt, aria-label).
std::vector<std::string> HtmlTexts(const std::string& html) {
  static const std::regex style("<style>[^<]*</style>");
  static const std::regex node(R"(>([^<]+)<)");
  static const std::regex attribute(R"re((?:title|alt|aria-label)="([^"]+)")re");
  std::string page = std::regex_replace(html, style, "");
  std::vector<std::string> texts;
  for (const std::regex* pattern : {&node, &attribute}) {
    for (std::sregex_iterator match(page.begin(), page.end(), *pattern), end; match != end;
         ++match) {
      std::string text = Unescape((*match)[1]);
      if (text.find_first_not_of(" \n") != std::string::npos) texts.push_back(text);
    }
  }
  return texts;
}

std::string EnglishInHtml(const std::string& html) {
  static const EnglishOnly english;
  std::string found;
  for (const std::string& text : HtmlTexts(html)) found += english.FoundIn(text, "html");
  return found;
}

class WelshOutputsTest : public ::testing::Test {
 protected:
  void SetUp() override { folder_ = testing::ScratchFolder("welsh-outputs"); }
  std::string folder_;
};

TEST_F(WelshOutputsTest, TheWelshScorecardHasNoEnglishFixedOrFrameworkText) {
  auto benchmark = testing::RunMaturityBinary("sector -q -f " + kFramework + " " + kSector +
                                              " --benchmark-out " + folder_ + "/benchmark.json");
  ASSERT_EQ(benchmark.exit_code, 0) << benchmark.err;
  auto welsh = testing::RunMaturityBinary("score -f " + kFramework + " " + kResponse +
                                          " --lang cy --benchmark " + folder_ +
                                          "/benchmark.json -o " + folder_ + "/cerdyn.xlsx");
  ASSERT_EQ(welsh.exit_code, 0) << welsh.err;
  EXPECT_EQ(welsh.err, "ysgrifennwyd " + folder_ + "/cerdyn.xlsx\n");  // No fallback: all Welsh.
  testing::XlsxContent book = testing::ReadXlsx(folder_ + "/cerdyn.xlsx");
  EXPECT_EQ(book.sheet_names,
            (std::vector<std::string>{"Crynodeb", "Elfennau", "Cynllun gweithredu",
                                      "Camau a gytunwyd", "Safbwyntiau", "Dull"}));
  EXPECT_EQ(book.cells.at("Crynodeb").at("A1"), "Cerdyn sgorio aeddfedrwydd partneriaeth");
  EXPECT_EQ(EnglishInWorkbook(folder_ + "/cerdyn.xlsx"), "");
  EXPECT_EQ(EnglishInText(welsh.out), "");
  EXPECT_NE(welsh.out.find("Cyffredinol: 2.72 allan o 5, lefel 2 Yn datblygu (43%)"),
            std::string::npos)
      << welsh.out;

  // The same check finds the English in an English scorecard: it can fail.
  auto english = testing::RunMaturityBinary("score -q -f " + kFramework + " " + kResponse + " -o " +
                                            folder_ + "/scorecard.xlsx");
  ASSERT_EQ(english.exit_code, 0) << english.err;
  std::string found = EnglishInWorkbook(folder_ + "/scorecard.xlsx");
  for (const char* expected : {"sheet name: \"Summary\"", "\"Action plan\"", "\"Planned\"",
                               "\"Maturity by dimension: current against target\"",
                               "\"Clear vision and joint commitment\""}) {
    EXPECT_NE(found.find(expected), std::string::npos) << expected;
  }
}

TEST_F(WelshOutputsTest, TheWelshAnnualCycleHasNoEnglishFixedText) {
  // Progress, agreed actions (overdue, statuses, notes' label) and a statement of
  // disagreement: every fixed text of the annual cycle in Welsh.
  const std::string last = "examples/annual-cycle/coleg-y-dyffryn-2024-25.yaml";
  const std::string now = "examples/annual-cycle/coleg-y-dyffryn-2025-26.yaml";
  auto first = testing::RunMaturityBinary("score --lang cy -f " + kFramework + " " + last + " -o " +
                                          folder_ + "/2024-25.xlsx");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  // The statement is the union side's own words (English here), shown as written.
  std::string printed = first.out;
  const std::string statement = "The union side does not agree the scores for resources";
  ASSERT_NE(printed.find(statement), std::string::npos);
  printed.erase(printed.find(statement),
                printed.find('\n', printed.find(statement)) - printed.find(statement));
  EXPECT_EQ(EnglishInText(printed), "");
  EXPECT_NE(first.out.find("Cytunwyd ar y cyd: naddo; heb gytuno: Ochr yr undebau llafur"),
            std::string::npos)
      << first.out;
  auto second =
      testing::RunMaturityBinary("score --lang cy -f " + kFramework + " " + now + " --previous " +
                                 last + " -o " + folder_ + "/2025-26.xlsx");
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(EnglishInText(second.out), "");
  EXPECT_NE(second.out.find("Newid ers 2024-25: +0.29"), std::string::npos) << second.out;
  EXPECT_EQ(EnglishInWorkbook(folder_ + "/2025-26.xlsx"), "");
  testing::XlsxContent book = testing::ReadXlsx(folder_ + "/2025-26.xlsx");
  EXPECT_EQ(book.sheet_names[1], "Cynnydd");
  EXPECT_EQ(book.cells.at("Cynnydd").at("A1"), "Cynnydd o 2024-25 i 2025-26");
  // Next year's questionnaire, started from this one, with last period's answers.
  auto next =
      testing::RunMaturityBinary("template --lang cy --format xlsx -f " + kFramework + " --from " +
                                 now + " --with-answers -o " + folder_ + "/holiadur-2026-27.xlsx");
  ASSERT_EQ(next.exit_code, 0) << next.err;
  EXPECT_EQ(EnglishInWorkbook(folder_ + "/holiadur-2026-27.xlsx"), "");
}

TEST_F(WelshOutputsTest, TheWelshSectorWorkbookHasNoEnglishFixedOrFrameworkText) {
  auto run = testing::RunMaturityBinary("sector -f " + kFramework + " " + kSector +
                                        " --lang cy --group-by sector,staff --anonymise -o " +
                                        folder_ + "/sector.xlsx");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  testing::XlsxContent book = testing::ReadXlsx(folder_ + "/sector.xlsx");
  EXPECT_EQ(book.sheet_names, (std::vector<std::string>{
                                  "Trosolwg", "Map gwres", "Dosbarthiad", "Grwpiau cymheiriaid",
                                  "Elfennau", "Canfyddiadau", "Tueddiadau", "Cymedroli", "Dull"}));
  EXPECT_EQ(EnglishInWorkbook(folder_ + "/sector.xlsx"), "");
  EXPECT_EQ(EnglishInText(run.out), "");
  EXPECT_NE(run.out.find("Grwpiau cymheiriaid (llai na 5 o sefydliadau: wedi'u hatal)"),
            std::string::npos)
      << run.out;
}

TEST_F(WelshOutputsTest, TheWelshFrameworkDocumentHasNoEnglishFixedOrFrameworkText) {
  for (const char* name : {"/fframwaith.md", "/fframwaith.html"}) {
    auto run = testing::RunMaturityBinary("docs " + kFramework + " --lang cy -o " + folder_ + name);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    std::string document = testing::ReadFile(folder_ + name);
    EXPECT_EQ(EnglishInText(document), "") << name;
    EXPECT_NE(document.find("Fframwaith Aeddfedrwydd Partneriaeth Gymdeithasol"),
              std::string::npos);
  }
  EXPECT_NE(testing::ReadFile(folder_ + "/fframwaith.html").find("<html lang=\"cy\">"),
            std::string::npos);
}

TEST_F(WelshOutputsTest, TheWelshSurveyMappingAndEveryWroteLineAreWelsh) {
  const std::string map = folder_ + "/mapio.yaml";
  auto run = testing::RunMaturityBinary("template -f " + kFramework +
                                        " --format csv-map --lang cy -o " + map);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "ysgrifennwyd " + map + "\n");
  std::string text = testing::ReadFile(map);
  EXPECT_EQ(EnglishInText(text), "");
  for (const char* english :
       {"Survey mapping for", "answer text", "columns not to import", "or delete", "a number:"}) {
    EXPECT_EQ(text.find(english), std::string::npos) << english;
  }
  EXPECT_NE(text.find("# Mapio arolwg ar gyfer"), std::string::npos) << text;
  auto score = testing::RunMaturityBinary("score -q -f " + kFramework + " " + kResponse +
                                          " --lang cy -o " + folder_ + "/cerdyn.xlsx");
  ASSERT_EQ(score.exit_code, 0) << score.err;
  EXPECT_EQ(score.err, "ysgrifennwyd " + folder_ + "/cerdyn.xlsx\n");
  auto sector = testing::RunMaturityBinary("sector -q -f " + kFramework + " " + kSector +
                                           " --lang cy --json " + folder_ + "/sector.json");
  ASSERT_EQ(sector.exit_code, 0) << sector.err;
  EXPECT_EQ(sector.err, "ysgrifennwyd " + folder_ + "/sector.json\n");
  auto docs = testing::RunMaturityBinary("docs " + kFramework + " --lang cy -o " + folder_ +
                                         "/fframwaith.md");
  ASSERT_EQ(docs.exit_code, 0) << docs.err;
  EXPECT_EQ(docs.out, "ysgrifennwyd " + folder_ + "/fframwaith.md\n");
}

TEST_F(WelshOutputsTest, TheWelshReportsHaveNoEnglishFixedOrFrameworkText) {
  const std::string last = "examples/annual-cycle/coleg-y-dyffryn-2024-25.yaml";
  const std::string now = "examples/annual-cycle/coleg-y-dyffryn-2025-26.yaml";
  auto benchmark = testing::RunMaturityBinary("sector -q -f " + kFramework + " " + kSector +
                                              " --benchmark-out " + folder_ + "/benchmark.json");
  ASSERT_EQ(benchmark.exit_code, 0) << benchmark.err;
  // Progress, a benchmark, agreed actions (one overdue) and the sign-off: every part.
  auto report = testing::RunMaturityBinary("report --lang cy -f " + kFramework + " " + now +
                                           " --previous " + last + " --benchmark " + folder_ +
                                           "/benchmark.json -o " + folder_ + "/adroddiad.html");
  ASSERT_EQ(report.exit_code, 0) << report.err;
  EXPECT_EQ(report.err, "ysgrifennwyd " + folder_ + "/adroddiad.html\n");
  std::string page = testing::ReadFile(folder_ + "/adroddiad.html");
  EXPECT_EQ(EnglishInHtml(page), "");
  EXPECT_NE(page.find("<html lang=\"cy\">"), std::string::npos);
  EXPECT_NE(page.find("\"Tudalen \" counter(page)"), std::string::npos);
  EXPECT_EQ(page.find("\"Page \""), std::string::npos);
  // A statement of disagreement and its heading, in the year that has one.
  auto first = testing::RunMaturityBinary("report --lang cy -f " + kFramework + " " + last +
                                          " -o " + folder_ + "/2024-25.html");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  std::string statement_page = testing::ReadFile(folder_ + "/2024-25.html");
  // The statement is the union side's own words (English here), shown as written.
  const std::string statement = "The union side does not agree the scores for resources";
  ASSERT_NE(statement_page.find(statement), std::string::npos);
  std::string without = statement_page;
  without.erase(without.find(statement),
                without.find('<', without.find(statement)) - without.find(statement));
  EXPECT_EQ(EnglishInHtml(without), "");
  EXPECT_NE(statement_page.find("Datganiad (Ochr yr undebau llafur)"), std::string::npos);

  auto sector = testing::RunMaturityBinary("sector -q --lang cy -f " + kFramework + " " + kSector +
                                           " --group-by sector,staff --anonymise --report " +
                                           folder_ + "/sector.html");
  ASSERT_EQ(sector.exit_code, 0) << sector.err;
  std::string sector_page = testing::ReadFile(folder_ + "/sector.html");
  EXPECT_EQ(EnglishInHtml(sector_page), "");
  EXPECT_NE(sector_page.find("Partneriaeth gymdeithasol ar draws y sector, 2025-26"),
            std::string::npos);

  // Both languages in one document: each part in its own language, in the order asked.
  auto both = testing::RunMaturityBinary("report --lang cy+en -f " + kFramework + " " + now +
                                         " -o " + folder_ + "/both.html");
  ASSERT_EQ(both.exit_code, 0) << both.err;
  std::string both_page = testing::ReadFile(folder_ + "/both.html");
  std::size_t welsh = both_page.find("<article lang=\"cy\"");
  std::size_t english = both_page.find("<article lang=\"en\"");
  ASSERT_NE(welsh, std::string::npos);
  ASSERT_NE(english, std::string::npos);
  EXPECT_LT(welsh, english);
  EXPECT_EQ(EnglishInHtml(both_page.substr(welsh, english - welsh)), "");
  // The check finds the English part's English: it can fail.
  std::string found = EnglishInHtml(both_page.substr(english));
  for (const char* expected :
       {"\"At a glance\"", "\"About the method\"", "\"Clear vision and joint commitment\""}) {
    EXPECT_NE(found.find(expected), std::string::npos) << expected;
  }
}

TEST_F(WelshOutputsTest, WelshLettersSurviveEveryOutput) {
  const std::string framework = "tests/data/welsh/letters.yaml";
  const std::string response = "tests/data/welsh/ysgol.yaml";
  const std::string f = folder_ + "/";
  struct Output {
    std::string command;
    std::string file;  ///< "" : the output is what the command prints.
  };
  const std::vector<Output> outputs = {
      {"score --lang cy -f " + framework + " " + response + " -o " + f + "cerdyn.xlsx --json " + f +
           "canlyniad.json",
       ""},
      {"", f + "cerdyn.xlsx"},
      {"", f + "canlyniad.json"},
      {"sector --lang cy -f " + framework + " " + response + " -o " + f + "sector.xlsx --json " +
           f + "sector.json",
       ""},
      {"", f + "sector.xlsx"},
      {"", f + "sector.json"},
      {"docs --lang cy " + framework + " -o " + f + "fframwaith.md", f + "fframwaith.md"},
      {"docs --lang cy " + framework + " -o " + f + "fframwaith.html", f + "fframwaith.html"},
      {"template --format xlsx --lang cy -f " + framework + " -o " + f + "holiadur.xlsx",
       f + "holiadur.xlsx"},
      {"template --format yaml --lang cy -f " + framework + " -o " + f + "ymateb.yaml",
       f + "ymateb.yaml"},
      {"template --format csv-map --lang cy -f " + framework + " -o " + f + "map.yaml",
       f + "map.yaml"},
  };
  std::string printed;
  for (const Output& output : outputs) {
    if (!output.command.empty()) {
      auto run = testing::RunMaturityBinary(output.command);
      ASSERT_EQ(run.exit_code, 0) << output.command << "\n" << run.err;
      printed = run.out;
    }
    std::string content;
    if (output.file.empty()) {
      content = printed;
    } else if (output.file.ends_with(".xlsx")) {
      for (const auto& [where, text] : VisibleTexts(testing::ReadXlsx(output.file))) {
        content += text + "\n";
      }
    } else {
      content = testing::ReadFile(output.file);
    }
    for (const char* letter : {"â", "ê", "î", "ô", "û", "ŵ", "ŷ"}) {
      EXPECT_NE(content.find(letter), std::string::npos)
          << letter << " is missing from " << (output.file.empty() ? output.command : output.file);
    }
  }
}

/// The words of `text`: runs of letters, digits, `_` and `-`.
std::set<std::string> Words(const std::string& text) {
  std::set<std::string> words;
  std::string word;
  for (char c : text + " ") {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-') {
      word += c;
    } else if (!word.empty()) {
      words.insert(word);
      word.clear();
    }
  }
  return words;
}

/// The codes a Welsh reader must never see because the framework labels them: perspective
/// keys, profile field keys, choice values and band names whose Welsh label differs. A code
/// that is also a word of some Welsh text (`staff`, `sector`) cannot be told apart and is
/// not checked.
std::set<std::string> LabelledCodes() {
  Diagnostics diagnostics;
  Framework framework = LoadFramework(testing::SourcePath(kFramework), diagnostics);
  std::set<std::string> welsh_words;
  for (const std::string& key : Messages::Keys()) {
    welsh_words.merge(Words(Messages::Raw(key, "cy")));
  }
  ForEachText(framework, [&](const Text& text) { welsh_words.merge(Words(text.In("cy"))); });
  std::set<std::string> codes;
  auto labelled = [&](const std::string& code, const Text& label) {
    if (!label.empty() && label.In("cy") != code && !welsh_words.contains(code)) {
      codes.insert(code);
    }
  };
  for (const Perspective& perspective : framework.perspectives) {
    labelled(perspective.key, perspective.label);
  }
  for (const ProfileField& field : framework.profile) {
    labelled(field.key, field.label);
    for (const auto& [value, label] : field.labels) labelled(value, label);
  }
  return codes;
}

TEST_F(WelshOutputsTest, NoLabelledCodeShowsInAnyWelshOutput) {
  const std::set<std::string> codes = LabelledCodes();
  // The bundled framework labels every perspective, value and band: these must be checked.
  for (const char* code : {"management", "trade_union", "nhs", "local_government", "medium"}) {
    EXPECT_TRUE(codes.contains(code)) << code;
  }
  // Line by line; a `code span` is an identifier shown as one (the document names the key a
  // response file uses), not text.
  auto codes_in = [&](const std::string& text) {
    static const std::regex code_span("`[^`]*`");
    std::string found;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
      for (const std::string& word : Words(std::regex_replace(line, code_span, ""))) {
        if (codes.contains(word)) found += word + " in \"" + line + "\"\n";
      }
    }
    return found;
  };
  auto codes_in_workbook = [&](const std::string& path) {
    std::string found;
    for (const auto& [where, text] : VisibleTexts(testing::ReadXlsx(path))) {
      // The hidden sheet holds the importer's map (keys, by design), not text for people.
      if (where.starts_with("_maturity!") || where == "xl/sharedStrings.xml") continue;
      found += codes_in(text).empty() ? "" : where + ": " + codes_in(text);
    }
    return found;
  };
  const std::string f = folder_ + "/";
  auto score = testing::RunMaturityBinary("score --lang cy -f " + kFramework + " " + kResponse +
                                          " -o " + f + "cerdyn.xlsx");
  ASSERT_EQ(score.exit_code, 0) << score.err;
  EXPECT_EQ(codes_in(score.out), "");
  EXPECT_EQ(codes_in_workbook(f + "cerdyn.xlsx"), "");
  auto sector = testing::RunMaturityBinary("sector --lang cy -f " + kFramework + " " + kSector +
                                           " --group-by sector,staff --min-group-size 1 -o " + f +
                                           "sector.xlsx");
  ASSERT_EQ(sector.exit_code, 0) << sector.err;
  EXPECT_EQ(codes_in(sector.out), "");
  EXPECT_EQ(codes_in_workbook(f + "sector.xlsx"), "");
  EXPECT_NE(sector.out.find("Sector: Addysg bellach"), std::string::npos) << sector.out;
  auto docs = testing::RunMaturityBinary("docs --lang cy " + kFramework + " -o " + f + "doc.md");
  ASSERT_EQ(docs.exit_code, 0) << docs.err;
  EXPECT_EQ(codes_in(testing::ReadFile(f + "doc.md")), "");
  auto questionnaire = testing::RunMaturityBinary("template --format xlsx --lang cy -f " +
                                                  kFramework + " -o " + f + "holiadur.xlsx");
  ASSERT_EQ(questionnaire.exit_code, 0) << questionnaire.err;
  EXPECT_EQ(codes_in_workbook(f + "holiadur.xlsx"), "");

  auto report = testing::RunMaturityBinary("report --lang cy -f " + kFramework + " " + kResponse +
                                           " -o " + f + "adroddiad.html");
  ASSERT_EQ(report.exit_code, 0) << report.err;
  auto sector_report = testing::RunMaturityBinary(
      "sector -q --lang cy -f " + kFramework + " " + kSector +
      " --group-by sector,staff --min-group-size 1 --report " + f + "sector.html");
  ASSERT_EQ(sector_report.exit_code, 0) << sector_report.err;
  for (const char* page : {"adroddiad.html", "sector.html"}) {
    std::string found;
    for (const std::string& text : HtmlTexts(testing::ReadFile(f + page))) found += codes_in(text);
    EXPECT_EQ(found, "") << page;
  }

  // The check finds codes where they show.
  EXPECT_EQ(codes_in("820 (medium); trade_union: 2.35"),
            "medium in \"820 (medium); trade_union: 2.35\"\n"
            "trade_union in \"820 (medium); trade_union: 2.35\"\n");
}

TEST_F(WelshOutputsTest, ASidesNameIsShownWholeInEveryWelshOutput) {
  // "Cyflogwr / rheolwyr" has a slash of its own: joined or wrapped, it once read
  // "Cyflogwr / / rheolwyr". Every Welsh output is read for a doubled slash, and for the
  // name whole, so that the check cannot pass by finding nothing.
  static const std::regex doubled(R"(/\s+/)");
  const std::string side = "Cyflogwr / rheolwyr";
  const std::string f = folder_ + "/";
  const std::string now = "examples/annual-cycle/coleg-y-dyffryn-2025-26.yaml";
  std::vector<std::pair<std::string, std::string>> texts;  // Where, what.
  auto add_workbook = [&](const std::string& path) {
    for (const auto& [where, text] : VisibleTexts(testing::ReadXlsx(path))) {
      texts.push_back({path + " " + where, text});
    }
  };
  auto run = [&](const std::string& arguments) {
    auto result = testing::RunMaturityBinary(arguments);
    EXPECT_EQ(result.exit_code, 0) << arguments << "\n" << result.err;
    texts.push_back({arguments, result.out});
  };
  run("score --lang cy -f " + kFramework + " " + kResponse + " -o " + f + "cerdyn.xlsx");
  run("score --lang cy -f " + kFramework + " " + now +
      " --previous examples/annual-cycle/coleg-y-dyffryn-2024-25.yaml -o " + f + "cylch.xlsx");
  run("sector --lang cy -f " + kFramework + " " + kSector +
      " --group-by sector,staff --min-group-size 1 -o " + f + "sector.xlsx --report " + f +
      "sector.html");
  run("template --format xlsx --lang cy -f " + kFramework + " --from " + now +
      " --with-answers -o " + f + "holiadur.xlsx");
  run("report --lang cy -f " + kFramework + " " + kResponse + " -o " + f + "adroddiad.html");
  run("docs --lang cy " + kFramework + " -o " + f + "fframwaith.html");
  for (const char* book : {"cerdyn.xlsx", "cylch.xlsx", "sector.xlsx", "holiadur.xlsx"}) {
    add_workbook(f + book);
  }
  for (const char* page : {"sector.html", "adroddiad.html", "fframwaith.html"}) {
    for (const std::string& text : HtmlTexts(testing::ReadFile(f + page))) {
      texts.push_back({page, text});
    }
  }
  std::size_t whole = 0;
  for (const auto& [where, text] : texts) {
    EXPECT_FALSE(std::regex_search(text, doubled)) << where << ": " << text;
    whole += text.find(side) != std::string::npos;
  }
  EXPECT_GT(whole, 20u);
  EXPECT_TRUE(std::regex_search("Cyflogwr / / rheolwyr", doubled));  // The check can fail.
}

TEST_F(WelshOutputsTest, AMissingTranslationFallsBackWithALocatedWarning) {
  const std::string framework = "tests/data/welsh/missing-translation.yaml";
  auto run = testing::RunMaturityBinary("score -f " + framework +
                                        " tests/data/welsh/ysgol.yaml --lang cy -o " + folder_ +
                                        "/cerdyn.xlsx");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, framework +
                         ":22:16: warning: dimensions[0].elements[0].title: no cy translation of "
                         "\"Only in English\"; showing the en text\n"
                         "ysgrifennwyd " +
                         folder_ + "/cerdyn.xlsx\n");
  EXPECT_EQ(testing::ReadXlsx(folder_ + "/cerdyn.xlsx").cells.at("Elfennau").at("C5"),
            "Only in English");
  // In English nothing is missing, so nothing is said.
  auto english = testing::RunMaturityBinary("score -q -f " + framework +
                                            " tests/data/welsh/ysgol.yaml --lang en");
  EXPECT_EQ(english.err, "");
  // lint names the same place.
  auto lint = testing::RunMaturityBinary("lint " + framework);
  EXPECT_NE(lint.err.find(framework +
                          ":22:16: warning: dimensions[0].elements[0].title: no cy translation of "
                          "\"Only in English\""),
            std::string::npos)
      << lint.err;
}

TEST_F(WelshOutputsTest, AFrameworkWithoutWelshGivesOneWarning) {
  auto run = testing::RunMaturityBinary("docs --lang cy tests/data/diff/new.yaml -o " + folder_ +
                                        "/doc.md");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("warning: languages: the framework has no cy texts (languages: en); its "
                         "titles, prompts and descriptors are shown in en\n"),
            std::string::npos)
      << run.err;
  // The fixed texts are still Welsh.
  EXPECT_NE(testing::ReadFile(folder_ + "/doc.md").find("## Sut i ateb"), std::string::npos);
}

TEST_F(WelshOutputsTest, AnUnknownLanguageIsAUsageError) {
  auto run =
      testing::RunMaturityBinary("score -q -f " + kFramework + " " + kResponse + " --lang fr");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err,
            "maturity score: error: --lang fr: expected one of en, cy\n"
            "Try 'maturity score --help'.\n");
}

}  // namespace
}  // namespace maturity
