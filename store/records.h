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
/// The audit line of a save: `saved E1, E2` for the elements written.
std::string SavedLine(const std::vector<WriteResult>& results);

}  // namespace maturity
