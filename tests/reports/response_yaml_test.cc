#include "reports/yaml/response_yaml.h"

#include <gtest/gtest.h>

#include <sstream>

#include "reports/json/scorecard_json.h"
#include "tests/reports/golden.h"

namespace maturity {
namespace {

/// `response` written as YAML, as `maturity import` writes it.
std::string AsYaml(const Response& response, const Framework& framework) {
  std::ostringstream out;
  WriteResponseYaml(response, framework, "test.xlsx", out);
  return out.str();
}

std::string ScoreJson(const Framework& framework, const Response& response) {
  std::ostringstream out;
  WriteScorecardJson(Score(framework, response), out);
  return out.str();
}

class ResponseYamlTest : public ::testing::TestWithParam<const char*> {};

TEST_P(ResponseYamlTest, WrittenYamlLoadsBackToTheSameResponse) {
  auto example = testing::ScoreExample(GetParam());
  std::string yaml = AsYaml(example->response, example->framework);
  Diagnostics diagnostics;
  Response again = ParseResponse("again.yaml", yaml, example->framework, diagnostics);
  EXPECT_EQ(AsYaml(again, example->framework), yaml);  // A fixed point.
  // Everything that is scored or shown reads back the same.
  std::string expected = ScoreJson(example->framework, example->response);
  std::string actual = ScoreJson(example->framework, again);
  // The file names differ; nothing else may.
  EXPECT_EQ(actual.substr(actual.find("\"institution\"")),
            expected.substr(expected.find("\"institution\"")));
}

INSTANTIATE_TEST_SUITE_P(Examples, ResponseYamlTest, ::testing::ValuesIn(testing::kExamples),
                         [](const auto& info) {
                           std::string name = testing::ExampleName(info.param);
                           for (char& c : name) c = c == '-' ? '_' : c;
                           return name;
                         });

TEST(ResponseYamlTest, TextsThatLookLikeOtherValuesStayTexts) {
  auto example = testing::ScoreExample(testing::kExamples[0]);
  Response response = example->response;
  response.institution.name = "yes";
  response.respondents.front().name = "1.0";
  response.respondents.front().role = "null";
  Answer& answer = response.answers.front().answers.front();
  answer.note = "Line one\nLine two: \"quoted\" # not a comment\tand ŵ ŷ";
  response.respondents.at(1).name = "~";
  answer.evidence = {"true", "- a list?", "{not: a map}"};
  std::string yaml = AsYaml(response, example->framework);
  Diagnostics diagnostics;
  Response again = ParseResponse("again.yaml", yaml, example->framework, diagnostics);
  EXPECT_EQ(again.institution.name, "yes");
  EXPECT_EQ(again.respondents.front().name, "1.0");
  EXPECT_EQ(again.respondents.front().role, "null");
  EXPECT_EQ(again.respondents.at(1).name, "~");
  EXPECT_EQ(again.answers.front().answers.front().note, answer.note);
  EXPECT_EQ(again.answers.front().answers.front().evidence, answer.evidence);
}

}  // namespace
}  // namespace maturity
