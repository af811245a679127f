// Checks a valid framework for what a consultant would want to fix before a client sees
// it (docs/lint.md). Validation says whether a framework can be used; lint says whether
// it is any good.
#pragma once

#include <vector>

#include "engine/diagnostics.h"
#include "engine/framework.h"

namespace maturity {

/// Every finding, located at the element, dimension or framework it concerns: errors
/// for targets no institution can reach, warnings for the rest. For a variant (extends),
/// warnings located in a base framework are left to that framework's own lint.
std::vector<Diagnostic> LintFramework(const Framework& framework);

}  // namespace maturity
