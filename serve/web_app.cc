#include "serve/web_app.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <unistd.h>
#include <set>
#include <sstream>

#include "collect/tokens.h"
#include "common/messages.h"
#include "common/strings.h"
#include "reports/html/html.h"
#include "engine/scoring.h"
#include "reports/html/scorecard_html.h"
#include "reports/json/json_writer.h"
#include "reports/json/scorecard_json.h"
#include "reports/xlsx/scorecard_workbook.h"
#include "reports/yaml/response_yaml.h"
#include "mail/reminders.h"
#include "serve/pages.h"

namespace maturity {

namespace {

constexpr const char* kCookie = "maturity_session";

const std::vector<std::pair<std::string, std::string>>& SecurityHeaders() {
  static const std::vector<std::pair<std::string, std::string>> headers = {
      {"Content-Security-Policy",
       "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"X-Frame-Options", "DENY"},
      {"Referrer-Policy", "no-referrer"},
      {"Cache-Control", "no-store"},
      {"Cross-Origin-Opener-Policy", "same-origin"},
  };
  return headers;
}

HttpResponse Page(int status, std::string body) {
  HttpResponse response;
  response.status = status;
  response.body = std::move(body);
  return response;
}

HttpResponse Redirect(const std::string& location) {
  HttpResponse response;
  response.status = 303;
  response.headers.emplace_back("Location", location);
  return response;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string Decode(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out += ' ';
    } else if (text[i] == '%' && i + 2 < text.size() &&
               HexValue(text[i + 1]) >= 0 && HexValue(text[i + 2]) >= 0) {
      out += static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string Trim(const std::string& text) {
  std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string::npos) return "";
  std::size_t end = text.find_last_not_of(" \t\r\n");
  return text.substr(start, end - start + 1);
}

std::string Get(const std::multimap<std::string, std::string>& form, const std::string& name) {
  auto found = form.find(name);
  return found == form.end() ? std::string() : found->second;
}

std::string Cookie(const HttpRequest& request, const std::string& name) {
  std::string header = request.Header("cookie");
  std::size_t start = 0;
  while (start < header.size()) {
    std::size_t end = header.find(';', start);
    if (end == std::string::npos) end = header.size();
    std::string part = Trim(header.substr(start, end - start));
    if (part.size() > name.size() && part.compare(0, name.size(), name) == 0 &&
        part[name.size()] == '=') {
      return part.substr(name.size() + 1);
    }
    start = end + 1;
  }
  return "";
}

std::optional<double> ReadNumber(const std::string& text) {
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  if (*end != '\0' || !std::isfinite(value)) return std::nullopt;
  return value;
}

/// The lines of a text area, each trimmed, empty ones left out (they say nothing).
std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::string line;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n' || text[i] == '\r') {
      std::string trimmed = Trim(line);
      if (!trimmed.empty()) out.push_back(trimmed);
      line.clear();
    } else {
      line += text[i];
    }
  }
  return out;
}

/// The answers a form page sent, with what could not be read as problems of their own.
struct PostedAnswers {
  std::vector<FormAnswer> answers;
  std::map<std::string, ShownAnswer> unreadable;  ///< A number that is not one.
  std::map<std::string, std::string> value_texts;
};

PostedAnswers ReadPostedAnswers(const Framework& framework,
                                const std::multimap<std::string, std::string>& form) {
  PostedAnswers posted;
  for (const auto& [name, version_text] : form) {
    if (name.rfind("v.", 0) != 0) continue;
    std::string id = name.substr(2);
    const Element* element = framework.FindElement(id);
    if (!element) continue;
    FormAnswer given;
    given.element = id;
    given.expected_version = static_cast<int>(ReadNumber(version_text).value_or(0));
    Answer& answer = given.answer;
    std::string level = Trim(Get(form, "level." + id));
    if (!level.empty()) {
      auto number = ReadNumber(level);
      answer.level = number && *number == std::floor(*number) && std::fabs(*number) < 1e6
                         ? static_cast<int>(*number)
                         : framework.highest_level() + 1;  // Off the scale: refused as such.
    }
    std::string value = Trim(Get(form, "value." + id));
    if (!value.empty()) {
      auto number = ReadNumber(value);
      if (number) {
        answer.value = *number;
      } else {
        ShownAnswer shown;
        shown.value_text = value;
        shown.version = given.expected_version;
        shown.problems.push_back(
            {AnswerRule::kValueOutOfRange, AnswerPart::kValue, 0, "expected a number"});
        posted.unreadable[id] = shown;
      }
      posted.value_texts[id] = value;
    }
    if (element->checklist()) {
      std::vector<std::string> items;
      auto range = form.equal_range("checked." + id);
      for (auto it = range.first; it != range.second; ++it) {
        if (!it->second.empty()) items.push_back(it->second);
      }
      if (!items.empty() || !Get(form, "none." + id).empty()) answer.checked = items;
    }
    answer.not_applicable = !Get(form, "na." + id).empty();
    answer.reason = Trim(Get(form, "reason." + id));
    answer.note = Trim(Get(form, "note." + id));
    answer.evidence = Lines(Get(form, "evidence." + id));
    if (posted.unreadable.contains(id)) {
      posted.unreadable[id].answer = answer;
      continue;
    }
    posted.answers.push_back(std::move(given));
  }
  return posted;
}

std::string DefaultLanguage(const Framework& framework) {
  for (const std::string& language : framework.languages) {
    if (Messages::Supports(language)) return language;
  }
  return "en";
}

}  // namespace

std::multimap<std::string, std::string> ParseFormBody(const std::string& body) {
  std::multimap<std::string, std::string> out;
  std::size_t start = 0;
  while (start <= body.size()) {
    std::size_t end = body.find('&', start);
    if (end == std::string::npos) end = body.size();
    std::string_view part(body.data() + start, end - start);
    if (!part.empty()) {
      std::size_t equals = part.find('=');
      if (equals == std::string_view::npos) {
        out.emplace(Decode(part), "");
      } else {
        out.emplace(Decode(part.substr(0, equals)), Decode(part.substr(equals + 1)));
      }
    }
    start = end + 1;
  }
  return out;
}

struct WebApp::Session {
  SessionRecord record;
  Visitor visitor;
  PageContext context(const std::string& path) const {
    return {record.language, record.csrf, path};
  }
};

std::string WebApp::ClientOf(const HttpRequest& request) const {
  // Behind a proxy on this machine (docs/serve.md: nginx), the client is the address the
  // proxy saw, the last in X-Forwarded-For; from anywhere else the header is not trusted.
  std::string forwarded = request.Header("x-forwarded-for");
  bool from_loopback = request.client == "127.0.0.1" || request.client == "::1";
  if (!from_loopback || forwarded.empty()) return request.client;
  std::size_t comma = forwarded.rfind(',');
  return Trim(comma == std::string::npos ? forwarded : forwarded.substr(comma + 1));
}

bool WebApp::HeldOff(const std::string& client) {
  std::lock_guard lock(failures_mutex_);
  auto found = failures_.find(client);
  if (found == failures_.end()) return false;
  auto horizon = std::chrono::steady_clock::now() - options_.failure_window;
  while (!found->second.empty() && found->second.front() < horizon) found->second.pop_front();
  if (found->second.empty()) {
    failures_.erase(found);
    return false;
  }
  return found->second.size() >= options_.failed_links;
}

void WebApp::CountFailure(const std::string& client) {
  std::lock_guard lock(failures_mutex_);
  if (failures_.size() > 100000) failures_.clear();  // A flood of addresses: start again.
  auto& times = failures_[client];
  times.push_back(std::chrono::steady_clock::now());
  while (times.size() > options_.failed_links) times.pop_front();
}

HttpResponse WebApp::Handle(const HttpRequest& request) {
  std::string target = request.target;
  std::string path = target.substr(0, target.find('?'));
  std::map<std::string, std::string> query;
  if (path.size() < target.size()) {
    for (const auto& [name, value] : ParseFormBody(target.substr(path.size() + 1))) {
      query.emplace(name, value);
    }
  }
  HttpResponse response;
  try {
    response = Route(request, path, query);
  } catch (const StoreError& error) {
    response = Page(503, MessagePage("en", Messages::For("en")("serve.unavailable.title"),
                                     Messages::For("en")("serve.unavailable.text")));
    response.headers.emplace_back("Retry-After", "5");
  }
  for (const auto& header : SecurityHeaders()) response.headers.push_back(header);
  return response;
}

HttpResponse WebApp::Route(const HttpRequest& request, const std::string& path,
                           const std::map<std::string, std::string>& query) {
  const bool get = request.method == "GET" || request.method == "HEAD";
  const bool post = request.method == "POST";
  if (path == "/healthz") {
    HttpResponse response;
    bool healthy = store_.Healthy();
    response.status = healthy ? 200 : 503;
    response.content_type = "text/plain; charset=utf-8";
    response.body = healthy ? "ok\n" : "store unavailable\n";
    return response;
  }
  if (path == "/static/form.css" || path == "/static/form.js") {
    HttpResponse response;
    bool css = path.ends_with(".css");
    response.content_type = css ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
    response.body = css ? kFormCss : kFormScript;
    return response;
  }
  if (path.rfind("/l/", 0) == 0 && get) return OpenLink(request, path.substr(3));
  if (!get && !post) {
    HttpResponse response = Page(405, MessagePage("en", "405", "GET or POST only."));
    response.headers.emplace_back("Allow", "GET, POST");
    return response;
  }

  // Everything else belongs to a session.
  std::string cookie = Cookie(request, kCookie);
  std::optional<SessionRecord> record;
  if (LooksLikeToken(cookie)) record = store_.FindSession(HashToken(cookie), UtcNow());
  std::optional<Visitor> visitor;
  if (record) visitor = collection_.Open(record->token_hash);
  if (!visitor) {
    const Messages& words = Messages::For("en");
    return Page(path == "/" ? 200 : 403,
                MessagePage("en", words("serve.no_session.title"), words("serve.no_session.text")));
  }
  Session session{*record, std::move(*visitor)};
  const Messages& words = Messages::For(session.record.language);

  std::multimap<std::string, std::string> form;
  if (post) {
    form = ParseFormBody(request.body);
    // The form token: a page of this session sent it, not another site's form.
    if (!EqualInConstantTime(Get(form, "csrf"), session.record.csrf)) {
      store_.AppendAudit({0, session.visitor.assessment.id, UtcNow(), session.visitor.who(),
                          "refused a form without its token (" + path + ")"});
      return Page(403, MessagePage(session.record.language, words("serve.forged.title"),
                                   words("serve.forged.text")));
    }
  }
  if (path == "/") {
    if (session.visitor.overseer()) return Redirect("/overseer");
    return Redirect(session.visitor.coordinator() ? "/coordinator" : "/form");
  }
  if (path == "/overseer" && get) {
    if (!session.visitor.overseer()) {
      return Page(403, MessagePage(session.record.language, words("serve.forbidden.title"),
                                   words("serve.forbidden.text")));
    }
    return Page(200, OverseerPage(session.context("/overseer"),
                                  collection_.Overview(session.visitor)));
  }
  if (session.visitor.overseer() && path != "/language") {
    // An overseer sees every assessment's state, never a form, a side's page or a review.
    store_.AppendAudit({0, "", UtcNow(), session.visitor.who(), "refused: " + path});
    return Page(403, MessagePage(session.record.language, words("serve.forbidden.title"),
                                 words("serve.forbidden.text")));
  }
  if (path == "/review" || path.rfind("/review/", 0) == 0) {
    return ReviewRoute(session, path, post, form);
  }
  if (path == "/language" && post) {
    std::string to = Get(form, "to");
    if (Messages::Supports(to)) store_.SetSessionLanguage(session.record.id_hash, to);
    std::string back = Get(form, "back");
    bool local = back.size() > 0 && back[0] == '/' && (back.size() == 1 || back[1] != '/') &&
                 back.find_first_of("\\\r\n") == std::string::npos;
    return Redirect(local ? back : "/");
  }
  if (path == "/form" || path.rfind("/form/", 0) == 0) {
    if (session.visitor.coordinator()) return Redirect("/coordinator");
    if (path == "/form" && get) return RespondentGet(session, query);
    if (path == "/form" && post) return RespondentSave(session, request, false);
    if (path == "/form/autosave" && post) return RespondentSave(session, request, true);
    if (path == "/form/submit" && post) return RespondentSubmit(session);
  }
  if (path == "/coordinator" || path.rfind("/coordinator/", 0) == 0) {
    if (!session.visitor.coordinator()) {
      store_.AppendAudit({0, session.visitor.assessment.id, UtcNow(), session.visitor.who(),
                          "refused: a coordinator's page (" + path + ")"});
      return Page(403, MessagePage(session.record.language, words("serve.forbidden.title"),
                                   words("serve.forbidden.text")));
    }
    if (path == "/coordinator" && get) {
      CoordinatorPageState state;
      state.base_url = options_.base_url;
      state.mail = options_.mail.has_value();
      auto notice = query.find("n");
      if (notice != query.end() && notice->second == "done") {
        state.notice = words("serve.coord.notice_done");
      }
      return Page(200, CoordinatorPage(session.context("/coordinator"), session.visitor,
                                       collection_.Coordinate(session.visitor), state));
    }
    if (path == "/coordinator/links.csv" && post) return LinksCsv(session);
    if (post) return CoordinatorAction(session, path.substr(std::string("/coordinator/").size()), form);
  }
  return Page(404, MessagePage(session.record.language, words("serve.not_found.title"),
                               words("serve.not_found.text")));
}

HttpResponse WebApp::OpenLink(const HttpRequest& request, const std::string& token) {
  // Malformed, unknown, revoked: the same page, after the same work (a hash and a lookup).
  std::string hash = HashToken(token);
  std::optional<Visitor> visitor;
  if (LooksLikeToken(token)) visitor = collection_.Open(hash);
  std::string client = ClientOf(request);
  if (!visitor) {
    // A client that keeps guessing is held off; a good link is served whoever shares its
    // address (a college behind one public address, every client behind nginx), since a
    // link of 256 random bits cannot be guessed anyway.
    bool held_off = HeldOff(client);
    if (!held_off) CountFailure(client);
    HttpResponse response =
        held_off ? Page(429, BilingualMessagePage("serve.held_off.title", "serve.held_off.text"))
                 : Page(404, BilingualMessagePage("serve.bad_link.title", "serve.bad_link.text"));
    if (held_off) response.headers.emplace_back("Retry-After", "600");
    return response;
  }
  std::string session_token = NewToken();
  SessionRecord session;
  session.id_hash = HashToken(session_token);
  session.token_hash = hash;
  session.csrf = NewToken();
  // A respondent's own language when they were invited with one (`--lang`), else the
  // framework's first.
  session.language = !visitor->language.empty() && Messages::Supports(visitor->language)
                         ? visitor->language
                     : visitor->framework ? DefaultLanguage(*visitor->framework)
                                          : "en";
  session.expires_at = UtcAfter(std::chrono::seconds(options_.session_time).count());
  store_.CreateSession(session);
  HttpResponse response =
      Page(200, ContinuePage(session.language, visitor->overseer()      ? "/overseer"
                                               : visitor->coordinator() ? "/coordinator"
                                                                        : "/form"));
  std::string cookie = std::string(kCookie) + "=" + session_token +
                       "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
                       std::to_string(options_.session_time.count() * 3600);
  if (options_.base_url.rfind("https://", 0) == 0) cookie += "; Secure";
  response.headers.emplace_back("Set-Cookie", cookie);
  return response;
}

namespace {

/// The form's shown answers: each saved one, with its version.
std::map<std::string, ShownAnswer> SavedAnswers(const RespondentForm& form) {
  std::map<std::string, ShownAnswer> shown;
  for (const FormDimension& dimension : form.dimensions) {
    for (const FormElement& entry : dimension.elements) {
      if (!entry.saved) continue;
      ShownAnswer answer;
      answer.answer = entry.saved->answer;
      answer.version = entry.saved->version;
      answer.draft = !GivesAnswer(answer.answer) && !answer.answer.not_applicable;
      shown[entry.element->id] = answer;
    }
  }
  return shown;
}

std::size_t DimensionIndex(const std::string& text, const RespondentForm& form) {
  char* end = nullptr;
  unsigned long index = std::strtoul(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || index >= form.dimensions.size()) return 0;
  return index;
}

}  // namespace

HttpResponse WebApp::RespondentGet(const Session& session,
                                   const std::map<std::string, std::string>& query) {
  RespondentForm form = collection_.Form(session.visitor);
  FormPageState state;
  auto d = query.find("d");
  state.dimension = d == query.end() ? 0 : DimensionIndex(d->second, form);
  state.shown = SavedAnswers(form);
  auto notice = query.find("n");
  if (form.submitted) {
    state.notice = FormNotice::kSubmitted;
  } else if (session.visitor.closed()) {
    state.notice = FormNotice::kClosed;
  } else if (notice != query.end() && notice->second == "saved") {
    state.notice = FormNotice::kSaved;
  }
  return Page(200, RespondentPage(session.context("/form?d=" + std::to_string(state.dimension)),
                                  session.visitor, form, state));
}

HttpResponse WebApp::RespondentSave(const Session& session, const HttpRequest& request,
                                    bool json) {
  std::multimap<std::string, std::string> fields = ParseFormBody(request.body);
  PostedAnswers posted = ReadPostedAnswers(*session.visitor.framework, fields);
  SaveOutcome outcome;
  bool locked = false;
  try {
    outcome = collection_.Save(session.visitor, posted.answers);
  } catch (const CollectionRefused&) {
    locked = true;
  }
  bool problems = locked || !posted.unreadable.empty();
  for (const SaveProblem& problem : outcome.problems) {
    if (!problem.draft) problems = true;
  }
  if (json) {
    std::ostringstream out;
    JsonWriter writer(out);
    writer.BeginObject();
    writer.Key("ok");
    writer.Bool(!problems);
    writer.Key("versions");
    writer.BeginObject();
    for (const auto& [element, version] : outcome.versions) {
      writer.Key(element);
      writer.Integer(static_cast<long long>(version));
    }
    writer.EndObject();
    writer.EndObject();
    HttpResponse response;
    response.status = locked ? 409 : 200;
    response.content_type = "application/json";
    response.body = out.str();
    return response;
  }
  RespondentForm form = collection_.Form(session.visitor);
  FormPageState state;
  state.dimension = DimensionIndex(Get(fields, "d"), form);
  if (!problems) {
    std::size_t next = state.dimension;
    if (Get(fields, "go") == "next" && next + 1 < form.dimensions.size()) ++next;
    return Redirect("/form?d=" + std::to_string(next) + "&n=saved#main");
  }
  state.shown = SavedAnswers(form);
  state.notice = locked ? FormNotice::kLocked : FormNotice::kProblems;
  for (auto& [element, shown] : posted.unreadable) state.shown[element] = shown;
  for (const SaveProblem& problem : outcome.problems) {
    ShownAnswer& shown = state.shown[problem.element];
    if (problem.stale) {
      shown.stale = true;
      shown.version = outcome.versions[problem.element];
      continue;
    }
    if (problem.draft) continue;
    for (const FormAnswer& given : posted.answers) {
      if (given.element == problem.element) {
        shown.answer = given.answer;
        shown.version = given.expected_version;
      }
    }
    shown.value_text = posted.value_texts[problem.element];
    shown.problems = problem.problems;
  }
  return Page(422, RespondentPage(session.context("/form?d=" + std::to_string(state.dimension)),
                                  session.visitor, form, state));
}

HttpResponse WebApp::RespondentSubmit(const Session& session) {
  try {
    collection_.Submit(session.visitor);
  } catch (const CollectionRefused& refused) {
    RespondentForm form = collection_.Form(session.visitor);
    FormPageState state;
    state.shown = SavedAnswers(form);
    state.notice = refused.reason() == CollectionRefused::Reason::kDrafts ? FormNotice::kDrafts
                                                                          : FormNotice::kLocked;
    for (const std::string& id : refused.names()) {
      const Element* element = session.visitor.framework->FindElement(id);
      state.names.push_back(element ? element->title.In(session.record.language) : id);
    }
    return Page(422, RespondentPage(session.context("/form"), session.visitor, form, state));
  }
  return Redirect("/form");
}

HttpResponse WebApp::CoordinatorAction(const Session& session, const std::string& action,
                                       const std::multimap<std::string, std::string>& form) {
  const Messages& words = Messages::For(session.record.language);
  CoordinatorPageState state;
  state.base_url = options_.base_url;
  state.mail = options_.mail.has_value();
  int status = 200;
  try {
    if (action == "invite") {
      Respondent respondent;
      respondent.id = Trim(Get(form, "respondent"));
      respondent.name = Trim(Get(form, "name"));
      respondent.role = Trim(Get(form, "role"));
      state.issued = collection_.InviteOnOwnSide(session.visitor, respondent);
    } else if (action == "revoke") {
      std::string respondent = Get(form, "respondent");
      // Asked first, on a page of its own: ending a link cannot be undone (only a new link
      // can be issued). Someone not of this side, or answering closed, is refused unasked.
      if (Get(form, "confirm") != "1" && !session.visitor.closed()) {
        for (const RespondentStatus& status :
             collection_.Coordinate(session.visitor).status.respondents) {
          if (status.record.respondent.id == respondent && status.record.revoked_at.empty()) {
            return Page(200, ConfirmRevokePage(session.context("/coordinator"), session.visitor,
                                               respondent));
          }
        }
      }
      collection_.RevokeOnOwnSide(session.visitor, respondent);
      state.notice = words("serve.coord.notice_revoked", {Get(form, "respondent")});
    } else if (action == "reopen") {
      collection_.Reopen(session.visitor, Get(form, "respondent"));
      state.notice = words("serve.coord.notice_reopened", {Get(form, "respondent")});
    } else if (action == "remind" && options_.mail) {
      try {
        RemindOutcome outcome = SendReminders(collection_, session.visitor.assessment.id,
                                              session.visitor.link.perspective, *options_.mail,
                                              options_.base_url, session.visitor.who());
        state.notice = words("serve.coord.reminded",
                             {outcome.sent.empty() ? "0" : Join(outcome.sent, ", "),
                              outcome.without_address.empty() ? "0"
                                                              : Join(outcome.without_address, ", ")});
      } catch (const MailError& error) {
        state.notice = words("serve.coord.refused", {error.what()});
        status = 502;
      }
    } else if (action == "done") {
      collection_.DeclareDone(session.visitor, !Get(form, "force").empty());
      return Redirect("/coordinator?n=done");
    } else {
      return Page(404, MessagePage(session.record.language, words("serve.not_found.title"),
                                   words("serve.not_found.text")));
    }
  } catch (const CollectionRefused& refused) {
    status = 422;
    if (refused.reason() == CollectionRefused::Reason::kWaiting) {
      state.waiting = refused.names();
    } else {
      state.notice = words("serve.coord.refused", {refused.what()});
    }
  }
  // Read again after the change: the page shows the state now.
  std::optional<Visitor> visitor = collection_.Open(session.visitor.link.token_hash);
  return Page(status, CoordinatorPage(session.context("/coordinator"), visitor ? *visitor : session.visitor,
                                      collection_.Coordinate(visitor ? *visitor : session.visitor), state));
}

}  // namespace maturity

namespace maturity {

namespace {

/// The agreed actions a review page sent: rows a.N.field, blank rows left out.
std::vector<AgreedAction> ReadPostedActions(const std::multimap<std::string, std::string>& form) {
  std::vector<AgreedAction> actions;
  for (std::size_t i = 0; i < 500; ++i) {
    std::string prefix = "a." + std::to_string(i) + ".";
    if (form.find(prefix + "element") == form.end() && form.find(prefix + "action") == form.end()) {
      break;
    }
    AgreedAction action;
    action.element = Trim(Get(form, prefix + "element"));
    action.action = Trim(Get(form, prefix + "action"));
    action.owner = Trim(Get(form, prefix + "owner"));
    action.due = Trim(Get(form, prefix + "due"));
    action.note = Trim(Get(form, prefix + "note"));
    std::string status = Get(form, prefix + "status");
    for (ActionStatus known : kActionStatuses) {
      if (status == ActionStatusName(known)) action.status = known;
    }
    if (action.element.empty() && action.action.empty() && action.owner.empty() &&
        action.due.empty() && action.note.empty()) {
      continue;
    }
    actions.push_back(std::move(action));
  }
  return actions;
}

HttpResponse Attachment(const std::string& content_type, const std::string& name, std::string body) {
  HttpResponse response;
  response.content_type = content_type;
  response.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + name + "\"");
  response.body = std::move(body);
  return response;
}

/// A CSV field, quoted, with a leading = + - @ neutralised so that a spreadsheet does not
/// run it as a formula.
std::string CsvField(std::string text) {
  if (!text.empty() && std::string("=+-@\t\r").find(text[0]) != std::string::npos) text = "'" + text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

HttpResponse WebApp::ReviewRoute(const Session& session, const std::string& path, bool post,
                                 const std::multimap<std::string, std::string>& form) {
  const Messages& words = Messages::For(session.record.language);
  const Visitor& visitor = session.visitor;
  Review review;
  try {
    review = collection_.ReviewOf(visitor);
  } catch (const CollectionRefused& refused) {
    store_.AppendAudit({0, visitor.assessment.id, UtcNow(), visitor.who(), "refused: " + path});
    bool open = refused.reason() == CollectionRefused::Reason::kClosed;
    return Page(403, MessagePage(session.record.language,
                                 words(open ? MessageKey("serve.review.blind.title")
                                            : MessageKey("serve.forbidden.title")),
                                 words(open ? MessageKey("serve.review.blind.text")
                                            : MessageKey("serve.forbidden.text"))));
  }
  ReviewPageState state;
  if (!post) {
    if (path == "/review") {
      return Page(200, ReviewPage(session.context("/review"), visitor, review, state));
    }
    std::string name = path.substr(std::string("/review/").size());
    return Download(session, review, name);
  }
  int status = 200;
  try {
    if (path == "/review/actions") {
      std::vector<AgreedAction> actions = ReadPostedActions(form);
      state.action_problems = collection_.SaveActions(visitor, actions);
      if (!state.action_problems.empty()) {
        state.actions = actions;
        state.notice = words("serve.review.actions_refused");
        status = 422;
      } else {
        state.notice = words("serve.review.actions_saved");
      }
    } else if (path == "/review/sign") {
      std::string agreed = Get(form, "agreed");
      if (agreed != "yes" && agreed != "no") {
        state.notice = words("serve.review.choose");
        status = 422;
      } else {
        collection_.SignOff(visitor, agreed == "yes", Trim(Get(form, "statement")));
        state.notice = words("serve.review.signed");
      }
    } else if (path == "/review/reopen") {
      std::vector<std::string> waiting = collection_.RequestReopen(visitor);
      state.notice = waiting.empty() ? words("serve.review.reopened")
                                     : words("serve.review.reopen_asked", {Join(waiting, ", ")});
    } else {
      return Page(404, MessagePage(session.record.language, words("serve.not_found.title"),
                                   words("serve.not_found.text")));
    }
  } catch (const CollectionRefused& refused) {
    state.notice = words("serve.coord.refused", {refused.what()});
    status = 422;
  }
  std::optional<Visitor> now = collection_.Open(visitor.link.token_hash);
  const Visitor& shown = now ? *now : visitor;
  Review fresh = collection_.ReviewOf(shown);
  return Page(status, ReviewPage(session.context("/review"), shown, fresh, state));
}

HttpResponse WebApp::Download(const Session& session, const Review& review,
                              const std::string& name) {
  const Framework& framework = *review.framework;
  std::optional<Progress> progress;
  Scorecard card = ScoreReview(review, progress);
  std::string stem = session.visitor.assessment.id;
  std::string language = DefaultLanguage(framework);
  if (name == "result.json") {
    std::ostringstream out;
    WriteScorecardJson(card, out, nullptr, language);
    return Attachment("application/json", stem + "-result.json", out.str());
  }
  if (name == "report.html") {
    std::vector<std::string> languages{session.record.language};
    for (const std::string& other : Messages::Languages()) {
      if (other != session.record.language) languages.push_back(other);
    }
    std::ostringstream out;
    WriteScorecardHtml(card, out, languages, nullptr);
    return Attachment("text/html; charset=utf-8", stem + "-report.html", out.str());
  }
  if (name == "response.yaml") {
    std::ostringstream out;
    WriteResponseYaml(review.response, framework,
                      "maturity serve, assessment " + stem + "; audit trail sha256:" +
                          AuditDigest(collection_.AuditTrail(stem)),
                      out);
    return Attachment("application/yaml; charset=utf-8", stem + ".yaml", out.str());
  }
  if (name == "scorecard.xlsx") {
    std::string path = (std::filesystem::temp_directory_path() / "maturity-serve-XXXXXX").string();
    int descriptor = ::mkstemp(path.data());
    if (descriptor < 0) throw StoreError("cannot make a temporary file for the scorecard");
    ::close(descriptor);
    WorkbookOptions options;
    options.language = session.record.language;
    options.created = 315532800;  // 1980-01-01, as the command line's default.
    (void)WriteScorecardWorkbook(card, path, options);
    std::ifstream file(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    std::filesystem::remove(path);
    return Attachment("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                      stem + "-scorecard.xlsx", std::move(bytes));
  }
  const Messages& words = Messages::For(session.record.language);
  return Page(404, MessagePage(session.record.language, words("serve.not_found.title"),
                               words("serve.not_found.text")));
}

HttpResponse WebApp::LinksCsv(const Session& session) {
  const Visitor& visitor = session.visitor;
  std::string csv = "respondent,name,side,link\r\n";
  for (const auto& [record, link] :
       collection_.Reissue(visitor.assessment.id, visitor.link.perspective, visitor.who())) {
    csv += CsvField(record.respondent.id) + "," + CsvField(record.respondent.name) + "," +
           CsvField(record.respondent.perspective) + "," +
           CsvField(options_.base_url + "/l/" + link.token) + "\r\n";
  }
  return Attachment("text/csv; charset=utf-8", visitor.assessment.id + "-" +
                                                   visitor.link.perspective + "-links.csv",
                    csv);
}

}  // namespace maturity
