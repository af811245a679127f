#include "reports/yaml/response_yaml.h"

#include "common/yaml_output.h"

namespace maturity {

namespace {

void EmitAnswer(YAML::Emitter& out, const Answer& answer) {
  out << YAML::Flow << YAML::BeginMap;
  EmitTextField(out, "by", answer.by);
  if (answer.not_applicable) {
    out << YAML::Key << "not_applicable" << YAML::Value << true;
    EmitTextField(out, "reason", answer.reason);
  } else if (answer.level) {
    out << YAML::Key << "level" << YAML::Value << *answer.level;
  } else if (answer.value) {
    out << YAML::Key << "value" << YAML::Value;
    EmitNumber(out, *answer.value);
  } else if (answer.checked) {
    out << YAML::Key << "checked" << YAML::Value;
    EmitTexts(out, *answer.checked);
  }
  if (!answer.evidence.empty()) {
    out << YAML::Key << "evidence" << YAML::Value;
    EmitTexts(out, answer.evidence);
  }
  if (!answer.note.empty()) EmitTextField(out, "note", answer.note);
  out << YAML::EndMap;
}

}  // namespace

void EmitAction(YAML::Emitter& out, const AgreedAction& action) {
  out << YAML::BeginMap;
  out << YAML::Key << "element" << YAML::Value << action.element;
  EmitTextField(out, "action", action.action);
  if (!action.owner.empty()) EmitTextField(out, "owner", action.owner);
  if (!action.due.empty()) out << YAML::Key << "due" << YAML::Value << action.due;
  out << YAML::Key << "status" << YAML::Value << ActionStatusName(action.status);
  if (!action.note.empty()) EmitTextField(out, "note", action.note);
  out << YAML::EndMap;
}

void WriteResponseYaml(const Response& response, const Framework& framework,
                       const std::string& source, std::ostream& stream) {
  YAML::Emitter out;
  SetHouseStyle(out);
  out << SafeComment("Imported from " + source + " by maturity import.");
  out << YAML::BeginMap;
  out << YAML::Key << "framework" << YAML::Value << response.framework_id;
  EmitTextField(out, "framework_version", response.framework_version);
  out << YAML::Key << "institution" << YAML::Value << YAML::BeginMap;
  EmitTextField(out, "id", response.institution.id);
  EmitTextField(out, "name", response.institution.name);
  if (!response.institution.profile.empty()) {
    out << YAML::Key << "profile" << YAML::Value << YAML::BeginMap;
    for (const ProfileField& field : framework.profile) {
      auto value = response.institution.profile.find(field.key);
      if (value == response.institution.profile.end()) continue;
      out << YAML::Key << field.key << YAML::Value;
      if (value->second.number) {
        out << *value->second.number;
      } else {
        EmitText(out, value->second.text);
      }
    }
    out << YAML::EndMap;
  }
  out << YAML::EndMap;
  EmitTextField(out, "period", response.period);
  out << YAML::Key << "respondents" << YAML::Value << YAML::BeginSeq;
  for (const Respondent& respondent : response.respondents) {
    out << YAML::Flow << YAML::BeginMap;
    EmitTextField(out, "id", respondent.id);
    out << YAML::Key << "perspective" << YAML::Value << respondent.perspective;
    if (!respondent.name.empty()) EmitTextField(out, "name", respondent.name);
    if (!respondent.role.empty()) EmitTextField(out, "role", respondent.role);
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
  out << YAML::Key << "answers" << YAML::Value << YAML::BeginMap;
  ForEachElement(framework, [&](const ElementStep& step) {
    const ElementAnswers* answers = response.FindAnswers(step.element.id);
    if (!answers || answers->answers.empty()) return;
    out << YAML::Key << step.element.id << YAML::Value << YAML::BeginSeq;
    for (const Answer& answer : answers->answers) EmitAnswer(out, answer);
    out << YAML::EndSeq;
  });
  out << YAML::EndMap;
  if (!response.sign_off.empty()) {
    out << YAML::Key << "sign_off" << YAML::Value << YAML::BeginSeq;
    for (const SignOff& sign_off : response.sign_off) {
      out << YAML::Flow << YAML::BeginMap;
      out << YAML::Key << "perspective" << YAML::Value << sign_off.perspective;
      EmitTextField(out, "name", sign_off.name);
      out << YAML::Key << "date" << YAML::Value << sign_off.date;
      if (!sign_off.agreed) out << YAML::Key << "agreed" << YAML::Value << false;
      if (!sign_off.statement.empty()) EmitTextField(out, "statement", sign_off.statement);
      out << YAML::EndMap;
    }
    out << YAML::EndSeq;
  }
  if (!response.actions.empty()) {
    out << YAML::Key << "actions" << YAML::Value << YAML::BeginSeq;
    for (const AgreedAction& action : response.actions) EmitAction(out, action);
    out << YAML::EndSeq;
  }
  out << YAML::EndMap;
  WriteYaml(out, stream);
}

}  // namespace maturity
