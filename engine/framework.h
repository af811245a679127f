// The validated framework model: plain values, built once by the loader.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "common/enum_names.h"
#include "engine/diagnostics.h"
#include "engine/profile.h"
#include "engine/text.h"

namespace maturity {

struct ScaleLevel {
  int level = 0;
  std::string key;
  Text label;
  Text description;
};

/// A side that answers, e.g. management or trade_union; each counts equally.
struct Perspective {
  std::string key;
  Text label;
};

enum class Aggregate { kWeightedMean, kMinimum };
enum class MissingPolicy { kExclude, kLowest };

/// When the regulator's view flags a self-assessment for a closer look (docs/sector.md).
struct ModerationThresholds {
  double large_change = 0.75;        ///< Overall change from the previous period, either way.
  double thin_evidence = 0.5;        ///< Share of evidence-needing ratings without evidence.
  double many_not_applicable = 0.2;  ///< Share of applicable elements marked not applicable.
  /// Overall divergence between the sides; none: the divergence_threshold.
  std::optional<double> wide_perception_gap;
};

struct ScoringRules {
  Aggregate aggregate = Aggregate::kWeightedMean;
  MissingPolicy missing = MissingPolicy::kExclude;
  double divergence_threshold = 1.0;
  /// A rating at or above this level needs evidence; none: evidence never required.
  std::optional<int> evidence_required_from;
  /// The completeness from which an assessment is finished; below it every output says
  /// it is provisional (docs/formats.md).
  double complete_from = 0.8;
  ModerationThresholds moderation;
};

/// `{when: {staff: large}, target: 4}`: the first matching rule sets an element's target.
struct TargetRule {
  std::vector<Condition> when;
  double target = 0;
};

enum class ElementKind { kIndicator, kBehaviour, kResource, kProcess };

/// Each kind's name in a framework file (`kind: behaviour`).
inline constexpr Named<ElementKind> kElementKindNames[] = {{ElementKind::kIndicator, "indicator"},
                                                           {ElementKind::kBehaviour, "behaviour"},
                                                           {ElementKind::kResource, "resource"},
                                                           {ElementKind::kProcess, "process"}};

/// `level: threshold`: the level is reached when the value or count reaches the threshold.
struct LevelThreshold {
  int level = 0;
  double threshold = 0;
};

/// A numeric answer banded to a level.
struct Measure {
  Text unit;
  bool higher_is_better = true;
  std::vector<LevelThreshold> bands;  ///< Ascending by level.
  std::optional<double> min;          ///< The least value an answer may give.
  std::optional<double> max;          ///< The greatest.
};

struct ChecklistItem {
  std::string key;
  Text text;
};

/// Practices in place, counted and banded to a level.
struct Checklist {
  std::vector<ChecklistItem> items;
  std::vector<LevelThreshold> bands;  ///< Ascending by level.
};

/// An answer chosen among the scale's levels, each described by the element's `levels`.
struct LevelChoice {};

/// How an element is answered: the kind's own data (engine/answer_kinds says the rest).
using AnswerSpec = std::variant<LevelChoice, Measure, Checklist>;

/// The kinds of answer, in the order of AnswerSpec's alternatives.
enum class AnswerType { kLevel, kValue, kChecked };

struct Element {
  std::string id;
  ElementKind kind = ElementKind::kIndicator;
  Text title;
  Text prompt;
  Text guidance;
  double weight = 1;
  std::map<int, Text> levels;                ///< Descriptor per scale level.
  std::map<int, std::vector<Text>> actions;  ///< Next steps, keyed by the level now reached.
  std::optional<double> target;              ///< Overrides the framework's targets.
  std::vector<Condition> applies_when;       ///< Empty: applies to every institution.
  AnswerSpec answer;                         ///< A level (the default), a measure or a checklist.
  std::vector<std::string> renamed_from;     ///< Ids this element had in earlier versions.
  Location location;

  AnswerType answer_type() const { return static_cast<AnswerType>(answer.index()); }
  /// The measure, when the element is answered with one; else null.
  const Measure* measure() const { return std::get_if<Measure>(&answer); }
  /// The checklist, when the element is answered with one; else null.
  const Checklist* checklist() const { return std::get_if<Checklist>(&answer); }
};

/// A group of elements; `dimensions` holds sub-dimensions (nesting, any depth).
struct Dimension {
  std::string id;
  Text title;
  Text description;
  double weight = 1;
  std::vector<Element> elements;
  std::vector<Dimension> dimensions;
  Location location;
};

struct Framework {
  std::string file;
  /// Every file read to build it: `file`, then each base named by `extends`, nearest first.
  std::vector<std::string> sources;
  std::string id;
  std::string version;
  Text title;
  Text description;
  std::vector<std::string> languages;  ///< The first is the default.
  std::vector<ScaleLevel> scale;       ///< Ascending by level, at least two.
  std::vector<Perspective> perspectives;
  std::vector<ProfileField> profile;
  ScoringRules scoring;
  double default_target = 0;
  std::vector<TargetRule> target_rules;
  std::vector<Dimension> dimensions;

  int lowest_level() const { return scale.front().level; }
  int highest_level() const { return scale.back().level; }
  const ScaleLevel* FindLevel(int level) const;
  const Perspective* FindPerspective(const std::string& key) const;
  const ProfileField* FindProfileField(const std::string& key) const;
  /// The element with `id` anywhere in the hierarchy, or null.
  const Element* FindElement(const std::string& id) const;
  /// The element an earlier version knew as `id`: the one that names it in renamed_from,
  /// else the one with that id now (so that two elements whose ids were exchanged, or any
  /// cycle of renames, are followed); null when the framework no longer has it.
  const Element* FindElementOnceCalled(const std::string& id) const;
  /// The ids `element` may have had in an earlier version, first choice first: its own id
  /// unless another element names that id in renamed_from, then its renamed_from.
  std::vector<std::string> IdsOnceCalled(const Element& element) const;
  /// `score` as a percentage of the scale: (score - lowest) / (highest - lowest) x 100.
  double Percent(double score) const;
  /// The highest scale level not above `score`.
  int LevelReached(double score) const;
};

const char* KindName(ElementKind kind);

/// A dimension as a walk of the framework reaches it.
struct DimensionStep {
  const Dimension& dimension;
  const DimensionStep* parent;  ///< None for a top-level dimension.
  std::size_t index;            ///< In the parent's (or the framework's) list.
  int depth;                    ///< 0 for a top-level dimension.
  double path_weight;           ///< Product of the weights from the top down to this one.

  /// `dimensions[1].dimensions[0]`: where the dimension is written in the framework file.
  std::string KeyPath() const;
};

/// An element as a walk of the framework reaches it.
struct ElementStep {
  const Element& element;
  const DimensionStep& dimension;  ///< The dimension that holds it.
  std::size_t index;               ///< In the dimension's elements.

  /// `dimensions[1].elements[2]`.
  std::string KeyPath() const;
};

/// Walks the framework in its canonical order: each dimension, then its elements, then
/// its sub-dimensions (pre-order). Scorecards, sector reports and every document follow it.
void WalkFramework(const Framework& framework,
                   const std::function<void(const DimensionStep&)>& on_dimension,
                   const std::function<void(const ElementStep&)>& on_element);
/// Every dimension, parents before their children.
void ForEachDimension(const Framework& framework,
                      const std::function<void(const DimensionStep&)>& visit);
/// Every element, in the canonical order.
void ForEachElement(const Framework& framework,
                    const std::function<void(const ElementStep&)>& visit);
/// The dimensions in pre-order and the elements in the canonical order, as scorecards
/// and sector reports list them.
std::vector<const Dimension*> DimensionsInOrder(const Framework& framework);
std::vector<const Element*> ElementsInOrder(const Framework& framework);

}  // namespace maturity
