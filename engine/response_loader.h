// Loading and validating response files against their framework (see docs/formats.md).
#pragma once

#include <string>

#include "engine/diagnostics.h"
#include "engine/framework.h"
#include "engine/response.h"

namespace maturity {

/// Parses response YAML and checks it against `framework`. Warnings are added to
/// `diagnostics`; when any error is found, throws InputError with every diagnostic.
Response ParseResponse(const std::string& file, const std::string& content,
                       const Framework& framework, Diagnostics& diagnostics);

/// Reads and parses the response file at `path`.
Response LoadResponse(const std::string& path, const Framework& framework,
                      Diagnostics& diagnostics);

}  // namespace maturity
