// The store of online collection (`maturity serve`, `maturity collect`): assessments,
// personal links, respondents, saved answers, sessions and the audit trail. One interface,
// implemented over SQLite (store/sqlite_store); no SQL outside an implementation. Every
// operation is one transaction: it happens whole or not at all, and a call that returns
// has reached the disk (what the server acknowledges survives a crash).
//
// The store keeps records; the rules (who may see or change what, when) are collect/'s.
#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "engine/response.h"

namespace maturity {

/// The store cannot be opened, read or written (a damaged file, a full disk, a schema
/// newer than this program).
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// An operation that the state of the store refuses, checked in its own transaction (a
/// save after the respondent submitted, say): nothing has changed.
class StoreConflict : public StoreError {
 public:
  using StoreError::StoreError;
};

/// One assessment: an institution answering one framework for one period.
struct AssessmentRecord {
  std::string id;
  std::string framework_id;
  std::string framework_version;
  /// The framework fully resolved (`maturity show`), so that the assessment is scored
  /// with the framework it was created with, whatever happens to the file later.
  std::string framework_yaml;
  std::string institution_id;
  std::string institution_name;
  std::string period;
  std::vector<std::pair<std::string, std::string>> profile;  ///< field, value as written.
  std::vector<AgreedAction> actions;  ///< Carried from last period (`--from`).
  std::string created_at;             ///< UTC, 2026-12-03T10:00:00Z.
  std::string closed_at;              ///< When answering closed; "" while it is open.
  std::string final_at;  ///< When every side had signed off: read-only from then on.
  /// Last period's response as `collect create --from` read it ("" when not created from
  /// one), the name of its file, and the framework that read it (`maturity show`): the
  /// review's change since last period, as `score --previous` gives it.
  std::string previous_file;
  std::string previous_response;
  std::string previous_framework_yaml;
};

enum class LinkRole {
  kRespondent,
  kCoordinator,
  kOverseer,  ///< The regulator's or host's view of every assessment (no assessment, no side).
};

/// A personal link, known to the store only by the hash of its token.
struct LinkRecord {
  std::string token_hash;
  std::string assessment;
  LinkRole role = LinkRole::kRespondent;
  std::string perspective;  ///< The side it belongs to.
  std::string respondent;   ///< For a respondent's link.
  std::string issued_at;
  std::string revoked_at;  ///< "" while it is valid.
};

struct RespondentRecord {
  Respondent respondent;
  bool signatory = false;  ///< Signs off for their side once answering has closed.
  std::string email;       ///< For invitations and reminders; "" when links go by hand.
  std::string language;    ///< Of their mail and pages; "" for the framework's first.
  std::string invited_at;
  std::string last_saved_at;  ///< "" until the first save.
  std::string submitted_at;   ///< "" until submitted (and again once reopened).
  std::string revoked_at;     ///< "" while the respondent's link is valid.
};

/// One respondent's saved answer to one element.
struct StoredAnswer {
  std::string respondent;
  std::string element;
  Answer answer;     ///< `by` is the respondent.
  int version = 0;   ///< 1 for the first save, one more for each save that changed it.
  std::string saved_at;
};

/// One answer to save, made on the copy of `expected_version` (0: none saved yet).
struct AnswerWrite {
  std::string element;
  Answer answer;
  int expected_version = 0;
  bool clear = false;  ///< Remove the saved answer: the respondent emptied every field.
};

enum class WriteOutcome {
  kSaved,
  kUnchanged,  ///< The same as the saved answer: nothing written.
  kStale,      ///< Saved meanwhile from another page: not written.
};

struct WriteResult {
  std::string element;
  WriteOutcome outcome = WriteOutcome::kSaved;
  int version = 0;  ///< The version now saved.
};

/// A side's coordinator said the side has finished answering.
struct SideDone {
  std::string perspective;
  std::string at;
  std::vector<std::string> not_submitted;  ///< Named when declared without them.
};

/// One side's sign-off, as the store keeps it: the response's `sign_off` entry and who
/// signed.
struct StoredSignOff {
  SignOff sign_off;
  std::string respondent;  ///< The signatory who signed.
  std::string at;
};

struct SessionRecord {
  std::string id_hash;
  std::string token_hash;  ///< The link the session was opened with.
  std::string csrf;        ///< The token every form of the session carries.
  std::string language;
  std::string expires_at;
};

/// One line of the audit trail: appended, never changed.
struct AuditEntry {
  long long sequence = 0;
  std::string assessment;
  std::string at;
  std::string who;   ///< `management coordinator`, `respondent m1`, `command line`.
  std::string what;  ///< `saved a1, a2`, `submitted`, `revoked m2`.
};

/// Every row of one table, as text (none: NULL), for moving a store whole.
struct TableRows {
  std::string table;
  std::vector<std::string> columns;
  std::vector<std::vector<std::optional<std::string>>> rows;
};

/// The tables of the schema, in an order that keeps every reference satisfied.
inline const std::vector<std::string>& StoreTables() {
  static const std::vector<std::string> tables = {
      "settings", "assessments", "profile",  "actions", "respondents", "links",     "answers",
      "answer_items", "sides_done", "sessions", "audit", "sign_offs", "reopen_requests"};
  return tables;
}

class Store {
 public:
  virtual ~Store() = default;

  /// The schema version this program writes; a store is migrated up to it on open.
  static constexpr int kSchemaVersion = 3;

  /// Adds the assessment and its coordinators' links. StoreError when its id is taken.
  virtual void CreateAssessment(const AssessmentRecord& assessment,
                                const std::vector<LinkRecord>& coordinator_links) = 0;
  virtual std::optional<AssessmentRecord> FindAssessment(const std::string& id) = 0;
  virtual std::vector<AssessmentRecord> Assessments() = 0;

  /// Adds the respondent with a new link, or for one already invited, revokes their old
  /// link and issues this one (their answers stay). `record` gives the respondent and
  /// whether they sign, their e-mail and language; its times are the store's.
  virtual void Invite(const std::string& assessment, const RespondentRecord& record,
                      const LinkRecord& link) = 0;
  /// Ends the respondent's link; false when there is no such respondent.
  virtual bool Revoke(const std::string& assessment, const std::string& respondent,
                      const std::string& at) = 0;
  virtual std::optional<LinkRecord> FindLink(const std::string& token_hash) = 0;
  virtual std::vector<RespondentRecord> Respondents(const std::string& assessment) = 0;
  /// The saved answers of one respondent, or of everyone when `respondent` is "".
  virtual std::vector<StoredAnswer> Answers(const std::string& assessment,
                                            const std::string& respondent) = 0;

  /// Saves `writes` for `respondent`, each unless stale or unchanged, stamps the
  /// respondent's last save and, when anything was saved, appends `who` "saved E1, E2" to
  /// the audit trail, all in one transaction (one flush to the disk). Refused
  /// (StoreConflict) once they have submitted or answering has closed, checked in it too.
  virtual std::vector<WriteResult> SaveAnswers(const std::string& assessment,
                                               const std::string& respondent,
                                               const std::vector<AnswerWrite>& writes,
                                               const std::string& at,
                                               const std::string& who = "") = 0;
  /// Marks the respondent's answers submitted (at) or open again (at = "").
  virtual void SetSubmitted(const std::string& assessment, const std::string& respondent,
                            const std::string& at) = 0;
  virtual void DeclareSideDone(const std::string& assessment, const SideDone& done) = 0;
  virtual std::vector<SideDone> SidesDone(const std::string& assessment) = 0;
  /// Closes answering; false when it was closed already.
  virtual bool CloseAnswering(const std::string& assessment, const std::string& at) = 0;

  /// Replaces the assessment's agreed actions (the review page edits them as a list).
  virtual void ReplaceActions(const std::string& assessment,
                              const std::vector<AgreedAction>& actions) = 0;
  /// Records one side's sign-off. StoreConflict when that side has signed already or the
  /// assessment is not closed for answering; when this makes `sides` sides signed, the
  /// assessment becomes final in the same transaction. Returns whether it did.
  virtual bool SignOff(const std::string& assessment, const StoredSignOff& sign_off,
                       std::size_t sides) = 0;
  virtual std::vector<StoredSignOff> SignOffs(const std::string& assessment) = 0;
  /// A side's coordinator asks to reopen a final assessment; when `sides` sides have asked,
  /// the sign-offs and requests are cleared and it is open for review again, in the same
  /// transaction. Returns the sides that have asked so far (empty: reopened).
  virtual std::vector<std::string> RequestReopen(const std::string& assessment,
                                                 const std::string& perspective,
                                                 std::size_t sides, const std::string& at) = 0;
  /// Adds an overseer's link (not tied to an assessment).
  virtual void AddOverseerLink(const LinkRecord& link) = 0;

  virtual void CreateSession(const SessionRecord& session) = 0;
  virtual std::optional<SessionRecord> FindSession(const std::string& id_hash,
                                                   const std::string& now) = 0;
  virtual void SetSessionLanguage(const std::string& id_hash, const std::string& language) = 0;

  virtual void AppendAudit(const AuditEntry& entry) = 0;
  virtual std::vector<AuditEntry> Audit(const std::string& assessment) = 0;

  virtual std::optional<std::string> Setting(const std::string& name) = 0;
  virtual void SetSetting(const std::string& name, const std::string& value) = 0;

  /// A consistent copy of the whole store at `path`, made while others use it.
  /// (PostgreSQL: StoreError pointing to pg_dump, the database's own tool.)
  virtual void Backup(const std::string& path) = 0;
  /// Every table whole, in one consistent read (`collect migrate-store`).
  virtual std::vector<TableRows> Dump() = 0;
  /// Fills an empty store with `tables` in one transaction; StoreError when it holds an
  /// assessment already.
  virtual void Load(const std::vector<TableRows>& tables) = 0;
  /// True when the store answers a query (for /healthz).
  virtual bool Healthy() = 0;
};

/// Opens (creating on first use) the SQLite store in folder `data`, migrating its schema
/// forward. StoreError when it cannot.
std::unique_ptr<Store> OpenSqliteStore(const std::string& data);
/// Opens the PostgreSQL store at `url` (postgresql://...), creating its tables on first use
/// and migrating them forward. StoreError when it cannot.
std::unique_ptr<Store> OpenPostgresStore(const std::string& url);
/// Whether `location` names a PostgreSQL database rather than a folder.
inline bool IsDatabaseUrl(const std::string& location) {
  return location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0;
}
/// The store at `location`: a PostgreSQL URL, else a folder for SQLite.
inline std::unique_ptr<Store> OpenStoreAt(const std::string& location) {
  return IsDatabaseUrl(location) ? OpenPostgresStore(location) : OpenSqliteStore(location);
}

}  // namespace maturity
