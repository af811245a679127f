#include "engine/yaml_reader.h"

#include <gtest/gtest.h>

#include <initializer_list>

namespace maturity {
namespace {

/// A reader of a file `f.yaml`, and what it reports.
class YamlTest : public ::testing::Test {
 protected:
  Diagnostics diagnostics;
  YamlReader reader{"f.yaml", diagnostics};
};
class MapReaderTest : public YamlTest {
 protected:
  /// Reads `keys` from `map` (each optional), then finishes it: what is left is unknown.
  static void Finish(MapReader& map, std::initializer_list<const char*> keys) {
    for (const char* key : keys) map.Optional(key);
    map.Finish();
  }
};
class YamlReaderTest : public YamlTest {};

TEST_F(MapReaderTest, ReportsDuplicateKeysWithTheFirstLine) {
  YamlNode root = reader.Parse("a: 1\nb: 2\na: 3\n");
  MapReader map(reader, root, "");
  Finish(map, {"a", "b"});
  EXPECT_EQ(diagnostics.Format(),
            "f.yaml:3:1: error: a: duplicate key 'a' (first given at line 1); a repeated key "
            "would overwrite data\n");
  ASSERT_EQ(map.entries().size(), 2u);
  EXPECT_EQ(map.Optional("a").Scalar(), "1");
}

TEST_F(MapReaderTest, ALargeMappingFindsItsDuplicatesByHashingNotByPairs) {
  // 200,000 keys, the last repeating the first: a check by pairs would make 2 x 10^10
  // comparisons (minutes); hashing makes one pass.
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "k" + std::to_string(i) + ": 1\n";
  text += "k0: 2\n";
  YamlNode root = reader.Parse(text);
  MapReader map(reader, root, "");
  EXPECT_EQ(map.entries().size(), 200000u);
  EXPECT_EQ(diagnostics.Format(),
            "f.yaml:200001:1: error: k0: duplicate key 'k0' (first given at line 1); a repeated "
            "key would overwrite data\n");
}

TEST(YamlPathTest, IsWrittenOutAsKeyPathsWere) {
  YamlPath root("answers");
  YamlPath element = root.Key("vision-shared-purpose");
  EXPECT_EQ(element.Index(2).Key("evidence").Index(0).str(),
            "answers.vision-shared-purpose[2].evidence[0]");
  EXPECT_EQ(YamlPath("").Key("institution").str(), "institution");
  EXPECT_EQ(YamlPath("").Index(3).str(), "[3]");
  EXPECT_EQ(element.str(), KeyPath("answers", "vision-shared-purpose"));
  EXPECT_EQ(element.Index(7).str(), IndexPath(KeyPath("answers", "vision-shared-purpose"), 7));
}

TEST_F(MapReaderTest, ReportsUnknownKeysWithASuggestion) {
  YamlNode root = reader.Parse("answer:\n  levle: 3\n  by: x\n");
  MapReader top(reader, root, "");
  MapReader answer(reader, top.Optional("answer"), "answer");
  Finish(answer, {"by", "level"});
  top.Finish();
  EXPECT_EQ(diagnostics.Format(),
            "f.yaml:2:3: error: answer.levle: unknown key 'levle'; did you mean 'level'?\n");
}

TEST_F(MapReaderTest, ListsExpectedKeysWhenNoneIsClose) {
  YamlNode root = reader.Parse("colour: red\n");
  MapReader map(reader, root, "");
  Finish(map, {"id", "title"});
  EXPECT_EQ(diagnostics.Format(),
            "f.yaml:1:1: error: colour: unknown key 'colour'; expected one of: id, title\n");
}

TEST_F(MapReaderTest, ReportsAMissingRequiredKeyAtTheMapping) {
  YamlNode root = reader.Parse("x:\n  a: 1\n");
  MapReader top(reader, root, "");
  MapReader x(reader, top.Optional("x"), "x");
  x.Optional("a");
  EXPECT_FALSE(x.Required("b").IsDefined());
  EXPECT_EQ(diagnostics.Format(), "f.yaml:2:3: error: x: missing required key 'b'\n");
}

TEST_F(YamlReaderTest, SyntaxErrorsAreLocated) {
  reader.Parse("a: [1, 2\nb: 3\n");
  ASSERT_TRUE(diagnostics.HasErrors());
  EXPECT_EQ(diagnostics.items()[0].location.file, "f.yaml");
  EXPECT_GT(diagnostics.items()[0].location.line, 0);
  EXPECT_EQ(diagnostics.items()[0].message.rfind("invalid YAML: ", 0), 0u);
}

TEST_F(YamlReaderTest, NumbersMustBePlainAndFinite) {
  YamlNode root = reader.Parse("a: 12.5\nb: '12'\nc: .inf\nd: twelve\ne: 99999999999999999999\n");
  EXPECT_EQ(reader.ReadNumber(root["a"], "a"), 12.5);
  EXPECT_EQ(reader.ReadNumber(root["b"], "b"), std::nullopt);
  EXPECT_EQ(reader.ReadNumber(root["c"], "c"), std::nullopt);
  EXPECT_EQ(reader.ReadNumber(root["d"], "d"), std::nullopt);
  EXPECT_EQ(reader.ReadInteger(root["e"], "e"), std::nullopt);
  EXPECT_EQ(diagnostics.Format(),
            "f.yaml:2:4: error: b: expected a number, got \"12\"\n"
            "f.yaml:3:4: error: c: expected a number, got \".inf\"\n"
            "f.yaml:4:4: error: d: expected a number, got \"twelve\"\n"
            "f.yaml:5:4: error: e: integer out of range, got \"99999999999999999999\"\n");
}

TEST_F(YamlReaderTest, TextMayBeTranslated) {
  YamlNode root = reader.Parse("a: {cy: Croeso, en: Welcome}\nb: {en: Hi, fr: Salut}\n");
  auto text = reader.ReadText(root["a"], "a", {"en", "cy"});
  ASSERT_TRUE(text.has_value());
  EXPECT_EQ(text->Default(), "Welcome");
  EXPECT_EQ(text->In("cy"), "Croeso");
  EXPECT_EQ(reader.ReadText(root["b"], "b", {"en", "cy"}), std::nullopt);
  EXPECT_EQ(diagnostics.Format(),
            "f.yaml:2:13: error: b.fr: language 'fr' is not declared in the framework's "
            "languages (en, cy)\n");
}

TEST(DiagnosticsTest, StopsKeepingErrorsAtTheLimitButCountsThem) {
  Diagnostics diagnostics(2);
  for (int i = 1; i <= 5; ++i) diagnostics.Error({"f.yaml", i, 1}, "k", "bad");
  EXPECT_EQ(diagnostics.error_count(), 5u);
  EXPECT_EQ(diagnostics.Format(),
            "f.yaml:1:1: error: k: bad\nf.yaml:2:1: error: k: bad\n"
            "too many errors: 3 more not shown\n");
}

}  // namespace
}  // namespace maturity
