#include "engine/progress.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "common/numbers.h"
#include "common/strings.h"
#include "engine/response_loader.h"
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

/// A score read back with where it was written, to check it against the others.
struct ReadItem {
  PeriodItem item;
  bool applicable = true;
  bool has_completeness = false;
  YamlNode node;
  std::string path;  ///< `overall`, `elements[3]`.
};

/// Reads the JSON result through the project's YAML reader (JSON is YAML's flow style), so
/// that its errors are located and its size and depth are bounded like every input's, and
/// checks it as strictly as a response: known keys, scores and levels on the framework's
/// scale, each element and dimension once, and every figure that can be recomputed from
/// the others (an element from its sides, a dimension from its parts, the overall score
/// from the dimensions) equal to what they give.
class ScorecardJsonReader {
 public:
  ScorecardJsonReader(const std::string& path, const Framework& framework, Diagnostics& diagnostics)
      : reader_(path, diagnostics), framework_(framework) {}

  PeriodScores Read(const std::string& content) {
    PeriodScores scores;
    scores.file = reader_.file();
    YamlNode root = reader_.Parse(content);
    if (!root.IsDefined()) return scores;
    if (!IsResult(root)) {
      reader_.Error(root, "", kNeither);
      return scores;
    }
    MapReader top(reader_, root, "");
    ReadFramework(top.Required("framework"));
    YamlNode institution = top.Required("institution");
    scores.institution_id = Text(institution["id"], "institution.id");
    scores.institution_location = reader_.Where(institution["id"]);
    scores.period = Text(top.Required("period"), "period");
    scores.period_location = reader_.Where(root["period"]);
    for (const char* key :
         {"jointly_agreed", "draft", "sign_off", "as_of", "actions", "previous", "gaps",
          "benchmark"}) {
      top.Optional(key);  // Written for people and other programs; not read back.
    }
    ReadItem overall =
        Item(top.Required("overall"), "overall", kOverallKeys, &scores.overall_level);
    scores.overall = overall.item;
    std::map<std::string, ReadItem> dimensions =
        Items(top.Required("dimensions"), "dimensions", kDimensionKeys, /*elements=*/false);
    std::map<std::string, ReadItem> elements =
        Items(top.Required("elements"), "elements", kElementKeys, /*elements=*/true);
    top.Finish();
    for (const auto& [id, item] : dimensions) scores.dimensions[id] = item.item;
    for (const auto& [id, item] : elements) scores.elements[id] = item.item;
    if (!reader_.diagnostics().HasErrors()) Recompute(overall, dimensions, elements);
    return scores;
  }

 private:
  static constexpr const char* kNeither =
      "expected a response (YAML) or a JSON result written by 'maturity score --json'; this is "
      "neither";
  static constexpr double kTolerance = 1e-9;

  static bool IsResult(const YamlNode& root) {
    return root.IsMap() && root["framework"].IsMap() && root["overall"].IsMap() &&
           root["elements"].IsSequence() && root["dimensions"].IsSequence();
  }

  inline static const std::vector<std::string_view> kChangeKeys = {
      "previous_score", "change", "previous_by_perspective", "previous_divergence"};
  inline static const std::vector<std::string_view> kOverallKeys = {
      "score", "level", "percent", "completeness", "provisional", "target", "by_perspective",
      "divergence"};
  inline static const std::vector<std::string_view> kDimensionKeys = {
      "id",      "title",        "parent", "weight", "score",          "level",
      "percent", "completeness", "target", "gap",    "by_perspective", "divergence"};
  inline static const std::vector<std::string_view> kElementKeys = {
      "id",         "dimension",      "title",   "kind",   "weight", "applicable",
      "score",      "level",          "percent", "target", "gap",    "priority",
      "divergence", "by_perspective", "flags",   "answers"};

  void ReadFramework(const YamlNode& node) {
    MapReader map(reader_, node, "framework");
    if (!map.valid()) return;
    std::string id = Text(map.Required("id"), "framework.id");
    std::string version = Text(map.Required("version"), "framework.version");
    if ((!id.empty() && id != framework_.id) ||
        (!version.empty() && version != framework_.version)) {
      reader_.Error(
          node, "framework",
          "expected " + framework_.id + " " + framework_.version + ", got " + id + " " + version);
    }
    map.Optional("title");
    MapReader scale(reader_, map.Required("scale"), "framework.scale");
    if (scale.valid()) {
      for (auto [key, level] : {std::pair<const char*, int>{"lowest", framework_.lowest_level()},
                                {"highest", framework_.highest_level()}}) {
        YamlNode value = scale.Required(key);
        if (!value.IsDefined()) continue;
        auto read = reader_.ReadInteger(value, scale.PathOf(key));
        if (read && *read != level) {
          reader_.Error(value, scale.PathOf(key),
                        "expected " + std::to_string(level) + " (the scale of " + framework_.id +
                            " " + framework_.version + "), got " + std::to_string(*read));
        }
      }
      scale.Finish();
    }
    map.Finish();
  }

  std::string Text(const YamlNode& node, const std::string& path) {
    if (!node.IsDefined()) {
      reader_.Error(node, path, "expected '" + path + "' in the JSON result");
      return "";
    }
    return reader_.ReadString(node, path).value_or("");
  }

  std::string Scale() const {
    return std::to_string(framework_.lowest_level()) + " to " +
           std::to_string(framework_.highest_level());
  }

  /// A score on the framework's scale, or null.
  std::optional<double> Score(const YamlNode& node, const std::string& path) {
    if (!node.IsDefined() || node.IsNull()) return std::nullopt;
    auto value = reader_.ReadNumber(node, path);
    if (value && (*value < framework_.lowest_level() || *value > framework_.highest_level())) {
      reader_.Error(node, path,
                    "expected a score from " + Scale() + " or null, got " + FormatNumber(*value));
      return std::nullopt;
    }
    return value;
  }

  ReadItem Item(const YamlNode& node, const std::string& path,
                const std::vector<std::string_view>& keys,
                std::optional<int>* level_out = nullptr) {
    ReadItem read;
    read.node = node;
    read.path = path;
    MapReader map(reader_, node, path);
    if (!map.valid()) return read;
    for (std::string_view key : keys) map.Optional(key);
    for (std::string_view key : kChangeKeys) map.Optional(key);
    read.item.score = Score(node["score"], path + ".score");
    bool score_refused = !read.item.score && node["score"].IsDefined() && !node["score"].IsNull();
    if (YamlNode level = node["level"]; level.IsDefined() && !level.IsNull() && !score_refused) {
      auto value = reader_.ReadInteger(level, path + ".level");
      std::optional<int> expected;
      if (read.item.score) expected = framework_.LevelReached(*read.item.score);
      if (value && (!expected || *value != *expected)) {
        reader_.Error(level, path + ".level",
                      expected
                          ? "expected " + std::to_string(*expected) + ", the level score " +
                                FormatNumber(*read.item.score) + " reaches, got " +
                                std::to_string(*value)
                          : "expected null, as there is no score, got " + std::to_string(*value));
      } else if (value && level_out) {
        *level_out = static_cast<int>(*value);
      }
    }
    if (YamlNode divergence = node["divergence"]; divergence.IsDefined() && !divergence.IsNull()) {
      auto value = reader_.ReadNumber(divergence, path + ".divergence");
      double widest = framework_.highest_level() - framework_.lowest_level();
      if (value && (*value < 0 || *value > widest)) {
        reader_.Error(divergence, path + ".divergence",
                      "expected a difference from 0 to " + FormatNumber(widest) + " or null, got " +
                          FormatNumber(*value));
      } else {
        read.item.divergence = value;
      }
    }
    YamlNode sides = node["by_perspective"];
    if (sides.IsDefined()) {
      MapReader sides_map(reader_, sides, path + ".by_perspective");
      for (const Perspective& perspective : framework_.perspectives) {
        sides_map.Optional(perspective.key);
      }
      for (const MapReader::Entry& entry : sides_map.entries()) {
        if (!framework_.FindPerspective(entry.key)) continue;  // Finish reports it.
        read.item.by_perspective[entry.key] =
            Score(entry.value, path + ".by_perspective." + entry.key);
      }
      sides_map.Finish();
    }
    if (YamlNode applicable = node["applicable"]; applicable.IsDefined()) {
      read.applicable = reader_.ReadBool(applicable, path + ".applicable").value_or(true);
    }
    YamlNode completeness = node["completeness"];
    read.has_completeness = completeness.IsDefined() && !completeness.IsNull();
    map.Finish();
    return read;
  }

  std::map<std::string, ReadItem> Items(const YamlNode& list, const std::string& path,
                                        const std::vector<std::string_view>& keys, bool elements) {
    std::map<std::string, ReadItem> items;
    std::map<std::string, Location> first;
    const char* what = elements ? "element" : "dimension";
    for (std::size_t i = 0; i < list.size(); ++i) {
      std::string item_path = IndexPath(path, i);
      YamlNode id_node = list[i].IsMap() ? list[i]["id"] : YamlNode();
      std::string id = Text(id_node, item_path + ".id");
      ReadItem item = Item(list[i], item_path, keys);
      if (id.empty()) continue;
      bool known = elements ? framework_.FindElement(id) != nullptr : FindDimension(id) != nullptr;
      if (!known) {
        reader_.Error(id_node, item_path + ".id",
                      "'" + id + "' is not " + (elements ? "an " : "a ") + what + " of " +
                          framework_.id + " " + framework_.version);
        continue;
      }
      if (auto earlier = first.find(id); earlier != first.end()) {
        reader_.Error(id_node, item_path + ".id",
                      std::string(what) + " '" + id + "' is listed twice (first at line " +
                          std::to_string(earlier->second.line) + ")");
        continue;
      }
      first[id] = reader_.Where(id_node);
      items[id] = std::move(item);
    }
    std::vector<std::string> missing;
    auto check = [&](const std::string& id) {
      if (!items.contains(id) && !first.contains(id)) missing.push_back(id);
    };
    if (elements) {
      ForEachElement(framework_, [&](const ElementStep& step) { check(step.element.id); });
    } else {
      ForEachDimension(framework_, [&](const DimensionStep& step) { check(step.dimension.id); });
    }
    if (!missing.empty() && list.IsSequence() && !reader_.diagnostics().HasErrors()) {
      reader_.Error(list, path,
                    "lacks " + std::string(what) + (missing.size() > 1 ? "s " : " ") +
                        Join(missing, ", ") + " of " + framework_.id + " " + framework_.version);
    }
    return items;
  }

  const Dimension* FindDimension(const std::string& id) const {
    const Dimension* found = nullptr;
    ForEachDimension(framework_, [&](const DimensionStep& step) {
      if (step.dimension.id == id) found = &step.dimension;
    });
    return found;
  }

  /// Refuses a figure that disagrees with what the figures it is made from give.
  void Agree(const ReadItem& read, const std::string& key, std::optional<double> written,
             std::optional<double> computed, const std::string& from) {
    bool agree = written.has_value() == computed.has_value() &&
                 (!written || std::abs(*written - *computed) <= kTolerance);
    if (agree) return;
    YamlNode node = read.node[key.substr(0, key.find('.'))];
    if (key.find('.') != std::string::npos) node = node[key.substr(key.find('.') + 1)];
    reader_.Error(
        node.IsDefined() ? node : read.node, read.path + "." + key,
        (computed ? "expected " + FormatNumber(*computed) : std::string("expected null")) + " (" +
            from + "), got " + (written ? FormatNumber(*written) : std::string("null")) +
            "; a result is read back as 'maturity score --json' wrote it");
  }

  void Recompute(const ReadItem& overall, const std::map<std::string, ReadItem>& dimensions,
                 const std::map<std::string, ReadItem>& elements) {
    bool minimum = framework_.scoring.aggregate == Aggregate::kMinimum;
    std::optional<double> missing_as;
    if (framework_.scoring.missing == MissingPolicy::kLowest) {
      missing_as = framework_.lowest_level();
    }
    auto side_of = [](const PeriodItem& item, const std::string& key) {
      auto found = item.by_perspective.find(key);
      return found == item.by_perspective.end() ? std::nullopt : found->second;
    };
    // Each element: its sides' mean (each side counts once).
    for (const auto& [id, read] : elements) {
      if (!read.applicable) {
        Agree(read, "score", read.item.score, std::nullopt, "not applicable");
        continue;
      }
      double total = 0;
      int count = 0;
      for (const auto& [key, side] : read.item.by_perspective) {
        if (!side) continue;
        total += *side;
        ++count;
      }
      std::optional<double> mean;
      if (count > 0) mean = total / count;
      Agree(read, "score", read.item.score, mean, "the mean of its sides' scores");
    }
    // Each dimension: its elements and sub-dimensions, as the framework aggregates them.
    ForEachDimension(framework_, [&](const DimensionStep& step) {
      const Dimension& dimension = step.dimension;
      const ReadItem& read = dimensions.at(dimension.id);
      std::vector<ScorePart> parts;
      std::map<std::string, std::vector<ScorePart>> sides;
      auto add = [&](const ReadItem& part, bool applicable, double weight) {
        parts.push_back({applicable, part.item.score, weight});
        for (const Perspective& perspective : framework_.perspectives) {
          sides[perspective.key].push_back(
              {applicable, side_of(part.item, perspective.key), weight});
        }
      };
      for (const Element& element : dimension.elements) {
        const ReadItem& part = elements.at(element.id);
        add(part, part.applicable, element.weight);
      }
      for (const Dimension& child : dimension.dimensions) {
        const ReadItem& part = dimensions.at(child.id);
        add(part, part.has_completeness, child.weight);
      }
      Agree(read, "score", read.item.score, CombineScores(parts, minimum, missing_as),
            "its parts' scores as " + framework_.id + " aggregates them");
      for (const Perspective& perspective : framework_.perspectives) {
        Agree(read, "by_perspective." + perspective.key, side_of(read.item, perspective.key),
              CombineScores(sides[perspective.key], minimum, missing_as),
              "its parts' " + perspective.key + " scores as " + framework_.id + " aggregates them");
      }
    });
    // The overall score: the weighted mean of the top-level dimensions.
    std::vector<ScorePart> parts;
    std::map<std::string, std::vector<ScorePart>> sides;
    for (const Dimension& dimension : framework_.dimensions) {
      const ReadItem& part = dimensions.at(dimension.id);
      parts.push_back({part.item.score.has_value(), part.item.score, dimension.weight});
      for (const Perspective& perspective : framework_.perspectives) {
        auto side = side_of(part.item, perspective.key);
        sides[perspective.key].push_back({side.has_value(), side, dimension.weight});
      }
    }
    Agree(overall, "score", overall.item.score, CombineScores(parts),
          "the weighted mean of the dimensions' scores");
    for (const Perspective& perspective : framework_.perspectives) {
      Agree(overall, "by_perspective." + perspective.key, side_of(overall.item, perspective.key),
            CombineScores(sides[perspective.key]),
            "the weighted mean of the dimensions' " + perspective.key + " scores");
    }
  }

  YamlReader reader_;
  const Framework& framework_;
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

ResponseIdentity ReadScorecardJsonIdentity(const std::string& path, const std::string& content) {
  Diagnostics diagnostics;
  YamlReader reader(path, diagnostics);
  YamlNode root = reader.Parse(content);
  if (diagnostics.HasErrors()) throw InputError(diagnostics);
  ResponseIdentity identity;
  YamlNode framework = root.IsMap() ? root["framework"] : YamlNode();
  if (!framework.IsMap()) {
    reader.Error(root, "",
                 "expected a response (YAML) or a JSON result written by 'maturity score "
                 "--json'; this is neither");
    throw InputError(diagnostics);
  }
  for (auto [key, into] : {std::pair<const char*, std::string*>{"id", &identity.framework_id},
                           {"version", &identity.framework_version}}) {
    std::string key_path = std::string("framework.") + key;
    if (!framework[key].IsDefined()) {
      reader.Error(framework, key_path, "expected '" + key_path + "' in the JSON result");
    } else if (auto text = reader.ReadString(framework[key], key_path)) {
      *into = *text;
    }
  }
  if (diagnostics.HasErrors()) throw InputError(diagnostics);
  return identity;
}

PeriodScores ParseScorecardJson(const std::string& path, const std::string& content,
                                const Framework& framework) {
  Diagnostics diagnostics;
  PeriodScores scores = ScorecardJsonReader(path, framework, diagnostics).Read(content);
  if (diagnostics.HasErrors()) throw InputError(diagnostics);
  scores.framework_id = framework.id;
  scores.framework_version = framework.version;
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
    auto found = before.elements.end();
    for (const std::string& old_id : framework.IdsOnceCalled(*element.element)) {
      found = before.elements.find(old_id);
      if (found == before.elements.end()) continue;
      if (old_id != id) progress.renamed[id] = old_id;
      break;
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
