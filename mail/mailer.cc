#include "mail/mailer.h"

#include <curl/curl.h>
#include <sodium.h>

#include <cstring>
#include <ctime>
#include <memory>

#include "common/clock.h"
#include "common/messages.h"

namespace maturity {

namespace {

/// `=?UTF-8?B?...?=` for a header holding more than ASCII (RFC 2047).
std::string EncodedHeader(const std::string& text) {
  bool ascii = true;
  for (unsigned char c : text) ascii = ascii && c < 0x80;
  if (ascii) return text;
  std::string encoded(sodium_base64_ENCODED_LEN(text.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(encoded.data(), encoded.size(), reinterpret_cast<const unsigned char*>(text.data()),
                    text.size(), sodium_base64_VARIANT_ORIGINAL);
  encoded.resize(std::strlen(encoded.c_str()));
  return "=?UTF-8?B?" + encoded + "?=";
}

void RefuseLineBreaks(const std::string& what, const std::string& text) {
  if (text.find_first_of("\r\n") != std::string::npos) {
    throw MailError(what + " holds a line break: not sent");
  }
}

struct Payload {
  std::string text;
  std::size_t sent = 0;
};

std::size_t ReadPayload(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* payload = static_cast<Payload*>(user);
  std::size_t room = size * count;
  std::size_t left = payload->text.size() - payload->sent;
  std::size_t now = left < room ? left : room;
  std::memcpy(buffer, payload->text.data() + payload->sent, now);
  payload->sent += now;
  return now;
}

}  // namespace

void SendMail(const MailSettings& settings, const Mail& mail) {
  RefuseLineBreaks("the address", mail.to);
  RefuseLineBreaks("the sender", settings.from);
  RefuseLineBreaks("the subject", mail.subject);
  static const bool ready = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
  if (!ready) throw MailError("libcurl could not be initialised");
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl) throw MailError("libcurl could not be initialised");

  std::string date = FormatUtc(std::time(nullptr), "%a, %d %b %Y %H:%M:%S +0000");
  Payload payload;
  payload.text = std::string("Date: ") + date + "\r\nTo: <" + mail.to + ">\r\nFrom: <" +
                 settings.from + ">\r\nSubject: " + EncodedHeader(mail.subject) +
                 "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                 "Content-Transfer-Encoding: 8bit\r\n\r\n";
  for (char c : mail.body) {  // Lines end in CRLF on the wire.
    if (c == '\n') payload.text += '\r';
    payload.text += c;
  }
  payload.text += "\r\n";

  curl_slist* recipients = curl_slist_append(nullptr, ("<" + mail.to + ">").c_str());
  curl_easy_setopt(curl.get(), CURLOPT_URL, settings.smtp_url.c_str());
  curl_easy_setopt(curl.get(), CURLOPT_MAIL_FROM, ("<" + settings.from + ">").c_str());
  curl_easy_setopt(curl.get(), CURLOPT_MAIL_RCPT, recipients);
  curl_easy_setopt(curl.get(), CURLOPT_READFUNCTION, ReadPayload);
  curl_easy_setopt(curl.get(), CURLOPT_READDATA, &payload);
  curl_easy_setopt(curl.get(), CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(curl.get(), CURLOPT_CONNECTTIMEOUT, 10L);
  curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT, 30L);
  curl_easy_setopt(curl.get(), CURLOPT_NOSIGNAL, 1L);
  char error[CURL_ERROR_SIZE] = "";
  curl_easy_setopt(curl.get(), CURLOPT_ERRORBUFFER, error);
  CURLcode result = curl_easy_perform(curl.get());
  curl_slist_free_all(recipients);
  if (result != CURLE_OK) {
    throw MailError("mail to " + mail.to + " not sent: " +
                    (error[0] ? std::string(error) : curl_easy_strerror(result)));
  }
}

Mail InvitationMail(const std::string& language, bool reminder, const std::string& to,
                    const std::string& name, const std::string& institution,
                    const std::string& period, const std::string& link) {
  const Messages& words = Messages::For(language);
  Mail mail;
  mail.to = to;
  mail.subject = words(reminder ? MessageKey("serve.mail.reminder_subject")
                                : MessageKey("serve.mail.invitation_subject"),
                       {institution, period});
  mail.body = words(reminder ? MessageKey("serve.mail.reminder_body")
                             : MessageKey("serve.mail.invitation_body"),
                    {name, institution, period, link});
  return mail;
}

}  // namespace maturity
