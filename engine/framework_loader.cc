#include "engine/framework_loader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <set>

#include "common/enum_names.h"
#include "common/numbers.h"
#include "common/strings.h"
#include "engine/input_file.h"
#include "engine/value_formats.h"
#include "engine/yaml_reader.h"

namespace maturity {

namespace {

class FrameworkLoader {
 public:
  FrameworkLoader(const std::string& file, Diagnostics& diagnostics) : reader_(file, diagnostics) {
    framework_.file = file;
    framework_.sources = {file};
  }

  Framework Load(const std::string& content) {
    YamlNode root = reader_.Parse(content);
    if (reader_.diagnostics().HasErrors()) return std::move(framework_);
    MapReader map(reader_, root, "");
    if (!map.valid()) return std::move(framework_);
    ChainGuard guard(reader_.file());

    bool derived = false;
    if (YamlNode extends = map.Optional("extends"); extends.IsDefined()) {
      derived = LoadBase(extends);
      if (!derived) return std::move(framework_);
    }
    // A framework that extends another inherits every section it does not give.
    auto section = [&](std::string_view key) {
      return derived ? map.Optional(key) : map.Required(key);
    };
    ReadHeader(map, derived);
    ReadLanguages(map.Optional("languages"), derived);
    if (YamlNode scale = section("scale"); scale.IsDefined()) {
      framework_.scale.clear();
      ReadScale(scale);
    }
    if (YamlNode perspectives = section("perspectives"); perspectives.IsDefined()) {
      framework_.perspectives.clear();
      ReadPerspectives(perspectives);
    }
    if (YamlNode profile = map.Optional("profile"); profile.IsDefined()) {
      framework_.profile.clear();
      ReadProfile(profile);
    }
    if (YamlNode scoring = map.Optional("scoring"); scoring.IsDefined()) ReadScoring(scoring);
    if (YamlNode targets = map.Optional("targets"); targets.IsDefined() || !derived) {
      framework_.target_rules.clear();
      ReadTargets(targets);
    }
    if (derived) {
      if (YamlNode dimensions = map.Optional("dimensions"); dimensions.IsDefined()) {
        reader_.Error(dimensions, "dimensions",
                      "a framework that extends another changes its dimensions with remove, "
                      "override and add");
      }
      if (YamlNode remove = map.Optional("remove"); remove.IsDefined()) ApplyRemove(remove);
      if (YamlNode override = map.Optional("override"); override.IsDefined())
        ApplyOverride(override);
      if (YamlNode add = map.Optional("add"); add.IsDefined()) ApplyAdd(add);
    } else {
      ReadDimensions(map.Required("dimensions"), "dimensions", framework_.dimensions);
    }
    map.Finish();
    return std::move(framework_);
  }

  /// The files being loaded, outermost first, to refuse a cycle of `extends`.
  static std::vector<std::string>& Chain() {
    thread_local std::vector<std::string> chain;
    return chain;
  }

  struct ChainGuard {
    explicit ChainGuard(const std::string& file) {
      std::error_code error;
      Chain().push_back(std::filesystem::weakly_canonical(file, error).string());
    }
    ~ChainGuard() { Chain().pop_back(); }
    ChainGuard(const ChainGuard&) = delete;
    ChainGuard& operator=(const ChainGuard&) = delete;
  };

  /// Loads the framework named by `extends` into framework_; false (reported) on failure.
  bool LoadBase(const YamlNode& node) {
    auto reference = reader_.ReadString(node, "extends");
    if (!reference) return false;
    FrameworkLookup lookup = ResolveFrameworkReference(*reference, reader_.file());
    if (!lookup.conflict.empty()) {
      reader_.Error(node, "extends",
                    lookup.conflict + "; keep one, or name the one to build on by its path");
      return false;
    }
    if (!lookup.path) {
      reader_.Error(node, "extends",
                    "no framework '" + *reference + "' found (looked in " + lookup.searched + ")");
      return false;
    }
    const std::optional<std::string>& path = lookup.path;
    std::error_code error;
    std::string canonical = std::filesystem::weakly_canonical(*path, error).string();
    auto& chain = Chain();
    if (std::find(chain.begin(), chain.end(), canonical) != chain.end()) {
      std::string cycle;
      for (const std::string& file : chain)
        cycle += std::filesystem::path(file).filename().string() + " -> ";
      reader_.Error(
          node, "extends",
          "extends forms a cycle: " + cycle + std::filesystem::path(canonical).filename().string());
      return false;
    }
    Diagnostics base_diagnostics;
    try {
      std::string file = framework_.file;
      framework_ = LoadFramework(*path, base_diagnostics);
      framework_.file = file;
      framework_.sources.insert(framework_.sources.begin(), file);
    } catch (const InputError& failure) {
      for (const Diagnostic& item : failure.diagnostics().items()) {
        reader_.diagnostics().Error(item.location, item.key_path, item.message);
      }
      reader_.Error(node, "extends", "the base framework " + *path + " is invalid");
      return false;
    }
    std::function<void(const std::vector<Dimension>&)> seed =
        [&](const std::vector<Dimension>& dimensions) {
          for (const Dimension& dimension : dimensions) {
            ids_.emplace(dimension.id, -1);
            for (const Element& element : dimension.elements) ids_.emplace(element.id, -1);
            seed(dimension.dimensions);
          }
        };
    seed(framework_.dimensions);
    return true;
  }

  static Dimension* FindDimension(std::vector<Dimension>& dimensions, const std::string& id) {
    for (Dimension& dimension : dimensions) {
      if (dimension.id == id) return &dimension;
      if (Dimension* found = FindDimension(dimension.dimensions, id)) return found;
    }
    return nullptr;
  }

  static Element* FindElement(std::vector<Dimension>& dimensions, const std::string& id) {
    for (Dimension& dimension : dimensions) {
      for (Element& element : dimension.elements) {
        if (element.id == id) return &element;
      }
      if (Element* found = FindElement(dimension.dimensions, id)) return found;
    }
    return nullptr;
  }

  /// Removes the dimension or element `id`; false when there is none.
  static bool Remove(std::vector<Dimension>& dimensions, const std::string& id) {
    for (auto it = dimensions.begin(); it != dimensions.end(); ++it) {
      if (it->id == id) {
        dimensions.erase(it);
        return true;
      }
      auto& elements = it->elements;
      auto element = std::find_if(elements.begin(), elements.end(),
                                  [&](const Element& e) { return e.id == id; });
      if (element != elements.end()) {
        elements.erase(element);
        return true;
      }
      if (Remove(it->dimensions, id)) return true;
    }
    return false;
  }

  void ApplyRemove(const YamlNode& node) {
    auto ids = reader_.ReadStringList(node, "remove", true);
    if (!ids) return;
    for (std::size_t i = 0; i < ids->size(); ++i) {
      const std::string& id = (*ids)[i];
      if (Remove(framework_.dimensions, id)) {
        ids_.erase(id);
      } else {
        reader_.Error(node.IsSequence() ? node[i] : node,
                      node.IsSequence() ? IndexPath("remove", i) : "remove",
                      "'" + id + "' is not a dimension or element of the base framework");
      }
    }
  }

  void ApplyOverride(const YamlNode& node) {
    MapReader overrides(reader_, node, "override");
    for (const MapReader::Entry& entry : overrides.entries()) {
      std::string path = overrides.PathOf(entry.key);
      MapReader fields(reader_, entry.value, path);
      if (!fields.valid()) continue;
      if (Element* element = FindElement(framework_.dimensions, entry.key)) {
        ReadElementFields(fields, *element, true);
      } else if (Dimension* dimension = FindDimension(framework_.dimensions, entry.key)) {
        if (YamlNode title = fields.Optional("title"); title.IsDefined()) {
          if (auto text = Text(title, fields.PathOf("title"))) dimension->title = *text;
        }
        if (YamlNode description = fields.Optional("description"); description.IsDefined()) {
          if (auto text = Text(description, fields.PathOf("description")))
            dimension->description = *text;
        }
        if (fields.Optional("weight").IsDefined()) {
          if (auto weight = ReadWeight(fields)) dimension->weight = *weight;
        }
      } else {
        reader_.Error(entry.key_node, path,
                      "'" + entry.key + "' is not a dimension or element of the base framework");
        continue;
      }
      fields.Finish();
    }
  }

  void ApplyAdd(const YamlNode& node) {
    if (!node.IsSequence()) {
      reader_.Error(node, "add", "expected a list of additions, got " + YamlReader::Describe(node));
      return;
    }
    for (std::size_t i = 0; i < node.size(); ++i) {
      std::string path = IndexPath("add", i);
      MapReader map(reader_, node[i], path);
      if (!map.valid()) continue;
      Dimension* target = nullptr;
      YamlNode elements = map.Optional("elements");
      YamlNode dimensions = map.Optional("dimensions");
      if (YamlNode to = map.Optional("to"); to.IsDefined()) {
        if (auto id = reader_.ReadString(to, map.PathOf("to"))) {
          target = FindDimension(framework_.dimensions, *id);
          if (!target) {
            reader_.Error(to, map.PathOf("to"),
                          "'" + *id + "' is not a dimension of the base framework");
            map.Finish();
            continue;
          }
        }
      }
      if (elements.IsDefined()) {
        if (target) {
          ReadElements(elements, map.PathOf("elements"), *target);
        } else {
          reader_.Error(elements, map.PathOf("elements"),
                        "elements are added to a dimension: give 'to'");
        }
      }
      if (dimensions.IsDefined()) {
        ReadDimensions(dimensions, map.PathOf("dimensions"),
                       target ? target->dimensions : framework_.dimensions);
      }
      if (!elements.IsDefined() && !dimensions.IsDefined()) {
        reader_.Error(node[i], path, "an addition needs 'elements' (with 'to') or 'dimensions'");
      }
      map.Finish();
    }
  }

 private:
  bool ScaleKnown() const { return framework_.scale.size() >= 2; }

  void ReadHeader(MapReader& map, bool derived) {
    if (auto id = ReadId(map.Required("id"), "id")) framework_.id = *id;
    if (YamlNode node = map.Required("version"); node.IsDefined()) {
      if (auto version = reader_.ReadString(node, "version")) {
        if (IsVersion(*version)) {
          framework_.version = *version;
        } else {
          reader_.Error(
              node, "version",
              "expected a semantic version such as 1.0.0, got " + YamlReader::Describe(node));
        }
      }
    }
    pending_title_ = derived ? map.Optional("title") : map.Required("title");
    pending_description_ = map.Optional("description");
  }

  /// The framework id: lowercase letters, digits and '-'.
  std::optional<std::string> ReadId(const YamlNode& node, const std::string& path) {
    if (!node.IsDefined()) return std::nullopt;
    auto id = reader_.ReadIdentifier(node, path);
    if (id && id->find('_') != std::string::npos) {
      reader_.Error(
          node, path,
          "expected lowercase letters, digits and '-', got " + YamlReader::Describe(node));
      return std::nullopt;
    }
    return id;
  }

  void ReadLanguages(const YamlNode& node, bool derived) {
    if (!node.IsDefined()) {
      if (!derived) framework_.languages = {"en"};
    } else if (auto languages = reader_.ReadStringList(node, "languages", false)) {
      framework_.languages.clear();
      std::set<std::string> seen;
      for (std::size_t i = 0; i < languages->size(); ++i) {
        const std::string& code = (*languages)[i];
        if (!IsLanguageCode(code)) {
          reader_.Error(node[i], IndexPath("languages", i),
                        "expected a language code such as en or cy, got " + Excerpt(code));
        } else if (!seen.insert(code).second) {
          reader_.Error(node[i], IndexPath("languages", i), "duplicate language '" + code + "'");
        } else {
          framework_.languages.push_back(code);
        }
      }
      if (languages->empty()) {
        reader_.Error(node, "languages", "expected at least one language code");
      }
    }
    if (framework_.languages.empty()) framework_.languages = {"en"};
    if (pending_title_.IsDefined()) {
      if (auto title = Text(pending_title_, "title")) framework_.title = *title;
    }
    if (pending_description_.IsDefined()) {
      if (auto text = Text(pending_description_, "description")) framework_.description = *text;
    }
  }

  std::optional<maturity::Text> Text(const YamlNode& node, const std::string& path) {
    return reader_.ReadText(node, path, framework_.languages);
  }

  void ReadScale(const YamlNode& node) {
    if (!node.IsDefined()) return;
    if (!node.IsSequence()) {
      reader_.Error(node, "scale", "expected a list of levels, got " + YamlReader::Describe(node));
      return;
    }
    bool ok = true;
    std::set<std::string> keys;
    for (std::size_t i = 0; i < node.size(); ++i) {
      std::string path = IndexPath("scale", i);
      MapReader map(reader_, node[i], path);
      if (!map.valid()) {
        ok = false;
        continue;
      }
      ScaleLevel level;
      YamlNode level_node = map.Required("level");
      if (auto number = level_node.IsDefined()
                            ? reader_.ReadInteger(level_node, map.PathOf("level"))
                            : std::nullopt) {
        level.level = static_cast<int>(*number);
        if (*number < -1000 || *number > 1000) {
          reader_.Error(level_node, map.PathOf("level"), "expected a level from -1000 to 1000");
          ok = false;
        } else if (!framework_.scale.empty() && level.level <= framework_.scale.back().level) {
          reader_.Error(level_node, map.PathOf("level"),
                        "levels must ascend: expected a level above " +
                            std::to_string(framework_.scale.back().level) + ", got " +
                            std::to_string(level.level));
          ok = false;
        }
      } else {
        ok = false;
      }
      if (YamlNode key = map.Required("key"); key.IsDefined()) {
        if (auto id = reader_.ReadIdentifier(key, map.PathOf("key"))) {
          level.key = *id;
          if (!keys.insert(*id).second) {
            reader_.Error(key, map.PathOf("key"), "duplicate level key '" + *id + "'");
          }
        }
      }
      if (YamlNode label = map.Required("label"); label.IsDefined()) {
        if (auto text = Text(label, map.PathOf("label"))) level.label = *text;
      }
      if (YamlNode description = map.Optional("description"); description.IsDefined()) {
        if (auto text = Text(description, map.PathOf("description"))) level.description = *text;
      }
      map.Finish();
      if (ok) framework_.scale.push_back(std::move(level));
    }
    if (ok && framework_.scale.size() < 2) {
      reader_.Error(node, "scale",
                    "expected at least two levels, got " + std::to_string(framework_.scale.size()));
    }
    if (!ok) framework_.scale.clear();
  }

  std::string ScaleRange() const {
    return std::to_string(framework_.lowest_level()) + " to " +
           std::to_string(framework_.highest_level());
  }

  std::optional<int> ReadLevel(const YamlNode& node, const std::string& path) {
    if (!ScaleKnown()) return std::nullopt;
    return ReadScaleLevel(reader_, framework_, node, path);
  }

  /// A level given as a mapping key, e.g. the `3` in `levels: {3: ...}`.
  std::optional<int> ReadLevelKey(const MapReader::Entry& entry, const std::string& parent) {
    if (!ScaleKnown()) return std::nullopt;
    auto value = YamlReader::ParseInteger(entry.key);
    if (value && *value == static_cast<int>(*value) &&
        framework_.FindLevel(static_cast<int>(*value))) {
      return static_cast<int>(*value);
    }
    reader_.Error(entry.key_node, KeyPath(parent, entry.key),
                  "expected a level from " + ScaleRange() + " as key, got \"" + entry.key + "\"");
    return std::nullopt;
  }

  void ReadPerspectives(const YamlNode& node) {
    if (!node.IsDefined()) return;
    if (!node.IsSequence() || node.size() == 0) {
      reader_.Error(
          node, "perspectives",
          "expected a list of at least one perspective, got " + YamlReader::Describe(node));
      return;
    }
    for (std::size_t i = 0; i < node.size(); ++i) {
      std::string path = IndexPath("perspectives", i);
      MapReader map(reader_, node[i], path);
      if (!map.valid()) continue;
      Perspective perspective;
      if (YamlNode key = map.Required("key"); key.IsDefined()) {
        if (auto id = reader_.ReadIdentifier(key, map.PathOf("key"))) {
          if (framework_.FindPerspective(*id)) {
            reader_.Error(key, map.PathOf("key"), "duplicate perspective '" + *id + "'");
          }
          perspective.key = *id;
        }
      }
      if (YamlNode label = map.Required("label"); label.IsDefined()) {
        if (auto text = Text(label, map.PathOf("label"))) perspective.label = *text;
      }
      map.Finish();
      if (!perspective.key.empty()) framework_.perspectives.push_back(std::move(perspective));
    }
  }

  void ReadProfile(const YamlNode& node) {
    MapReader fields(reader_, node, "profile");
    for (const MapReader::Entry& entry : fields.entries()) {
      std::string path = fields.PathOf(entry.key);
      if (!reader_.ReadIdentifier(entry.key_node, path)) continue;
      MapReader map(reader_, entry.value, path);
      if (!map.valid()) continue;
      ProfileField field;
      field.key = entry.key;
      field.location = reader_.Where(entry.key_node);
      YamlNode type = map.Optional("type");
      YamlNode values = map.Optional("values");
      YamlNode bands = map.Optional("bands");
      std::string type_name = values.IsDefined() ? "choice" : "text";
      if (type.IsDefined()) {
        if (auto text = reader_.ReadString(type, map.PathOf("type"))) {
          if (*text == "choice" || *text == "integer" || *text == "text") {
            type_name = *text;
          } else {
            reader_.Error(type, map.PathOf("type"),
                          "expected choice, integer or text, got " + YamlReader::Describe(type));
          }
        }
      }
      field.type = type_name == "choice"    ? ProfileFieldType::kChoice
                   : type_name == "integer" ? ProfileFieldType::kInteger
                                            : ProfileFieldType::kText;
      if (field.type == ProfileFieldType::kChoice) {
        if (!values.IsDefined()) {
          reader_.Error(entry.value, path, "a choice field needs 'values', the list of choices");
        } else if (auto list = reader_.ReadStringList(values, map.PathOf("values"), false)) {
          for (std::size_t i = 0; i < list->size(); ++i) {
            if (std::find(field.values.begin(), field.values.end(), (*list)[i]) !=
                field.values.end()) {
              reader_.Error(values[i], IndexPath(map.PathOf("values"), i),
                            "duplicate value '" + (*list)[i] + "'");
            }
            field.values.push_back((*list)[i]);
          }
          if (field.values.empty()) {
            reader_.Error(values, map.PathOf("values"), "expected at least one value");
          }
        }
      } else if (values.IsDefined()) {
        reader_.Error(values, map.PathOf("values"), "'values' is only for choice fields");
      }
      if (bands.IsDefined()) {
        if (field.type != ProfileFieldType::kInteger) {
          reader_.Error(bands, map.PathOf("bands"), "'bands' is only for integer fields");
        } else {
          ReadBands(bands, map.PathOf("bands"), field);
        }
      }
      if (YamlNode label = map.Optional("label"); label.IsDefined()) {
        if (auto text = Text(label, map.PathOf("label"))) field.label = *text;
      }
      if (YamlNode required = map.Optional("required"); required.IsDefined()) {
        if (auto flag = reader_.ReadBool(required, map.PathOf("required"))) field.required = *flag;
      }
      if (YamlNode labels = map.Optional("labels"); labels.IsDefined()) {
        ReadValueLabels(labels, map.PathOf("labels"), field);
      }
      map.Finish();
      framework_.profile.push_back(std::move(field));
    }
  }

  /// `labels: {VALUE or BAND: text}`: each key one of the field's values or bands.
  void ReadValueLabels(const YamlNode& node, const std::string& path, ProfileField& field) {
    std::vector<std::string> known = field.values;
    for (const Band& band : field.bands) known.push_back(band.key);
    if (field.type == ProfileFieldType::kText ||
        (field.type == ProfileFieldType::kInteger && field.bands.empty())) {
      reader_.Error(node, path,
                    "'labels' names the values of a choice field or the bands of an integer "
                    "field; this field has neither");
      return;
    }
    MapReader map(reader_, node, path);
    for (const MapReader::Entry& entry : map.entries()) {
      std::string label_path = map.PathOf(entry.key);
      if (std::find(known.begin(), known.end(), entry.key) == known.end()) {
        reader_.Error(
            entry.key_node, label_path,
            "expected one of the field's " +
                std::string(field.type == ProfileFieldType::kChoice ? "values" : "bands") + " (" +
                Join(known, ", ") + "), got '" + entry.key + "'");
        continue;
      }
      if (auto text = Text(entry.value, label_path)) field.labels[entry.key] = *text;
    }
  }

  void ReadBands(const YamlNode& node, const std::string& path, ProfileField& field) {
    MapReader map(reader_, node, path);
    for (const MapReader::Entry& entry : map.entries()) {
      std::string band_path = map.PathOf(entry.key);
      if (!reader_.ReadIdentifier(entry.key_node, band_path)) continue;
      if (!entry.value.IsSequence() || entry.value.size() != 2) {
        reader_.Error(entry.value, band_path,
                      "expected [min, max] (max may be null for no upper bound), got " +
                          YamlReader::Describe(entry.value));
        continue;
      }
      Band band;
      band.key = entry.key;
      auto min = reader_.ReadInteger(entry.value[0], IndexPath(band_path, 0));
      std::optional<std::int64_t> max;
      bool max_ok = true;
      if (!entry.value[1].IsNull()) {
        max = reader_.ReadInteger(entry.value[1], IndexPath(band_path, 1));
        max_ok = max.has_value();
      }
      if (!min || !max_ok) continue;
      band.min = *min;
      band.max = max;
      if (max && *max < *min) {
        reader_.Error(entry.value, band_path,
                      "band maximum " + std::to_string(*max) + " is below its minimum " +
                          std::to_string(*min));
        continue;
      }
      for (const Band& other : field.bands) {
        bool overlap =
            (!other.max || band.min <= *other.max) && (!band.max || other.min <= *band.max);
        if (overlap) {
          reader_.Error(entry.value, band_path,
                        "band '" + band.key + "' overlaps band '" + other.key + "'");
        }
      }
      field.bands.push_back(band);
    }
  }

  void ReadScoring(const YamlNode& node) {
    MapReader map(reader_, node, "scoring");
    if (!map.valid()) return;
    ScoringRules& rules = framework_.scoring;
    if (YamlNode aggregate = map.Optional("aggregate"); aggregate.IsDefined()) {
      auto text = reader_.ReadString(aggregate, map.PathOf("aggregate"));
      if (text == "weighted_mean") {
        rules.aggregate = Aggregate::kWeightedMean;
      } else if (text == "minimum") {
        rules.aggregate = Aggregate::kMinimum;
      } else if (text) {
        reader_.Error(aggregate, map.PathOf("aggregate"),
                      "expected weighted_mean or minimum, got " + YamlReader::Describe(aggregate));
      }
    }
    if (YamlNode missing = map.Optional("missing"); missing.IsDefined()) {
      auto text = reader_.ReadString(missing, map.PathOf("missing"));
      if (text == "exclude") {
        rules.missing = MissingPolicy::kExclude;
      } else if (text == "lowest") {
        rules.missing = MissingPolicy::kLowest;
      } else if (text) {
        reader_.Error(missing, map.PathOf("missing"),
                      "expected exclude or lowest, got " + YamlReader::Describe(missing));
      }
    }
    if (YamlNode threshold = map.Optional("divergence_threshold"); threshold.IsDefined()) {
      if (auto value = reader_.ReadNumber(threshold, map.PathOf("divergence_threshold"))) {
        if (*value <= 0) {
          reader_.Error(threshold, map.PathOf("divergence_threshold"),
                        "expected a number above 0, got " + YamlReader::Describe(threshold));
        } else {
          rules.divergence_threshold = *value;
        }
      }
    }
    if (YamlNode complete = map.Optional("complete_from"); complete.IsDefined()) {
      if (auto value = reader_.ReadNumber(complete, map.PathOf("complete_from"))) {
        if (*value < 0 || *value > 1) {
          reader_.Error(complete, map.PathOf("complete_from"),
                        "expected a share of the answers from 0 to 1 (0.8 for 80%), got " +
                            YamlReader::Describe(complete));
        } else {
          rules.complete_from = *value;
        }
      }
    }
    if (YamlNode from = map.Optional("evidence_required_from"); from.IsDefined()) {
      rules.evidence_required_from = ReadLevel(from, map.PathOf("evidence_required_from"));
    }
    if (YamlNode moderation = map.Optional("moderation"); moderation.IsDefined()) {
      ReadModeration(moderation, map.PathOf("moderation"), rules.moderation);
    }
    map.Finish();
  }

  /// `moderation: {large_change, thin_evidence, many_not_applicable, wide_perception_gap}`:
  /// each above 0; the two shares at most 1.
  void ReadModeration(const YamlNode& node, const std::string& path,
                      ModerationThresholds& thresholds) {
    MapReader map(reader_, node, path);
    if (!map.valid()) return;
    auto number = [&](const char* key, bool share) -> std::optional<double> {
      YamlNode value = map.Optional(key);
      if (!value.IsDefined()) return std::nullopt;
      auto read = reader_.ReadNumber(value, map.PathOf(key));
      if (read && (*read <= 0 || (share && *read > 1))) {
        reader_.Error(value, map.PathOf(key),
                      std::string(share ? "expected a share above 0 and at most 1"
                                        : "expected a number above 0") +
                          ", got " + FormatNumber(*read));
        return std::nullopt;
      }
      return read;
    };
    if (auto value = number("large_change", false)) thresholds.large_change = *value;
    if (auto value = number("thin_evidence", true)) thresholds.thin_evidence = *value;
    if (auto value = number("many_not_applicable", true)) {
      thresholds.many_not_applicable = *value;
    }
    if (auto value = number("wide_perception_gap", false)) {
      thresholds.wide_perception_gap = *value;
    }
    map.Finish();
  }

  std::optional<double> ReadTarget(const YamlNode& node, const std::string& path) {
    auto value = reader_.ReadNumber(node, path);
    if (!value || !ScaleKnown()) return std::nullopt;
    if (*value < framework_.lowest_level() || *value > framework_.highest_level()) {
      reader_.Error(node, path,
                    "expected a target from " + ScaleRange() + ", got " + FormatNumber(*value) +
                        (*value > framework_.highest_level() ? ", which is above the scale"
                                                             : ", which is below the scale"));
      return std::nullopt;
    }
    return value;
  }

  std::vector<Condition> ReadConditions(const YamlNode& node, const std::string& path) {
    std::vector<Condition> conditions;
    MapReader map(reader_, node, path);
    for (const MapReader::Entry& entry : map.entries()) {
      std::string condition_path = map.PathOf(entry.key);
      const ProfileField* field = framework_.FindProfileField(entry.key);
      if (!field) {
        std::string declared;
        for (const ProfileField& candidate : framework_.profile) {
          declared += (declared.empty() ? "" : ", ") + candidate.key;
        }
        reader_.Error(entry.key_node, condition_path,
                      "unknown profile field '" + entry.key + "'; the profile declares: " +
                          (declared.empty() ? "no fields" : declared));
        continue;
      }
      auto accepted = reader_.ReadStringList(entry.value, condition_path, true);
      if (!accepted) continue;
      Condition condition{entry.key, {}};
      for (std::size_t i = 0; i < accepted->size(); ++i) {
        const std::string& value = (*accepted)[i];
        bool known =
            std::find(field->values.begin(), field->values.end(), value) != field->values.end() ||
            std::any_of(field->bands.begin(), field->bands.end(),
                        [&](const Band& band) { return band.key == value; });
        if (!known && field->type != ProfileFieldType::kText) {
          std::string choices;
          for (const std::string& choice : field->values)
            choices += (choices.empty() ? "" : ", ") + choice;
          for (const Band& band : field->bands) choices += (choices.empty() ? "" : ", ") + band.key;
          reader_.Error(entry.value.IsSequence() ? entry.value[i] : entry.value, condition_path,
                        "'" + value + "' is not a value or band of profile field '" + field->key +
                            "' (expected one of: " + choices + ")");
          continue;
        }
        condition.accepted.push_back(value);
      }
      conditions.push_back(std::move(condition));
    }
    return conditions;
  }

  void ReadTargets(const YamlNode& node) {
    if (ScaleKnown()) framework_.default_target = framework_.highest_level();
    if (!node.IsDefined()) return;
    MapReader map(reader_, node, "targets");
    if (!map.valid()) return;
    if (YamlNode fallback = map.Optional("default"); fallback.IsDefined()) {
      if (auto value = ReadTarget(fallback, map.PathOf("default")))
        framework_.default_target = *value;
    }
    if (YamlNode rules = map.Optional("rules"); rules.IsDefined()) {
      if (!rules.IsSequence()) {
        reader_.Error(rules, map.PathOf("rules"),
                      "expected a list of rules, got " + YamlReader::Describe(rules));
      } else {
        for (std::size_t i = 0; i < rules.size(); ++i) {
          std::string path = IndexPath(map.PathOf("rules"), i);
          MapReader rule_map(reader_, rules[i], path);
          if (!rule_map.valid()) continue;
          TargetRule rule;
          if (YamlNode when = rule_map.Required("when"); when.IsDefined()) {
            rule.when = ReadConditions(when, rule_map.PathOf("when"));
          }
          if (YamlNode target = rule_map.Required("target"); target.IsDefined()) {
            if (auto value = ReadTarget(target, rule_map.PathOf("target"))) rule.target = *value;
          }
          rule_map.Finish();
          framework_.target_rules.push_back(std::move(rule));
        }
      }
    }
    map.Finish();
  }

  void CheckUniqueId(const std::string& id, const YamlNode& node, const std::string& path) {
    auto [it, inserted] = ids_.emplace(id, reader_.Where(node).line);
    if (!inserted) {
      std::string first = it->second < 0 ? "already in the base framework"
                                         : "first used at line " + std::to_string(it->second);
      reader_.Error(
          node, path,
          "duplicate id '" + id + "' (" + first + "); dimension and element ids must be unique");
    }
  }

  std::optional<double> ReadWeight(MapReader& map) {
    YamlNode node = map.Optional("weight");
    if (!node.IsDefined()) return 1.0;
    auto weight = reader_.ReadNumber(node, map.PathOf("weight"));
    if (weight && *weight <= 0) {
      reader_.Error(node, map.PathOf("weight"),
                    "expected a weight above 0, got " + YamlReader::Describe(node));
      return std::nullopt;
    }
    return weight;
  }

  void ReadDimensions(const YamlNode& node, const std::string& path, std::vector<Dimension>& into) {
    if (!node.IsDefined()) return;
    if (!node.IsSequence() || node.size() == 0) {
      reader_.Error(node, path,
                    "expected a list of at least one dimension, got " + YamlReader::Describe(node));
      return;
    }
    for (std::size_t i = 0; i < node.size(); ++i) {
      std::string dimension_path = IndexPath(path, i);
      MapReader map(reader_, node[i], dimension_path);
      if (!map.valid()) continue;
      Dimension dimension;
      dimension.location = reader_.Where(node[i]);
      if (YamlNode id = map.Required("id"); id.IsDefined()) {
        if (auto text = reader_.ReadIdentifier(id, map.PathOf("id"))) {
          dimension.id = *text;
          CheckUniqueId(*text, id, map.PathOf("id"));
        }
      }
      if (YamlNode title = map.Required("title"); title.IsDefined()) {
        if (auto text = Text(title, map.PathOf("title"))) dimension.title = *text;
      }
      if (YamlNode description = map.Optional("description"); description.IsDefined()) {
        if (auto text = Text(description, map.PathOf("description"))) dimension.description = *text;
      }
      if (auto weight = ReadWeight(map)) dimension.weight = *weight;
      YamlNode elements = map.Optional("elements");
      YamlNode children = map.Optional("dimensions");
      if (!elements.IsDefined() && !children.IsDefined()) {
        reader_.Error(node[i], dimension_path,
                      "a dimension needs 'elements' or 'dimensions' (sub-dimensions)");
      }
      if (elements.IsDefined()) ReadElements(elements, map.PathOf("elements"), dimension);
      if (children.IsDefined()) {
        ReadDimensions(children, map.PathOf("dimensions"), dimension.dimensions);
      }
      map.Finish();
      into.push_back(std::move(dimension));
    }
  }

  void ReadElements(const YamlNode& node, const std::string& path, Dimension& dimension) {
    if (!node.IsSequence() || node.size() == 0) {
      reader_.Error(node, path,
                    "expected a list of at least one element, got " + YamlReader::Describe(node));
      return;
    }
    for (std::size_t i = 0; i < node.size(); ++i) {
      std::string element_path = IndexPath(path, i);
      MapReader map(reader_, node[i], element_path);
      if (!map.valid()) continue;
      Element element;
      element.location = reader_.Where(node[i]);
      ReadElementFields(map, element, false);
      map.Finish();
      dimension.elements.push_back(std::move(element));
    }
  }

  /// Reads an element's keys into `element`. With `partial` (an override), nothing is
  /// required and only the keys given change; levels and actions merge level by level.
  void ReadElementFields(MapReader& map, Element& element, bool partial) {
    if (YamlNode id = partial ? YamlNode() : map.Required("id"); id.IsDefined()) {
      if (auto text = reader_.ReadIdentifier(id, map.PathOf("id"))) {
        element.id = *text;
        CheckUniqueId(*text, id, map.PathOf("id"));
      }
    }
    if (YamlNode kind = partial ? map.Optional("kind") : map.Required("kind"); kind.IsDefined()) {
      auto text = reader_.ReadString(kind, map.PathOf("kind"));
      std::optional<ElementKind> named;
      if (text) named = ValueNamed(kElementKindNames, *text);
      if (named) {
        element.kind = *named;
      } else if (text) {
        reader_.Error(kind, map.PathOf("kind"),
                      "expected indicator, behaviour, resource or process, got " +
                          YamlReader::Describe(kind));
      }
    }
    if (YamlNode title = partial ? map.Optional("title") : map.Required("title");
        title.IsDefined()) {
      if (auto text = Text(title, map.PathOf("title"))) element.title = *text;
    }
    for (auto [key, field] :
         {std::pair{"prompt", &element.prompt}, std::pair{"guidance", &element.guidance}}) {
      if (YamlNode value = map.Optional(key); value.IsDefined()) {
        if (auto text = Text(value, map.PathOf(key))) *field = *text;
      }
    }
    if (!partial || map.Optional("weight").IsDefined()) {
      if (auto weight = ReadWeight(map)) element.weight = *weight;
    }
    if (YamlNode levels = map.Optional("levels"); levels.IsDefined()) {
      MapReader levels_map(reader_, levels, map.PathOf("levels"));
      for (const MapReader::Entry& entry : levels_map.entries()) {
        auto level = ReadLevelKey(entry, levels_map.key_path());
        auto text = Text(entry.value, levels_map.PathOf(entry.key));
        if (level && text) element.levels[*level] = *text;
      }
    }
    if (YamlNode actions = map.Optional("actions"); actions.IsDefined()) {
      MapReader actions_map(reader_, actions, map.PathOf("actions"));
      for (const MapReader::Entry& entry : actions_map.entries()) {
        auto level = ReadLevelKey(entry, actions_map.key_path());
        std::string actions_path = actions_map.PathOf(entry.key);
        std::vector<maturity::Text> list;
        if (entry.value.IsSequence()) {
          for (std::size_t j = 0; j < entry.value.size(); ++j) {
            if (auto text = Text(entry.value[j], IndexPath(actions_path, j))) list.push_back(*text);
          }
        } else if (auto text = Text(entry.value, actions_path)) {
          list.push_back(*text);
        }
        if (level) element.actions[*level] = std::move(list);
      }
    }
    if (YamlNode target = map.Optional("target"); target.IsDefined()) {
      element.target = ReadTarget(target, map.PathOf("target"));
    }
    if (YamlNode applies = map.Optional("applies_when"); applies.IsDefined()) {
      element.applies_when = ReadConditions(applies, map.PathOf("applies_when"));
    }
    if (YamlNode renamed = map.Optional("renamed_from"); renamed.IsDefined()) {
      if (auto ids = reader_.ReadStringList(renamed, map.PathOf("renamed_from"), true)) {
        element.renamed_from = *ids;
      }
    }
    YamlNode measure = map.Optional("measure");
    YamlNode checklist = map.Optional("checklist");
    if (measure.IsDefined() && checklist.IsDefined()) {
      reader_.Error(checklist, map.PathOf("checklist"),
                    "an element has either a measure or a checklist, not both");
    } else if (measure.IsDefined()) {
      if (auto read = ReadMeasure(measure, map.PathOf("measure"))) element.answer = *read;
    } else if (checklist.IsDefined()) {
      if (auto read = ReadChecklist(checklist, map.PathOf("checklist"))) element.answer = *read;
    }
  }

  /// `{level: threshold}` bands; thresholds must not go backwards as levels rise.
  std::vector<LevelThreshold> ReadLevelBands(const YamlNode& node, const std::string& path,
                                             bool ascending, bool integers) {
    std::vector<LevelThreshold> bands;
    MapReader map(reader_, node, path);
    if (!map.valid()) return bands;
    for (const MapReader::Entry& entry : map.entries()) {
      auto level = ReadLevelKey(entry, path);
      std::optional<double> threshold;
      if (integers) {
        if (auto count = reader_.ReadInteger(entry.value, map.PathOf(entry.key))) {
          threshold = static_cast<double>(*count);
        }
      } else {
        threshold = reader_.ReadNumber(entry.value, map.PathOf(entry.key));
      }
      if (level && threshold) bands.push_back({*level, *threshold});
    }
    if (map.entries().empty()) {
      reader_.Error(node, path, "expected at least one level: threshold pair");
    }
    std::sort(bands.begin(), bands.end(),
              [](const LevelThreshold& a, const LevelThreshold& b) { return a.level < b.level; });
    for (std::size_t i = 1; i < bands.size(); ++i) {
      bool backwards = ascending ? bands[i].threshold < bands[i - 1].threshold
                                 : bands[i].threshold > bands[i - 1].threshold;
      if (backwards) {
        reader_.Error(node, path,
                      "the threshold for level " + std::to_string(bands[i].level) + " (" +
                          FormatNumber(bands[i].threshold) + ") is " +
                          (ascending ? "below" : "above") + " the threshold for level " +
                          std::to_string(bands[i - 1].level) + " (" +
                          FormatNumber(bands[i - 1].threshold) + ")" +
                          (ascending ? "" : " although lower values are better"));
      }
    }
    return bands;
  }

  std::optional<Measure> ReadMeasure(const YamlNode& node, const std::string& path) {
    MapReader map(reader_, node, path);
    if (!map.valid()) return std::nullopt;
    Measure measure;
    if (YamlNode unit = map.Required("unit"); unit.IsDefined()) {
      if (auto text = Text(unit, map.PathOf("unit"))) measure.unit = *text;
    }
    if (YamlNode better = map.Optional("better"); better.IsDefined()) {
      auto text = reader_.ReadString(better, map.PathOf("better"));
      if (text == "lower") {
        measure.higher_is_better = false;
      } else if (text && *text != "higher") {
        reader_.Error(better, map.PathOf("better"),
                      "expected higher or lower, got " + YamlReader::Describe(better));
      }
    }
    if (YamlNode bands = map.Required("bands"); bands.IsDefined()) {
      measure.bands = ReadLevelBands(bands, map.PathOf("bands"), measure.higher_is_better, false);
    }
    for (auto [key, limit] : {std::pair{"min", &measure.min}, std::pair{"max", &measure.max}}) {
      if (YamlNode value = map.Optional(key); value.IsDefined()) {
        *limit = reader_.ReadNumber(value, map.PathOf(key));
      }
    }
    if (measure.min && measure.max && *measure.min >= *measure.max) {
      reader_.Error(map.Optional("max"), map.PathOf("max"),
                    "expected a maximum above the minimum (" + FormatNumber(*measure.min) +
                        "), got " + FormatNumber(*measure.max));
    }
    for (const LevelThreshold& band : measure.bands) {
      if ((measure.min && band.threshold < *measure.min) ||
          (measure.max && band.threshold > *measure.max)) {
        reader_.Error(map.Optional("bands"), map.PathOf("bands"),
                      "the threshold of level " + std::to_string(band.level) + " (" +
                          FormatNumber(band.threshold) +
                          ") is outside the values an answer may give (min/max)");
      }
    }
    map.Finish();
    return measure;
  }

  std::optional<Checklist> ReadChecklist(const YamlNode& node, const std::string& path) {
    MapReader map(reader_, node, path);
    if (!map.valid()) return std::nullopt;
    Checklist checklist;
    if (YamlNode items = map.Required("items"); items.IsDefined()) {
      MapReader items_map(reader_, items, map.PathOf("items"));
      for (const MapReader::Entry& entry : items_map.entries()) {
        if (!reader_.ReadIdentifier(entry.key_node, items_map.PathOf(entry.key))) continue;
        if (auto text = Text(entry.value, items_map.PathOf(entry.key))) {
          checklist.items.push_back({entry.key, *text});
        }
      }
      if (items_map.valid() && items_map.entries().empty()) {
        reader_.Error(items, map.PathOf("items"), "expected at least one checklist item");
      }
    }
    if (YamlNode bands = map.Required("bands"); bands.IsDefined()) {
      checklist.bands = ReadLevelBands(bands, map.PathOf("bands"), true, true);
      for (const LevelThreshold& band : checklist.bands) {
        if (band.threshold < 0 || band.threshold > static_cast<double>(checklist.items.size())) {
          reader_.Error(bands, map.PathOf("bands"),
                        "level " + std::to_string(band.level) + " needs " +
                            FormatNumber(band.threshold) + " items but the checklist has " +
                            std::to_string(checklist.items.size()));
        }
      }
    }
    map.Finish();
    return checklist;
  }

  YamlReader reader_;
  Framework framework_;
  YamlNode pending_title_;
  YamlNode pending_description_;
  std::map<std::string, int> ids_;
};

}  // namespace

std::vector<std::string> FrameworkSearchPath(const std::string& from_file) {
  std::vector<std::string> folders;
  if (const char* path = std::getenv("MATURITY_FRAMEWORK_PATH")) {
    std::string list = path;
    std::size_t start = 0;
    while (start <= list.size()) {
      std::size_t end = list.find(':', start);
      if (end == std::string::npos) end = list.size();
      if (end > start) folders.push_back(list.substr(start, end - start));
      start = end + 1;
    }
  }
  std::filesystem::path folder = std::filesystem::path(from_file).parent_path();
  folders.push_back(folder.empty() ? "." : folder.string());
  // The bundled frameworks are found beside the executable (bin/../share/maturity/
  // frameworks), wherever the install was made or moved to; a program run from the build
  // tree finds them in the source tree instead.
  std::error_code error;
  std::filesystem::path executable = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error) {
    std::filesystem::path installed =
        executable.parent_path().parent_path() / MATURITY_RELATIVE_FRAMEWORKS;
    folders.push_back(installed.lexically_normal().string());
    std::string build = MATURITY_BUILD_DIR;
    if (!std::filesystem::is_directory(installed, error) &&
        executable.string().starts_with(build + "/")) {
      folders.push_back(MATURITY_SOURCE_FRAMEWORKS);
    }
  }
  return folders;
}

FrameworkLookup ResolveFrameworkReference(const std::string& reference,
                                          const std::string& from_file) {
  namespace fs = std::filesystem;
  FrameworkLookup lookup;
  std::error_code error;
  bool is_path = reference.find('/') != std::string::npos || reference.ends_with(".yaml") ||
                 reference.ends_with(".yml");
  if (is_path) {
    fs::path path = fs::path(reference).is_absolute()
                        ? fs::path(reference)
                        : fs::path(from_file).parent_path() / reference;
    lookup.searched = path.string();
    if (fs::is_regular_file(path, error)) lookup.path = path.string();
    return lookup;
  }
  std::string id = reference.substr(0, reference.find('@'));
  std::string version =
      reference.find('@') == std::string::npos ? "" : reference.substr(reference.find('@') + 1);
  std::string found_content;
  for (const std::string& folder : FrameworkSearchPath(from_file)) {
    lookup.searched += (lookup.searched.empty() ? "" : ", ") + folder;
    if (!fs::is_directory(folder, error)) continue;
    std::vector<fs::path> candidates;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
      std::string extension = entry.path().extension().string();
      if (entry.is_regular_file() && (extension == ".yaml" || extension == ".yml")) {
        candidates.push_back(entry.path());
      }
    }
    std::sort(candidates.begin(), candidates.end());
    for (const fs::path& candidate : candidates) {
      YamlSyntaxError syntax;
      std::string content;
      try {
        content = ReadInputFile(candidate.string());
      } catch (const InputError&) {
        continue;
      }
      ParsedYaml parsed = ParseYaml(content, syntax);
      if (!parsed.root.IsMap() || parsed.root["id"].Scalar() != id) continue;
      if (!version.empty() && parsed.root["version"].Scalar() != version) continue;
      if (version.empty()) {
        lookup.path = candidate.string();
        return lookup;
      }
      if (!lookup.path) {
        lookup.path = candidate.string();
        found_content = std::move(content);
      } else if (content != found_content && !fs::equivalent(*lookup.path, candidate, error)) {
        lookup.conflict =
            *lookup.path + " and " + candidate.string() + " are both " + reference + " but differ";
        lookup.path.reset();
        return lookup;
      }
    }
  }
  return lookup;
}

std::optional<int> ReadScaleLevel(YamlReader& reader, const Framework& framework,
                                  const YamlNode& node, const YamlPath& key_path) {
  if (node.IsScalar() && node.IsPlain()) {
    auto number = YamlReader::ParseInteger(node.Scalar());
    if (number && *number == static_cast<int>(*number) &&
        framework.FindLevel(static_cast<int>(*number))) {
      return static_cast<int>(*number);
    }
  }
  std::string range =
      std::to_string(framework.lowest_level()) + " to " + std::to_string(framework.highest_level());
  if (node.IsScalar() && !node.IsPlain()) {
    auto number = YamlReader::ParseInteger(node.Scalar());
    if (number && *number == static_cast<int>(*number) &&
        framework.FindLevel(static_cast<int>(*number))) {
      reader.Error(node, key_path,
                   "expected a level as a number from " + range + ", got the text " +
                       YamlReader::Describe(node) + "; write it without quotes");
      return std::nullopt;
    }
  }
  reader.Error(node, key_path,
               "expected a level from " + range + ", got " + YamlReader::Describe(node));
  return std::nullopt;
}

Framework ParseFramework(const std::string& file, const std::string& content,
                         Diagnostics& diagnostics) {
  Framework framework = FrameworkLoader(file, diagnostics).Load(content);
  if (diagnostics.HasErrors()) throw InputError(diagnostics);
  return framework;
}

Framework LoadFramework(const std::string& path, Diagnostics& diagnostics) {
  return ParseFramework(path, ReadInputFile(path), diagnostics);
}

}  // namespace maturity
