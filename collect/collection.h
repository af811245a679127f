// Online collection: the rules of answering through personal links, over the store.
// Who may see and change what, and when, is decided here and only here; the command line
// (`maturity collect`) and the server (`maturity serve`) both call it.
//
// The rules (docs/serve.md): each respondent sees and changes only their own answers,
// checked by the engine's one answer check (CheckAnswer) and saved unless stale; a
// respondent's submitted answers are locked until their side's coordinator reopens them;
// until answering closes (both sides declared done, or `collect close`), nobody sees
// another respondent's answers, evidence or notes: coordinators see their own side's
// progress and the other side's counts. Every change is appended to the audit trail.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "common/clock.h"
#include "engine/answer_kinds.h"
#include "engine/framework.h"
#include "engine/progress.h"
#include "engine/response.h"
#include "store/store.h"

namespace maturity {

/// A request the rules refuse, with the reason for the person who asked (exit code 1 on
/// the command line; shown on the page by the server). Nothing has changed.
class CollectionRefused : public std::runtime_error {
 public:
  /// What a page says of it, in its own language; kOther shows the message.
  enum class Reason {
    kOther,
    kDrafts,   ///< Submit: `names` are elements with a text but no answer yet.
    kWaiting,  ///< Side done: `names` are respondents of the side who have not submitted.
    kClosed,   ///< Answering has closed.
    kLocked,   ///< The respondent's answers are submitted.
  };
  explicit CollectionRefused(const std::string& message, Reason reason = Reason::kOther,
                             std::vector<std::string> names = {})
      : std::runtime_error(message), reason_(reason), names_(std::move(names)) {}
  Reason reason() const { return reason_; }
  const std::vector<std::string>& names() const { return names_; }

 private:
  Reason reason_;
  std::vector<std::string> names_;
};


struct NewAssessment {
  const Framework* framework = nullptr;
  std::string institution_id;
  std::string institution_name;
  std::string period;
  std::vector<std::pair<std::string, std::string>> profile;  ///< FIELD=VALUE as given.
  /// Last period's response (`--from`): institution, profile, respondents and open actions
  /// are carried; what is given above overrides.
  const Response* previous = nullptr;
  /// With `previous`: the framework that read it and the file's text as given, kept so
  /// that the review shows the change since last period (`score --previous`).
  const Framework* previous_framework = nullptr;
  std::string previous_text;
};

/// A link as the person it was issued to receives it: the token is shown once, never kept.
struct IssuedLink {
  std::string perspective;
  std::string respondent;  ///< "" for a coordinator's link.
  std::string token;
};

struct CreatedAssessment {
  std::string id;
  std::vector<IssuedLink> coordinators;  ///< One per side, in the framework's order.
  std::vector<IssuedLink> respondents;   ///< Those carried from last period.
};

/// How far one respondent has got: answered of the elements that apply.
struct AnswerProgress {
  std::size_t answered = 0;
  std::size_t applicable = 0;
};

struct RespondentStatus {
  RespondentRecord record;
  AnswerProgress progress;
};

struct SideStatus {
  std::string perspective;
  std::size_t invited = 0;  ///< Respondents with a valid link.
  std::size_t submitted = 0;
  std::string done_at;  ///< When its coordinator declared the side done; "" until then.
};

struct AssessmentStatus {
  AssessmentRecord assessment;
  std::vector<SideStatus> sides;
  /// Every respondent: for the command line (the host); the pages show a coordinator only
  /// their own side's.
  std::vector<RespondentStatus> respondents;
};

/// Someone who came through a link: what the rules know of them.
struct Visitor {
  LinkRecord link;
  AssessmentRecord assessment;
  std::shared_ptr<const Framework> framework;
  Profile profile;

  bool coordinator() const { return link.role == LinkRole::kCoordinator; }
  bool overseer() const { return link.role == LinkRole::kOverseer; }
  /// A respondent who signs off for their side (set when they were invited).
  bool signatory = false;
  /// A respondent's language for their pages (`collect invite --lang`); "" when not given.
  std::string language{};
  bool final() const { return !assessment.final_at.empty(); }
  bool closed() const { return !assessment.closed_at.empty(); }
  /// `respondent m1`, `management coordinator`: who the audit trail names.
  std::string who() const;
};

/// One element of a respondent's form: the element and its saved answer, if any.
struct FormElement {
  const Element* element = nullptr;
  std::optional<StoredAnswer> saved;
};

struct FormDimension {
  const Dimension* dimension = nullptr;
  int depth = 0;
  std::vector<FormElement> elements;  ///< Those that apply to the institution's profile.
  AnswerProgress progress;
};

/// What a respondent's own form shows: only their answers.
struct RespondentForm {
  RespondentRecord respondent;
  std::vector<FormDimension> dimensions;  ///< Only those holding an element that applies.
  AnswerProgress progress;
  bool submitted = false;
};

/// One element's answer as a form sent it, with the version of the copy it was made on.
struct FormAnswer {
  std::string element;
  Answer answer;
  int expected_version = 0;
};

/// One element a save did not take, and why.
struct SaveProblem {
  std::string element;
  std::vector<AnswerProblem> problems;  ///< Empty when the copy was stale.
  bool stale = false;
  /// A text given with no answer yet (evidence, a note): kept, but not an answer.
  bool draft = false;
};

struct SaveOutcome {
  std::vector<std::string> saved;  ///< Elements whose answer changed.
  std::vector<SaveProblem> problems;
  std::map<std::string, int> versions;  ///< Each element's version now saved.
};

/// A coordinator's view: their own side's respondents, the other sides' counts only.
struct CoordinatorView {
  AssessmentStatus status;  ///< `respondents` holds only the coordinator's side.
  std::vector<AuditEntry> audit;  ///< The whole trail of the assessment.
};

/// The joint review, once answering has closed: the response as it stands (answers of
/// both sides, agreed actions, sign-offs), to be scored by the engine and shown whole.
struct Review {
  std::shared_ptr<const Framework> framework;
  Response response;
  std::vector<StoredSignOff> sign_offs;
  std::vector<std::string> reopen_asked;  ///< Sides whose coordinator asked to reopen.
  /// Last period's scores, when the assessment was created from last period's response:
  /// the change since then, as `maturity score --previous` gives it.
  std::optional<PeriodScores> previous;
};

/// Where an assessment stands, for the overseer.
enum class AssessmentState { kNotStarted, kAnswering, kInReview, kAgreed, kNotAgreed };
/// `not-started`, `answering`, `in-review`, `signed-agreed`, `signed-not-agreed`.
const char* AssessmentStateName(AssessmentState state);

struct AssessmentSummary {
  AssessmentRecord assessment;
  AssessmentState state = AssessmentState::kNotStarted;
  std::size_t invited = 0;
  std::size_t submitted = 0;
  /// Answered of applicable over every valid respondent; none when nobody is invited.
  std::optional<double> completeness;
  std::vector<std::string> to_chase;  ///< Invited, not submitted, link valid; by id.
  std::vector<std::string> unsigned_sides;  ///< In review: the sides still to sign.
};

/// The options of an invitation beyond who is invited.
struct InviteOptions {
  bool signatory = false;
  std::string email;
  std::string language;
};

/// One problem with the agreed actions a page sent: which action (0-based) and what.
struct ActionProblem {
  std::size_t index = 0;
  std::string field;  ///< `element`, `action`, `due`, ... ("" for the action as a whole).
  std::string message;
};

class Collection {
 public:
  explicit Collection(Store& store) : store_(store) {}

  // The host's actions (the command line).
  CreatedAssessment Create(const NewAssessment& request);
  IssuedLink Invite(const std::string& assessment, const Respondent& respondent,
                    const std::string& who, const InviteOptions& options = {});
  /// New links for the respondents who have not submitted (of `perspective`, or of every
  /// side when ""): their old links end, their answers stay. For reminders by mail and
  /// the links CSV, since a link is kept only as a hash.
  /// With `by_mail`, only those with an e-mail address (the others keep their link).
  std::vector<std::pair<RespondentRecord, IssuedLink>> Reissue(const std::string& assessment,
                                                              const std::string& perspective,
                                                              const std::string& who,
                                                              bool by_mail = false);
  /// A new overseer's link: every assessment's state, never an answer.
  IssuedLink IssueOverseerLink(const std::string& who);
  std::vector<AuditEntry> AuditTrail(const std::string& assessment);
  /// Every assessment closed for answering, of `period` or earlier (for trends), as
  /// responses with their frameworks: the regulator's sector run from the store.
  std::vector<std::pair<std::shared_ptr<const Framework>, Response>> ClosedResponses(
      const std::string& period);
  void Revoke(const std::string& assessment, const std::string& respondent,
              const std::string& who);
  AssessmentStatus Status(const std::string& assessment);
  /// Closes answering; refused while an invited respondent has not submitted, unless
  /// `force`. Returns those who had not.
  std::vector<std::string> Close(const std::string& assessment, bool force,
                                 const std::string& who);
  /// The response in the documented format, once answering has closed.
  std::pair<std::shared_ptr<const Framework>, Response> Export(const std::string& assessment);

  // Through a link (the server).
  /// The person a token belongs to; none for an unknown, revoked or malformed token (the
  /// same answer for each, so that a guess learns nothing).
  std::optional<Visitor> Open(const std::string& token_hash);
  RespondentForm Form(const Visitor& visitor);
  SaveOutcome Save(const Visitor& visitor, const std::vector<FormAnswer>& answers);
  /// Locks the respondent's answers; refused while a text waits without an answer.
  void Submit(const Visitor& visitor);
  CoordinatorView Coordinate(const Visitor& visitor);
  IssuedLink InviteOnOwnSide(const Visitor& coordinator, Respondent respondent);
  void RevokeOnOwnSide(const Visitor& coordinator, const std::string& respondent);
  void Reopen(const Visitor& coordinator, const std::string& respondent);
  /// The coordinator's side has finished; refused while one of its respondents has not
  /// submitted unless `force` (they are named). Closes answering when every side is done.
  void DeclareDone(const Visitor& coordinator, bool force);

  // After answering has closed (issue 28: agreeing online).
  /// The joint review, for a coordinator or a signatory of the assessment once answering
  /// has closed; refused before (each side answers blind) and to anyone else.
  Review ReviewOf(const Visitor& visitor);
  /// Replaces the agreed actions (a coordinator, after the close, before the final
  /// sign-off); checked as a response file's `actions:` are. Returns the problems (nothing
  /// saved) or none (saved).
  std::vector<ActionProblem> SaveActions(const Visitor& coordinator,
                                         const std::vector<AgreedAction>& actions);
  /// The signatory signs for their side. A statement is required when not agreeing; one
  /// person signs for one side only. Returns whether every side has now signed (final).
  bool SignOff(const Visitor& signatory, bool agreed, const std::string& statement);
  /// A coordinator asks to reopen a final assessment; reopened (sign-offs cleared) when
  /// every side's coordinator has asked. Returns the sides still to ask.
  std::vector<std::string> RequestReopen(const Visitor& coordinator);
  /// Every assessment's state, for an overseer.
  std::vector<AssessmentSummary> Overview(const Visitor& overseer);

  /// The assessment's framework, parsed once from the store.
  std::shared_ptr<const Framework> FrameworkOf(const AssessmentRecord& assessment);
  /// Last period's scores, read with the framework that read them at `create --from`;
  /// none when the assessment was not created from last period's response.
  std::optional<PeriodScores> PreviousOf(const AssessmentRecord& assessment);

 private:
  AssessmentRecord Find(const std::string& assessment);
  Profile ProfileOf(const AssessmentRecord& assessment, const Framework& framework);
  AnswerProgress ProgressOf(const Framework& framework, const Profile& profile,
                      const std::vector<StoredAnswer>& answers, const std::string& respondent);
  void Audit(const std::string& assessment, const std::string& who, const std::string& what);
  std::vector<std::string> NotSubmitted(const std::string& assessment,
                                        const std::string& perspective);

  Store& store_;
  std::mutex frameworks_mutex_;
  std::map<std::string, std::shared_ptr<const Framework>> frameworks_;
  std::map<std::string, std::shared_ptr<const PeriodScores>> previous_;  ///< By assessment.
};

/// The SHA-256 of the audit trail (hex): written with an export and printed by `collect
/// audit`, so that a later change to the trail is detectable.
std::string AuditDigest(const std::vector<AuditEntry>& trail);

/// An audit line's `who` and `what` as a page in `language` shows them. The trail is kept
/// as it was written, in English; a wording this program writes (common/message_catalogue.h,
/// `audit.`) is given in `language`, a side's key by its label. Each is none for a wording
/// not known (a line of another version): the page shows it as written, marked English.
struct AuditLineText {
  std::optional<std::string> who;
  std::optional<std::string> what;
};
AuditLineText AuditLineIn(const AuditEntry& entry, const Framework& framework,
                          const std::string& language);

/// The value a profile field takes from `text` as written (`--profile staff=420`), or the
/// reason it cannot (`expected one of fe, he, got 'xx'`).
std::pair<std::optional<ProfileValue>, std::string> ReadProfileText(const ProfileField& field,
                                                                    const std::string& text);

}  // namespace maturity
