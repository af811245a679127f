#include "reports/json/json_writer.h"

#include <gtest/gtest.h>

#include <sstream>

#include "common/numbers.h"

namespace maturity {
namespace {

TEST(JsonWriterTest, WritesNestedDocumentsWithIndentation) {
  std::ostringstream out;
  JsonWriter json(out);
  json.BeginObject();
  json.Key("a");
  json.Number(2.75);
  json.Key("b");
  json.BeginArray();
  json.String("x");
  json.Null();
  json.Bool(true);
  json.EndArray();
  json.Key("empty");
  json.BeginObject();
  json.EndObject();
  json.Key("none");
  json.Number(std::optional<double>());
  json.EndObject();
  EXPECT_EQ(out.str(),
            "{\n  \"a\": 2.75,\n  \"b\": [\n    \"x\",\n    null,\n    true\n  ],\n"
            "  \"empty\": {},\n  \"none\": null\n}\n");
}

TEST(JsonWriterTest, NumbersAreShortestRoundTrip) {
  EXPECT_EQ(FormatNumber(3.0), "3");
  EXPECT_EQ(FormatNumber(2.0 / 3.0), "0.6666666666666666");
  EXPECT_EQ(FormatNumber(-0.0), "0");
  EXPECT_EQ(FormatNumber(43.75), "43.75");
}

}  // namespace
}  // namespace maturity
