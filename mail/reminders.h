// Reminders by mail: each respondent who has not submitted and has an address gets a new
// link (links are kept only as hashes) in their own language.
#pragma once

#include <string>
#include <vector>

#include "collect/collection.h"
#include "mail/mailer.h"

namespace maturity {

struct RemindOutcome {
  std::vector<std::string> sent;             ///< Respondents reminded.
  std::vector<std::string> without_address;  ///< Not submitted, no e-mail address.
};

/// Reminds the respondents of `perspective` ("" : every side) of `assessment` who have not
/// submitted. MailError when the mail server refuses (those sent before stay sent).
RemindOutcome SendReminders(Collection& collection, const std::string& assessment,
                            const std::string& perspective, const MailSettings& mail,
                            const std::string& base_url, const std::string& who);

/// Sends `link` to a respondent just invited with an address.
void SendInvitation(Collection& collection, const std::string& assessment,
                    const RespondentRecord& respondent, const std::string& link,
                    const MailSettings& mail);

}  // namespace maturity
