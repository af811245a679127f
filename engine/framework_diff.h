// What changed between two versions of a framework (`maturity diff`).
#pragma once

#include <string>
#include <vector>

#include "engine/framework.h"

namespace maturity {

struct ElementChange {
  enum class Kind { kAdded, kRemoved, kRenamed, kChanged };
  Kind kind = Kind::kChanged;
  std::string id;                    ///< The id in the new version (the old one for kRemoved).
  std::string old_id;                ///< For kRenamed: the id in the old version.
  std::vector<std::string> details;  ///< What changed, one line each.
};

struct FrameworkDiff {
  std::vector<std::string> framework_changes;  ///< Id, version, scale, scoring, targets.
  std::vector<std::string> dimension_changes;
  std::vector<ElementChange> elements;  ///< In the new framework's order, removed ones last.
};

/// Compares `old_framework` with `new_framework`, following `renamed_from` to pair
/// renamed elements.
FrameworkDiff DiffFrameworks(const Framework& old_framework, const Framework& new_framework);

/// The diff as text, one line per change, for people.
std::string FormatDiff(const FrameworkDiff& diff);

}  // namespace maturity
