// The small textual values inputs carry, checked in linear time whatever their length
// (no regular expressions: std::regex recurses per character and overflows the stack
// on long input).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace maturity {

inline constexpr std::size_t kMaxVersionLength = 64;
inline constexpr std::size_t kMaxLanguageCodeLength = 35;  ///< BCP 47's practical limit.

/// At most kMaxVersionLength characters: `1.0.0`, `2.1.3-draft.1`, `1.0.0+build.5`:
/// MAJOR.MINOR.PATCH (digits), then optionally
/// `-` or `+` and letters, digits, `.`, `+` or `-`.
bool IsVersion(std::string_view text);
/// `en`, `cy`, `en-GB`: two or three lowercase letters, then `-` subtags of letters and
/// digits.
bool IsLanguageCode(std::string_view text);
/// A real calendar date written YYYY-MM-DD: 2024-02-29 is one, 2025-02-30 is not.
bool IsDate(std::string_view text);
/// A period a response assesses, in one of the forms Welsh public bodies report in.
struct Period {
  enum class Kind {
    kYear,          ///< A calendar year: `2025`.
    kAcademicYear,  ///< An academic or financial year: `2025-26` (the years must follow).
  };
  Kind kind = Kind::kAcademicYear;
  int start_year = 0;
};

/// The period `text` writes, or none when it is not one of the recognised forms.
std::optional<Period> ParsePeriod(std::string_view text);
/// The earliest day `period` can start, as YYYY-MM-DD: 1 January of a calendar year; 1
/// April of an academic or financial year's first year (a financial year starts then, an
/// academic year later). Nothing about the period can be signed before it.
std::string EarliestStart(const Period& period);
/// What a period must look like, for messages.
inline constexpr const char* kPeriodForms =
    "a period such as 2025-26 (an academic or financial year) or 2025 (a calendar year)";

/// `text` for a message: whole when short, else its first characters (whole UTF-8
/// characters), an ellipsis and the full length: `"99999…" (50000 characters)`.
std::string Excerpt(std::string_view text, std::size_t shown = 60);

}  // namespace maturity
