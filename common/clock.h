// Times as maturity writes them, always in UTC: a stamp in the store and the audit trail
// (2026-12-03T10:00:00Z), a date (2026-12-03), or a mail's Date header.
#pragma once

#include <ctime>
#include <string>

namespace maturity {

/// `when` in UTC, written by strftime's `format`.
std::string FormatUtc(std::time_t when, const char* format);
/// Now: 2026-12-03T10:00:00Z.
std::string UtcNow();
/// Now plus `seconds`, as UtcNow writes it.
std::string UtcAfter(long long seconds);
/// Today: 2026-12-03.
std::string UtcToday();

}  // namespace maturity
