#include "reports/text/framework_diff_text.h"

namespace maturity {

namespace {

/// A value as shown: "none" when absent; conditions that are absent apply everywhere.
std::string Shown(const PropertyChange& change, const std::string& value) {
  if (!value.empty()) return value;
  return change.property == "applies to" ? "every institution" : "none";
}

/// `title: "A" -> "B"`; `between` separates the property from its values.
std::string Describe(const PropertyChange& change, const std::string& between = ": ") {
  using Kind = PropertyChange::Kind;
  switch (change.kind) {
    case Kind::kText:
      return change.property + between + "\"" + change.before + "\" -> \"" + change.after + "\"";
    case Kind::kValue:
      return change.property + between + Shown(change, change.before) + " -> " +
             Shown(change, change.after);
    case Kind::kAdded:
      return change.property + " added: " + change.after;
    case Kind::kRemoved:
      return change.property + " removed: " + change.before;
    case Kind::kRewritten:
      return change.property + " changed";
    case Kind::kAnswerType:
      return "answered with a " + change.before + " -> a " + change.after +
             "; earlier answers cannot be carried over";
  }
  return change.property;
}

}  // namespace

std::string FormatDiff(const FrameworkDiff& diff) {
  std::string out;
  for (const PropertyChange& change : diff.framework) out += "framework " + Describe(change) + "\n";
  for (const DimensionChange& dimension : diff.dimensions) {
    switch (dimension.kind) {
      case DimensionChange::Kind::kAdded:
        out += "added dimension " + dimension.id + "\n";
        break;
      case DimensionChange::Kind::kRemoved:
        out += "removed dimension " + dimension.id + "\n";
        break;
      case DimensionChange::Kind::kChanged:
        for (const PropertyChange& change : dimension.changes) {
          out += "dimension " + dimension.id + ": " + Describe(change, " ") + "\n";
        }
        break;
    }
  }
  for (const ElementChange& change : diff.elements) {
    switch (change.kind) {
      case ElementChange::Kind::kAdded:
        out += "added " + change.id + "\n";
        break;
      case ElementChange::Kind::kRemoved:
        out += "removed " + change.id + "\n";
        break;
      case ElementChange::Kind::kRenamed:
        out += "renamed " + change.old_id + " -> " + change.id + "\n";
        break;
      case ElementChange::Kind::kChanged:
        out += "changed " + change.id + "\n";
        break;
    }
    for (const PropertyChange& detail : change.changes) out += "  " + Describe(detail) + "\n";
  }
  if (out.empty()) out = "no differences\n";
  return out;
}

}  // namespace maturity
