// Mail for online collection: invitations and reminders sent through the institution's own
// mail server (SMTP, libcurl), each in its respondent's language. Nothing else sends mail.
#pragma once

#include <stdexcept>
#include <string>

namespace maturity {

class MailError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct MailSettings {
  std::string smtp_url;  ///< smtp://host:port or smtps://host:port (credentials in the URL).
  std::string from;      ///< The sender's address.
};

struct Mail {
  std::string to;
  std::string subject;
  std::string body;  ///< Plain text, UTF-8.
};

/// Sends `mail`; MailError naming the server's reason when it is refused. A line break in
/// an address or the subject is refused (no header can be injected).
void SendMail(const MailSettings& settings, const Mail& mail);

/// The invitation (or, with `reminder`, the reminder) to answer, in `language`.
Mail InvitationMail(const std::string& language, bool reminder, const std::string& to,
                    const std::string& name, const std::string& institution,
                    const std::string& period, const std::string& link);

}  // namespace maturity
