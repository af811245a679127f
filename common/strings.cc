#include "common/strings.h"

#include <utf8proc.h>

#include <cstdio>

namespace maturity {

std::string Join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string joined;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!joined.empty()) joined += separator;
    joined += part;
  }
  return joined;
}

std::string CountOf(std::size_t count, std::string_view one, std::string_view many) {
  return std::to_string(count) + " " + std::string(count == 1 ? one : many);
}

std::string JoinAsList(const std::vector<std::string>& parts, std::string_view last) {
  std::string joined;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) joined += i + 1 == parts.size() ? " " + std::string(last) + " " : ", ";
    joined += parts[i];
  }
  return joined;
}

void AppendQuoted(std::string& out, std::string_view text) {
  out += '"';
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned char>(c));
          out += escaped;
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

std::string Quoted(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  AppendQuoted(out, text);
  return out;
}

bool IsBidiControl(char32_t code) {
  return code == 0x061C || code == 0x200E || code == 0x200F || (code >= 0x202A && code <= 0x202E) ||
         (code >= 0x2066 && code <= 0x2069);
}

namespace {

/// Calls `visit(code, bytes)` for each code point of `text`; a byte that is not UTF-8 is
/// visited alone with code -1.
template <typename Visit>
void ForEachCodePoint(std::string_view text, Visit visit) {
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  const auto size = static_cast<utf8proc_ssize_t>(text.size());
  for (utf8proc_ssize_t at = 0; at < size;) {
    utf8proc_int32_t code = -1;
    utf8proc_ssize_t length = utf8proc_iterate(bytes + at, size - at, &code);
    if (length <= 0) {
      code = -1;
      length = 1;
    }
    visit(code, text.substr(static_cast<std::size_t>(at), static_cast<std::size_t>(length)));
    at += length;
  }
}

/// Appends the visible form of a control character, bidirectional formatting character
/// or stray byte; returns false when `code` is none of them.
bool AppendEscaped(std::string& out, utf8proc_int32_t code, std::string_view bytes) {
  char escaped[16];
  if (code < 0) {
    std::snprintf(escaped, sizeof escaped, "\\x%02x", static_cast<unsigned char>(bytes[0]));
  } else if (code < 0x20 || code == 0x7F) {
    std::snprintf(escaped, sizeof escaped, "\\x%02x", static_cast<unsigned>(code));
  } else if ((code >= 0x80 && code <= 0x9F) || IsBidiControl(static_cast<char32_t>(code))) {
    std::snprintf(escaped, sizeof escaped, "U+%04X", static_cast<unsigned>(code));
  } else {
    return false;
  }
  out += escaped;
  return true;
}

}  // namespace

bool NeedsBidiIsolation(std::string_view text) {
  bool needs = false;
  ForEachCodePoint(text, [&](utf8proc_int32_t code, std::string_view) {
    if (code < 0x80 || needs) return;
    if (IsBidiControl(static_cast<char32_t>(code))) {
      needs = true;
      return;
    }
    const utf8proc_property_t* property = utf8proc_get_property(code);
    needs = property->bidi_class == UTF8PROC_BIDI_CLASS_R ||
            property->bidi_class == UTF8PROC_BIDI_CLASS_AL;
  });
  return needs;
}

std::string IsolatedText(std::string_view text) {
  if (!NeedsBidiIsolation(text)) return std::string(text);
  std::string out = "\u2068";
  int open = 0;
  ForEachCodePoint(text, [&](utf8proc_int32_t code, std::string_view bytes) {
    if (code >= 0x2066 && code <= 0x2068) {
      ++open;
    } else if (code == 0x2069) {
      if (open == 0) return;  // It would close the isolate around the text.
      --open;
    }
    out += bytes;
  });
  for (; open > 0; --open) out += "\u2069";
  return out + "\u2069";
}

std::string WithoutBidiControls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  ForEachCodePoint(text, [&](utf8proc_int32_t code, std::string_view bytes) {
    if (code < 0 || !IsBidiControl(static_cast<char32_t>(code))) out += bytes;
  });
  return out;
}

bool IsBlank(std::string_view text) {
  bool blank = true;
  ForEachCodePoint(text, [&](utf8proc_int32_t code, std::string_view) {
    if (!blank) return;
    if (code < 0) {
      blank = false;
      return;
    }
    // Hangul fillers and the blank Braille pattern show nothing although they are letters
    // or symbols.
    if (code == 0x115F || code == 0x1160 || code == 0x3164 || code == 0xFFA0 || code == 0x2800) {
      return;
    }
    switch (utf8proc_category(code)) {
      case UTF8PROC_CATEGORY_ZS:  // Spaces, including no-break and ideographic.
      case UTF8PROC_CATEGORY_ZL:
      case UTF8PROC_CATEGORY_ZP:
      case UTF8PROC_CATEGORY_CC:  // Control characters.
      case UTF8PROC_CATEGORY_CF:  // Format: ZWSP, ZWJ, BOM, soft hyphen, bidi controls.
        return;
      default:
        blank = false;
    }
  });
  return blank;
}

std::size_t CountLettersAndDigits(std::string_view text) {
  std::size_t count = 0;
  ForEachCodePoint(text, [&](utf8proc_int32_t code, std::string_view) {
    if (code < 0) return;
    switch (utf8proc_category(code)) {
      case UTF8PROC_CATEGORY_LU:
      case UTF8PROC_CATEGORY_LL:
      case UTF8PROC_CATEGORY_LT:
      case UTF8PROC_CATEGORY_LM:
      case UTF8PROC_CATEGORY_LO:
      case UTF8PROC_CATEGORY_ND:
      case UTF8PROC_CATEGORY_NL:
      case UTF8PROC_CATEGORY_NO:
        if (code != 0x115F && code != 0x1160 && code != 0x3164 && code != 0xFFA0) ++count;
        break;
      default:
        break;
    }
  });
  return count;
}

std::string TerminalText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  ForEachCodePoint(text, [&](utf8proc_int32_t code, std::string_view bytes) {
    if (code == '\n' || code == '\t' || !AppendEscaped(out, code, bytes)) out += bytes;
  });
  return out;
}

std::string CommentText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool after_cr = false;
  ForEachCodePoint(text, [&](utf8proc_int32_t code, std::string_view bytes) {
    bool cr = code == '\r';
    if (code == '\n' && after_cr) {
      // CR LF: one break, already written.
    } else if (cr || code == '\n' || code == 0x0B || code == 0x0C || code == 0x85 ||
               code == 0x2028 || code == 0x2029) {
      out += '\n';
    } else if (code == '\t' || !AppendEscaped(out, code, bytes)) {
      out += bytes;
    }
    after_cr = cr;
  });
  return out;
}

namespace {

/// Walks `text` one user-perceived character (grapheme cluster) at a time, calling
/// `visit(bytes, columns)`; stops when it returns false. A byte that is not valid UTF-8
/// counts as one character of one column.
template <typename Visit>
void ForEachCharacter(std::string_view text, Visit visit) {
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  const auto size = static_cast<utf8proc_ssize_t>(text.size());
  utf8proc_ssize_t start = 0;
  utf8proc_ssize_t at = 0;
  utf8proc_int32_t previous = -1;
  utf8proc_int32_t state = 0;
  std::size_t columns = 0;
  while (at < size) {
    utf8proc_int32_t code = 0;
    utf8proc_ssize_t length = utf8proc_iterate(bytes + at, size - at, &code);
    if (length <= 0) {  // Not UTF-8: a character of its own.
      if (at > start && !visit(text.substr(start, at - start), columns)) return;
      if (!visit(text.substr(at, 1), 1)) return;
      start = at = at + 1;
      previous = -1;
      columns = 0;
      continue;
    }
    if (at > start && utf8proc_grapheme_break_stateful(previous, code, &state)) {
      if (!visit(text.substr(start, at - start), columns)) return;
      start = at;
      columns = 0;
    }
    int width = utf8proc_charwidth(code);
    columns += width > 0 ? static_cast<std::size_t>(width) : 0;
    previous = code;
    at += length;
  }
  if (at > start) visit(text.substr(start, at - start), columns);
}

}  // namespace

std::size_t DisplayWidth(std::string_view text) {
  std::size_t width = 0;
  ForEachCharacter(text, [&](std::string_view, std::size_t columns) {
    width += columns;
    return true;
  });
  return width;
}

std::u32string CodePoints(std::string_view text) {
  std::u32string codes;
  ForEachCodePoint(text, [&](utf8proc_int32_t code, std::string_view) {
    codes.push_back(code < 0 ? U'\uFFFD' : static_cast<char32_t>(code));
  });
  return codes;
}

std::string Pad(const std::string& text, std::size_t width) {
  if (width == 0) return "";
  std::size_t text_width = DisplayWidth(text);
  if (text_width <= width) return text + std::string(width - text_width, ' ');
  std::string cut;
  std::size_t used = 0;
  ForEachCharacter(text, [&](std::string_view character, std::size_t columns) {
    if (used + columns + 1 > width) return false;  // Keep a column for the ellipsis.
    cut += character;
    used += columns;
    return true;
  });
  return cut + "…" + std::string(width - used - 1, ' ');
}

}  // namespace maturity
