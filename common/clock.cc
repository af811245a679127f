#include "common/clock.h"

namespace maturity {

std::string FormatUtc(std::time_t when, const char* format) {
  std::tm parts{};
  gmtime_r(&when, &parts);
  char text[64];
  std::size_t length = std::strftime(text, sizeof text, format, &parts);
  return std::string(text, length);
}

std::string UtcNow() { return FormatUtc(std::time(nullptr), "%Y-%m-%dT%H:%M:%SZ"); }

std::string UtcAfter(long long seconds) {
  return FormatUtc(std::time(nullptr) + static_cast<std::time_t>(seconds), "%Y-%m-%dT%H:%M:%SZ");
}

std::string UtcToday() { return FormatUtc(std::time(nullptr), "%Y-%m-%d"); }

}  // namespace maturity
