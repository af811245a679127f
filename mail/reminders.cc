#include "mail/reminders.h"

#include "common/messages.h"

namespace maturity {

namespace {

std::string LanguageOf(const RespondentRecord& record, const Framework& framework) {
  if (!record.language.empty()) return record.language;
  for (const std::string& language : framework.languages) {
    if (Messages::Supports(language)) return language;
  }
  return "en";
}

}  // namespace

RemindOutcome SendReminders(Collection& collection, const std::string& assessment,
                            const std::string& perspective, const MailSettings& mail,
                            const std::string& base_url, const std::string& who) {
  AssessmentStatus status = collection.Status(assessment);
  auto framework = collection.FrameworkOf(status.assessment);
  RemindOutcome outcome;
  for (const RespondentStatus& entry : status.respondents) {
    const RespondentRecord& record = entry.record;
    if (!record.revoked_at.empty() || !record.submitted_at.empty()) continue;
    if (!perspective.empty() && record.respondent.perspective != perspective) continue;
    if (record.email.empty()) outcome.without_address.push_back(record.respondent.id);
  }
  for (const auto& [record, link] : collection.Reissue(assessment, perspective, who, true)) {
    std::string name = record.respondent.name.empty() ? record.respondent.id : record.respondent.name;
    SendMail(mail, InvitationMail(LanguageOf(record, *framework), true, record.email, name,
                                  status.assessment.institution_name, status.assessment.period,
                                  base_url + "/l/" + link.token));
    outcome.sent.push_back(record.respondent.id);
  }
  return outcome;
}

void SendInvitation(Collection& collection, const std::string& assessment,
                    const RespondentRecord& record, const std::string& link,
                    const MailSettings& mail) {
  AssessmentStatus status = collection.Status(assessment);
  auto framework = collection.FrameworkOf(status.assessment);
  std::string name = record.respondent.name.empty() ? record.respondent.id : record.respondent.name;
  SendMail(mail, InvitationMail(LanguageOf(record, *framework), false, record.email, name,
                                status.assessment.institution_name, status.assessment.period, link));
}

}  // namespace maturity
