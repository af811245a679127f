// Scoring and gap analysis, as docs/methodology.md describes (spec section 4).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/answer_kinds.h"
#include "engine/framework.h"
#include "engine/response.h"

namespace maturity {

enum class Flag { kPerceptionGap, kUnevidenced, kIncomplete, kNotApplicable };

/// `perception-gap`, `unevidenced`, `incomplete`, `not-applicable`.
const char* FlagName(Flag flag);

/// The framework's advice for taking an element from the level it has reached.
struct NextAction {
  int level = 0;                          ///< The level the advice is written for.
  const std::vector<Text>* actions = {};  ///< Into Element::actions; never empty.
};

/// The actions keyed by `level` (the level reached), or else by the nearest level below
/// that has some; none when the element has no such advice or no level.
std::optional<NextAction> NextActionFor(const Element& element, std::optional<int> level);

/// One respondent's answer to one element, turned into a level.
struct Rating {
  const Respondent* respondent = nullptr;
  const Answer* answer = nullptr;
  std::optional<int> level;  ///< None for a not-applicable answer.
  bool unevidenced = false;  ///< Rated at or above evidence_required_from without evidence.
};

/// The mean of one perspective's respondents for one element.
struct PerspectiveScore {
  std::string perspective;
  double score = 0;
  int respondents = 0;
};

/// A score per perspective, in the framework's perspective order (none: no score).
using PerspectiveScores = std::vector<std::pair<std::string, std::optional<double>>>;

struct ElementScore {
  const Element* element = nullptr;
  std::string dimension_id;  ///< The dimension that holds the element.
  double path_weight = 1;    ///< Product of the dimension weights from the top to here.
  /// False when applies_when excludes the institution or every answer is not applicable.
  bool applicable = true;
  bool excluded_by_profile = false;
  std::vector<Rating> ratings;
  std::vector<PerspectiveScore> by_perspective;  ///< Perspectives with a rating only.
  std::optional<double> score;
  std::optional<int> level;
  std::optional<double> percent;
  double target = 0;
  std::optional<double> gap;              ///< max(0, target - score); none when unscored.
  std::optional<double> divergence;       ///< Highest minus lowest perspective score.
  double priority = 0;                    ///< gap x element weight x path weight.
  std::optional<NextAction> next_action;  ///< For a scored element, from its level reached.
  std::vector<Flag> flags;

  bool Has(Flag flag) const;
  std::optional<double> PerspectiveScoreOf(const std::string& perspective) const;
};

struct DimensionScore {
  const Dimension* dimension = nullptr;
  std::string parent_id;  ///< Empty for a top-level dimension.
  int depth = 0;          ///< 0 for a top-level dimension.
  std::optional<double> score;
  std::optional<int> level;
  std::optional<double> percent;
  std::optional<double> target;  ///< The same aggregate over the element targets.
  std::optional<double> gap;
  /// Answered weight / applicable weight; none when nothing applies.
  std::optional<double> completeness;
  PerspectiveScores by_perspective;
  std::optional<double> divergence;
};

struct OverallScore {
  std::optional<double> score;
  std::optional<int> level;
  std::optional<double> percent;
  std::optional<double> target;
  std::optional<double> completeness;  ///< None when nothing applies.
  /// Completeness below the framework's complete_from (or nothing applies): the scores
  /// stand for an unfinished assessment, and every output says so.
  bool provisional = false;
  PerspectiveScores by_perspective;
  std::optional<double> divergence;
};

struct Progress;  // engine/progress.h

/// An agreed action as this assessment sees it.
struct ActionReview {
  const AgreedAction* action = nullptr;  ///< Into Response::actions.
  /// Open (planned or in progress) with a due date before the as-of date; none when the
  /// action has no due date or there is no as-of date.
  std::optional<bool> overdue;
  /// The element's change since the previous period, when one was given.
  std::optional<double> element_change;
};

/// How a response is scored beyond the framework's rules.
struct ScoreOptions {
  /// The date overdue actions are judged at (YYYY-MM-DD); none: the latest sign-off date.
  std::optional<std::string> as_of;
};

/// An element below its target, for the action plan.
struct Gap {
  std::size_t element_index = 0;  ///< Into Scorecard::elements.
  double gap = 0;
  double priority = 0;
};

/// Everything computed for one response. Holds pointers into the framework and the
/// response, which must outlive it.
struct Scorecard {
  const Framework* framework = nullptr;
  const Response* response = nullptr;
  std::vector<ElementScore> elements;      ///< Framework order.
  std::vector<DimensionScore> dimensions;  ///< Pre-order: each parent before its children.
  OverallScore overall;
  std::vector<Gap> gaps;                ///< Ordered by priority, then divergence, then element id.
  std::vector<std::string> signed_off;  ///< Perspectives that signed off, framework order.
  std::vector<std::string> not_agreed;  ///< Of those, the ones that do not agree.
  bool jointly_agreed = false;          ///< Every perspective signed off and agrees.
  /// Some perspective has not signed off: a draft, whatever the sides agree.
  bool draft = true;
  std::vector<ActionReview> actions;    ///< The agreed actions, in the response's order.
  std::string as_of;                    ///< The date overdue was judged at; "" when none.
  int overdue_actions = 0;
  /// The change since the previous period, when one was given (owned by the caller, set
  /// after CompareWithPrevious).
  const Progress* progress = nullptr;

  const ElementScore* FindElement(const std::string& id) const;
  const DimensionScore* FindDimension(const std::string& id) const;
  /// The elements the sides rated (a divergence), widest divergence first; ties keep the
  /// framework's order. Every output lists them in this order.
  std::vector<const ElementScore*> ByDivergence() const;
  /// Of those, the perception gaps (flagged perception-gap), widest first.
  std::vector<const ElementScore*> PerceptionGaps() const;
  /// Every dimension, widest divergence first (those without one last), ties in pre-order.
  std::vector<const DimensionScore*> DimensionsByDivergence() const;
  /// The elements that apply and have no answer (flagged incomplete), framework order:
  /// what a provisional assessment is missing.
  std::vector<const ElementScore*> Missing() const;
  /// How many of `gaps` the `count` highest priorities are: more than `count` when the
  /// gaps after the count-th share its priority, so that a cut never splits a tie.
  std::size_t HighestPriorities(std::size_t count) const;
};

/// The target for `element` at an institution with `profile` (section 4.7).
double TargetFor(const Framework& framework, const Element& element, const Profile& profile);

/// A part of an aggregate as it sees it: an element or a sub-dimension of a dimension, or
/// a top-level dimension of the overall score.
struct ScorePart {
  bool applicable = false;
  std::optional<double> score;
  double weight = 1;
};

/// The weighted mean, or with `use_minimum` the lowest, of the applicable parts with a
/// score; an applicable part without one counts as `missing_as` when given (the
/// framework's `missing: lowest`), else not at all. None when no part counts.
std::optional<double> CombineScores(const std::vector<ScorePart>& parts, bool use_minimum = false,
                                    std::optional<double> missing_as = std::nullopt);

/// Scores `response` against `framework` (sections 4.1 to 4.9).
Scorecard Score(const Framework& framework, const Response& response,
                const ScoreOptions& options = {});

}  // namespace maturity
