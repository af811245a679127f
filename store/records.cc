#include "store/records.h"

namespace maturity {

namespace {

bool SameAnswer(const Answer& a, const Answer& b) {
  return a.level == b.level && a.value == b.value && a.checked == b.checked &&
         a.not_applicable == b.not_applicable && a.reason == b.reason && a.evidence == b.evidence &&
         a.note == b.note;
}

}  // namespace

const char* LinkRoleName(LinkRole role) {
  switch (role) {
    case LinkRole::kCoordinator:
      return "coordinator";
    case LinkRole::kOverseer:
      return "overseer";
    case LinkRole::kRespondent:
      break;
  }
  return "respondent";
}

LinkRole LinkRoleNamed(const std::string& name) {
  if (name == "coordinator") return LinkRole::kCoordinator;
  if (name == "overseer") return LinkRole::kOverseer;
  return LinkRole::kRespondent;
}

ActionStatus ActionStatusNamed(const std::string& name) {
  for (ActionStatus status : kActionStatuses) {
    if (name == ActionStatusName(status)) return status;
  }
  return ActionStatus::kPlanned;
}

std::string JoinLines(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += '\n';
    out += item;
  }
  return out;
}

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  std::size_t start = 0;
  while (true) {
    std::size_t end = text.find('\n', start);
    out.push_back(text.substr(start, end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

AssessmentRecord AssessmentFromRow(const Row& row) {
  AssessmentRecord record;
  record.id = row.Text(0);
  record.framework_id = row.Text(1);
  record.framework_version = row.Text(2);
  record.framework_yaml = row.Text(3);
  record.institution_id = row.Text(4);
  record.institution_name = row.Text(5);
  record.period = row.Text(6);
  record.created_at = row.Text(7);
  record.closed_at = row.Text(8);
  record.final_at = row.Text(9);
  return record;
}

AgreedAction ActionFromRow(const Row& row) {
  AgreedAction action;
  action.element = row.Text(0);
  action.action = row.Text(1);
  action.owner = row.Text(2);
  action.due = row.Text(3);
  action.status = ActionStatusNamed(row.Text(4));
  action.note = row.Text(5);
  return action;
}

LinkRecord LinkFromRow(const Row& row) {
  LinkRecord link;
  link.token_hash = row.Text(0);
  link.assessment = row.Text(1);
  link.role = LinkRoleNamed(row.Text(2));
  link.perspective = row.Text(3);
  link.respondent = row.Text(4);
  link.issued_at = row.Text(5);
  link.revoked_at = row.Text(6);
  return link;
}

RespondentRecord RespondentFromRow(const Row& row) {
  RespondentRecord record;
  record.respondent.id = row.Text(0);
  record.respondent.perspective = row.Text(1);
  record.respondent.name = row.Text(2);
  record.respondent.role = row.Text(3);
  record.invited_at = row.Text(4);
  record.last_saved_at = row.Text(5);
  record.submitted_at = row.Text(6);
  record.revoked_at = row.Text(7);
  record.signatory = row.Integer(8) != 0;
  record.email = row.Text(9);
  record.language = row.Text(10);
  return record;
}

StoredAnswer AnswerFromRow(const Row& row) {
  StoredAnswer stored;
  stored.respondent = row.Text(0);
  stored.element = row.Text(1);
  stored.answer.by = stored.respondent;
  if (!row.IsNull(2)) stored.answer.level = static_cast<int>(row.Integer(2));
  if (!row.IsNull(3)) stored.answer.value = row.Real(3);
  if (row.Integer(4) != 0) stored.answer.checked.emplace();
  stored.answer.not_applicable = row.Integer(5) != 0;
  stored.answer.reason = row.Text(6);
  stored.answer.note = row.Text(7);
  stored.version = static_cast<int>(row.Integer(8));
  stored.saved_at = row.Text(9);
  return stored;
}

void AddAnswerItem(std::vector<StoredAnswer>& answers, const Row& row) {
  const std::string respondent = row.Text(0);
  const std::string element = row.Text(1);
  for (StoredAnswer& stored : answers) {
    if (stored.respondent != respondent || stored.element != element) continue;
    if (row.Text(2) == "checked") {
      if (!stored.answer.checked) stored.answer.checked.emplace();
      stored.answer.checked->push_back(row.Text(3));
    } else {
      stored.answer.evidence.push_back(row.Text(3));
    }
  }
}

SideDone SideDoneFromRow(const Row& row) {
  return {row.Text(0), row.Text(1), SplitLines(row.Text(2))};
}

StoredSignOff SignOffFromRow(const Row& row) {
  StoredSignOff entry;
  entry.sign_off.perspective = row.Text(0);
  entry.respondent = row.Text(1);
  entry.sign_off.name = row.Text(2);
  entry.sign_off.date = row.Text(3);
  entry.sign_off.agreed = row.Integer(4) != 0;
  entry.sign_off.statement = row.Text(5);
  entry.at = row.Text(6);
  return entry;
}

SessionRecord SessionFromRow(const Row& row) {
  return {row.Text(0), row.Text(1), row.Text(2), row.Text(3), row.Text(4)};
}

AuditEntry AuditFromRow(const Row& row) {
  return {row.Integer(0), row.Text(1), row.Text(2), row.Text(3), row.Text(4)};
}

WriteResult PlanWrite(const StoredAnswer* current, const AnswerWrite& write) {
  int version = current ? current->version : 0;
  WriteResult result{write.element, WriteOutcome::kSaved, version};
  bool same = current ? (!write.clear && SameAnswer(current->answer, write.answer)) : write.clear;
  if (same) {
    result.outcome = WriteOutcome::kUnchanged;
  } else if (version != write.expected_version) {
    result.outcome = WriteOutcome::kStale;
  } else {
    result.version = write.clear ? 0 : version + 1;
  }
  return result;
}

std::vector<WriteResult> PlanWrites(const std::vector<StoredAnswer>& saved,
                                    const std::vector<AnswerWrite>& writes) {
  std::vector<WriteResult> results;
  for (const AnswerWrite& write : writes) {
    const StoredAnswer* current = nullptr;
    for (const StoredAnswer& answer : saved) {
      if (answer.element == write.element) current = &answer;
    }
    results.push_back(PlanWrite(current, write));
  }
  return results;
}

void CheckSaveAllowed(bool found, const std::string& submitted_at, const std::string& revoked_at,
                      const std::string& closed_at, const std::string& respondent,
                      const std::string& assessment) {
  if (!found) {
    throw StoreConflict("no respondent '" + respondent + "' in assessment " + assessment);
  }
  if (!submitted_at.empty()) throw StoreConflict("the answers are submitted already");
  if (!revoked_at.empty()) throw StoreConflict("the link has been revoked");
  if (!closed_at.empty()) throw StoreConflict("answering has closed");
}

void CheckSignOffAllowed(bool found, const std::string& closed_at, const std::string& final_at,
                         const std::string& assessment) {
  if (!found) throw StoreConflict("no assessment " + assessment);
  if (closed_at.empty()) throw StoreConflict("answering is still open");
  if (!final_at.empty()) throw StoreConflict("every side has signed already");
}

void CheckSideNotSigned(bool signed_already, const std::string& signed_by) {
  if (signed_already) throw StoreConflict("this side has signed already (" + signed_by + ")");
}

std::string SavedLine(const std::vector<WriteResult>& results) {
  std::string line;
  for (const WriteResult& result : results) {
    if (result.outcome != WriteOutcome::kSaved) continue;
    line += (line.empty() ? "saved " : ", ") + result.element;
  }
  return line;
}

}  // namespace maturity
