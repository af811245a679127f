#include "reports/html/framework_document.h"

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

TEST(FrameworkDocumentTest, FrameworkTextIsShownLiterallyNeverAsMarkup) {
  // Markdown and HTML in a framework's texts were written raw into `docs -o x.md`, and an
  // unbalanced ** or backtick stayed open in `docs -o x.html`.
  Framework framework = testing::ParseTestFramework(testing::Replace(
      testing::Replace(
          testing::kTinyFramework, "title: Tiny framework",
          "title: \"<script>alert(1)</script> [x](javascript:alert(1)) **open `tick\""),
      "title: Alpha", "title: \"# Not a heading\\n- not an item\\n1. not a list & more\""));
  std::vector<DocumentBlock> blocks = DescribeFramework(framework);
  std::ostringstream markdown;
  WriteMarkdown(blocks, markdown);
  EXPECT_NE(markdown.str().find("# \\<script\\>alert(1)\\</script\\> \\[x\\](javascript:alert(1)) "
                                "\\*\\*open \\`tick\n"),
            std::string::npos)
      << markdown.str();
  EXPECT_NE(markdown.str().find("## 1. \\# Not a heading \\- not an item 1\\. not a list \\& "
                                "more\n"),
            std::string::npos)
      << markdown.str();
  EXPECT_EQ(markdown.str().find("<script>"), std::string::npos);
  EXPECT_EQ(markdown.str().find("[x]("), std::string::npos);

  std::ostringstream html;
  WriteHtml(blocks, "t", html);
  EXPECT_NE(html.str().find("<h1>&lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1)) "
                            "**open `tick</h1>"),
            std::string::npos)
      << html.str();
  auto count = [&](const std::string& tag) {
    std::size_t n = 0;
    for (std::size_t at = html.str().find(tag); at != std::string::npos;
         at = html.str().find(tag, at + 1)) {
      ++n;
    }
    return n;
  };
  EXPECT_EQ(count("<strong>"), count("</strong>"));
  EXPECT_EQ(count("<code>"), count("</code>"));
}

TEST(FrameworkDocumentTest, AnUnbalancedSpanIsClosedWithItsBlock) {
  std::ostringstream html;
  WriteHtml({{DocumentBlock::Kind::kParagraph, 0, "**bold `code", {}, {}}}, "t", html);
  EXPECT_NE(html.str().find("<p><strong>bold <code>code</code></strong></p>"), std::string::npos)
      << html.str();
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
  EXPECT_EQ(testing::FirstLine(pdf.err),
            "maturity docs: error: -o " + folder + "/f.pdf: name the document .html or .md");
}

}  // namespace
}  // namespace maturity
