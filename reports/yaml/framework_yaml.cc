#include "reports/yaml/framework_yaml.h"

#include <string>

#include "common/yaml_output.h"
#include "engine/answer_kinds.h"

namespace maturity {

namespace {

/// A framework text: its default text, or `{en: "...", cy: "..."}` with translations.
void EmitText(YAML::Emitter& out, const Text& text) {
  if (text.IsPlain() || text.translations().empty()) {
    maturity::EmitText(out, text.Default());
    return;
  }
  out << YAML::Flow << YAML::BeginMap;
  for (const auto& [language, translation] : text.translations()) {
    out << YAML::Key << language << YAML::Value;
    maturity::EmitText(out, translation);
  }
  out << YAML::EndMap;
}

void EmitConditions(YAML::Emitter& out, const std::vector<Condition>& conditions) {
  out << YAML::Flow << YAML::BeginMap;
  for (const Condition& condition : conditions) {
    out << YAML::Key << condition.field << YAML::Value;
    EmitTexts(out, condition.accepted);
  }
  out << YAML::EndMap;
}

void EmitBands(YAML::Emitter& out, const std::vector<LevelThreshold>& bands) {
  out << YAML::Flow << YAML::BeginMap;
  for (const LevelThreshold& band : bands) {
    out << YAML::Key << band.level << YAML::Value;
    EmitNumber(out, band.threshold);
  }
  out << YAML::EndMap;
}

void EmitTextField(YAML::Emitter& out, const char* key, const Text& text) {
  out << YAML::Key << key << YAML::Value;
  EmitText(out, text);
}

void EmitElement(YAML::Emitter& out, const Element& element) {
  out << YAML::BeginMap;
  out << YAML::Key << "id" << YAML::Value << element.id;
  out << YAML::Key << "kind" << YAML::Value << KindName(element.kind);
  EmitTextField(out, "title", element.title);
  if (!element.prompt.empty()) EmitTextField(out, "prompt", element.prompt);
  if (!element.guidance.empty()) EmitTextField(out, "guidance", element.guidance);
  out << YAML::Key << "weight" << YAML::Value;
  EmitNumber(out, element.weight);
  if (!element.renamed_from.empty()) {
    out << YAML::Key << "renamed_from" << YAML::Value;
    EmitTexts(out, element.renamed_from);
  }
  if (element.target) {
    out << YAML::Key << "target" << YAML::Value;
    EmitNumber(out, *element.target);
  }
  if (!element.applies_when.empty()) {
    out << YAML::Key << "applies_when" << YAML::Value;
    EmitConditions(out, element.applies_when);
  }
  if (AnswerForm form = FormOf(element); form.definition) {
    // The kind's definition, as the loader reads it: a number's unit, direction, bands and
    // range; ticked items and their bands.
    out << YAML::Key << form.definition << YAML::Value << YAML::BeginMap;
    if (form.unit) EmitTextField(out, "unit", *form.unit);
    if (form.input == AnswerInput::kNumber) {
      out << YAML::Key << "better" << YAML::Value << (form.higher_is_better ? "higher" : "lower");
    }
    if (form.items) {
      out << YAML::Key << "items" << YAML::Value << YAML::BeginMap;
      for (const ChecklistItem& item : *form.items) EmitTextField(out, item.key.c_str(), item.text);
      out << YAML::EndMap;
    }
    out << YAML::Key << "bands" << YAML::Value;
    EmitBands(out, *form.bands);
    for (auto [key, bound] : {std::pair{"min", form.min}, std::pair{"max", form.max}}) {
      if (!bound) continue;
      out << YAML::Key << key << YAML::Value;
      EmitNumber(out, *bound);
    }
    out << YAML::EndMap;
  }
  if (!element.levels.empty()) {
    out << YAML::Key << "levels" << YAML::Value << YAML::BeginMap;
    for (const auto& [level, text] : element.levels) {
      out << YAML::Key << level << YAML::Value;
      EmitText(out, text);
    }
    out << YAML::EndMap;
  }
  if (!element.actions.empty()) {
    out << YAML::Key << "actions" << YAML::Value << YAML::BeginMap;
    for (const auto& [level, actions] : element.actions) {
      out << YAML::Key << level << YAML::Value << YAML::BeginSeq;
      for (const Text& action : actions) EmitText(out, action);
      out << YAML::EndSeq;
    }
    out << YAML::EndMap;
  }
  out << YAML::EndMap;
}

void EmitDimensions(YAML::Emitter& out, const std::vector<Dimension>& dimensions) {
  out << YAML::BeginSeq;
  for (const Dimension& dimension : dimensions) {
    out << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value << dimension.id;
    EmitTextField(out, "title", dimension.title);
    if (!dimension.description.empty()) EmitTextField(out, "description", dimension.description);
    out << YAML::Key << "weight" << YAML::Value;
    EmitNumber(out, dimension.weight);
    if (!dimension.elements.empty()) {
      out << YAML::Key << "elements" << YAML::Value << YAML::BeginSeq;
      for (const Element& element : dimension.elements) EmitElement(out, element);
      out << YAML::EndSeq;
    }
    if (!dimension.dimensions.empty()) {
      out << YAML::Key << "dimensions" << YAML::Value;
      EmitDimensions(out, dimension.dimensions);
    }
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
}

void EmitProfile(YAML::Emitter& out, const std::vector<ProfileField>& profile) {
  out << YAML::Key << "profile" << YAML::Value << YAML::BeginMap;
  for (const ProfileField& field : profile) {
    out << YAML::Key << field.key << YAML::Value << YAML::BeginMap;
    if (!field.label.empty()) EmitTextField(out, "label", field.label);
    if (field.type == ProfileFieldType::kChoice) {
      out << YAML::Key << "values" << YAML::Value;
      EmitTexts(out, field.values);
    } else {
      out << YAML::Key << "type" << YAML::Value
          << (field.type == ProfileFieldType::kInteger ? "integer" : "text");
    }
    if (!field.bands.empty()) {
      out << YAML::Key << "bands" << YAML::Value << YAML::Flow << YAML::BeginMap;
      for (const Band& band : field.bands) {
        out << YAML::Key << band.key << YAML::Value << YAML::Flow << YAML::BeginSeq << band.min;
        if (band.max) {
          out << *band.max;
        } else {
          out << YAML::Null;
        }
        out << YAML::EndSeq;
      }
      out << YAML::EndMap;
    }
    if (!field.labels.empty()) {
      out << YAML::Key << "labels" << YAML::Value << YAML::BeginMap;
      std::vector<std::string> order = field.values;  // As the values and bands are listed.
      for (const Band& band : field.bands) order.push_back(band.key);
      for (const std::string& value : order) {
        if (auto label = field.labels.find(value); label != field.labels.end()) {
          EmitTextField(out, value.c_str(), label->second);
        }
      }
      out << YAML::EndMap;
    }
    if (!field.required) out << YAML::Key << "required" << YAML::Value << false;
    out << YAML::EndMap;
  }
  out << YAML::EndMap;
}

/// `scoring`, with `moderation` only when the framework sets it.
void EmitScoring(YAML::Emitter& out, const ScoringRules& scoring) {
  out << YAML::Key << "scoring" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "aggregate" << YAML::Value
      << (scoring.aggregate == Aggregate::kMinimum ? "minimum" : "weighted_mean");
  out << YAML::Key << "missing" << YAML::Value
      << (scoring.missing == MissingPolicy::kLowest ? "lowest" : "exclude");
  out << YAML::Key << "divergence_threshold" << YAML::Value;
  EmitNumber(out, scoring.divergence_threshold);
  out << YAML::Key << "complete_from" << YAML::Value;
  EmitNumber(out, scoring.complete_from);
  if (scoring.evidence_required_from) {
    out << YAML::Key << "evidence_required_from" << YAML::Value << *scoring.evidence_required_from;
  }
  const ModerationThresholds& moderation = scoring.moderation;
  const ModerationThresholds defaults;
  if (moderation.large_change != defaults.large_change ||
      moderation.thin_evidence != defaults.thin_evidence ||
      moderation.many_not_applicable != defaults.many_not_applicable ||
      moderation.wide_perception_gap) {  // Shown only when a framework sets them.
    out << YAML::Key << "moderation" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "large_change" << YAML::Value;
    EmitNumber(out, moderation.large_change);
    out << YAML::Key << "thin_evidence" << YAML::Value;
    EmitNumber(out, moderation.thin_evidence);
    out << YAML::Key << "many_not_applicable" << YAML::Value;
    EmitNumber(out, moderation.many_not_applicable);
    if (moderation.wide_perception_gap) {
      out << YAML::Key << "wide_perception_gap" << YAML::Value;
      EmitNumber(out, *moderation.wide_perception_gap);
    }
    out << YAML::EndMap;
  }
  out << YAML::EndMap;
}

/// `targets`: the default and each rule.
void EmitTargets(YAML::Emitter& out, const Framework& framework) {
  out << YAML::Key << "targets" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "default" << YAML::Value;
  EmitNumber(out, framework.default_target);
  if (!framework.target_rules.empty()) {
    out << YAML::Key << "rules" << YAML::Value << YAML::BeginSeq;
    for (const TargetRule& rule : framework.target_rules) {
      out << YAML::Flow << YAML::BeginMap << YAML::Key << "when" << YAML::Value;
      EmitConditions(out, rule.when);
      out << YAML::Key << "target" << YAML::Value;
      EmitNumber(out, rule.target);
      out << YAML::EndMap;
    }
    out << YAML::EndSeq;
  }
  out << YAML::EndMap;
}

}  // namespace

void WriteFrameworkYaml(const Framework& framework, std::ostream& stream) {
  YAML::Emitter out;
  SetHouseStyle(out);
  out << SafeComment(framework.id + " " + framework.version + ", fully resolved by maturity show");
  out << YAML::BeginMap;
  out << YAML::Key << "id" << YAML::Value << framework.id;
  out << YAML::Key << "version" << YAML::Value;
  EmitText(out, framework.version);
  EmitTextField(out, "title", framework.title);
  if (!framework.description.empty()) EmitTextField(out, "description", framework.description);
  out << YAML::Key << "languages" << YAML::Value << YAML::Flow << YAML::BeginSeq;
  for (const std::string& language : framework.languages) out << language;
  out << YAML::EndSeq;
  out << YAML::Key << "scale" << YAML::Value << YAML::BeginSeq;
  for (const ScaleLevel& level : framework.scale) {
    out << YAML::Flow << YAML::BeginMap;
    out << YAML::Key << "level" << YAML::Value << level.level;
    out << YAML::Key << "key" << YAML::Value << level.key;
    EmitTextField(out, "label", level.label);
    if (!level.description.empty()) EmitTextField(out, "description", level.description);
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
  out << YAML::Key << "perspectives" << YAML::Value << YAML::BeginSeq;
  for (const Perspective& perspective : framework.perspectives) {
    out << YAML::Flow << YAML::BeginMap;
    out << YAML::Key << "key" << YAML::Value << perspective.key;
    EmitTextField(out, "label", perspective.label);
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
  if (!framework.profile.empty()) EmitProfile(out, framework.profile);
  EmitScoring(out, framework.scoring);
  EmitTargets(out, framework);
  out << YAML::Key << "dimensions" << YAML::Value;
  EmitDimensions(out, framework.dimensions);
  out << YAML::EndMap;
  WriteYaml(out, stream);
}

}  // namespace maturity
