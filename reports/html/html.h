// Writing HTML that is well formed by construction: every element opened is closed in
// order, every text and attribute is escaped, nothing is fetched from outside the file.
// The published reports (docs/report.md) are written through it.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace maturity {

/// `text` with &, <, >, " and ' escaped, for an HTML text node or attribute value.
std::string EscapeHtml(std::string_view text);

/// `text` with its hyphens made non-breaking (U+2011), for a period such as 2025-26 in a
/// heading or label, where a line ending inside it ("2025-" above "26") reads badly.
/// Not for table cells, which are read back as written.
std::string Unbroken(std::string_view text);

/// An HTML (and SVG) writer. Elements are written as polyglot markup, which an XML parser
/// also reads: void elements close themselves (`<meta charset="utf-8"/>`).
class Html {
 public:
  using Attributes = std::vector<std::pair<std::string, std::string>>;

  explicit Html(std::ostream& out) : out_(out) {}
  Html(const Html&) = delete;
  Html& operator=(const Html&) = delete;

  /// Opens `tag`; the matching Close must follow.
  void Open(std::string_view tag, const Attributes& attributes = {});
  /// Closes the innermost open element, which must be `tag` (std::logic_error otherwise).
  void Close(std::string_view tag);
  /// An element with no content, closed at once: `<rect .../>`.
  void Empty(std::string_view tag, const Attributes& attributes = {});
  /// An element holding one text.
  void Element(std::string_view tag, std::string_view text, const Attributes& attributes = {});
  /// A text, escaped; one that holds right-to-left letters or bidirectional controls is
  /// isolated (<bdi>, and U+2068 ... U+2069), as are attribute values, so that no inserted
  /// text reorders the page's own words after it.
  void Text(std::string_view text);
  /// A style sheet written as given: for the report's own fixed CSS only, never for text
  /// from an input.
  void Style(std::string_view css);
  /// Starts a new line in the file (between block elements, for people reading the source).
  void Line() { out_ << '\n'; }
  /// How many elements are open.
  std::size_t depth() const { return open_.size(); }
  /// The innermost open element's tag; "" when none is open.
  std::string innermost() const { return open_.empty() ? "" : open_.back(); }

 private:
  void WriteTag(std::string_view tag, const Attributes& attributes);
  std::ostream& out_;
  std::vector<std::string> open_;
};

}  // namespace maturity
