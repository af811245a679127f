// A framework published for the people who will answer it, as Markdown or HTML
// (`maturity docs`).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "engine/framework.h"

namespace maturity {

/// A document as a list of blocks, rendered to Markdown or HTML by the same code path.
struct DocumentBlock {
  enum class Kind { kHeading, kParagraph, kList, kTable };
  Kind kind = Kind::kParagraph;
  int level = 1;                               ///< Headings: 1 to 6.
  std::string text;                            ///< Headings and paragraphs.
  std::vector<std::string> items;              ///< Lists; table headers.
  std::vector<std::vector<std::string>> rows;  ///< Tables.
};

/// The framework as a document: the scale, every dimension and element with its prompt,
/// level descriptors, measures and checklists, where it applies, its target, and how
/// answers are scored.
/// Fixed texts come from the message catalogue in `language`, the framework's texts in
/// `language` where it has them.
std::vector<DocumentBlock> DescribeFramework(const Framework& framework,
                                             const std::string& language = "en");

void WriteMarkdown(const std::vector<DocumentBlock>& blocks, std::ostream& out);
/// A standalone HTML page with print-friendly styling; `title` is the page title.
void WriteHtml(const std::vector<DocumentBlock>& blocks, const std::string& title,
               std::ostream& out, const std::string& language = "en");

}  // namespace maturity
