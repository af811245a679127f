#include "common/numbers.h"

#include <charconv>
#include <cstdio>

namespace maturity {

std::string FormatNumber(double value) {
  if (value == 0) return "0";  // Also turns -0 into 0.
  char buffer[64];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, end);
}

std::string FormatFixed(std::optional<double> value, int decimals, std::string_view none) {
  if (!value) return std::string(none);
  char buffer[400];  // Room for DBL_MAX in full.
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, *value + 0.0);
  std::string text = buffer;
  if (text.starts_with("-0") && text.find_first_not_of("-0.") == std::string::npos) {
    text.erase(0, 1);
  }
  return text;
}

std::string FormatRounded(double value, int decimals) {
  std::string text = FormatFixed(value, decimals);
  if (text.find('.') != std::string::npos) {
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
  }
  return text;
}

}  // namespace maturity
