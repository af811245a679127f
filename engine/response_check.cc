#include "engine/response_check.h"

#include <algorithm>
#include <set>

#include "common/strings.h"
#include "engine/answer_kinds.h"
#include "engine/value_formats.h"

namespace maturity {

namespace {

bool Blank(const std::string& text) { return !MeaninglessText(text).empty(); }

/// The first day a date may be: earlier ones (0000-01-01) are typing mistakes.
constexpr std::string_view kEarliestDate = "1900-01-01";

std::string At(const std::string& list, std::size_t index) {
  return list + "[" + std::to_string(index) + "]";
}

class ResponseChecker {
 public:
  ResponseChecker(const Framework& framework, const Response& response)
      : framework_(framework), response_(response) {}

  std::vector<ResponseProblem> Check() {
    if (!ParsePeriod(response_.period)) {
      Problem("period", "expected a period such as 2025-26, got '" + response_.period + "'");
    }
    CheckInstitution();
    CheckRespondents();
    CheckAnswers();
    CheckSignOffs();
    CheckActions();
    return std::move(problems_);
  }

 private:
  void Problem(std::string path, std::string message) {
    problems_.push_back({std::move(path), std::move(message), false});
  }
  void Warning(std::string path, std::string message) {
    problems_.push_back({std::move(path), std::move(message), true});
  }

  void CheckInstitution() {
    const Institution& institution = response_.institution;
    if (Blank(institution.id)) Problem("institution.id", "expected the institution's id");
    if (Blank(institution.name)) Problem("institution.name", "expected the institution's name");
    for (const auto& [key, value] : institution.profile) {
      std::string path = "institution.profile." + key;
      const ProfileField* field = framework_.FindProfileField(key);
      if (!field) {
        Problem(path, "unknown profile field '" + key + "'");
      } else if (field->type == ProfileFieldType::kChoice &&
                 std::find(field->values.begin(), field->values.end(), value.text) ==
                     field->values.end()) {
        Problem(path,
                "expected one of " + Join(field->values, ", ") + ", got '" + value.text + "'");
      } else if (field->type == ProfileFieldType::kInteger &&
                 (!value.number || (!field->bands.empty() && !field->BandOf(*value.number)))) {
        Problem(path, "expected a whole number in one of the bands of '" + key + "'");
      }
    }
    for (const ProfileField& field : framework_.profile) {
      if (field.required && !institution.profile.contains(field.key)) {
        Problem("institution.profile", "missing required profile field " + field.key);
      }
    }
  }

  void CheckRespondents() {
    std::set<std::string> ids;
    for (std::size_t i = 0; i < response_.respondents.size(); ++i) {
      const Respondent& respondent = response_.respondents[i];
      std::string path = At("respondents", i);
      if (Blank(respondent.id)) {
        Problem(path + ".id", "expected a respondent id, got an empty text");
      } else if (!ids.insert(respondent.id).second) {
        Problem(path + ".id", "duplicate respondent '" + respondent.id + "'");
      }
      if (!framework_.FindPerspective(respondent.perspective)) {
        Problem(path + ".perspective", "unknown perspective '" + respondent.perspective + "'");
      }
    }
  }

  void CheckAnswers() {
    for (const ElementAnswers& entry : response_.answers) {
      std::string path = "answers." + entry.element_id;
      const Element* element = framework_.FindElement(entry.element_id);
      if (!element) {
        Problem(path, "unknown element '" + entry.element_id + "'");
        continue;
      }
      if (!entry.answers.empty() &&
          !Matches(element->applies_when, response_.institution.profile)) {
        Warning(path, DoesNotApplyWarning(entry.element_id));
      }
      std::set<std::string> answered_by;
      for (std::size_t i = 0; i < entry.answers.size(); ++i) {
        const Answer& answer = entry.answers[i];
        std::string answer_path = At(path, i);
        if (!response_.FindRespondent(answer.by)) {
          Problem(answer_path + ".by", "unknown respondent '" + answer.by + "'");
        } else if (!answered_by.insert(answer.by).second) {
          Problem(answer_path, "respondent '" + answer.by + "' already answered '" +
                                   entry.element_id + "'; give one answer per respondent");
        }
        for (const AnswerProblem& problem : CheckAnswer(framework_, *element, answer)) {
          Problem(answer_path + PartPath(problem), problem.message);
        }
      }
    }
  }

  static std::string PartPath(const AnswerProblem& problem) {
    switch (problem.part) {
      case AnswerPart::kWhole:
        return "";
      case AnswerPart::kLevel:
        return ".level";
      case AnswerPart::kValue:
        return ".value";
      case AnswerPart::kChecked:
        return problem.rule == AnswerRule::kUnknownChecklistItem ||
                       problem.rule == AnswerRule::kChecklistItemTwice
                   ? At(".checked", problem.index)
                   : ".checked";
      case AnswerPart::kReason:
        return ".reason";
      case AnswerPart::kEvidence:
        return At(".evidence", problem.index);
    }
    return "";
  }

  void CheckSignOffs() {
    for (std::size_t i = 0; i < response_.sign_off.size(); ++i) {
      const SignOff& sign_off = response_.sign_off[i];
      std::string path = At("sign_off", i);
      if (!framework_.FindPerspective(sign_off.perspective)) {
        Problem(path + ".perspective", "unknown perspective '" + sign_off.perspective + "'");
      }
      if (Blank(sign_off.name)) {
        Problem(path + ".name", "expected the name of the person who signed, got an empty text");
      }
      if (!IsDate(sign_off.date) || sign_off.date < kEarliestDate) {
        Problem(path + ".date", "expected a date as YYYY-MM-DD, got '" + sign_off.date + "'");
      }
      if (!sign_off.agreed && Blank(sign_off.statement)) {
        Problem(path + ".statement",
                "expected the side's explanation of why it does not agree, got an empty text");
      }
    }
  }

  void CheckActions() {
    for (std::size_t i = 0; i < response_.actions.size(); ++i) {
      const AgreedAction& action = response_.actions[i];
      std::string path = At("actions", i);
      if (!framework_.FindElement(action.element)) {
        Problem(path + ".element", "unknown element '" + action.element + "'");
      }
      if (Blank(action.action)) {
        Problem(path + ".action", "expected the action agreed, got an empty text");
      }
      if (!action.due.empty() && (!IsDate(action.due) || action.due < kEarliestDate)) {
        Problem(path + ".due", "expected a date as YYYY-MM-DD, got '" + action.due + "'");
      }
    }
  }

  const Framework& framework_;
  const Response& response_;
  std::vector<ResponseProblem> problems_;
};

}  // namespace

std::string MeaninglessText(std::string_view text, std::size_t min_letters_and_digits) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return "an empty text";
  if (IsBlank(text)) return "a text of invisible characters only";
  if (CountLettersAndDigits(text) < min_letters_and_digits) {
    return Quoted(text) + ", which has fewer than " + std::to_string(min_letters_and_digits) +
           " letters or digits";
  }
  return "";
}

std::string DoesNotApplyWarning(const std::string& element_id) {
  return "element '" + element_id +
         "' does not apply to this institution's profile; its answers are kept but not scored";
}

std::vector<ResponseProblem> CheckResponse(const Framework& framework, const Response& response) {
  return ResponseChecker(framework, response).Check();
}

}  // namespace maturity
