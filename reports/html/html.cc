#include "reports/html/html.h"

#include <algorithm>
#include <stdexcept>

#include "common/strings.h"

namespace maturity {

std::string EscapeHtml(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      case '\'':
        escaped += "&#39;";
        break;
      default:
        // Control characters other than tab and newline are not allowed in HTML or XML;
        // an input cannot smuggle one in.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') {
          escaped += ' ';
        } else {
          escaped += c;
        }
    }
  }
  return escaped;
}

std::string Unbroken(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '-') {
      out += "\u2011";
    } else {
      out += c;
    }
  }
  return out;
}

void Html::WriteTag(std::string_view tag, const Attributes& attributes) {
  out_ << '<' << tag;
  for (const auto& [name, value] : attributes) {
    out_ << ' ' << name << "=\"" << EscapeHtml(IsolatedText(value)) << '"';
  }
}

void Html::Open(std::string_view tag, const Attributes& attributes) {
  WriteTag(tag, attributes);
  out_ << '>';
  open_.emplace_back(tag);
}

void Html::Close(std::string_view tag) {
  if (open_.empty() || open_.back() != tag) {
    throw std::logic_error("Html: closing <" + std::string(tag) + "> but <" +
                           (open_.empty() ? std::string("nothing") : open_.back()) + "> is open");
  }
  out_ << "</" << tag << '>';
  open_.pop_back();
}

void Html::Empty(std::string_view tag, const Attributes& attributes) {
  WriteTag(tag, attributes);
  out_ << "/>";
}

void Html::Element(std::string_view tag, std::string_view text, const Attributes& attributes) {
  Open(tag, attributes);
  Text(text);
  Close(tag);
}

void Html::Text(std::string_view text) {
  if (!NeedsBidiIsolation(text)) {
    out_ << EscapeHtml(text);
    return;
  }
  // A text that could reorder what follows it (a right-to-left override in a name) is
  // isolated: in <bdi> where an element may stand, and always by the isolate characters
  // themselves (inside SVG text and <title>, where no element may).
  bool elements_allowed =
      std::find(open_.begin(), open_.end(), "svg") == open_.end() && innermost() != "title";
  if (elements_allowed) out_ << "<bdi>";
  out_ << EscapeHtml(IsolatedText(text));
  if (elements_allowed) out_ << "</bdi>";
}

void Html::Style(std::string_view css) {
  if (css.find('<') != std::string_view::npos) {
    throw std::logic_error("Html: a style sheet may not hold '<'");
  }
  Open("style");
  out_ << css;
  Close("style");
}

}  // namespace maturity
