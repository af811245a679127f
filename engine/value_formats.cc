#include "engine/value_formats.h"

#include <chrono>

namespace maturity {

namespace {

bool Digit(char c) { return c >= '0' && c <= '9'; }
bool Lower(char c) { return c >= 'a' && c <= 'z'; }
bool Alphanumeric(char c) { return Digit(c) || Lower(c) || (c >= 'A' && c <= 'Z'); }

/// Consumes one or more digits from `text` at `at`.
bool Digits(std::string_view text, std::size_t& at) {
  std::size_t start = at;
  while (at < text.size() && Digit(text[at])) ++at;
  return at > start;
}

}  // namespace

bool IsVersion(std::string_view text) {
  if (text.size() > kMaxVersionLength) return false;
  std::size_t at = 0;
  for (int part = 0; part < 3; ++part) {
    if (part > 0 && (at >= text.size() || text[at++] != '.')) return false;
    if (!Digits(text, at)) return false;
  }
  if (at == text.size()) return true;
  if (text[at] != '-' && text[at] != '+') return false;
  if (++at == text.size()) return false;
  for (; at < text.size(); ++at) {
    char c = text[at];
    if (!Alphanumeric(c) && c != '.' && c != '+' && c != '-') return false;
  }
  return true;
}

bool IsLanguageCode(std::string_view text) {
  if (text.size() > kMaxLanguageCodeLength) return false;
  std::size_t at = 0;
  while (at < text.size() && Lower(text[at])) ++at;
  if (at < 2 || at > 3) return false;
  while (at < text.size()) {
    if (text[at++] != '-') return false;
    std::size_t start = at;
    while (at < text.size() && Alphanumeric(text[at])) ++at;
    if (at == start) return false;
  }
  return true;
}

bool IsDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!Digit(text[i])) return false;
  }
  auto number = [&](std::size_t at, std::size_t length) {
    int value = 0;
    for (std::size_t i = at; i < at + length; ++i) value = value * 10 + (text[i] - '0');
    return value;
  };
  using namespace std::chrono;
  year_month_day date{year(number(0, 4)), month(static_cast<unsigned>(number(5, 2))),
                      day(static_cast<unsigned>(number(8, 2)))};
  return date.ok();
}

std::optional<Period> ParsePeriod(std::string_view text) {
  auto number = [&](std::size_t at, std::size_t length) -> std::optional<int> {
    int value = 0;
    for (std::size_t i = at; i < at + length; ++i) {
      if (!Digit(text[i])) return std::nullopt;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  if (text.size() == 4) {
    if (auto year = number(0, 4); year && *year >= 1900) {
      return Period{Period::Kind::kYear, *year};
    }
    return std::nullopt;
  }
  if (text.size() == 7 && text[4] == '-') {
    auto year = number(0, 4);
    auto next = number(5, 2);
    if (year && next && *year >= 1900 && *next == (*year + 1) % 100) {
      return Period{Period::Kind::kAcademicYear, *year};
    }
  }
  return std::nullopt;
}

std::string EarliestStart(const Period& period) {
  return std::to_string(period.start_year) +
         (period.kind == Period::Kind::kYear ? "-01-01" : "-04-01");
}

std::string Excerpt(std::string_view text, std::size_t shown) {
  if (text.size() <= shown + 20) return "\"" + std::string(text) + "\"";
  std::size_t cut = shown;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return "\"" + std::string(text.substr(0, cut)) + "…\" (" + std::to_string(text.size()) +
         " characters)";
}

}  // namespace maturity
