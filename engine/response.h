// The validated response model: one institution, one period, several respondents.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/enum_names.h"
#include "engine/diagnostics.h"
#include "engine/profile.h"

namespace maturity {

struct Institution {
  std::string id;
  std::string name;
  Profile profile;
  Location location;  ///< Where the institution's id is written.
};

/// Someone who answers from one perspective.
struct Respondent {
  std::string id;
  std::string perspective;
  std::string name;
  std::string role;
};

/// One respondent's answer to one element. Exactly one of `level`, `value` and
/// `checked` is set, unless the answer is marked not applicable.
struct Answer {
  std::string by;
  std::optional<int> level;
  std::optional<double> value;
  std::optional<std::vector<std::string>> checked;
  bool not_applicable = false;
  std::string reason;  ///< Why the element does not apply (required when not applicable).
  std::vector<std::string> evidence;
  /// How many items of evidence were given, when a response was loaded for its scores only
  /// (ResponseDetail::kScores keeps no texts); 0 otherwise, `evidence` holding them.
  std::size_t evidence_count = 0;
  std::string note;
};

/// All answers given for one element, in file order.
struct ElementAnswers {
  std::string element_id;
  std::vector<Answer> answers;
};

/// One side's sign-off: who signed, when, and whether that side agrees the assessment.
struct SignOff {
  std::string perspective;
  std::string name;
  std::string date;       ///< YYYY-MM-DD.
  bool agreed = true;     ///< False: the side signs to say it does not agree.
  std::string statement;  ///< Why the side does not agree (required when !agreed).
};

enum class ActionStatus { kPlanned, kInProgress, kDone, kDropped };

/// Every status, in the order they are offered.
inline constexpr ActionStatus kActionStatuses[] = {
    ActionStatus::kPlanned, ActionStatus::kInProgress, ActionStatus::kDone, ActionStatus::kDropped};

/// Each status's name in a response file.
inline constexpr Named<ActionStatus> kActionStatusNames[] = {
    {ActionStatus::kPlanned, "planned"},
    {ActionStatus::kInProgress, "in_progress"},
    {ActionStatus::kDone, "done"},
    {ActionStatus::kDropped, "dropped"}};

/// `planned`, `in_progress`, `done`, `dropped`: the names a response file uses.
const char* ActionStatusName(ActionStatus status);

/// An action the two sides agreed, carried from year to year in the response.
struct AgreedAction {
  std::string element;  ///< An element of the framework.
  std::string action;
  std::string owner;  ///< Optional.
  std::string due;    ///< YYYY-MM-DD; optional.
  ActionStatus status = ActionStatus::kPlanned;
  std::string note;  ///< Optional.
  Location location;

  /// Planned or in progress.
  bool open() const {
    return status == ActionStatus::kPlanned || status == ActionStatus::kInProgress;
  }
};

struct Response {
  std::string file;
  std::string framework_id;
  std::string framework_version;
  Institution institution;
  std::string period;
  Location period_location;
  std::vector<Respondent> respondents;
  std::vector<ElementAnswers> answers;
  std::vector<SignOff> sign_off;
  std::vector<AgreedAction> actions;  ///< In file order.

  const Respondent* FindRespondent(const std::string& id) const;
  const ElementAnswers* FindAnswers(const std::string& element_id) const;
};

}  // namespace maturity
