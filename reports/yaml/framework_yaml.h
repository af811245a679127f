// A framework written out as YAML (`maturity show`): what a framework that extends
// others resolves to, in the format of docs/formats.md.
#pragma once

#include <ostream>

#include "engine/framework.h"

namespace maturity {

/// Writes `framework` fully resolved: every section, dimension and element, texts in
/// double quotes. Loading the output gives the same framework (tested).
void WriteFrameworkYaml(const Framework& framework, std::ostream& out);

}  // namespace maturity
