// Numbers written as text. One rule for each use: a number meant to be read back (JSON,
// YAML, a value quoted in a message) is written exactly, in its shortest form; a number
// shown to people is rounded to the places the report chooses.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace maturity {

/// The shortest text that reads back to the same double: "0.1", "2", "1e+308"; -0 is "0".
std::string FormatNumber(double value);
/// `value` rounded to `decimals` places ("3.04"), never "-0.00"; `none` when absent.
std::string FormatFixed(std::optional<double> value, int decimals, std::string_view none = "-");
/// `value` rounded to at most `decimals` places, trailing zeros dropped: "2.5", "3".
std::string FormatRounded(double value, int decimals);

}  // namespace maturity
