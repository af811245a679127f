#include "reports/yaml/response_template.h"

#include <string>

#include "common/messages.h"
#include "common/strings.h"
#include "common/yaml_output.h"
#include "engine/answer_kinds.h"
#include "reports/presentation.h"
#include "reports/yaml/response_yaml.h"

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
  WriteResponseTemplate(framework, stream, language, TemplateStart{});
}

namespace {

/// One answer of last period, for a comment: `3`, `12.5`, `checked: a, b`, `n/a (why)`.
std::string AnswerText(const Answer& answer, const Messages& m) {
  std::string text;
  if (answer.not_applicable) {
    text = m("questionnaire.not_applicable") + " (" + answer.reason + ")";
  } else if (answer.level) {
    text = std::to_string(*answer.level);
  } else if (answer.value) {
    text = FormatNumber(*answer.value);
  } else if (answer.checked) {
    text = m("template.in_place", {Join(*answer.checked, ", ")});
  }
  if (!answer.evidence.empty())
    text += "; " + m("template.evidence_was", {Join(answer.evidence, "; ")});
  return text;
}

/// Last period's answers to `element` (under its id or an id it had: renamed_from).
const ElementAnswers* PreviousAnswers(const Response& previous, const Framework& framework,
                                      const Element& element) {
  for (const std::string& old_id : framework.IdsOnceCalled(element)) {
    if (const ElementAnswers* found = previous.FindAnswers(old_id)) return found;
  }
  return nullptr;
}

/// The open actions of last period (planned, in progress), carried forward; those on
/// elements the framework no longer has are kept as a comment, never dropped unsaid.
void WriteCarriedActions(YAML::Emitter& out, const Framework& framework, const Response& previous,
                         const Messages& m) {
  std::vector<const AgreedAction*> carried;
  std::string gone;
  for (const AgreedAction& action : previous.actions) {
    if (!action.open()) continue;
    if (!framework.FindElementOnceCalled(action.element)) {
      gone += "\n  - {element: " + action.element + ", action: " + action.action + "}";
    } else {
      carried.push_back(&action);
    }
  }
  if (carried.empty() && gone.empty()) return;
  if (!carried.empty()) {
    out << YAML::Key << "actions" << SafeComment(m("template.actions_carried", {previous.period}))
        << YAML::Value << YAML::BeginSeq;
    for (const AgreedAction* action : carried) {
      AgreedAction moved = *action;
      moved.element = framework.FindElementOnceCalled(action->element)->id;
      EmitAction(out, moved);
    }
    out << YAML::EndSeq;
  }
  if (!gone.empty()) EmitComment(out, m("template.actions_gone") + gone);
}

/// Writes a response template, part by part, in one language.
struct TemplateWriter {
  const Framework& framework;
  const std::string& language;
  const TemplateStart& start;
  YAML::Emitter& out;
  const Response* previous = start.previous;
  const Messages& m = Messages::For(language);
  const std::string fill = kFillIn;

  const std::string& in(const Text& text) const { return text.In(language); }

  /// The institution: last period's id, name and profile to check, or blanks to fill in.
  void Institution() {
    out << YAML::Key << "institution" << YAML::Value << YAML::BeginMap;
    if (previous) {
      out << YAML::Key << "id" << YAML::Value;
      EmitText(out, previous->institution.id);
      out << YAML::Key << "name" << YAML::Value;
      EmitText(out, previous->institution.name);
    } else {
      out << YAML::Key << "id" << YAML::Value << fill
          << SafeComment(m("questionnaire.institution_id_hint"));
      out << YAML::Key << "name" << YAML::Value << fill;
    }
    if (!framework.profile.empty()) {
      out << YAML::Key << "profile" << YAML::Value << YAML::BeginMap;
      for (const ProfileField& field : framework.profile) {
        out << YAML::Key << field.key << YAML::Value;
        auto value = previous ? previous->institution.profile.find(field.key)
                              : std::map<std::string, ProfileValue>::const_iterator{};
        if (previous && value != previous->institution.profile.end()) {
          if (value->second.number) {
            out << *value->second.number;
          } else {
            EmitText(out, value->second.text);
          }
          out << SafeComment(m("template.check_still_true", {ProfileHint(field, m)}));
        } else {
          out << fill << SafeComment(ProfileHint(field, m));
        }
      }
      out << YAML::EndMap;
    }
    out << YAML::EndMap;
  }

  /// The respondents: last period's people (those whose side the framework still has), or
  /// one placeholder per side. Returns who answers each element, with their side.
  std::vector<std::pair<std::string, const Perspective*>> Respondents() {
    std::vector<std::pair<std::string, const Perspective*>> answering;
    if (previous) {
      for (const Respondent& respondent : previous->respondents) {
        const Perspective* perspective = framework.FindPerspective(respondent.perspective);
        if (!perspective) continue;
        answering.emplace_back(respondent.id, perspective);
        out << YAML::Flow << YAML::BeginMap << YAML::Key << "id" << YAML::Value;
        EmitText(out, respondent.id);
        out << YAML::Key << "perspective" << YAML::Value << perspective->key;
        if (!respondent.name.empty()) EmitTextField(out, "name", respondent.name);
        if (!respondent.role.empty()) EmitTextField(out, "role", respondent.role);
        out << YAML::EndMap << SafeComment(in(perspective->label));
      }
    }
    if (answering.empty()) {
      for (const Perspective& perspective : framework.perspectives) {
        answering.emplace_back(fill, &perspective);
        out << YAML::Flow << YAML::BeginMap << YAML::Key << "id" << YAML::Value << fill << YAML::Key
            << "perspective" << YAML::Value << perspective.key << YAML::EndMap
            << SafeComment(in(perspective.label));
      }
    }
    return answering;
  }

  /// One element's answers: what it asks, last period's answers to review, and a line per
  /// respondent in the form its kind is answered in.
  void Answers(const maturity::Element& element,
               const std::vector<std::pair<std::string, const Perspective*>>& answering) {
    AnswerForm form = FormOf(element);
    std::string about = in(element.title) + " (" + KindLabel(element.kind, m) + ")";
    if (!element.applies_when.empty()) {
      about +=
          "\n" + m("template.only_where", {ConditionsText(framework, element.applies_when, m)});
    }
    if (!element.prompt.empty()) about += "\n" + in(element.prompt);
    for (const auto& [level, text] : element.levels) {
      about += "\n  " + std::to_string(level) + ": " + in(text);
    }
    if (previous && start.with_answers) {
      // Last period's answers, to review: never copied into this period's lines.
      const ElementAnswers* answers = PreviousAnswers(*previous, framework, element);
      about += "\n" + m("template.previous_answers", {previous->period});
      if (!answers || answers->answers.empty()) about += " " + m("template.none");
      for (const Answer& answer : answers ? answers->answers : std::vector<Answer>{}) {
        about += "\n  " + answer.by + ": " + AnswerText(answer, m);
      }
    }
    EmitComment(out, about, CommentPlace::kAfterBlankLine);
    out << YAML::Key << element.id << YAML::Value << YAML::BeginSeq;
    for (const auto& [by, perspective_ptr] : answering) {
      const Perspective& perspective = *perspective_ptr;
      out << YAML::Flow << YAML::BeginMap << YAML::Key << "by" << YAML::Value;
      if (by == fill) {
        out << fill;
      } else {
        EmitText(out, by);
      }
      std::string hint;
      out << YAML::Key << form.key << YAML::Value;
      if (form.input == AnswerInput::kNumber) {
        out << fill;
        hint =
            ": " + in(*form.unit) + " (" +
            m(form.higher_is_better ? MessageKey("measure.higher") : MessageKey("measure.lower")) +
            ")";
      } else if (form.input == AnswerInput::kTicks) {
        std::vector<std::string> keys;
        for (const ChecklistItem& item : *form.items) keys.push_back(item.key);
        out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
        hint = ": " + m("template.in_place", {Join(keys, ", ")});
      } else {
        out << fill;
      }
      out << YAML::EndMap << SafeComment(in(perspective.label) + hint);
    }
    out << YAML::EndSeq;
    if (form.input == AnswerInput::kTicks) {
      std::string items;
      for (const ChecklistItem& item : *form.items) {
        items += (items.empty() ? "" : "\n") + ("  " + item.key + ": " + in(item.text));
      }
      EmitComment(out, items);
    }
  }
};

}  // namespace

void WriteResponseTemplate(const Framework& framework, std::ostream& stream,
                           const std::string& language, const TemplateStart& start) {
  YAML::Emitter out;
  SetHouseStyle(out);
  TemplateWriter writer{framework, language, start, out};
  const std::string& fill = writer.fill;
  const Response* previous = start.previous;
  const Messages& m = writer.m;
  auto in = [&](const Text& text) -> const std::string& { return writer.in(text); };
  out << SafeComment(m("template.title", {in(framework.title), framework.version}) + "\n" +
                     m("template.replace", {fill}) + "\n" + m("template.check"));
  out << YAML::BeginMap;
  out << YAML::Key << "framework" << YAML::Value << framework.id;
  out << YAML::Key << "framework_version" << YAML::Value;
  EmitText(out, framework.version);
  writer.Institution();
  out << YAML::Key << "period" << YAML::Value;
  if (!start.period.empty()) {
    EmitText(out, start.period);
  } else {
    out << fill;
  }
  out << SafeComment(previous ? m("template.last_period", {previous->period})
                              : m("questionnaire.period_hint"));
  out << YAML::Key << "respondents" << SafeComment(m("template.respondents")) << YAML::Value
      << YAML::BeginSeq;
  std::vector<std::pair<std::string, const Perspective*>> answering = writer.Respondents();
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
      [&](const ElementStep& step) { writer.Answers(step.element, answering); });
  out << YAML::EndMap;
  if (previous) WriteCarriedActions(out, framework, *previous, m);
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
