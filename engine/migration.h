// Carrying a response over to a new version of its framework (`maturity migrate`).
#pragma once

#include <string>

#include "engine/diagnostics.h"
#include "engine/framework.h"

namespace maturity {

struct MigrationOptions {
  /// Keep answers to elements the new version no longer has as comments, instead of
  /// refusing to migrate.
  bool comment_out_uncarried = false;
};

/// The response text rewritten for `framework`: framework_version updated, answers to
/// renamed elements (renamed_from) moved to their new ids, everything else (comments,
/// layout) untouched. Answers that cannot be carried are errors in `diagnostics` unless
/// kept as comments. Throws InputError when the result would be invalid.
std::string MigrateResponse(const std::string& file, const std::string& content,
                            const Framework& framework, const MigrationOptions& options,
                            Diagnostics& diagnostics);

}  // namespace maturity
