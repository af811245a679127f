#include "store/records.h"

#include <initializer_list>

namespace maturity {

namespace {

/// Columns `first`, `first` + 1, ... of `row`, as text, into `fields` in order.
void ReadTexts(const Row& row, int first, std::initializer_list<std::string*> fields) {
  for (std::string* field : fields) *field = row.Text(first++);
}

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
  AssessmentRecord r;
  ReadTexts(row, 0,
            {&r.id, &r.framework_id, &r.framework_version, &r.framework_yaml, &r.institution_id,
             &r.institution_name, &r.period, &r.created_at, &r.closed_at, &r.final_at,
             &r.previous_file, &r.previous_response, &r.previous_framework_yaml});
  return r;
}

AgreedAction ActionFromRow(const Row& row) {
  AgreedAction action;
  ReadTexts(row, 0, {&action.element, &action.action, &action.owner, &action.due});
  action.status = ActionStatusNamed(row.Text(4));
  action.note = row.Text(5);
  return action;
}

LinkRecord LinkFromRow(const Row& row) {
  LinkRecord link;
  ReadTexts(row, 0, {&link.token_hash, &link.assessment});
  link.role = LinkRoleNamed(row.Text(2));
  ReadTexts(row, 3, {&link.perspective, &link.respondent, &link.issued_at, &link.revoked_at});
  return link;
}

RespondentRecord RespondentFromRow(const Row& row) {
  RespondentRecord r;
  ReadTexts(row, 0,
            {&r.respondent.id, &r.respondent.perspective, &r.respondent.name, &r.respondent.role,
             &r.invited_at, &r.last_saved_at, &r.submitted_at, &r.revoked_at});
  r.signatory = row.Integer(8) != 0;
  ReadTexts(row, 9, {&r.email, &r.language});
  return r;
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
  ReadTexts(
      row, 0,
      {&entry.sign_off.perspective, &entry.respondent, &entry.sign_off.name, &entry.sign_off.date});
  entry.sign_off.agreed = row.Integer(4) != 0;
  ReadTexts(row, 5, {&entry.sign_off.statement, &entry.at});
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

RecordStore::Transaction::Transaction(RecordStore& store, bool snapshot)
    : store_(store), lock_(store.mutex_) {
  store_.BeginTransaction(snapshot);
}

void RecordStore::Transaction::Commit() {
  store_.CommitTransaction();
  committed_ = true;
}

RecordStore::Transaction::~Transaction() {
  if (!committed_) store_.RollbackTransaction();
}

void RecordStore::CreateAssessment(const AssessmentRecord& assessment,
                                   const std::vector<LinkRecord>& coordinator_links) {
  Transaction transaction(*this);
  InsertAssessment(assessment);
  InsertActions(assessment.id, assessment.actions);
  for (const LinkRecord& link : coordinator_links) InsertLink(link);
  transaction.Commit();
}

std::optional<AssessmentRecord> RecordStore::FindAssessment(const std::string& id) {
  std::lock_guard lock(mutex_);
  std::optional<AssessmentRecord> record = AssessmentRow(id);
  if (record) FillAssessment(*record);
  return record;
}

std::vector<AssessmentRecord> RecordStore::Assessments() {
  std::lock_guard lock(mutex_);
  std::vector<AssessmentRecord> out = AssessmentRows();
  for (AssessmentRecord& record : out) FillAssessment(record);
  return out;
}

std::vector<RespondentRecord> RecordStore::Respondents(const std::string& assessment) {
  return ReadAllOf(assessment, kRespondentColumns, "respondents", "invited_at, id",
                   RespondentFromRow);
}

std::vector<SideDone> RecordStore::SidesDone(const std::string& assessment) {
  return ReadAllOf(assessment, kSideDoneColumns, "sides_done", "at, perspective", SideDoneFromRow);
}

std::vector<StoredSignOff> RecordStore::SignOffs(const std::string& assessment) {
  return ReadAllOf(assessment, kSignOffColumns, "sign_offs", "at, perspective", SignOffFromRow);
}

std::vector<AuditEntry> RecordStore::Audit(const std::string& assessment) {
  return ReadAllOf(assessment, kAuditColumns, "audit", "sequence", AuditFromRow);
}

std::vector<StoredAnswer> RecordStore::Answers(const std::string& assessment,
                                               const std::string& respondent) {
  std::lock_guard lock(mutex_);
  return ReadAnswers(assessment, respondent);
}

std::vector<WriteResult> RecordStore::SaveAnswers(const std::string& assessment,
                                                  const std::string& respondent,
                                                  const std::vector<AnswerWrite>& writes,
                                                  const std::string& at, const std::string& who) {
  Transaction transaction(*this);
  CheckSave(assessment, respondent);
  std::vector<WriteResult> results = PlanWrites(ReadAnswers(assessment, respondent), writes);
  bool any = false;
  for (std::size_t i = 0; i < writes.size(); ++i) {
    if (results[i].outcome != WriteOutcome::kSaved) continue;
    DeleteAnswer(assessment, respondent, writes[i].element);
    if (!writes[i].clear) {
      InsertAnswer(assessment, respondent, writes[i].element, writes[i].answer, results[i].version,
                   at);
    }
    any = true;
  }
  if (any) {
    StampSaved(assessment, respondent, at);
    if (!who.empty()) {
      InsertAudit({0, assessment, at, who, SavedLine(results)});
    }
  }
  transaction.Commit();
  return results;
}

bool RecordStore::SignOff(const std::string& assessment, const StoredSignOff& entry,
                          std::size_t sides) {
  Transaction transaction(*this);
  CheckSignOff(assessment, entry.sign_off.perspective);
  InsertSignOff(assessment, entry);
  bool final = SignOffCount(assessment) >= sides;
  if (final) SetFinal(assessment, entry.at);
  transaction.Commit();
  return final;
}

std::vector<std::string> RecordStore::RequestReopen(const std::string& assessment,
                                                    const std::string& perspective,
                                                    std::size_t sides, const std::string& at) {
  Transaction transaction(*this);
  std::vector<std::string> asked = AskToReopen(assessment, perspective, at);
  if (asked.size() >= sides) {
    Reopen(assessment);
    asked.clear();
  }
  transaction.Commit();
  return asked;
}

void RecordStore::AddOverseerLink(const LinkRecord& link) {
  Transaction transaction(*this);
  InsertLink(link);
  transaction.Commit();
}

void RecordStore::AppendAudit(const AuditEntry& entry) {
  Transaction transaction(*this);
  InsertAudit(entry);
  transaction.Commit();
}

std::vector<TableRows> RecordStore::Dump() {
  Transaction transaction(*this, /*snapshot=*/true);
  std::vector<TableRows> out;
  for (const std::string& table : StoreTables()) out.push_back(ReadTable(table));
  transaction.Commit();
  return out;
}

}  // namespace maturity
