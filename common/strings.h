// Texts put together for people and for files: joins, quoting, display width.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace maturity {

/// The non-empty `parts` joined by `separator`.
std::string Join(const std::vector<std::string>& parts, std::string_view separator);
/// `a, b and c` (with `last` as the final joining word): a list in an English message.
std::string JoinAsList(const std::vector<std::string>& parts, std::string_view last = "and");
/// `text` in double quotes with JSON's escapes; also a valid YAML double-quoted scalar.
std::string Quoted(std::string_view text);
/// Appends `text` to `out` as Quoted() does.
void AppendQuoted(std::string& out, std::string_view text);

/// The columns `text` (UTF-8) takes in a terminal: one per user-perceived character
/// (a base letter with combining accents, as in a decomposed ŵ, is one), two for wide
/// East Asian characters, none for control characters.
std::size_t DisplayWidth(std::string_view text);
/// `text` cut to `width` columns (ending in an ellipsis) or padded with spaces to it.
std::string Pad(const std::string& text, std::size_t width);

}  // namespace maturity
