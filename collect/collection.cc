#include "collect/collection.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <ctime>
#include <regex>
#include <set>
#include <sstream>

#include "collect/tokens.h"
#include <sodium.h>
#include "common/messages.h"
#include "common/strings.h"
#include "engine/framework_loader.h"
#include "engine/progress.h"
#include "engine/response_check.h"
#include "engine/response_loader.h"
#include "engine/scoring.h"
#include "engine/value_formats.h"
#include "reports/yaml/framework_yaml.h"

namespace maturity {

namespace {

/// An assessment's id: the institution's id and the period, kept to letters, digits, '-'
/// and '_' (`coleg-cambria-2025-26`), so that it is typed and read without quoting.
std::string AssessmentId(const std::string& institution, const std::string& period) {
  std::string id;
  for (char c : institution + "-" + period) {
    unsigned char u = static_cast<unsigned char>(c);
    id += (std::isalnum(u) || c == '-' || c == '_') ? static_cast<char>(std::tolower(u)) : '-';
  }
  return id;
}

std::string Lowercase(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

bool HasText(const Answer& answer) {
  return !answer.evidence.empty() || !answer.note.empty() || !answer.reason.empty();
}

bool Answered(const Answer& answer) { return GivesAnswer(answer) || answer.not_applicable; }

std::vector<const Element*> ApplicableElements(const Framework& framework, const Profile& profile) {
  std::vector<const Element*> out;
  for (const Element* element : ElementsInOrder(framework)) {
    if (Matches(element->applies_when, profile)) out.push_back(element);
  }
  return out;
}

LinkRecord NewLink(const std::string& token, const std::string& assessment, LinkRole role,
                   const std::string& perspective, const std::string& respondent,
                   const std::string& at) {
  LinkRecord link;
  link.token_hash = HashToken(token);
  link.assessment = assessment;
  link.role = role;
  link.perspective = perspective;
  link.respondent = respondent;
  link.issued_at = at;
  return link;
}

}  // namespace

std::string Visitor::who() const {
  if (overseer()) return "overseer";
  return coordinator() ? link.perspective + " coordinator" : "respondent " + link.respondent;
}

const char* AssessmentStateName(AssessmentState state) {
  switch (state) {
    case AssessmentState::kNotStarted:
      return "not-started";
    case AssessmentState::kAnswering:
      return "answering";
    case AssessmentState::kInReview:
      return "in-review";
    case AssessmentState::kAgreed:
      return "signed-agreed";
    case AssessmentState::kNotAgreed:
      return "signed-not-agreed";
  }
  return "";
}

std::string AuditDigest(const std::vector<AuditEntry>& trail) {
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  for (const AuditEntry& entry : trail) {
    std::string line = std::to_string(entry.sequence) + "\t" + entry.at + "\t" + entry.who +
                       "\t" + entry.what + "\n";
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(line.data()),
                              line.size());
  }
  unsigned char hash[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&state, hash);
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
  return hex;
}

namespace {

/// One wording of the audit trail, as a pattern over its English text.
struct AuditWording {
  MessageKey key;
  std::regex pattern;       ///< The English text whole, each {N} a group.
  std::vector<int> groups;  ///< For each group, which {N} it is (0-based).
};

AuditWording Wording(MessageKey key) {
  std::string text = Messages::For("en")(key);
  std::string expression;
  std::vector<int> groups;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{' && i + 2 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9' &&
        text[i + 2] == '}') {
      expression += "(.+)";
      groups.push_back(text[i + 1] - '1');
      i += 2;
      continue;
    }
    if (std::string_view("\\^$.|?*+()[]{}").find(text[i]) != std::string_view::npos) {
      expression += '\\';
    }
    expression += text[i];
  }
  return {key, std::regex(expression), std::move(groups)};
}

/// The wordings in the order they are tried: a longer one before another it begins with.
const std::vector<AuditWording>& WhoWordings() {
  static const std::vector<AuditWording> wordings = {
      Wording("audit.who.command_line"), Wording("audit.who.every_side"),
      Wording("audit.who.overseer"), Wording("audit.who.respondent"),
      Wording("audit.who.coordinator")};
  return wordings;
}

const std::vector<AuditWording>& WhatWordings() {
  static const std::vector<AuditWording> wordings = {Wording("audit.created_from"),
                                                     Wording("audit.created"),
                                                     Wording("audit.link_signatory"),
                                                     Wording("audit.link"),
                                                     Wording("audit.overseer_link"),
                                                     Wording("audit.revoked"),
                                                     Wording("audit.saved"),
                                                     Wording("audit.submitted"),
                                                     Wording("audit.reopened_answers"),
                                                     Wording("audit.side_done_without"),
                                                     Wording("audit.side_done"),
                                                     Wording("audit.closed_every_side"),
                                                     Wording("audit.closed_without"),
                                                     Wording("audit.closed"),
                                                     Wording("audit.actions"),
                                                     Wording("audit.signed_agreed_final"),
                                                     Wording("audit.signed_not_agreed_final"),
                                                     Wording("audit.signed_agreed"),
                                                     Wording("audit.signed_not_agreed"),
                                                     Wording("audit.reopened"),
                                                     Wording("audit.reopen_asked"),
                                                     Wording("audit.refused_form"),
                                                     Wording("audit.refused_coordinator_page"),
                                                     Wording("audit.refused")};
  return wordings;
}

/// `text` in `language` when it is one of `wordings`; a side's key given in it by its label.
std::optional<std::string> InLanguage(const std::vector<AuditWording>& wordings,
                                      const std::string& text, const Framework& framework,
                                      const std::string& language) {
  for (const AuditWording& wording : wordings) {
    std::smatch match;
    if (!std::regex_match(text, match, wording.pattern)) continue;
    std::vector<std::string> arguments(wording.groups.size());
    for (std::size_t i = 0; i < wording.groups.size(); ++i) {
      std::string argument = match[i + 1].str();
      if (const Perspective* side = framework.FindPerspective(argument)) {
        argument = side->label.In(language);
      }
      std::size_t index = static_cast<std::size_t>(wording.groups[i]);
      if (index < arguments.size()) arguments[index] = argument;
    }
    return Messages::For(language)(wording.key, arguments);
  }
  return std::nullopt;
}

}  // namespace

AuditLineText AuditLineIn(const AuditEntry& entry, const Framework& framework,
                          const std::string& language) {
  if (language == "en" || !Messages::Supports(language)) return {entry.who, entry.what};
  return {InLanguage(WhoWordings(), entry.who, framework, language),
          InLanguage(WhatWordings(), entry.what, framework, language)};
}

std::pair<std::optional<ProfileValue>, std::string> ReadProfileText(const ProfileField& field,
                                                                    const std::string& text) {
  ProfileValue value;
  value.text = text;
  if (field.type == ProfileFieldType::kChoice) {
    if (std::find(field.values.begin(), field.values.end(), text) == field.values.end()) {
      return {std::nullopt, "expected one of " + Join(field.values, ", ") + ", got '" + text + "'"};
    }
  } else if (field.type == ProfileFieldType::kInteger) {
    char* end = nullptr;
    errno = 0;
    long long number = text.empty() ? 0 : std::strtoll(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || errno != 0) {
      return {std::nullopt, "expected a whole number, got '" + text + "'"};
    }
    value.number = number;
    if (!field.bands.empty()) {
      const Band* band = field.BandOf(number);
      if (!band) return {std::nullopt, text + " falls in none of the bands of '" + field.key + "'"};
      value.band = band->key;
    }
  } else if (!MeaninglessText(text).empty()) {
    return {std::nullopt, "expected a text, got '" + text + "'"};
  }
  return {value, ""};
}

std::shared_ptr<const Framework> Collection::FrameworkOf(const AssessmentRecord& assessment) {
  std::lock_guard lock(frameworks_mutex_);
  auto found = frameworks_.find(assessment.id);
  if (found != frameworks_.end()) return found->second;
  Diagnostics diagnostics;
  auto framework = std::make_shared<const Framework>(ParseFramework(
      "assessment " + assessment.id + " (framework)", assessment.framework_yaml, diagnostics));
  frameworks_.emplace(assessment.id, framework);
  return framework;
}

std::optional<PeriodScores> Collection::PreviousOf(const AssessmentRecord& assessment) {
  if (assessment.previous_response.empty()) return std::nullopt;
  std::lock_guard lock(frameworks_mutex_);
  auto found = previous_.find(assessment.id);
  if (found == previous_.end()) {
    // Read as `score --previous` reads it: the response scored with its own framework.
    Diagnostics diagnostics;
    Framework framework =
        ParseFramework("assessment " + assessment.id + " (last period's framework)",
                       assessment.previous_framework_yaml, diagnostics);
    Response response = ParseResponse(assessment.previous_file, assessment.previous_response,
                                      framework, diagnostics);
    auto scores = std::make_shared<const PeriodScores>(ScoresOf(Score(framework, response)));
    found = previous_.emplace(assessment.id, std::move(scores)).first;
  }
  return *found->second;
}

AssessmentRecord Collection::Find(const std::string& assessment) {
  auto record = store_.FindAssessment(assessment);
  if (!record) throw CollectionRefused("no assessment '" + assessment + "' in this store");
  return *record;
}

Profile Collection::ProfileOf(const AssessmentRecord& assessment, const Framework& framework) {
  Profile profile;
  for (const auto& [key, text] : assessment.profile) {
    const ProfileField* field = framework.FindProfileField(key);
    if (!field) continue;
    auto [value, problem] = ReadProfileText(*field, text);
    if (value) profile[key] = *value;
  }
  return profile;
}

AnswerProgress Collection::ProgressOf(const Framework& framework, const Profile& profile,
                                const std::vector<StoredAnswer>& answers,
                                const std::string& respondent) {
  AnswerProgress progress;
  std::set<std::string> answered;
  for (const StoredAnswer& stored : answers) {
    if (stored.respondent == respondent && Answered(stored.answer)) answered.insert(stored.element);
  }
  for (const Element* element : ApplicableElements(framework, profile)) {
    ++progress.applicable;
    if (answered.contains(element->id)) ++progress.answered;
  }
  return progress;
}

void Collection::Audit(const std::string& assessment, const std::string& who,
                       const std::string& what) {
  store_.AppendAudit({0, assessment, UtcNow(), who, what});
}

CreatedAssessment Collection::Create(const NewAssessment& request) {
  const Framework& framework = *request.framework;
  Response response;
  response.framework_id = framework.id;
  response.framework_version = framework.version;
  response.period = request.period;
  std::vector<std::pair<std::string, std::string>> profile;
  std::vector<Respondent> respondents;
  std::vector<AgreedAction> actions;
  if (request.previous) {
    const Response& previous = *request.previous;
    response.institution.id = previous.institution.id;
    response.institution.name = previous.institution.name;
    for (const auto& [key, value] : previous.institution.profile) profile.emplace_back(key, value.text);
    for (const Respondent& respondent : previous.respondents) {
      if (framework.FindPerspective(respondent.perspective)) respondents.push_back(respondent);
    }
    for (const AgreedAction& action : previous.actions) {
      if (action.open() && framework.FindElement(action.element)) actions.push_back(action);
    }
  }
  if (!request.institution_id.empty()) response.institution.id = request.institution_id;
  if (!request.institution_name.empty()) response.institution.name = request.institution_name;
  for (const auto& [key, text] : request.profile) {
    auto same = std::find_if(profile.begin(), profile.end(),
                             [&](const auto& entry) { return entry.first == key; });
    if (same != profile.end()) {
      same->second = text;
    } else {
      profile.emplace_back(key, text);
    }
  }
  std::vector<std::string> problems;
  for (const auto& [key, text] : profile) {
    const ProfileField* field = framework.FindProfileField(key);
    if (!field) {
      problems.push_back("--profile " + key + ": the framework has no profile field '" + key + "'");
      continue;
    }
    auto [value, problem] = ReadProfileText(*field, text);
    if (!value) {
      problems.push_back("--profile " + key + ": " + problem);
    } else {
      response.institution.profile[key] = *value;
    }
  }
  response.respondents = respondents;
  response.actions = actions;
  for (const ResponseProblem& problem : CheckResponse(framework, response)) {
    // A profile value given but refused is said above, once.
    if (problem.warning || problem.path.starts_with("institution.profile.")) continue;
    if (problem.path == "institution.profile" &&
        std::any_of(profile.begin(), profile.end(), [&](const auto& entry) {
          return problem.message.ends_with(" " + entry.first);
        })) {
      continue;
    }
    problems.push_back(problem.path + ": " + problem.message);
  }
  if (!problems.empty()) throw CollectionRefused(Join(problems, "\n"));

  AssessmentRecord record;
  record.id = AssessmentId(response.institution.id, response.period);
  if (store_.FindAssessment(record.id)) {
    throw CollectionRefused("an assessment for " + response.institution.id + " in " +
                            response.period + " exists already: " + record.id);
  }
  std::ostringstream yaml;
  WriteFrameworkYaml(framework, yaml);
  record.framework_id = framework.id;
  record.framework_version = framework.version;
  record.framework_yaml = yaml.str();
  record.institution_id = response.institution.id;
  record.institution_name = response.institution.name;
  record.period = response.period;
  record.profile = profile;
  record.actions = actions;
  record.created_at = UtcNow();
  if (request.previous && request.previous_framework) {
    // Refused as `score --previous` refuses it (another institution, a period not earlier
    // than this one), before anything is written.
    CheckPreviousPeriod(response, ScoresOf(Score(*request.previous_framework, *request.previous)));
    std::ostringstream previous_yaml;
    WriteFrameworkYaml(*request.previous_framework, previous_yaml);
    record.previous_file = request.previous->file;
    record.previous_response = request.previous_text;
    record.previous_framework_yaml = previous_yaml.str();
  }

  CreatedAssessment created;
  created.id = record.id;
  std::vector<LinkRecord> links;
  for (const Perspective& perspective : framework.perspectives) {
    std::string token = NewToken();
    links.push_back(NewLink(token, record.id, LinkRole::kCoordinator, perspective.key, "",
                            record.created_at));
    created.coordinators.push_back({perspective.key, "", token});
  }
  store_.CreateAssessment(record, links);
  Audit(record.id, "command line",
        "created for " + record.institution_id + ", " + record.period + ", framework " +
            framework.id + "@" + framework.version +
            (request.previous ? ", from " + request.previous->file : ""));
  for (const Respondent& respondent : respondents) {
    created.respondents.push_back(Invite(record.id, respondent, "command line"));
  }
  return created;
}

IssuedLink Collection::Invite(const std::string& assessment, const Respondent& respondent,
                              const std::string& who, const InviteOptions& options) {
  AssessmentRecord record = Find(assessment);
  auto framework = FrameworkOf(record);
  if (!framework->FindPerspective(respondent.perspective)) {
    std::vector<std::string> keys;
    for (const Perspective& perspective : framework->perspectives) keys.push_back(perspective.key);
    throw CollectionRefused("unknown perspective '" + respondent.perspective + "': expected " +
                            Join(keys, " or "));
  }
  if (!MeaninglessText(respondent.id).empty()) {
    throw CollectionRefused("expected a respondent id, got '" + respondent.id + "'");
  }
  if (record.closed_at.size()) throw CollectionRefused("answering has closed for " + assessment);
  for (const RespondentRecord& existing : store_.Respondents(assessment)) {
    if (existing.respondent.id == respondent.id &&
        existing.respondent.perspective != respondent.perspective) {
      throw CollectionRefused("respondent '" + respondent.id + "' answers for " +
                              existing.respondent.perspective + "; give another id");
    }
  }
  if (!options.language.empty() && !Messages::Supports(options.language)) {
    throw CollectionRefused("unknown language '" + options.language + "': expected en or cy");
  }
  if (!options.email.empty() &&
      (options.email.find('@') == std::string::npos ||
       options.email.find_first_of(" \t\r\n<>,;") != std::string::npos)) {
    throw CollectionRefused("expected an e-mail address, got '" + options.email + "'");
  }
  std::string token = NewToken();
  std::string now = UtcNow();
  RespondentRecord invited;
  invited.respondent = respondent;
  invited.signatory = options.signatory;
  invited.email = options.email;
  invited.language = options.language;
  store_.Invite(assessment, invited,
                NewLink(token, assessment, LinkRole::kRespondent, respondent.perspective,
                        respondent.id, now));
  Audit(assessment, who,
        "issued a link to " + respondent.id + " (" + respondent.perspective +
            (options.signatory ? ", signatory" : "") + ")");
  return {respondent.perspective, respondent.id, token};
}

void Collection::Revoke(const std::string& assessment, const std::string& respondent,
                        const std::string& who) {
  Find(assessment);
  if (!store_.Revoke(assessment, respondent, UtcNow())) {
    throw CollectionRefused("no respondent '" + respondent + "' in " + assessment);
  }
  Audit(assessment, who, "revoked the link of " + respondent);
}

AssessmentStatus Collection::Status(const std::string& assessment) {
  AssessmentStatus status;
  status.assessment = Find(assessment);
  auto framework = FrameworkOf(status.assessment);
  Profile profile = ProfileOf(status.assessment, *framework);
  std::vector<StoredAnswer> answers = store_.Answers(assessment, "");
  std::vector<SideDone> done = store_.SidesDone(assessment);
  for (const Perspective& perspective : framework->perspectives) {
    SideStatus side{perspective.key, 0, 0, ""};
    for (const SideDone& entry : done) {
      if (entry.perspective == perspective.key) side.done_at = entry.at;
    }
    status.sides.push_back(side);
  }
  for (RespondentRecord& record : store_.Respondents(assessment)) {
    AnswerProgress progress = ProgressOf(*framework, profile, answers, record.respondent.id);
    for (SideStatus& side : status.sides) {
      if (side.perspective != record.respondent.perspective || !record.revoked_at.empty()) continue;
      ++side.invited;
      if (!record.submitted_at.empty()) ++side.submitted;
    }
    status.respondents.push_back({std::move(record), progress});
  }
  return status;
}

std::vector<std::string> Collection::NotSubmitted(const std::string& assessment,
                                                  const std::string& perspective) {
  std::vector<std::string> out;
  for (const RespondentRecord& record : store_.Respondents(assessment)) {
    if (!record.revoked_at.empty() || !record.submitted_at.empty()) continue;
    if (perspective.empty() || record.respondent.perspective == perspective) {
      out.push_back(record.respondent.id);
    }
  }
  return out;
}

std::vector<std::string> Collection::Close(const std::string& assessment, bool force,
                                           const std::string& who) {
  AssessmentRecord record = Find(assessment);
  if (!record.closed_at.empty()) {
    throw CollectionRefused("answering closed already for " + assessment + " (" +
                            record.closed_at + ")");
  }
  std::vector<std::string> waiting = NotSubmitted(assessment, "");
  if (!waiting.empty() && !force) {
    throw CollectionRefused("not closed: " + Join(waiting, ", ") +
                            " have not submitted; close with --force to close without them");
  }
  if (store_.CloseAnswering(assessment, UtcNow())) {
    Audit(assessment, who,
          "closed answering" + (waiting.empty() ? "" : ", without " + Join(waiting, ", ")));
  }
  return waiting;
}

std::pair<std::shared_ptr<const Framework>, Response> Collection::Export(
    const std::string& assessment) {
  AssessmentRecord record = Find(assessment);
  if (record.closed_at.empty()) {
    throw CollectionRefused("answering is still open for " + assessment +
                            ": each side answers blind until it closes (maturity collect close)");
  }
  auto framework = FrameworkOf(record);
  Response response;
  response.file = "assessment " + record.id;
  response.framework_id = record.framework_id;
  response.framework_version = record.framework_version;
  response.institution.id = record.institution_id;
  response.institution.name = record.institution_name;
  response.institution.profile = ProfileOf(record, *framework);
  response.period = record.period;
  response.actions = record.actions;
  std::vector<StoredAnswer> answers = store_.Answers(assessment, "");
  std::set<std::string> answering;
  for (const StoredAnswer& stored : answers) {
    if (Answered(stored.answer)) answering.insert(stored.respondent);
  }
  for (const RespondentRecord& record : store_.Respondents(assessment)) {
    if (record.revoked_at.empty() || answering.contains(record.respondent.id)) {
      response.respondents.push_back(record.respondent);
    }
  }
  for (const Element* element : ElementsInOrder(*framework)) {
    ElementAnswers entry{element->id, {}};
    for (const Respondent& respondent : response.respondents) {
      for (const StoredAnswer& stored : answers) {
        if (stored.element == element->id && stored.respondent == respondent.id &&
            Answered(stored.answer)) {
          entry.answers.push_back(stored.answer);
        }
      }
    }
    if (!entry.answers.empty()) response.answers.push_back(std::move(entry));
  }
  for (const Perspective& perspective : framework->perspectives) {
    for (const StoredSignOff& stored : store_.SignOffs(assessment)) {
      if (stored.sign_off.perspective == perspective.key) response.sign_off.push_back(stored.sign_off);
    }
  }
  return {framework, std::move(response)};
}

std::optional<Visitor> Collection::Open(const std::string& token_hash) {
  auto link = store_.FindLink(token_hash);
  if (!link || !link->revoked_at.empty()) return std::nullopt;
  if (link->role == LinkRole::kOverseer) return Visitor{*link, {}, nullptr, {}};
  auto assessment = store_.FindAssessment(link->assessment);
  if (!assessment) return std::nullopt;
  Visitor visitor{*link, *assessment, FrameworkOf(*assessment), {}};
  visitor.profile = ProfileOf(*assessment, *visitor.framework);
  if (link->role == LinkRole::kRespondent) {
    for (const RespondentRecord& record : store_.Respondents(assessment->id)) {
      if (record.respondent.id != link->respondent) continue;
      visitor.signatory = record.signatory;
      visitor.language = record.language;
    }
  }
  return visitor;
}

RespondentForm Collection::Form(const Visitor& visitor) {
  if (visitor.coordinator()) throw CollectionRefused("a coordinator's link has no form");
  RespondentForm form;
  for (const RespondentRecord& record : store_.Respondents(visitor.assessment.id)) {
    if (record.respondent.id == visitor.link.respondent) form.respondent = record;
  }
  form.submitted = !form.respondent.submitted_at.empty();
  std::vector<StoredAnswer> answers = store_.Answers(visitor.assessment.id, visitor.link.respondent);
  ForEachDimension(*visitor.framework, [&](const DimensionStep& step) {
    FormDimension dimension{&step.dimension, step.depth, {}, {}};
    for (const Element& element : step.dimension.elements) {
      if (!Matches(element.applies_when, visitor.profile)) continue;
      FormElement entry{&element, std::nullopt};
      for (const StoredAnswer& stored : answers) {
        if (stored.element == element.id) entry.saved = stored;
      }
      ++dimension.progress.applicable;
      if (entry.saved && Answered(entry.saved->answer)) ++dimension.progress.answered;
      dimension.elements.push_back(std::move(entry));
    }
    form.progress.applicable += dimension.progress.applicable;
    form.progress.answered += dimension.progress.answered;
    form.dimensions.push_back(std::move(dimension));
  });
  return form;
}

SaveOutcome Collection::Save(const Visitor& visitor, const std::vector<FormAnswer>& answers) {
  if (visitor.coordinator()) throw CollectionRefused("a coordinator's link does not answer");
  if (visitor.closed()) {
    throw CollectionRefused("answering has closed", CollectionRefused::Reason::kClosed);
  }
  const Framework& framework = *visitor.framework;
  SaveOutcome outcome;
  std::vector<AnswerWrite> writes;
  for (const FormAnswer& given : answers) {
    const Element* element = framework.FindElement(given.element);
    if (!element || !Matches(element->applies_when, visitor.profile)) continue;
    Answer answer = given.answer;
    answer.by = visitor.link.respondent;
    bool blank = !GivesAnswer(answer) && !answer.not_applicable && !HasText(answer);
    SaveProblem problem{given.element, {}, false, false};
    if (!blank) {
      for (AnswerProblem& found : CheckAnswer(framework, *element, answer)) {
        if (found.rule == AnswerRule::kNoAnswer) {
          problem.draft = true;
        } else {
          problem.problems.push_back(std::move(found));
        }
      }
    }
    if (!problem.problems.empty()) {
      outcome.problems.push_back(std::move(problem));
      continue;
    }
    if (problem.draft) outcome.problems.push_back(problem);
    writes.push_back({given.element, answer, given.expected_version, blank});
  }
  std::vector<WriteResult> results;
  try {
    results = store_.SaveAnswers(visitor.assessment.id, visitor.link.respondent, writes, UtcNow(),
                                 visitor.who());
  } catch (const StoreConflict& error) {
    // The store refuses in the same transaction what the rules refuse: a submitted or
    // revoked respondent, a closed assessment (a page opened before the change).
    throw CollectionRefused(error.what(), CollectionRefused::Reason::kLocked);
  }
  for (const WriteResult& result : results) {
    outcome.versions[result.element] = result.version;
    if (result.outcome == WriteOutcome::kSaved) outcome.saved.push_back(result.element);
    if (result.outcome == WriteOutcome::kStale) {
      outcome.problems.push_back({result.element, {}, true, false});
    }
  }
  return outcome;
}

void Collection::Submit(const Visitor& visitor) {
  RespondentForm form = Form(visitor);
  if (visitor.closed()) throw CollectionRefused("answering has closed");
  if (form.submitted) return;
  std::vector<std::string> drafts;
  for (const FormDimension& dimension : form.dimensions) {
    for (const FormElement& entry : dimension.elements) {
      if (entry.saved && !Answered(entry.saved->answer)) drafts.push_back(entry.element->id);
    }
  }
  if (!drafts.empty()) {
    throw CollectionRefused("give an answer to " + Join(drafts, ", ") +
                            ", or clear their texts, before submitting",
                            CollectionRefused::Reason::kDrafts, drafts);
  }
  store_.SetSubmitted(visitor.assessment.id, visitor.link.respondent, UtcNow());
  Audit(visitor.assessment.id, visitor.who(),
        "submitted (" + std::to_string(form.progress.answered) + " of " +
            std::to_string(form.progress.applicable) + " answered)");
}

CoordinatorView Collection::Coordinate(const Visitor& visitor) {
  if (!visitor.coordinator()) throw CollectionRefused("not a coordinator's link");
  CoordinatorView view{Status(visitor.assessment.id), store_.Audit(visitor.assessment.id)};
  if (!visitor.closed()) {
    // Blind: before the close, the other side's activity is not shown either.
    std::set<std::string> own{"command line", "every side", visitor.who()};
    for (const RespondentStatus& status : view.status.respondents) {
      if (status.record.respondent.perspective == visitor.link.perspective) {
        own.insert("respondent " + status.record.respondent.id);
      }
    }
    std::vector<std::string> others;
    for (const RespondentRecord& record : store_.Respondents(visitor.assessment.id)) {
      if (record.respondent.perspective != visitor.link.perspective) {
        others.push_back(record.respondent.id);
      }
    }
    std::erase_if(view.audit, [&](const AuditEntry& entry) {
      if (!own.contains(entry.who)) return true;
      return std::any_of(others.begin(), others.end(), [&](const std::string& id) {
        return entry.what.find("link to " + id + " (") != std::string::npos ||
               entry.what == "revoked the link of " + id;
      });
    });
  }
  // Blind: the other sides' respondents are counted in `sides`, never listed.
  std::erase_if(view.status.respondents, [&](const RespondentStatus& status) {
    return status.record.respondent.perspective != visitor.link.perspective;
  });
  return view;
}

IssuedLink Collection::InviteOnOwnSide(const Visitor& coordinator, Respondent respondent) {
  if (!coordinator.coordinator()) throw CollectionRefused("not a coordinator's link");
  respondent.perspective = coordinator.link.perspective;
  return Invite(coordinator.assessment.id, respondent, coordinator.who());
}

void Collection::RevokeOnOwnSide(const Visitor& coordinator, const std::string& respondent) {
  if (!coordinator.coordinator()) throw CollectionRefused("not a coordinator's link");
  for (const RespondentRecord& record : store_.Respondents(coordinator.assessment.id)) {
    if (record.respondent.id == respondent &&
        record.respondent.perspective == coordinator.link.perspective) {
      Revoke(coordinator.assessment.id, respondent, coordinator.who());
      return;
    }
  }
  throw CollectionRefused("no respondent '" + respondent + "' on your side");
}

void Collection::Reopen(const Visitor& coordinator, const std::string& respondent) {
  if (!coordinator.coordinator()) throw CollectionRefused("not a coordinator's link");
  if (coordinator.closed()) throw CollectionRefused("answering has closed");
  for (const RespondentRecord& record : store_.Respondents(coordinator.assessment.id)) {
    if (record.respondent.id == respondent &&
        record.respondent.perspective == coordinator.link.perspective) {
      store_.SetSubmitted(coordinator.assessment.id, respondent, "");
      Audit(coordinator.assessment.id, coordinator.who(), "reopened the answers of " + respondent);
      return;
    }
  }
  throw CollectionRefused("no respondent '" + respondent + "' on your side");
}

void Collection::DeclareDone(const Visitor& coordinator, bool force) {
  if (!coordinator.coordinator()) throw CollectionRefused("not a coordinator's link");
  if (coordinator.closed()) throw CollectionRefused("answering has closed");
  std::vector<std::string> waiting =
      NotSubmitted(coordinator.assessment.id, coordinator.link.perspective);
  if (!waiting.empty() && !force) {
    throw CollectionRefused(Join(waiting, ", ") + " have not submitted",
                            CollectionRefused::Reason::kWaiting, waiting);
  }
  store_.DeclareSideDone(coordinator.assessment.id,
                         {coordinator.link.perspective, UtcNow(), waiting});
  Audit(coordinator.assessment.id, coordinator.who(),
        "declared the side done" + (waiting.empty() ? "" : ", without " + Join(waiting, ", ")));
  std::set<std::string> done;
  for (const SideDone& side : store_.SidesDone(coordinator.assessment.id)) {
    done.insert(side.perspective);
  }
  for (const Perspective& perspective : coordinator.framework->perspectives) {
    if (!done.contains(perspective.key)) return;
  }
  if (store_.CloseAnswering(coordinator.assessment.id, UtcNow())) {
    Audit(coordinator.assessment.id, "every side", "closed answering: every side is done");
  }
}

}  // namespace maturity

namespace maturity {

std::vector<std::pair<RespondentRecord, IssuedLink>> Collection::Reissue(
    const std::string& assessment, const std::string& perspective, const std::string& who,
    bool by_mail) {
  std::vector<std::pair<RespondentRecord, IssuedLink>> out;
  for (const RespondentRecord& record : store_.Respondents(assessment)) {
    if (!record.revoked_at.empty() || !record.submitted_at.empty()) continue;
    if (by_mail && record.email.empty()) continue;
    if (!perspective.empty() && record.respondent.perspective != perspective) continue;
    InviteOptions options{record.signatory, record.email, record.language};
    out.emplace_back(record, Invite(assessment, record.respondent, who, options));
  }
  return out;
}

IssuedLink Collection::IssueOverseerLink(const std::string& who) {
  std::string token = NewToken();
  store_.AddOverseerLink(NewLink(token, "", LinkRole::kOverseer, "", "", UtcNow()));
  Audit("", who, "issued an overseer's link");
  return {"", "", token};
}

std::vector<AuditEntry> Collection::AuditTrail(const std::string& assessment) {
  Find(assessment);
  return store_.Audit(assessment);
}

Review Collection::ReviewOf(const Visitor& visitor) {
  if (visitor.overseer() || (!visitor.coordinator() && !visitor.signatory)) {
    throw CollectionRefused("the joint review is for the coordinators and signatories");
  }
  if (!visitor.closed()) {
    throw CollectionRefused("answering is still open: each side answers blind until it closes",
                            CollectionRefused::Reason::kClosed);
  }
  auto [framework, response] = Export(visitor.assessment.id);
  Review review{framework,
                std::move(response),
                store_.SignOffs(visitor.assessment.id),
                {},
                PreviousOf(visitor.assessment)};
  return review;
}

std::vector<ActionProblem> Collection::SaveActions(const Visitor& coordinator,
                                                   const std::vector<AgreedAction>& actions) {
  if (!coordinator.coordinator()) throw CollectionRefused("only a coordinator edits the actions");
  if (!coordinator.closed()) throw CollectionRefused("answering is still open");
  if (coordinator.final()) throw CollectionRefused("every side has signed off: reopen first");
  Response response;
  response.period = coordinator.assessment.period;
  response.institution.id = coordinator.assessment.institution_id;
  response.institution.name = coordinator.assessment.institution_name;
  response.institution.profile = coordinator.profile;
  response.actions = actions;
  std::vector<ActionProblem> problems;
  for (const ResponseProblem& problem : CheckResponse(*coordinator.framework, response)) {
    if (problem.warning || !problem.path.starts_with("actions[")) continue;
    std::size_t close = problem.path.find(']');
    ActionProblem found;
    found.index = std::stoul(problem.path.substr(8, close - 8));
    if (close + 2 <= problem.path.size()) found.field = problem.path.substr(close + 2);
    found.message = problem.message;
    problems.push_back(std::move(found));
  }
  if (!problems.empty()) return problems;
  try {
    store_.ReplaceActions(coordinator.assessment.id, actions);
  } catch (const StoreConflict& conflict) {
    throw CollectionRefused(conflict.what());
  }
  Audit(coordinator.assessment.id, coordinator.who(),
        "changed the agreed actions (" + std::to_string(actions.size()) + ")");
  return {};
}

bool Collection::SignOff(const Visitor& signatory, bool agreed, const std::string& statement) {
  if (!signatory.signatory) throw CollectionRefused("only a side's signatory signs off");
  if (!signatory.closed()) throw CollectionRefused("answering is still open");
  if (!agreed && !MeaninglessText(statement).empty()) {
    throw CollectionRefused("a side that does not agree says why: the statement is required");
  }
  std::string name;
  for (const RespondentRecord& record : store_.Respondents(signatory.assessment.id)) {
    if (record.respondent.id == signatory.link.respondent) {
      name = record.respondent.name.empty() ? record.respondent.id : record.respondent.name;
    }
  }
  for (const StoredSignOff& other : store_.SignOffs(signatory.assessment.id)) {
    if (other.sign_off.perspective == signatory.link.perspective) {
      throw CollectionRefused("this side has signed already (" + other.sign_off.name + ")");
    }
  }
  for (const StoredSignOff& other : store_.SignOffs(signatory.assessment.id)) {
    if (other.respondent == signatory.link.respondent || Lowercase(other.sign_off.name) == Lowercase(name)) {
      throw CollectionRefused("one person signs for one side only: " + name + " signed for " +
                              other.sign_off.perspective);
    }
  }
  StoredSignOff entry;
  entry.sign_off.perspective = signatory.link.perspective;
  entry.sign_off.name = name;
  entry.at = UtcNow();
  entry.sign_off.date = entry.at.substr(0, 10);
  entry.sign_off.agreed = agreed;
  entry.sign_off.statement = agreed ? "" : statement;
  entry.respondent = signatory.link.respondent;
  bool final = false;
  try {
    final = store_.SignOff(signatory.assessment.id, entry, signatory.framework->perspectives.size());
  } catch (const StoreConflict& conflict) {
    throw CollectionRefused(conflict.what());
  }
  Audit(signatory.assessment.id, signatory.who(),
        std::string("signed off for ") + signatory.link.perspective +
            (agreed ? ": agreed" : ": does not agree") + (final ? "; every side has signed" : ""));
  return final;
}

std::vector<std::string> Collection::RequestReopen(const Visitor& coordinator) {
  if (!coordinator.coordinator()) throw CollectionRefused("only a coordinator asks to reopen");
  std::vector<std::string> asked;
  try {
    asked = store_.RequestReopen(coordinator.assessment.id, coordinator.link.perspective,
                                 coordinator.framework->perspectives.size(), UtcNow());
  } catch (const StoreConflict& conflict) {
    throw CollectionRefused(conflict.what());
  }
  Audit(coordinator.assessment.id, coordinator.who(),
        asked.empty() ? "asked to reopen; every side has asked: reopened, sign-offs cleared"
                      : "asked to reopen");
  std::vector<std::string> waiting;
  if (asked.empty()) return waiting;
  for (const Perspective& perspective : coordinator.framework->perspectives) {
    if (std::find(asked.begin(), asked.end(), perspective.key) == asked.end()) {
      waiting.push_back(perspective.key);
    }
  }
  return waiting;
}

std::vector<AssessmentSummary> Collection::Overview(const Visitor& overseer) {
  if (!overseer.overseer()) throw CollectionRefused("only an overseer sees every assessment");
  std::vector<AssessmentSummary> out;
  for (const AssessmentRecord& record : store_.Assessments()) {
    AssessmentStatus status = Status(record.id);
    AssessmentSummary summary;
    summary.assessment = status.assessment;
    std::size_t answered = 0;
    std::size_t applicable = 0;
    bool started = false;
    for (const RespondentStatus& entry : status.respondents) {
      if (!entry.record.revoked_at.empty()) continue;
      ++summary.invited;
      answered += entry.progress.answered;
      applicable += entry.progress.applicable;
      if (!entry.record.last_saved_at.empty()) started = true;
      if (entry.record.submitted_at.empty()) {
        summary.to_chase.push_back(entry.record.respondent.id);
      } else {
        ++summary.submitted;
      }
    }
    // By id, not by when each was invited: the same list however the invitations fell
    // across a second (the order was a test's timing, and meant nothing to a reader).
    std::sort(summary.to_chase.begin(), summary.to_chase.end());
    if (applicable > 0) summary.completeness = static_cast<double>(answered) / applicable;
    std::vector<StoredSignOff> sign_offs = store_.SignOffs(record.id);
    if (!status.assessment.final_at.empty()) {
      bool agreed = std::all_of(sign_offs.begin(), sign_offs.end(),
                                [](const StoredSignOff& entry) { return entry.sign_off.agreed; });
      summary.state = agreed ? AssessmentState::kAgreed : AssessmentState::kNotAgreed;
    } else if (!status.assessment.closed_at.empty()) {
      summary.state = AssessmentState::kInReview;
      auto framework = FrameworkOf(status.assessment);
      for (const Perspective& perspective : framework->perspectives) {
        bool signed_side = std::any_of(sign_offs.begin(), sign_offs.end(), [&](const auto& entry) {
          return entry.sign_off.perspective == perspective.key;
        });
        if (!signed_side) summary.unsigned_sides.push_back(perspective.key);
      }
      summary.to_chase.clear();
    } else {
      summary.state = started ? AssessmentState::kAnswering : AssessmentState::kNotStarted;
    }
    out.push_back(std::move(summary));
  }
  return out;
}

std::vector<std::pair<std::shared_ptr<const Framework>, Response>> Collection::ClosedResponses(
    const std::string& period) {
  std::vector<std::pair<std::shared_ptr<const Framework>, Response>> out;
  for (const AssessmentRecord& record : store_.Assessments()) {
    if (record.period <= period && !record.closed_at.empty()) out.push_back(Export(record.id));
  }
  return out;
}

}  // namespace maturity
