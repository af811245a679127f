// What both stores do alike with records: names of link roles, lists kept as lines, the
// columns each record is read from and how, the rule of a save (unchanged, stale or
// written), and RecordStore, the steps of each operation, so that the two differ only in
// their SQL.
#pragma once

#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "store/store.h"

namespace maturity {

const char* LinkRoleName(LinkRole role);
/// The role `name` names (LinkRoleName's inverse); a respondent's for anything else.
LinkRole LinkRoleNamed(const std::string& name);
/// The status `name` names (ActionStatusName's inverse); planned for anything else.
ActionStatus ActionStatusNamed(const std::string& name);

std::string JoinLines(const std::vector<std::string>& items);
std::vector<std::string> SplitLines(const std::string& text);

/// One row of a query's result, read by column: what each store's result gives.
class Row {
 public:
  virtual ~Row() = default;
  virtual std::string Text(int column) const = 0;
  virtual long long Integer(int column) const = 0;
  virtual double Real(int column) const = 0;
  virtual bool IsNull(int column) const = 0;
};

// Each record's columns, in the order its reader below reads them: both stores select
// exactly these (`SELECT <columns> FROM <table> ...`).
inline constexpr const char* kAssessmentColumns =
    "id, framework_id, framework_version, framework_yaml, institution_id, institution_name, "
    "period, created_at, closed_at, final_at, previous_file, previous_response, "
    "previous_framework_yaml";
inline constexpr const char* kActionColumns = "element, action, owner, due, status, note";
inline constexpr const char* kLinkColumns =
    "token_hash, assessment, role, perspective, respondent, issued_at, revoked_at";
inline constexpr const char* kRespondentColumns =
    "id, perspective, name, role, invited_at, last_saved_at, submitted_at, revoked_at, "
    "signatory, email, language";
inline constexpr const char* kAnswerColumns =
    "respondent, element, level, value, has_checked, not_applicable, reason, note, version, "
    "saved_at";
inline constexpr const char* kAnswerItemColumns = "respondent, element, list, text";
inline constexpr const char* kSideDoneColumns = "perspective, at, not_submitted";
inline constexpr const char* kSignOffColumns =
    "perspective, respondent, name, date, agreed, statement, at";
inline constexpr const char* kSessionColumns = "id_hash, token_hash, csrf, language, expires_at";
inline constexpr const char* kAuditColumns = "sequence, assessment, at, who, what";

/// Invites a respondent, or invites them again (new details, link valid again): both
/// dialects read it alike ($N numbered in order). Binds assessment, id, perspective, name,
/// role, invited_at, signatory (0 or 1), email, language.
inline constexpr const char* kInviteRespondent =
    "INSERT INTO respondents (assessment, id, perspective, name, role, invited_at, signatory, "
    "email, language) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
    "ON CONFLICT (assessment, id) DO UPDATE SET perspective = excluded.perspective, "
    "name = excluded.name, role = excluded.role, invited_at = excluded.invited_at, "
    "revoked_at = '', signatory = excluded.signatory, email = excluded.email, "
    "language = excluded.language";

/// The record in `row` (its profile and actions are read apart).
AssessmentRecord AssessmentFromRow(const Row& row);
AgreedAction ActionFromRow(const Row& row);
LinkRecord LinkFromRow(const Row& row);
RespondentRecord RespondentFromRow(const Row& row);
/// The answer in `row`, without its lists (AddAnswerItem).
StoredAnswer AnswerFromRow(const Row& row);
/// Adds the checklist item or piece of evidence in `row` to its answer among `answers`.
void AddAnswerItem(std::vector<StoredAnswer>& answers, const Row& row);
SideDone SideDoneFromRow(const Row& row);
StoredSignOff SignOffFromRow(const Row& row);
SessionRecord SessionFromRow(const Row& row);
AuditEntry AuditFromRow(const Row& row);

/// What a save does with one answer, given the answer saved now (null: none): nothing when
/// it is the same, refuses it when it was made on an older copy, else writes it.
WriteResult PlanWrite(const StoredAnswer* current, const AnswerWrite& write);
/// PlanWrite for each of `writes`, against the answers `saved` now.
std::vector<WriteResult> PlanWrites(const std::vector<StoredAnswer>& saved,
                                    const std::vector<AnswerWrite>& writes);
/// Refuses (StoreConflict, saying why) a save for a respondent who is not there (`found`
/// false), has submitted, whose link is revoked, or whose assessment has closed.
void CheckSaveAllowed(bool found, const std::string& submitted_at, const std::string& revoked_at,
                      const std::string& closed_at, const std::string& respondent,
                      const std::string& assessment);
/// Refuses a sign-off on an assessment that is not there, still open, or final already.
void CheckSignOffAllowed(bool found, const std::string& closed_at, const std::string& final_at,
                         const std::string& assessment);
/// Refuses a second sign-off for a side (`signed_by`: who signed it; "" when none has).
void CheckSideNotSigned(bool signed_already, const std::string& signed_by);

/// The audit line of a save: `saved E1, E2` for the elements written.
std::string SavedLine(const std::vector<WriteResult>& results);

/// What both stores do alike around their SQL: one lock, one transaction per operation,
/// the steps of a save, reading every table for Dump. Each store gives the statements
/// (the calls below that are pure virtual) and the operations that differ in more than them.
class RecordStore : public Store {
 public:
  void CreateAssessment(const AssessmentRecord& assessment,
                        const std::vector<LinkRecord>& coordinator_links) override;
  std::optional<AssessmentRecord> FindAssessment(const std::string& id) override;
  std::vector<AssessmentRecord> Assessments() override;
  std::vector<RespondentRecord> Respondents(const std::string& assessment) override;
  std::vector<SideDone> SidesDone(const std::string& assessment) override;
  std::vector<StoredSignOff> SignOffs(const std::string& assessment) override;
  std::vector<AuditEntry> Audit(const std::string& assessment) override;
  std::vector<StoredAnswer> Answers(const std::string& assessment,
                                    const std::string& respondent) override;
  std::vector<WriteResult> SaveAnswers(const std::string& assessment, const std::string& respondent,
                                       const std::vector<AnswerWrite>& writes,
                                       const std::string& at, const std::string& who) override;
  bool SignOff(const std::string& assessment, const StoredSignOff& entry,
               std::size_t sides) override;
  std::vector<std::string> RequestReopen(const std::string& assessment,
                                         const std::string& perspective, std::size_t sides,
                                         const std::string& at) override;
  void AddOverseerLink(const LinkRecord& link) override;
  void AppendAudit(const AuditEntry& entry) override;
  std::vector<TableRows> Dump() override;

 protected:
  /// Begun under the store's lock; rolled back unless committed. A snapshot reads every
  /// table as of one moment (Dump), where the database tells the two apart.
  class Transaction {
   public:
    explicit Transaction(RecordStore& store, bool snapshot = false);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void Commit();
    ~Transaction();

   private:
    RecordStore& store_;
    std::lock_guard<std::recursive_mutex> lock_;
    bool committed_ = false;
  };

  virtual void BeginTransaction(bool snapshot) = 0;
  virtual void CommitTransaction() = 0;
  /// Must not throw (it runs in Transaction's destructor).
  virtual void RollbackTransaction() = 0;

  /// Each row of `SELECT columns FROM table WHERE assessment = <assessment> ORDER BY order`,
  /// given to `each`.
  virtual void SelectOf(const std::string& assessment, const char* columns, const char* table,
                        const char* order, const std::function<void(const Row&)>& each) = 0;
  /// Inserts the assessment's row and profile; refuses (StoreError) an id taken already.
  virtual void InsertAssessment(const AssessmentRecord& assessment) = 0;
  virtual void InsertActions(const std::string& assessment,
                             const std::vector<AgreedAction>& actions) = 0;
  /// CheckSignOffAllowed and CheckSideNotSigned for `perspective`, locking the assessment's
  /// row where the database can.
  virtual void CheckSignOff(const std::string& assessment, const std::string& perspective) = 0;
  virtual void InsertSignOff(const std::string& assessment, const StoredSignOff& entry) = 0;
  virtual std::size_t SignOffCount(const std::string& assessment) = 0;
  /// Marks the assessment signed off by every side `at` (read-only from then on).
  virtual void SetFinal(const std::string& assessment, const std::string& at) = 0;
  /// Records `perspective`'s request to reopen the final assessment (refuses, StoreConflict,
  /// one not final) and gives every side's that asked, locking the assessment's row where
  /// the database can.
  virtual std::vector<std::string> AskToReopen(const std::string& assessment,
                                               const std::string& perspective,
                                               const std::string& at) = 0;
  /// Clears the requests and the sign-offs: the assessment is no longer final.
  virtual void Reopen(const std::string& assessment) = 0;
  /// The assessment `id` (null: none), without its profile and actions (FillAssessment).
  virtual std::optional<AssessmentRecord> AssessmentRow(const std::string& id) = 0;
  /// Every assessment, oldest first, without its profile and actions.
  virtual std::vector<AssessmentRecord> AssessmentRows() = 0;
  virtual void FillAssessment(AssessmentRecord& record) = 0;
  /// CheckSaveAllowed for the respondent's state, locking their row where the database can.
  virtual void CheckSave(const std::string& assessment, const std::string& respondent) = 0;
  /// The answers of `respondent` ("": everyone's) in `assessment`, with their lists.
  virtual std::vector<StoredAnswer> ReadAnswers(const std::string& assessment,
                                                const std::string& respondent) = 0;
  virtual void DeleteAnswer(const std::string& assessment, const std::string& respondent,
                            const std::string& element) = 0;
  virtual void InsertAnswer(const std::string& assessment, const std::string& respondent,
                            const std::string& element, const Answer& answer, int version,
                            const std::string& at) = 0;
  virtual void StampSaved(const std::string& assessment, const std::string& respondent,
                          const std::string& at) = 0;
  virtual void InsertAudit(const AuditEntry& entry) = 0;
  virtual void InsertLink(const LinkRecord& link) = 0;
  /// Every row of `table`, its values as text (null: none).
  virtual TableRows ReadTable(const std::string& table) = 0;

  std::recursive_mutex mutex_;  ///< One connection, used by one operation at a time.

 private:
  /// SelectOf's rows, each read by `from_row`, under the lock.
  template <typename FromRow>
  auto ReadAllOf(const std::string& assessment, const char* columns, const char* table,
                 const char* order, FromRow from_row) {
    std::lock_guard lock(mutex_);
    std::vector<decltype(from_row(std::declval<const Row&>()))> out;
    SelectOf(assessment, columns, table, order,
             [&](const Row& row) { out.push_back(from_row(row)); });
    return out;
  }
};

}  // namespace maturity
