#include "engine/scoring.h"

#include <algorithm>
#include <limits>
#include <string_view>
#include <unordered_map>

#include "common/enum_names.h"

namespace maturity {

const char* FlagName(Flag flag) {
  static constexpr Named<Flag> kNames[] = {{Flag::kPerceptionGap, "perception-gap"},
                                           {Flag::kUnevidenced, "unevidenced"},
                                           {Flag::kIncomplete, "incomplete"},
                                           {Flag::kNotApplicable, "not-applicable"}};
  return NameOf(kNames, flag);
}

bool ElementScore::Has(Flag flag) const {
  return std::find(flags.begin(), flags.end(), flag) != flags.end();
}

std::optional<double> ElementScore::PerspectiveScoreOf(const std::string& perspective) const {
  for (const PerspectiveScore& entry : by_perspective) {
    if (entry.perspective == perspective) return entry.score;
  }
  return std::nullopt;
}

const ElementScore* Scorecard::FindElement(const std::string& id) const {
  for (const ElementScore& element : elements) {
    if (element.element->id == id) return &element;
  }
  return nullptr;
}

const DimensionScore* Scorecard::FindDimension(const std::string& id) const {
  for (const DimensionScore& dimension : dimensions) {
    if (dimension.dimension->id == id) return &dimension;
  }
  return nullptr;
}

std::optional<double> CombineScores(const std::vector<ScorePart>& parts, bool use_minimum,
                                    std::optional<double> missing_as) {
  double total = 0;
  double weights = 0;
  std::optional<double> minimum;
  for (const ScorePart& part : parts) {
    if (!part.applicable) continue;
    std::optional<double> score = part.score ? part.score : missing_as;
    if (!score) continue;
    total += *score * part.weight;
    weights += part.weight;
    minimum = minimum ? std::min(*minimum, *score) : *score;
  }
  if (weights == 0) return std::nullopt;
  return use_minimum ? minimum : std::optional<double>(total / weights);
}

std::vector<const ElementScore*> Scorecard::ByDivergence() const {
  std::vector<const ElementScore*> rated;
  for (const ElementScore& element : elements) {
    if (element.divergence) rated.push_back(&element);
  }
  std::stable_sort(rated.begin(), rated.end(), [](const ElementScore* a, const ElementScore* b) {
    return *a->divergence > *b->divergence;
  });
  return rated;
}

std::vector<const DimensionScore*> Scorecard::DimensionsByDivergence() const {
  std::vector<const DimensionScore*> ordered;
  for (const DimensionScore& dimension : dimensions) ordered.push_back(&dimension);
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const DimensionScore* a, const DimensionScore* b) {
                     return a->divergence.value_or(-1) > b->divergence.value_or(-1);
                   });
  return ordered;
}

std::size_t Scorecard::HighestPriorities(std::size_t count) const {
  if (count == 0 || gaps.size() <= count) return std::min(count, gaps.size());
  constexpr double kTolerance = 1e-9;  // Priorities as shown (two decimals) tie as computed.
  std::size_t shown = count;
  while (shown < gaps.size() && gaps[count - 1].priority - gaps[shown].priority < kTolerance) {
    ++shown;
  }
  return shown;
}

std::vector<const ElementScore*> Scorecard::PerceptionGaps() const {
  std::vector<const ElementScore*> gaps = ByDivergence();
  std::erase_if(gaps,
                [](const ElementScore* element) { return !element->Has(Flag::kPerceptionGap); });
  return gaps;
}

std::vector<const ElementScore*> Scorecard::Missing() const {
  std::vector<const ElementScore*> missing;
  for (const ElementScore& element : elements) {
    if (!element.excluded_by_profile && element.Has(Flag::kIncomplete)) missing.push_back(&element);
  }
  return missing;
}

namespace {

using Part = ScorePart;

std::optional<double> Combine(const std::vector<Part>& parts, bool use_minimum = false,
                              std::optional<double> missing_as = std::nullopt) {
  return CombineScores(parts, use_minimum, missing_as);
}

std::optional<double> Spread(const PerspectiveScores& scores) {
  std::optional<double> low;
  std::optional<double> high;
  int present = 0;
  for (const auto& [perspective, score] : scores) {
    if (!score) continue;
    ++present;
    low = low ? std::min(*low, *score) : *score;
    high = high ? std::max(*high, *score) : *score;
  }
  if (present < 2) return std::nullopt;
  return *high - *low;
}

/// Weight sums over the elements under a dimension, relative to that dimension.
struct Coverage {
  double applicable = 0;
  double answered = 0;
};

class Scorer {
 public:
  Scorer(const Framework& framework, const Response& response, Scorecard& card)
      : framework_(framework), response_(response), card_(card) {
    respondents_.reserve(response.respondents.size());
    for (const Respondent& respondent : response.respondents) {
      respondents_.emplace(respondent.id, &respondent);
    }
  }

  void Run() {
    std::size_t elements = 0;
    std::size_t dimensions = 0;
    ForEachDimension(framework_, [&](const DimensionStep& step) {
      ++dimensions;
      elements += step.dimension.elements.size();
    });
    card_.elements.reserve(elements);
    card_.dimensions.reserve(dimensions);
    std::vector<Part> parts;
    std::vector<Part> target_parts;
    std::vector<std::vector<Part>> perspective_parts(framework_.perspectives.size());
    Coverage coverage;
    for (const Dimension& dimension : framework_.dimensions) {
      Coverage child = ScoreDimension(dimension, "", 0, 1.0);
      coverage.applicable += child.applicable * dimension.weight;
      coverage.answered += child.answered * dimension.weight;
    }
    // Section 4.5: the overall score is the weighted mean of the top-level dimensions.
    for (const DimensionScore& dimension : card_.dimensions) {
      if (dimension.depth != 0) continue;
      double weight = dimension.dimension->weight;
      parts.push_back({dimension.score.has_value(), dimension.score, weight});
      target_parts.push_back({dimension.score.has_value(), dimension.target, weight});
      for (std::size_t p = 0; p < framework_.perspectives.size(); ++p) {
        auto score = dimension.by_perspective[p].second;
        perspective_parts[p].push_back({score.has_value(), score, weight});
      }
    }
    OverallScore& overall = card_.overall;
    overall.score = Combine(parts);
    overall.target = Combine(target_parts);
    for (std::size_t p = 0; p < framework_.perspectives.size(); ++p) {
      overall.by_perspective.emplace_back(framework_.perspectives[p].key,
                                          Combine(perspective_parts[p]));
    }
    overall.divergence = Spread(overall.by_perspective);
    if (overall.score) {
      overall.level = framework_.LevelReached(*overall.score);
      overall.percent = framework_.Percent(*overall.score);
    }
    if (coverage.applicable > 0) overall.completeness = coverage.answered / coverage.applicable;
    overall.provisional =
        !overall.completeness || *overall.completeness < framework_.scoring.complete_from - 1e-9;
    RankGaps();
    SignOff();
  }

 private:
  Coverage ScoreDimension(const Dimension& dimension, const std::string& parent, int depth,
                          double path_weight) {
    std::size_t index = card_.dimensions.size();
    card_.dimensions.push_back({});
    card_.dimensions[index].dimension = &dimension;
    card_.dimensions[index].parent_id = parent;
    card_.dimensions[index].depth = depth;
    double weight_here = path_weight * dimension.weight;

    const std::size_t part_count = dimension.elements.size() + dimension.dimensions.size();
    std::vector<Part> parts;
    std::vector<Part> target_parts;
    std::vector<std::vector<Part>> perspective_parts(framework_.perspectives.size());
    parts.reserve(part_count);
    target_parts.reserve(part_count);
    for (std::vector<Part>& side : perspective_parts) side.reserve(part_count);
    Coverage coverage;
    for (const Element& element : dimension.elements) {
      ElementScore& score = ScoreElement(element, dimension.id, weight_here);
      parts.push_back({score.applicable, score.score, element.weight});
      for (std::size_t p = 0; p < framework_.perspectives.size(); ++p) {
        perspective_parts[p].push_back({score.applicable,
                                        score.PerspectiveScoreOf(framework_.perspectives[p].key),
                                        element.weight});
      }
      target_parts.push_back({score.applicable, score.target, element.weight});
      if (score.applicable) {
        coverage.applicable += element.weight;
        if (score.score) coverage.answered += element.weight;
      }
    }
    for (const Dimension& child : dimension.dimensions) {
      Coverage child_coverage = ScoreDimension(child, dimension.id, depth + 1, weight_here);
      const DimensionScore& child_score = *card_.FindDimension(child.id);
      bool applicable = child_coverage.applicable > 0;
      parts.push_back({applicable, child_score.score, child.weight});
      target_parts.push_back({applicable, child_score.target, child.weight});
      for (std::size_t p = 0; p < framework_.perspectives.size(); ++p) {
        perspective_parts[p].push_back(
            {applicable, child_score.by_perspective[p].second, child.weight});
      }
      coverage.applicable += child_coverage.applicable * child.weight;
      coverage.answered += child_coverage.answered * child.weight;
    }

    bool minimum = framework_.scoring.aggregate == Aggregate::kMinimum;
    std::optional<double> missing_as;
    if (framework_.scoring.missing == MissingPolicy::kLowest) {
      missing_as = framework_.lowest_level();
    }
    DimensionScore& result = card_.dimensions[index];
    result.score = Combine(parts, minimum, missing_as);
    // The target is aggregated over the same parts as the score, so the two compare.
    for (std::size_t i = 0; i < parts.size(); ++i) {
      bool counted = parts[i].score || framework_.scoring.missing == MissingPolicy::kLowest;
      if (result.score && !counted) target_parts[i].applicable = false;
    }
    result.target = Combine(target_parts, minimum);
    result.by_perspective.reserve(framework_.perspectives.size());
    for (std::size_t p = 0; p < framework_.perspectives.size(); ++p) {
      result.by_perspective.emplace_back(framework_.perspectives[p].key,
                                         Combine(perspective_parts[p], minimum, missing_as));
    }
    result.divergence = Spread(result.by_perspective);
    if (result.score) {
      result.level = framework_.LevelReached(*result.score);
      result.percent = framework_.Percent(*result.score);
      if (result.target) result.gap = std::max(0.0, *result.target - *result.score);
    }
    if (coverage.applicable > 0) result.completeness = coverage.answered / coverage.applicable;
    return coverage;
  }

  ElementScore& ScoreElement(const Element& element, const std::string& dimension_id,
                             double path_weight) {
    ElementScore& score = card_.elements.emplace_back();
    score.element = &element;
    score.dimension_id = dimension_id;
    score.path_weight = path_weight;
    score.target = TargetFor(framework_, element, response_.institution.profile);
    score.excluded_by_profile = !Matches(element.applies_when, response_.institution.profile);
    score.applicable = !score.excluded_by_profile;

    const ElementAnswers* answers = AnswersFor(element.id);
    if (answers) {
      score.ratings.reserve(answers->answers.size());
      for (const Answer& answer : answers->answers) {
        Rating rating;
        auto found = respondents_.find(answer.by);
        rating.respondent = found == respondents_.end() ? nullptr : found->second;
        rating.answer = &answer;
        rating.level = RespondentLevel(framework_, element, answer);
        const auto& required_from = framework_.scoring.evidence_required_from;
        rating.unevidenced = rating.level && required_from && *rating.level >= *required_from &&
                             answer.evidence.empty() && answer.evidence_count == 0;
        score.ratings.push_back(rating);
      }
    }
    if (!score.applicable) return score;

    // Section 4.2 and 4.3: the mean per perspective, then each perspective counts once.
    bool any_rating = false;
    for (const Perspective& perspective : framework_.perspectives) {
      double total = 0;
      int count = 0;
      for (const Rating& rating : score.ratings) {
        if (rating.level && rating.respondent->perspective == perspective.key) {
          total += *rating.level;
          ++count;
        }
      }
      if (count > 0) {
        score.by_perspective.push_back({perspective.key, total / count, count});
        any_rating = true;
      }
    }
    if (!score.ratings.empty() && !any_rating) {
      // Every answering respondent marked the element not applicable.
      score.applicable = false;
      score.flags.push_back(Flag::kNotApplicable);
      return score;
    }
    if (!any_rating) {
      score.flags.push_back(Flag::kIncomplete);
      return score;
    }
    double total = 0;
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    for (const PerspectiveScore& entry : score.by_perspective) {
      total += entry.score;
      low = std::min(low, entry.score);
      high = std::max(high, entry.score);
    }
    score.score = total / static_cast<double>(score.by_perspective.size());
    score.level = framework_.LevelReached(*score.score);
    score.percent = framework_.Percent(*score.score);
    score.gap = std::max(0.0, score.target - *score.score);
    score.priority = *score.gap * element.weight * path_weight;
    score.next_action = NextActionFor(element, score.level);
    if (score.by_perspective.size() >= 2) {
      score.divergence = high - low;
      // A small tolerance so that 3.0 - 2.0 computed from means still counts as 1.0.
      if (*score.divergence >= framework_.scoring.divergence_threshold - 1e-9) {
        score.flags.push_back(Flag::kPerceptionGap);
      }
    }
    if (std::any_of(score.ratings.begin(), score.ratings.end(),
                    [](const Rating& rating) { return rating.unevidenced; })) {
      score.flags.push_back(Flag::kUnevidenced);
    }
    return score;
  }

  /// Response::FindAnswers, searching on from the last one found: a response lists its
  /// elements in the framework's order as a rule, so each is found at once.
  const ElementAnswers* AnswersFor(const std::string& id) {
    const std::vector<ElementAnswers>& answers = response_.answers;
    for (std::size_t k = 0; k < answers.size(); ++k) {
      std::size_t at = (next_answers_ + k) % answers.size();
      if (answers[at].element_id == id) {
        next_answers_ = at + 1;
        return &answers[at];
      }
    }
    return nullptr;
  }

  void RankGaps() {
    for (std::size_t i = 0; i < card_.elements.size(); ++i) {
      const ElementScore& element = card_.elements[i];
      if (element.gap && *element.gap > 1e-9) {
        card_.gaps.push_back({i, *element.gap, element.priority});
      }
    }
    auto divergence = [&](const Gap& gap) {
      return card_.elements[gap.element_index].divergence.value_or(-1.0);
    };
    std::sort(card_.gaps.begin(), card_.gaps.end(), [&](const Gap& a, const Gap& b) {
      if (a.priority != b.priority) return a.priority > b.priority;
      if (divergence(a) != divergence(b)) return divergence(a) > divergence(b);
      return card_.elements[a.element_index].element->id <
             card_.elements[b.element_index].element->id;
    });
  }

  /// A side that signs more than once agrees only if every one of its sign-offs does.
  void SignOff() {
    for (const Perspective& perspective : framework_.perspectives) {
      bool signed_off = false;
      bool agreed = true;
      for (const maturity::SignOff& entry : response_.sign_off) {
        if (entry.perspective != perspective.key) continue;
        signed_off = true;
        agreed = agreed && entry.agreed;
      }
      if (signed_off) card_.signed_off.push_back(perspective.key);
      if (signed_off && !agreed) card_.not_agreed.push_back(perspective.key);
    }
    card_.draft = card_.signed_off.size() < framework_.perspectives.size();
    card_.jointly_agreed = !card_.draft && card_.not_agreed.empty();
  }

  /// Respondents by id, looked up once per answer.
  std::unordered_map<std::string_view, const Respondent*> respondents_;
  const Framework& framework_;
  const Response& response_;
  Scorecard& card_;
  std::size_t next_answers_ = 0;  ///< Where AnswersFor looks first.
};

}  // namespace

double TargetFor(const Framework& framework, const Element& element, const Profile& profile) {
  if (element.target) return *element.target;
  for (const TargetRule& rule : framework.target_rules) {
    if (Matches(rule.when, profile)) return rule.target;
  }
  return framework.default_target;
}

std::optional<NextAction> NextActionFor(const Element& element, std::optional<int> level) {
  if (!level) return std::nullopt;
  // The actions keyed by the level now reached lead to the next level; if that level has
  // none, the nearest level below that has some.
  for (auto it = element.actions.rbegin(); it != element.actions.rend(); ++it) {
    if (it->first <= *level && !it->second.empty()) return NextAction{it->first, &it->second};
  }
  return std::nullopt;
}

namespace {

/// Each agreed action, overdue when it is still open after its due date (section 4.10).
void ReviewActions(const Response& response, const ScoreOptions& options, Scorecard& card) {
  card.as_of = options.as_of.value_or("");
  if (!options.as_of) {
    for (const SignOff& entry : response.sign_off) card.as_of = std::max(card.as_of, entry.date);
  }
  for (const AgreedAction& action : response.actions) {
    ActionReview review;
    review.action = &action;
    if (!action.due.empty() && !card.as_of.empty()) {
      review.overdue = action.open() && action.due < card.as_of;  // ISO dates sort as text.
      card.overdue_actions += *review.overdue;
    }
    card.actions.push_back(review);
  }
}

}  // namespace

Scorecard Score(const Framework& framework, const Response& response, const ScoreOptions& options) {
  Scorecard card;
  card.framework = &framework;
  card.response = &response;
  Scorer(framework, response, card).Run();
  ReviewActions(response, options, card);
  return card;
}

}  // namespace maturity
