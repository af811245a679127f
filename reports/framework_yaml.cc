#include "reports/framework_yaml.h"

#include <sstream>
#include <string>

#include "common/numbers.h"
#include "common/strings.h"
#include "reports/json_writer.h"

namespace maturity {

namespace {

/// A double-quoted YAML scalar (JSON string escapes are valid YAML).
std::string TextValue(const Text& text) {
  if (text.IsPlain() || text.translations().empty()) return Quoted(text.Default());
  std::string value = "{";
  for (const auto& [language, translation] : text.translations()) {
    value += (value.size() > 1 ? ", " : "") + language + ": " + Quoted(translation);
  }
  return value + "}";
}

std::string Conditions(const std::vector<Condition>& conditions) {
  std::string value = "{";
  for (const Condition& condition : conditions) {
    std::string accepted = "[";
    for (const std::string& item : condition.accepted)
      accepted += (accepted.size() > 1 ? ", " : "") + Quoted(item);
    value += (value.size() > 1 ? ", " : "") + condition.field + ": " + accepted + "]";
  }
  return value + "}";
}

std::string Bands(const std::vector<LevelThreshold>& bands) {
  std::string value = "{";
  for (const LevelThreshold& band : bands) {
    value += (value.size() > 1 ? ", " : "") + std::to_string(band.level) + ": " +
             FormatNumber(band.threshold);
  }
  return value + "}";
}

void WriteElement(const Element& element, const std::string& indent, std::ostream& out) {
  out << indent << "- id: " << element.id << "\n";
  std::string in = indent + "  ";
  out << in << "kind: " << KindName(element.kind) << "\n";
  out << in << "title: " << TextValue(element.title) << "\n";
  if (!element.prompt.empty()) out << in << "prompt: " << TextValue(element.prompt) << "\n";
  if (!element.guidance.empty()) out << in << "guidance: " << TextValue(element.guidance) << "\n";
  out << in << "weight: " << FormatNumber(element.weight) << "\n";
  if (!element.renamed_from.empty()) {
    out << in << "renamed_from: [";
    for (std::size_t i = 0; i < element.renamed_from.size(); ++i)
      out << (i ? ", " : "") << Quoted(element.renamed_from[i]);
    out << "]\n";
  }
  if (element.target) out << in << "target: " << FormatNumber(*element.target) << "\n";
  if (!element.applies_when.empty())
    out << in << "applies_when: " << Conditions(element.applies_when) << "\n";
  if (element.measure) {
    out << in << "measure:\n"
        << in << "  unit: " << TextValue(element.measure->unit) << "\n"
        << in << "  better: " << (element.measure->higher_is_better ? "higher" : "lower") << "\n"
        << in << "  bands: " << Bands(element.measure->bands) << "\n";
  }
  if (element.checklist) {
    out << in << "checklist:\n" << in << "  items:\n";
    for (const ChecklistItem& item : element.checklist->items) {
      out << in << "    " << item.key << ": " << TextValue(item.text) << "\n";
    }
    out << in << "  bands: " << Bands(element.checklist->bands) << "\n";
  }
  if (!element.levels.empty()) {
    out << in << "levels:\n";
    for (const auto& [level, text] : element.levels)
      out << in << "  " << level << ": " << TextValue(text) << "\n";
  }
  if (!element.actions.empty()) {
    out << in << "actions:\n";
    for (const auto& [level, actions] : element.actions) {
      out << in << "  " << level << ":\n";
      for (const Text& action : actions) out << in << "    - " << TextValue(action) << "\n";
    }
  }
}

void WriteDimensions(const std::vector<Dimension>& dimensions, const std::string& indent,
                     std::ostream& out) {
  for (const Dimension& dimension : dimensions) {
    out << indent << "- id: " << dimension.id << "\n";
    std::string in = indent + "  ";
    out << in << "title: " << TextValue(dimension.title) << "\n";
    if (!dimension.description.empty())
      out << in << "description: " << TextValue(dimension.description) << "\n";
    out << in << "weight: " << FormatNumber(dimension.weight) << "\n";
    if (!dimension.elements.empty()) {
      out << in << "elements:\n";
      for (const Element& element : dimension.elements) WriteElement(element, in + "  ", out);
    }
    if (!dimension.dimensions.empty()) {
      out << in << "dimensions:\n";
      WriteDimensions(dimension.dimensions, in + "  ", out);
    }
  }
}

}  // namespace

void WriteFrameworkYaml(const Framework& framework, std::ostream& out) {
  out << "# " << framework.id << " " << framework.version << ", fully resolved by maturity show\n";
  out << "id: " << framework.id << "\n";
  out << "version: " << Quoted(framework.version) << "\n";
  out << "title: " << TextValue(framework.title) << "\n";
  if (!framework.description.empty())
    out << "description: " << TextValue(framework.description) << "\n";
  out << "languages: [";
  for (std::size_t i = 0; i < framework.languages.size(); ++i)
    out << (i ? ", " : "") << framework.languages[i];
  out << "]\nscale:\n";
  for (const ScaleLevel& level : framework.scale) {
    out << "  - {level: " << level.level << ", key: " << level.key
        << ", label: " << TextValue(level.label);
    if (!level.description.empty()) out << ", description: " << TextValue(level.description);
    out << "}\n";
  }
  out << "perspectives:\n";
  for (const Perspective& perspective : framework.perspectives) {
    out << "  - {key: " << perspective.key << ", label: " << TextValue(perspective.label) << "}\n";
  }
  if (!framework.profile.empty()) {
    out << "profile:\n";
    for (const ProfileField& field : framework.profile) {
      out << "  " << field.key << ":\n";
      if (!field.label.empty()) out << "    label: " << TextValue(field.label) << "\n";
      if (field.type == ProfileFieldType::kChoice) {
        out << "    values: [";
        for (std::size_t i = 0; i < field.values.size(); ++i)
          out << (i ? ", " : "") << Quoted(field.values[i]);
        out << "]\n";
      } else {
        out << "    type: " << (field.type == ProfileFieldType::kInteger ? "integer" : "text")
            << "\n";
      }
      if (!field.bands.empty()) {
        out << "    bands: {";
        for (std::size_t i = 0; i < field.bands.size(); ++i) {
          const Band& band = field.bands[i];
          out << (i ? ", " : "") << band.key << ": [" << band.min << ", "
              << (band.max ? std::to_string(*band.max) : std::string("null")) << "]";
        }
        out << "}\n";
      }
      if (!field.required) out << "    required: false\n";
    }
  }
  const ScoringRules& scoring = framework.scoring;
  out << "scoring:\n"
      << "  aggregate: " << (scoring.aggregate == Aggregate::kMinimum ? "minimum" : "weighted_mean")
      << "\n"
      << "  missing: " << (scoring.missing == MissingPolicy::kLowest ? "lowest" : "exclude") << "\n"
      << "  divergence_threshold: " << FormatNumber(scoring.divergence_threshold) << "\n";
  if (scoring.evidence_required_from)
    out << "  evidence_required_from: " << *scoring.evidence_required_from << "\n";
  out << "targets:\n  default: " << FormatNumber(framework.default_target) << "\n";
  if (!framework.target_rules.empty()) {
    out << "  rules:\n";
    for (const TargetRule& rule : framework.target_rules) {
      out << "    - {when: " << Conditions(rule.when) << ", target: " << FormatNumber(rule.target)
          << "}\n";
    }
  }
  out << "dimensions:\n";
  WriteDimensions(framework.dimensions, "  ", out);
}

}  // namespace maturity
