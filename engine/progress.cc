#include "engine/progress.h"

#include <algorithm>
#include <set>

#include "engine/value_formats.h"
#include "engine/yaml_reader.h"

namespace maturity {

namespace {

std::optional<double> Minus(std::optional<double> current, std::optional<double> previous) {
  if (!current || !previous) return std::nullopt;
  return *current - *previous;
}

PeriodItem ItemOf(std::optional<double> score, const PerspectiveScores& by_perspective,
                  std::optional<double> divergence) {
  PeriodItem item{score, {}, divergence};
  for (const auto& [perspective, value] : by_perspective) item.by_perspective[perspective] = value;
  return item;
}

ItemChange ChangeOf(const Framework& framework, const PeriodItem& current,
                    const PeriodItem* previous) {
  ItemChange change;
  change.score = {previous ? previous->score : std::nullopt,
                  Minus(current.score, previous ? previous->score : std::nullopt)};
  for (const Perspective& perspective : framework.perspectives) {
    std::optional<double> before;
    if (previous) {
      auto found = previous->by_perspective.find(perspective.key);
      if (found != previous->by_perspective.end()) before = found->second;
    }
    auto now = current.by_perspective.find(perspective.key);
    change.by_perspective[perspective.key] = {
        before, Minus(now != current.by_perspective.end() ? now->second : std::nullopt, before)};
  }
  if (previous) change.previous_divergence = previous->divergence;
  if (current.divergence && change.previous_divergence) {
    change.gap_narrowed = *current.divergence < *change.previous_divergence;
  }
  return change;
}

/// Reads the JSON result through the project's YAML reader (JSON is YAML's flow style), so
/// that its errors are located and its size and depth are bounded like every input's.
class ScorecardJsonReader {
 public:
  ScorecardJsonReader(const std::string& path, Diagnostics& diagnostics)
      : reader_(path, diagnostics) {}

  PeriodScores Read(const std::string& content) {
    PeriodScores scores;
    scores.file = reader_.file();
    YamlNode root = reader_.Parse(content);
    if (!root.IsDefined()) return scores;
    if (!root.IsMap() || !root["framework"].IsMap() || !root["overall"].IsMap() ||
        !root["elements"].IsSequence() || !root["dimensions"].IsSequence()) {
      reader_.Error(root, "",
                    "expected a response (YAML) or a JSON result written by 'maturity score "
                    "--json'; this is neither");
      return scores;
    }
    scores.framework_id = Text(root["framework"]["id"], "framework.id");
    scores.framework_version = Text(root["framework"]["version"], "framework.version");
    scores.institution_id = Text(root["institution"]["id"], "institution.id");
    scores.institution_location = reader_.Where(root["institution"]["id"]);
    scores.period = Text(root["period"], "period");
    scores.period_location = reader_.Where(root["period"]);
    scores.overall = Item(root["overall"], "overall");
    if (YamlNode level = root["overall"]["level"]; level.IsDefined() && !level.IsNull()) {
      if (auto value = reader_.ReadInteger(level, "overall.level")) {
        scores.overall_level = static_cast<int>(*value);
      }
    }
    Items(root["dimensions"], "dimensions", scores.dimensions);
    Items(root["elements"], "elements", scores.elements);
    return scores;
  }

 private:
  std::string Text(const YamlNode& node, const std::string& path) {
    if (!node.IsDefined()) {
      reader_.Error(node, path, "expected '" + path + "' in the JSON result");
      return "";
    }
    return reader_.ReadString(node, path).value_or("");
  }

  std::optional<double> Number(const YamlNode& node, const std::string& path) {
    if (!node.IsDefined() || node.IsNull()) return std::nullopt;
    return reader_.ReadNumber(node, path);
  }

  PeriodItem Item(const YamlNode& node, const std::string& path) {
    PeriodItem item;
    item.score = Number(node["score"], path + ".score");
    item.divergence = Number(node["divergence"], path + ".divergence");
    YamlNode sides = node["by_perspective"];
    if (sides.IsMap()) {
      for (std::size_t i = 0; i < sides.size(); ++i) {
        auto [key, value] = sides.Pair(i);
        std::string side(key.Scalar());
        item.by_perspective[side] = Number(value, path + ".by_perspective." + side);
      }
    }
    return item;
  }

  void Items(const YamlNode& list, const std::string& path,
             std::map<std::string, PeriodItem>& into) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      std::string item_path = IndexPath(path, i);
      std::string id = Text(list[i]["id"], item_path + ".id");
      if (!id.empty()) into[id] = Item(list[i], item_path);
    }
  }

  YamlReader reader_;
};

}  // namespace

PeriodScores ScoresOf(const Scorecard& card) {
  PeriodScores scores;
  scores.file = card.response->file;
  scores.institution_id = card.response->institution.id;
  scores.period = card.response->period;
  scores.institution_location = card.response->institution.location;
  scores.period_location = card.response->period_location;
  scores.framework_id = card.framework->id;
  scores.framework_version = card.framework->version;
  scores.overall = ItemOf(card.overall.score, card.overall.by_perspective, card.overall.divergence);
  scores.overall_level = card.overall.level;
  for (const DimensionScore& dimension : card.dimensions) {
    scores.dimensions[dimension.dimension->id] =
        ItemOf(dimension.score, dimension.by_perspective, dimension.divergence);
  }
  for (const ElementScore& element : card.elements) {
    PeriodItem item{element.score, {}, element.divergence};
    for (const PerspectiveScore& side : element.by_perspective) {
      item.by_perspective[side.perspective] = side.score;
    }
    scores.elements[element.element->id] = item;
  }
  return scores;
}

PeriodScores ParseScorecardJson(const std::string& path, const std::string& content) {
  Diagnostics diagnostics;
  PeriodScores scores = ScorecardJsonReader(path, diagnostics).Read(content);
  if (diagnostics.HasErrors()) throw InputError(diagnostics);
  return scores;
}

void CheckPreviousPeriod(const Response& current, const PeriodScores& previous) {
  const Location& where = previous.period_location;
  if (previous.institution_id != current.institution.id) {
    throw InputError(previous.institution_location, "institution.id",
                     "the previous period is of institution '" + previous.institution_id +
                         "', not '" + current.institution.id +
                         "'; give the same institution's previous response or result");
  }
  auto before = ParsePeriod(previous.period);
  auto now = ParsePeriod(current.period);
  if (!before || !now) {
    throw InputError(where, "period",
                     "the previous period '" + previous.period + "' is not " + kPeriodForms);
  }
  if (before->kind != now->kind) {
    throw InputError(where, "period",
                     "the previous period '" + previous.period + "' and this one '" +
                         current.period +
                         "' are different kinds of period (a calendar year beside an academic "
                         "or financial year); compare like with like");
  }
  if (before->start_year >= now->start_year) {
    throw InputError(
        where, "period",
        "the previous period '" + previous.period + "' is " +
            (before->start_year == now->start_year ? "the same period as" : "later than") +
            " this one ('" + current.period + "'); give an earlier period");
  }
}

void CheckPeriodFollows(const Response& previous, const std::string& next) {
  Response following;
  following.institution = previous.institution;
  following.period = next;
  PeriodScores last;
  last.file = previous.file;
  last.institution_id = previous.institution.id;
  last.institution_location = previous.institution.location;
  last.period = previous.period;
  last.period_location = previous.period_location;
  CheckPreviousPeriod(following, last);
}

Progress CompareWithPrevious(Scorecard& card, PeriodScores previous) {
  const Framework& framework = *card.framework;
  Progress progress;
  progress.previous = std::move(previous);
  const PeriodScores& before = progress.previous;
  PeriodItem overall =
      ItemOf(card.overall.score, card.overall.by_perspective, card.overall.divergence);
  progress.overall = ChangeOf(framework, overall, &before.overall);
  progress.previous_level = before.overall_level;
  for (const DimensionScore& dimension : card.dimensions) {
    auto found = before.dimensions.find(dimension.dimension->id);
    progress.dimensions[dimension.dimension->id] =
        ChangeOf(framework, ItemOf(dimension.score, dimension.by_perspective, dimension.divergence),
                 found != before.dimensions.end() ? &found->second : nullptr);
  }
  std::set<std::string> matched;
  for (const ElementScore& element : card.elements) {
    const std::string& id = element.element->id;
    auto found = before.elements.find(id);
    for (const std::string& old_id : element.element->renamed_from) {
      if (found != before.elements.end()) break;
      found = before.elements.find(old_id);
      if (found != before.elements.end()) progress.renamed[id] = old_id;
    }
    if (found != before.elements.end()) matched.insert(found->first);
    PeriodItem now{element.score, {}, element.divergence};
    for (const PerspectiveScore& side : element.by_perspective) {
      now.by_perspective[side.perspective] = side.score;
    }
    progress.elements[id] =
        ChangeOf(framework, now, found != before.elements.end() ? &found->second : nullptr);
  }
  for (const auto& [id, item] : before.elements) {
    if (!matched.contains(id)) progress.dropped_elements.push_back(id);
  }
  for (ActionReview& review : card.actions) {
    auto found = progress.elements.find(review.action->element);
    if (found != progress.elements.end()) review.element_change = found->second.score.change;
  }
  return progress;
}

}  // namespace maturity
