#include "reports/framework_document.h"

#include <gtest/gtest.h>

#include <sstream>

#include "tests/engine/tiny_framework.h"
#include "tests/reports/golden.h"

namespace maturity {
namespace {

TEST(FrameworkDocumentTest, MarkdownMatchesTheGoldenFile) {
  Framework framework = testing::ParseTestFramework(testing::kTinyFramework);
  std::ostringstream out;
  WriteMarkdown(DescribeFramework(framework), out);
  testing::ExpectMatchesGolden(out.str(), "tests/data/golden/tiny-framework.md");
}

TEST(FrameworkDocumentTest, HtmlMatchesTheGoldenFile) {
  Framework framework = testing::ParseTestFramework(testing::kTinyFramework);
  std::ostringstream out;
  WriteHtml(DescribeFramework(framework), "Tiny framework 1.0.0", out);
  testing::ExpectMatchesGolden(out.str(), "tests/data/golden/tiny-framework.html");
}

TEST(FrameworkDocumentTest, HtmlEscapesWhatUsersWrite) {
  Framework framework = testing::ParseTestFramework(testing::Replace(
      testing::kTinyFramework, "title: Tiny framework", "title: \"Unions & <management>\""));
  std::ostringstream out;
  WriteHtml(DescribeFramework(framework), "t", out);
  EXPECT_NE(out.str().find("<h1>Unions &amp; &lt;management&gt;</h1>"), std::string::npos);
}

TEST(FrameworkDocumentTest, TheCliWritesEitherFormatAndRefusesOthers) {
  std::string folder = testing::ScratchFolder("docs");
  auto html = testing::RunMaturityBinary("docs frameworks/social-partnership.yaml -o " + folder +
                                         "/f.html");
  EXPECT_EQ(html.exit_code, 0) << html.err;
  EXPECT_NE(testing::ReadFile(folder + "/f.html")
                .find("<h3>1.2 Joint commitment to the success of the organisation</h3>"),
            std::string::npos);
  auto pdf =
      testing::RunMaturityBinary("docs frameworks/social-partnership.yaml -o " + folder + "/f.pdf");
  EXPECT_EQ(pdf.exit_code, 2);
  EXPECT_EQ(pdf.err.substr(0, pdf.err.find('\n')),
            "maturity docs: error: -o " + folder + "/f.pdf: name the document .html or .md");
}

}  // namespace
}  // namespace maturity
