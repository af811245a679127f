// A blank response for a framework (`maturity template --format yaml`).
#pragma once

#include <ostream>
#include <string>

#include "engine/framework.h"

namespace maturity {

/// The placeholder a user replaces; a template left with one is refused with the usual
/// located error (e.g. `expected a level from 1 to 5, got "FILL-IN"`).
inline constexpr const char* kFillIn = "FILL-IN";

/// Writes a response skeleton: institution and profile (with the allowed values as
/// comments), one respondent per perspective, every element with its prompt and level
/// descriptors as comments and an answer line to complete, and an optional sign-off.
/// Comments are in `language` (the catalogue's fixed texts, the framework's texts where it
/// has them); keys and values stay as the loader reads them.
void WriteResponseTemplate(const Framework& framework, std::ostream& out,
                           const std::string& language = "en");

}  // namespace maturity
