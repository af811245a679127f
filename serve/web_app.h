// The web application of `maturity serve`: routes each request to the collection's rules
// and a page. A personal link (/l/TOKEN) opens a session (cookie HttpOnly, SameSite=Strict,
// Secure over https) with its own form token; every form carries that token; every page
// forbids inline script and framing; a wrong, ended or unknown link gets one same page, and
// a client that keeps guessing is held off. docs/serve.md lists the routes and the threat
// model.
#pragma once

#include <chrono>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "collect/collection.h"
#include "mail/mailer.h"
#include "serve/http_server.h"
#include "store/store.h"

namespace maturity {

struct WebAppOptions {
  std::string base_url = "http://127.0.0.1:8080";  ///< Where links point; https: Secure cookies.
  std::chrono::hours session_time{12};
  std::size_t failed_links = 20;  ///< Failed link attempts a client may make per window...
  std::chrono::minutes failure_window{10};  ///< ...before it is refused for the window.
  /// The institution's mail server: coordinators can send reminders; none: links by hand.
  std::optional<MailSettings> mail;
};

class WebApp {
 public:
  WebApp(Store& store, Collection& collection, WebAppOptions options)
      : store_(store), collection_(collection), options_(std::move(options)) {}

  HttpResponse Handle(const HttpRequest& request);

 private:
  struct Session;
  HttpResponse Route(const HttpRequest& request, const std::string& path,
                     const std::map<std::string, std::string>& query);
  HttpResponse OpenLink(const HttpRequest& request, const std::string& token);
  HttpResponse RespondentGet(const Session& session, const std::map<std::string, std::string>& query);
  HttpResponse RespondentSave(const Session& session, const HttpRequest& request, bool json);
  HttpResponse RespondentSubmit(const Session& session);
  HttpResponse CoordinatorAction(const Session& session, const std::string& action,
                                 const std::multimap<std::string, std::string>& form);
  HttpResponse ReviewRoute(const Session& session, const std::string& path, bool post,
                           const std::multimap<std::string, std::string>& form);
  HttpResponse Download(const Session& session, const Review& review, const std::string& name);
  HttpResponse LinksCsv(const Session& session);
  /// The client a rate limit counts: its address, or behind a local proxy the one the
  /// proxy forwards.
  std::string ClientOf(const HttpRequest& request) const;
  bool HeldOff(const std::string& client);
  void CountFailure(const std::string& client);

  Store& store_;
  Collection& collection_;
  WebAppOptions options_;
  std::mutex failures_mutex_;
  std::map<std::string, std::deque<std::chrono::steady_clock::time_point>> failures_;
};

/// `a=1&b=two+words` decoded: names and values, in order (repeated names kept).
std::multimap<std::string, std::string> ParseFormBody(const std::string& body);

}  // namespace maturity
