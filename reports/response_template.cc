#include "reports/response_template.h"

#include <string>

#include "common/messages.h"
#include "common/strings.h"
#include "common/yaml_output.h"
#include "reports/presentation.h"

namespace maturity {

namespace {

/// The hint beside a profile field: its values, or its kind and bands.
std::string ProfileHint(const ProfileField& field, const Messages& m) {
  std::string hint;
  if (field.type == ProfileFieldType::kChoice) {
    std::vector<std::string> values;  // The value to write, with its label where it has one.
    for (const std::string& value : field.values) {
      std::string label = ProfileValueLabel(&field, value, m.language());
      values.push_back(label == value ? value : value + " (" + label + ")");
    }
    hint = m("template.one_of", {Join(values, ", ")});
  } else if (field.type == ProfileFieldType::kInteger) {
    hint = m("questionnaire.whole_number");
    if (!field.bands.empty()) hint += " (" + BandsText(field, m.language()) + ")";
  } else {
    hint = m("questionnaire.text");
  }
  if (!field.required) hint += "; " + m("template.optional");
  return hint;
}

}  // namespace

void WriteResponseTemplate(const Framework& framework, std::ostream& stream,
                           const std::string& language) {
  const std::string fill = kFillIn;
  const Messages& m = Messages::For(language);
  auto in = [&](const Text& text) -> const std::string& { return text.In(language); };
  YAML::Emitter out;
  SetHouseStyle(out);
  out << YAML::Comment(m("template.title", {in(framework.title), framework.version}) + "\n" +
                       m("template.replace", {fill}) + "\n" + m("template.check"));
  out << YAML::BeginMap;
  out << YAML::Key << "framework" << YAML::Value << framework.id;
  out << YAML::Key << "framework_version" << YAML::Value;
  EmitText(out, framework.version);
  out << YAML::Key << "institution" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "id" << YAML::Value << fill
      << YAML::Comment(m("questionnaire.institution_id_hint"));
  out << YAML::Key << "name" << YAML::Value << fill;
  if (!framework.profile.empty()) {
    out << YAML::Key << "profile" << YAML::Value << YAML::BeginMap;
    for (const ProfileField& field : framework.profile) {
      out << YAML::Key << field.key << YAML::Value << fill << YAML::Comment(ProfileHint(field, m));
    }
    out << YAML::EndMap;
  }
  out << YAML::EndMap;
  out << YAML::Key << "period" << YAML::Value << fill
      << YAML::Comment(m("questionnaire.period_hint"));
  out << YAML::Key << "respondents" << YAML::Comment(m("template.respondents")) << YAML::Value
      << YAML::BeginSeq;
  for (const Perspective& perspective : framework.perspectives) {
    out << YAML::Flow << YAML::BeginMap << YAML::Key << "id" << YAML::Value << fill << YAML::Key
        << "perspective" << YAML::Value << perspective.key << YAML::EndMap
        << YAML::Comment(in(perspective.label));
  }
  out << YAML::EndSeq;
  std::string scale;
  for (const ScaleLevel& level : framework.scale) {
    scale += (scale.empty() ? "" : ", ") + std::to_string(level.level) + " " + in(level.label);
  }
  out << YAML::Key << "answers" << YAML::Value << YAML::BeginMap;
  EmitComment(out, m("template.levels", {scale}) +
                       (framework.scoring.evidence_required_from
                            ? " " + m("template.evidence",
                                      {std::to_string(*framework.scoring.evidence_required_from)})
                            : "") +
                       " " + m("template.not_applicable"));
  WalkFramework(
      framework,
      [&](const DimensionStep& step) {
        EmitComment(out, "---- " + in(step.dimension.title) + " ----",
                    CommentPlace::kAfterBlankLine);
      },
      [&](const ElementStep& step) {
        const Element& element = step.element;
        std::string about = in(element.title) + " (" + KindLabel(element.kind, m) + ")";
        if (!element.applies_when.empty()) {
          about +=
              "\n" + m("template.only_where", {ConditionsText(framework, element.applies_when, m)});
        }
        if (!element.prompt.empty()) about += "\n" + in(element.prompt);
        for (const auto& [level, text] : element.levels) {
          about += "\n  " + std::to_string(level) + ": " + in(text);
        }
        EmitComment(out, about, CommentPlace::kAfterBlankLine);
        out << YAML::Key << element.id << YAML::Value << YAML::BeginSeq;
        for (const Perspective& perspective : framework.perspectives) {
          out << YAML::Flow << YAML::BeginMap << YAML::Key << "by" << YAML::Value << fill;
          std::string hint;
          if (element.measure) {
            out << YAML::Key << "value" << YAML::Value << fill;
            hint = ": " + in(element.measure->unit) + " (" +
                   m(element.measure->higher_is_better ? MessageKey("measure.higher")
                                                       : MessageKey("measure.lower")) +
                   ")";
          } else if (element.checklist) {
            std::vector<std::string> keys;
            for (const ChecklistItem& item : element.checklist->items) keys.push_back(item.key);
            out << YAML::Key << "checked" << YAML::Value << YAML::Flow << YAML::BeginSeq
                << YAML::EndSeq;
            hint = ": " + m("template.in_place", {Join(keys, ", ")});
          } else {
            out << YAML::Key << "level" << YAML::Value << fill;
          }
          out << YAML::EndMap << YAML::Comment(in(perspective.label) + hint);
        }
        out << YAML::EndSeq;
        if (element.checklist) {
          std::string items;
          for (const ChecklistItem& item : element.checklist->items) {
            items += (items.empty() ? "" : "\n") + ("  " + item.key + ": " + in(item.text));
          }
          EmitComment(out, items);
        }
      });
  out << YAML::EndMap;
  out << YAML::EndMap;
  std::string sign_off = m("template.sign_off") + "\nsign_off:";
  for (const Perspective& perspective : framework.perspectives) {
    sign_off +=
        "\n  - {perspective: " + perspective.key + ", name: " + fill + ", date: YYYY-MM-DD}";
  }
  sign_off += "\n" + m("template.not_agreed");
  EmitComment(out, sign_off, CommentPlace::kAfterBlankLine);
  WriteYaml(out, stream);
}

}  // namespace maturity
