#include "reports/response_yaml.h"

#include <functional>
#include <sstream>

#include "common/numbers.h"
#include "common/strings.h"
#include "reports/json_writer.h"

namespace maturity {

namespace {

std::string List(const std::vector<std::string>& items) {
  std::string list = "[";
  for (std::size_t i = 0; i < items.size(); ++i) list += (i ? ", " : "") + Quoted(items[i]);
  return list + "]";
}

void WriteAnswer(const Answer& answer, std::ostream& out) {
  out << "    - {by: " << Quoted(answer.by);
  if (answer.not_applicable) {
    out << ", not_applicable: true, reason: " << Quoted(answer.reason);
  } else if (answer.level) {
    out << ", level: " << *answer.level;
  } else if (answer.value) {
    out << ", value: " << FormatNumber(*answer.value);
  } else if (answer.checked) {
    out << ", checked: " << List(*answer.checked);
  }
  if (!answer.evidence.empty()) out << ", evidence: " << List(answer.evidence);
  if (!answer.note.empty()) out << ", note: " << Quoted(answer.note);
  out << "}\n";
}

}  // namespace

void WriteResponseYaml(const Response& response, const Framework& framework,
                       const std::string& source, std::ostream& out) {
  out << "# Imported from " << source << " by maturity import.\n"
      << "framework: " << response.framework_id << "\n"
      << "framework_version: " << Quoted(response.framework_version) << "\n"
      << "institution:\n"
      << "  id: " << Quoted(response.institution.id) << "\n"
      << "  name: " << Quoted(response.institution.name) << "\n";
  if (!response.institution.profile.empty()) {
    out << "  profile:\n";
    for (const ProfileField& field : framework.profile) {
      auto value = response.institution.profile.find(field.key);
      if (value == response.institution.profile.end()) continue;
      out << "    " << field.key << ": "
          << (value->second.number ? std::to_string(*value->second.number)
                                   : Quoted(value->second.text))
          << "\n";
    }
  }
  out << "period: " << Quoted(response.period) << "\n"
      << "respondents:\n";
  for (const Respondent& respondent : response.respondents) {
    out << "  - {id: " << Quoted(respondent.id) << ", perspective: " << respondent.perspective;
    if (!respondent.name.empty()) out << ", name: " << Quoted(respondent.name);
    if (!respondent.role.empty()) out << ", role: " << Quoted(respondent.role);
    out << "}\n";
  }
  out << "answers:";
  bool any = false;
  ForEachElement(framework, [&](const ElementStep& step) {
    const ElementAnswers* answers = response.FindAnswers(step.element.id);
    if (!answers || answers->answers.empty()) return;
    out << "\n  " << step.element.id << ":\n";
    for (const Answer& answer : answers->answers) WriteAnswer(answer, out);
    any = true;
  });
  if (!any) out << " {}\n";
  if (!response.sign_off.empty()) {
    out << "sign_off:\n";
    for (const SignOff& sign_off : response.sign_off) {
      out << "  - {perspective: " << sign_off.perspective << ", name: " << Quoted(sign_off.name)
          << ", date: " << sign_off.date << "}\n";
    }
  }
}

}  // namespace maturity
