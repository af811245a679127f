// What both stores do alike with records: names of link roles, lists kept as lines, the
// columns each record is read from and how, and the rule of a save (unchanged, stale or
// written), so that the two differ only in their SQL.
#pragma once

#include <string>
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

}  // namespace maturity
