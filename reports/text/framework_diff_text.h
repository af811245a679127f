// What `maturity diff` prints: the changes between two versions of a framework, one
// line each, for framework authors (English, as lint's findings are).
#pragma once

#include <string>

#include "engine/framework_diff.h"

namespace maturity {

/// The diff as text, one line per change; "no differences" when there are none.
std::string FormatDiff(const FrameworkDiff& diff);

}  // namespace maturity
