// What changed between two versions of a framework (`maturity diff`).
#pragma once

#include <string>
#include <vector>

#include "engine/framework.h"

namespace maturity {

/// One property that differs between two versions. Worded for people by
/// reports/framework_diff_text.
struct PropertyChange {
  enum class Kind {
    kText,        ///< Shown quoted: `title: "A" -> "B"`.
    kValue,       ///< Shown as is; a missing value (none) is empty: `weight: 1 -> 2`.
    kAdded,       ///< `after` is new (a checklist item).
    kRemoved,     ///< `before` is gone.
    kRewritten,   ///< Texts changed, not shown (descriptors, actions).
    kAnswerType,  ///< `before` and `after` are AnswerTypeName()s; answers cannot carry.
  };
  Kind kind = Kind::kValue;
  std::string property;  ///< `title`, `weight`, `descriptor for level 3`, `checklist item`.
  std::string before;
  std::string after;
};

struct ElementChange {
  enum class Kind { kAdded, kRemoved, kRenamed, kChanged };
  Kind kind = Kind::kChanged;
  std::string id;      ///< The id in the new version (the old one for kRemoved).
  std::string old_id;  ///< For kRenamed: the id in the old version.
  std::vector<PropertyChange> changes;
};

struct DimensionChange {
  enum class Kind { kAdded, kRemoved, kChanged };
  Kind kind = Kind::kChanged;
  std::string id;
  std::vector<PropertyChange> changes;
};

struct FrameworkDiff {
  std::vector<PropertyChange> framework;  ///< Id, version, title, scale, targets.
  std::vector<DimensionChange> dimensions;
  std::vector<ElementChange> elements;  ///< In the new framework's order, removed ones last.

  bool empty() const { return framework.empty() && dimensions.empty() && elements.empty(); }
};

/// `level`, `measure` or `checklist`.
const char* AnswerTypeName(AnswerType type);

/// Compares `old_framework` with `new_framework`, following `renamed_from` to pair
/// renamed elements.
FrameworkDiff DiffFrameworks(const Framework& old_framework, const Framework& new_framework);

}  // namespace maturity
