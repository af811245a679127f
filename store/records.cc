#include "store/records.h"

namespace maturity {

namespace {

bool SameAnswer(const Answer& a, const Answer& b) {
  return a.level == b.level && a.value == b.value && a.checked == b.checked &&
         a.not_applicable == b.not_applicable && a.reason == b.reason &&
         a.evidence == b.evidence && a.note == b.note;
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
