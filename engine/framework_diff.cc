#include "engine/framework_diff.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "common/enum_names.h"
#include "common/numbers.h"

namespace maturity {

namespace {

std::string Bands(const std::vector<LevelThreshold>& bands) {
  std::string text = "{";
  for (const LevelThreshold& band : bands) {
    text += (text.size() > 1 ? ", " : "") + std::to_string(band.level) + ": " +
            FormatNumber(band.threshold);
  }
  return text + "}";
}

/// `staff: large|medium, sector: fe`; empty for every institution.
std::string Conditions(const std::vector<Condition>& conditions) {
  std::string text;
  for (const Condition& condition : conditions) {
    std::string values;
    for (const std::string& value : condition.accepted)
      values += (values.empty() ? "" : "|") + value;
    text += (text.empty() ? "" : ", ") + condition.field + ": " + values;
  }
  return text;
}

using Kind = PropertyChange::Kind;

void Compare(const std::string& what, const std::string& before, const std::string& after,
             std::vector<PropertyChange>& changes, Kind kind = Kind::kText) {
  if (before != after) changes.push_back({kind, what, before, after});
}

std::string Number(const std::optional<double>& value) { return value ? FormatNumber(*value) : ""; }

void CompareElements(const Element& before, const Element& after,
                     std::vector<PropertyChange>& details) {
  Compare("title", before.title.Default(), after.title.Default(), details);
  Compare("prompt", before.prompt.Default(), after.prompt.Default(), details);
  Compare("kind", KindName(before.kind), KindName(after.kind), details);
  Compare("weight", Number(before.weight), Number(after.weight), details, Kind::kValue);
  Compare("target", Number(before.target), Number(after.target), details, Kind::kValue);
  Compare("applies to", Conditions(before.applies_when), Conditions(after.applies_when), details,
          Kind::kValue);
  if (before.answer_type() != after.answer_type()) {
    details.push_back({Kind::kAnswerType, "answer type", AnswerTypeName(before.answer_type()),
                       AnswerTypeName(after.answer_type())});
  } else if (before.measure() && after.measure()) {
    Compare("measure bands", Bands(before.measure()->bands), Bands(after.measure()->bands),
            details);
    Compare("measure unit", before.measure()->unit.Default(), after.measure()->unit.Default(),
            details);
    Compare("measure min", Number(before.measure()->min), Number(after.measure()->min), details,
            Kind::kValue);
    Compare("measure max", Number(before.measure()->max), Number(after.measure()->max), details,
            Kind::kValue);
    Compare("better", before.measure()->higher_is_better ? "higher" : "lower",
            after.measure()->higher_is_better ? "higher" : "lower", details, Kind::kValue);
  } else if (before.checklist() && after.checklist()) {
    Compare("checklist bands", Bands(before.checklist()->bands), Bands(after.checklist()->bands),
            details);
    std::set<std::string> old_items;
    std::set<std::string> new_items;
    for (const ChecklistItem& item : before.checklist()->items) old_items.insert(item.key);
    for (const ChecklistItem& item : after.checklist()->items) new_items.insert(item.key);
    for (const std::string& key : old_items) {
      if (!new_items.contains(key)) details.push_back({Kind::kRemoved, "checklist item", key, ""});
    }
    for (const std::string& key : new_items) {
      if (!old_items.contains(key)) details.push_back({Kind::kAdded, "checklist item", "", key});
    }
  }
  std::set<int> levels;
  for (const auto& [level, text] : before.levels) levels.insert(level);
  for (const auto& [level, text] : after.levels) levels.insert(level);
  for (int level : levels) {
    auto old_text = before.levels.find(level);
    auto new_text = after.levels.find(level);
    std::string a = old_text == before.levels.end() ? "" : old_text->second.Default();
    std::string b = new_text == after.levels.end() ? "" : new_text->second.Default();
    if (a != b) {
      details.push_back(
          {Kind::kRewritten, "descriptor for level " + std::to_string(level), "", ""});
    }
  }
  auto actions = [](const Element& element) {
    std::string text;
    for (const auto& [level, list] : element.actions) {
      for (const Text& action : list) text += std::to_string(level) + action.Default() + "\n";
    }
    return text;
  };
  if (actions(before) != actions(after)) details.push_back({Kind::kRewritten, "actions", "", ""});
}

}  // namespace

const char* AnswerTypeName(AnswerType type) {
  static constexpr Named<AnswerType> kNames[] = {{AnswerType::kLevel, "level"},
                                                 {AnswerType::kValue, "measure"},
                                                 {AnswerType::kChecked, "checklist"}};
  return NameOf(kNames, type);
}

FrameworkDiff DiffFrameworks(const Framework& old_framework, const Framework& new_framework) {
  FrameworkDiff diff;
  Compare("id", old_framework.id, new_framework.id, diff.framework);
  Compare("version", old_framework.version, new_framework.version, diff.framework);
  Compare("title", old_framework.title.Default(), new_framework.title.Default(), diff.framework);
  auto scale = [](const Framework& framework) {
    std::string text;
    for (const ScaleLevel& level : framework.scale)
      text +=
          (text.empty() ? "" : ", ") + std::to_string(level.level) + " " + level.label.Default();
    return text;
  };
  Compare("scale", scale(old_framework), scale(new_framework), diff.framework);
  Compare("default target", Number(old_framework.default_target),
          Number(new_framework.default_target), diff.framework, Kind::kValue);
  auto rules = [](const Framework& framework) {
    std::string text;
    for (const TargetRule& rule : framework.target_rules)
      text +=
          (text.empty() ? "" : "; ") + Conditions(rule.when) + " -> " + FormatNumber(rule.target);
    return text;
  };
  Compare("target rules", rules(old_framework), rules(new_framework), diff.framework);

  std::vector<const Dimension*> old_dimensions = DimensionsInOrder(old_framework);
  std::vector<const Dimension*> new_dimensions = DimensionsInOrder(new_framework);
  for (const Dimension* after : new_dimensions) {
    auto found = std::find_if(old_dimensions.begin(), old_dimensions.end(),
                              [&](const Dimension* d) { return d->id == after->id; });
    if (found == old_dimensions.end()) {
      diff.dimensions.push_back({DimensionChange::Kind::kAdded, after->id, {}});
      continue;
    }
    DimensionChange change{DimensionChange::Kind::kChanged, after->id, {}};
    Compare("weight", Number((*found)->weight), Number(after->weight), change.changes,
            Kind::kValue);
    Compare("title", (*found)->title.Default(), after->title.Default(), change.changes);
    if (!change.changes.empty()) diff.dimensions.push_back(std::move(change));
  }
  for (const Dimension* before : old_dimensions) {
    if (std::none_of(new_dimensions.begin(), new_dimensions.end(),
                     [&](const Dimension* d) { return d->id == before->id; })) {
      diff.dimensions.push_back({DimensionChange::Kind::kRemoved, before->id, {}});
    }
  }

  std::vector<const Element*> old_elements = ElementsInOrder(old_framework);
  std::vector<const Element*> new_elements = ElementsInOrder(new_framework);
  std::set<std::string> paired;
  for (const Element* after : new_elements) {
    const Element* before = nullptr;
    std::string old_id;
    // Its own id first unless another element was called that; a swap of two ids, or any
    // cycle of renames, pairs each element with the one it was.
    for (const std::string& previous : new_framework.IdsOnceCalled(*after)) {
      for (const Element* candidate : old_elements) {
        if (!before && candidate->id == previous) before = candidate;
      }
      if (before) {
        if (previous != after->id) old_id = previous;
        break;
      }
    }
    ElementChange change;
    change.id = after->id;
    if (!before) {
      change.kind = ElementChange::Kind::kAdded;
      diff.elements.push_back(change);
      continue;
    }
    paired.insert(before->id);
    CompareElements(*before, *after, change.changes);
    if (!old_id.empty()) {
      change.kind = ElementChange::Kind::kRenamed;
      change.old_id = old_id;
      diff.elements.push_back(change);
    } else if (!change.changes.empty()) {
      diff.elements.push_back(change);
    }
  }
  for (const Element* before : old_elements) {
    if (!paired.contains(before->id)) {
      diff.elements.push_back({ElementChange::Kind::kRemoved, before->id, "", {}});
    }
  }
  return diff;
}

}  // namespace maturity
