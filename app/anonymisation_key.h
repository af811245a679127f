// The secret an anonymised sector publication's codes are derived from (docs/sector.md,
// "Anonymised publication"): kept in a file the regulator holds, or made for one run.
#pragma once

#include <string>

#include "engine/sector.h"

namespace maturity {

/// The key in `path`: one line of 64 hexadecimal digits. Throws InputError naming the
/// file and what is wrong for a malformed key (never showing it), UsageError when it
/// cannot be read.
AnonymisationKey ReadKey(const std::string& path);

/// Saves `key` in a new file at `path`, readable by its owner only (mode 0600), as
/// ReadKey reads it; never over an existing file. Throws OutputError.
void SaveNewKey(const std::string& path, const AnonymisationKey& key);

/// 256 random bits from the system (getrandom); for a run without a kept key.
AnonymisationKey RandomKey();

}  // namespace maturity
