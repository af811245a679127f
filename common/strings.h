// Texts put together for people and for files: joins, quoting, display width.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace maturity {

/// The non-empty `parts` joined by `separator`.
std::string Join(const std::vector<std::string>& parts, std::string_view separator);
/// `count` and the noun for it, singular for 1: "1 error", "2 errors" (English messages).
std::string CountOf(std::size_t count, std::string_view one, std::string_view many);
/// `a, b and c` (with `last` as the final joining word): a list in an English message.
std::string JoinAsList(const std::vector<std::string>& parts, std::string_view last = "and");
/// `text` in double quotes with JSON's escapes; also a valid YAML double-quoted scalar.
std::string Quoted(std::string_view text);
/// Appends `text` to `out` as Quoted() does.
void AppendQuoted(std::string& out, std::string_view text);

/// Whether `code` is a bidirectional formatting character: the marks (ALM, LRM, RLM),
/// embeddings, overrides and isolates (U+061C, U+200E-200F, U+202A-202E, U+2066-2069).
bool IsBidiControl(char32_t code);
/// Whether `text` holds a bidirectional formatting character or a right-to-left letter,
/// which can reorder the text shown after it unless it is isolated.
bool NeedsBidiIsolation(std::string_view text);
/// `text` unchanged when NeedsBidiIsolation is false; otherwise between FIRST STRONG
/// ISOLATE (U+2068) and POP DIRECTIONAL ISOLATE (U+2069), its own isolates balanced (an
/// unmatched U+2069 left out, one added for each it leaves open), so that nothing in it
/// reorders the text around it: "2025-26" after a name with U+202E stays "2025-26".
std::string IsolatedText(std::string_view text);
/// `text` without its bidirectional formatting characters.
std::string WithoutBidiControls(std::string_view text);

/// Whether `text` shows nothing: empty, or only spaces, line breaks, control and format
/// characters (zero-width space and joiners, byte order mark, soft hyphen, bidirectional
/// controls) and blank fillers. Such a text counts as empty wherever one is required.
bool IsBlank(std::string_view text);
/// How many letters and digits (any script) `text` holds.
std::size_t CountLettersAndDigits(std::string_view text);

/// `text` safe to print on a terminal: every control character (C0 other than newline
/// and tab, DEL, C1) shown as `\x1b`, every bidirectional formatting character as
/// `U+202E`, a byte that is not UTF-8 as `\xff`. What every terminal message and summary
/// goes through (cli/), so that a name cannot set the title, clear the screen or reverse
/// the line.
std::string TerminalText(std::string_view text);
/// `text` for a YAML `#` comment: every line break a YAML reader or an editor knows (CR LF,
/// CR, LF, NEL, LS, PS, VT, FF) as `\n`, which the writer starts as a new `#` line, and
/// other control characters as TerminalText shows them, so that no text ends its comment.
std::string CommentText(std::string_view text);

/// The columns `text` (UTF-8) takes in a terminal: one per user-perceived character
/// (a base letter with combining accents, as in a decomposed ŵ, is one), two for wide
/// East Asian characters, none for control characters.
std::size_t DisplayWidth(std::string_view text);
/// The code points of `text`, UTF-8 decoded; a byte that is not UTF-8 gives U+FFFD.
std::u32string CodePoints(std::string_view text);
/// `text` cut to `width` columns (ending in an ellipsis) or padded with spaces to it.
std::string Pad(const std::string& text, std::size_t width);

}  // namespace maturity
