// What both stores do alike with records: names of link roles, lists kept as lines, and the
// rule of a save (unchanged, stale or written), so that the two differ only in their SQL.
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
