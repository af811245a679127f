#include "engine/answer_kinds.h"

#include <algorithm>

#include "common/enum_names.h"
#include "common/numbers.h"
#include "common/strings.h"
#include "engine/response_check.h"

namespace maturity {

const char* AnswerKeyName(AnswerType type) {
  static constexpr Named<AnswerType> kKeys[] = {{AnswerType::kLevel, "level"},
                                                {AnswerType::kValue, "value"},
                                                {AnswerType::kChecked, "checked"}};
  return NameOf(kKeys, type);
}

AnswerForm FormOf(const Element& element) {
  AnswerForm form;
  form.key = AnswerKeyName(element.answer_type());
  if (const Measure* measure = element.measure()) {
    form.input = AnswerInput::kNumber;
    form.definition = "measure";
    form.unit = &measure->unit;
    form.higher_is_better = measure->higher_is_better;
    form.min = measure->min;
    form.max = measure->max;
    form.bands = &measure->bands;
  } else if (const Checklist* checklist = element.checklist()) {
    form.input = AnswerInput::kTicks;
    form.definition = "checklist";
    form.items = &checklist->items;
    form.bands = &checklist->bands;
  }
  return form;
}

std::string DescribeExpectedAnswer(const Framework& framework, const Element& element) {
  switch (element.answer_type()) {
    case AnswerType::kLevel:
      return "a level from " + std::to_string(framework.lowest_level()) + " to " +
             std::to_string(framework.highest_level());
    case AnswerType::kValue:
      return "a number in " + element.measure()->unit.Default();
    case AnswerType::kChecked:
      return "the list of checklist items in place";
  }
  return "";
}

bool GivesAnswer(const Answer& answer) {
  return answer.level.has_value() || answer.value.has_value() || answer.checked.has_value();
}

namespace {

int BandedLevel(const std::vector<LevelThreshold>& bands, double value, bool higher_is_better,
                int lowest) {
  int level = lowest;
  for (const LevelThreshold& band : bands) {
    bool reached = higher_is_better ? value >= band.threshold : value <= band.threshold;
    if (reached) level = std::max(level, band.level);
  }
  return level;
}

/// The part that holds an answer of `type`.
AnswerPart PartOf(AnswerType type) {
  switch (type) {
    case AnswerType::kLevel:
      return AnswerPart::kLevel;
    case AnswerType::kValue:
      return AnswerPart::kValue;
    case AnswerType::kChecked:
      return AnswerPart::kChecked;
  }
  return AnswerPart::kLevel;
}

/// The kinds of answer `answer` gives, in key order (a file may give more than one).
std::vector<AnswerType> GivenTypes(const Answer& answer) {
  std::vector<AnswerType> types;
  if (answer.level) types.push_back(AnswerType::kLevel);
  if (answer.value) types.push_back(AnswerType::kValue);
  if (answer.checked) types.push_back(AnswerType::kChecked);
  return types;
}

void CheckValue(const Framework& framework, const Element& element, const Answer& answer,
                std::vector<AnswerProblem>& problems) {
  switch (element.answer_type()) {
    case AnswerType::kLevel:
      if (!framework.FindLevel(*answer.level)) {
        problems.push_back({AnswerRule::kLevelOffScale, AnswerPart::kLevel, 0,
                            "expected a level from " + std::to_string(framework.lowest_level()) +
                                " to " + std::to_string(framework.highest_level()) + ", got " +
                                std::to_string(*answer.level)});
      }
      return;
    case AnswerType::kValue: {
      const Measure& measure = *element.measure();
      double value = *answer.value;
      if ((measure.min && value < *measure.min) || (measure.max && value > *measure.max)) {
        std::string range = measure.min && measure.max ? "from " + FormatNumber(*measure.min) +
                                                             " to " + FormatNumber(*measure.max)
                            : measure.min ? "of at least " + FormatNumber(*measure.min)
                                          : "of at most " + FormatNumber(*measure.max);
        problems.push_back({AnswerRule::kValueOutOfRange, AnswerPart::kValue, 0,
                            "expected a number " + range + " (" + measure.unit.Default() +
                                "), got " + FormatNumber(value)});
      }
      return;
    }
    case AnswerType::kChecked: {
      const std::vector<std::string>& checked = *answer.checked;
      const std::vector<ChecklistItem>& items = element.checklist()->items;
      for (std::size_t i = 0; i < checked.size(); ++i) {
        const std::string& key = checked[i];
        auto is_key = [&](const ChecklistItem& item) { return item.key == key; };
        if (std::none_of(items.begin(), items.end(), is_key)) {
          std::vector<std::string> keys;
          for (const ChecklistItem& item : items) keys.push_back(item.key);
          problems.push_back({AnswerRule::kUnknownChecklistItem, AnswerPart::kChecked, i,
                              "unknown checklist item '" + key + "'; the items of '" + element.id +
                                  "' are " + Join(keys, ", ")});
        } else if (std::find(checked.begin(), checked.begin() + static_cast<std::ptrdiff_t>(i),
                             key) != checked.begin() + static_cast<std::ptrdiff_t>(i)) {
          problems.push_back({AnswerRule::kChecklistItemTwice, AnswerPart::kChecked, i,
                              "checklist item '" + key + "' is listed twice"});
        }
      }
      return;
    }
  }
}

}  // namespace

std::optional<int> RespondentLevel(const Framework& framework, const Element& element,
                                   const Answer& answer) {
  if (answer.not_applicable) return std::nullopt;
  if (answer.level) return answer.level;
  if (answer.value && element.measure()) {
    return BandedLevel(element.measure()->bands, *answer.value, element.measure()->higher_is_better,
                       framework.lowest_level());
  }
  if (answer.checked && element.checklist()) {
    return BandedLevel(element.checklist()->bands, static_cast<double>(answer.checked->size()),
                       true, framework.lowest_level());
  }
  return std::nullopt;
}

std::optional<std::string> ValueBeyondEveryBand(const Framework& framework, const Element& element,
                                                const Answer& answer) {
  const Measure* measure = element.measure();
  if (answer.not_applicable || !answer.value || !measure || measure->bands.empty()) {
    return std::nullopt;
  }
  // Bands ascend by level. When the lowest level has no band, it is, by the framework's
  // design, every value short of the next level's threshold ("more than 60 days"); when
  // it has one, a value short of it is outside everything the framework describes.
  const LevelThreshold& lowest = measure->bands.front();
  if (lowest.level != framework.lowest_level()) return std::nullopt;
  const double value = *answer.value;
  bool reached = measure->higher_is_better ? value >= lowest.threshold : value <= lowest.threshold;
  if (reached) return std::nullopt;
  return "the value " + FormatNumber(value) + " is worse than every band of '" + element.id +
         "' (level " + std::to_string(lowest.level) + " needs " + FormatNumber(lowest.threshold) +
         (measure->higher_is_better ? " or more" : " or less") + "); it is scored level " +
         std::to_string(lowest.level) + " without reaching it";
}

std::optional<std::string> CheckEvidenceItem(std::string_view evidence) {
  // Evidence that says nothing ("", ".", a zero-width space) would clear the `unevidenced`
  // flag while showing nothing: a piece of evidence has a few letters or digits.
  std::string problem = MeaninglessText(evidence, kMinEvidenceLettersAndDigits);
  if (problem.empty()) return std::nullopt;
  return "expected what shows the level (a document, a minute, a link), got " + problem;
}

std::vector<AnswerProblem> CheckAnswer(const Framework& framework, const Element& element,
                                       const Answer& answer) {
  std::vector<AnswerProblem> problems;
  const AnswerType expected = element.answer_type();
  std::vector<AnswerType> given = GivenTypes(answer);
  if (answer.not_applicable) {
    if (answer.reason.find_first_not_of(" \t\r\n") == std::string::npos) {
      problems.push_back({AnswerRule::kNotApplicableWithoutReason, AnswerPart::kReason, 0,
                          "a not-applicable answer needs a reason"});
    }
    for (AnswerType type : given) {
      problems.push_back({AnswerRule::kNotApplicableWithAnswer, PartOf(type), 0,
                          "a not-applicable answer cannot also give " +
                              std::string(AnswerKeyName(type)) + "; keep one"});
    }
  } else {
    if (!answer.reason.empty()) {
      problems.push_back({AnswerRule::kReasonWithoutNotApplicable, AnswerPart::kReason, 0,
                          "a reason explains a not-applicable answer; mark it not applicable or "
                          "write the explanation as a note"});
    }
    if (given.empty()) {
      problems.push_back({AnswerRule::kNoAnswer, AnswerPart::kWhole, 0,
                          "expected " + DescribeExpectedAnswer(framework, element) +
                              ", or not applicable with a reason"});
    }
    for (AnswerType type : given) {
      if (type == expected) {
        CheckValue(framework, element, answer, problems);
      } else {
        problems.push_back({AnswerRule::kAnswerOfAnotherKind, PartOf(type), 0,
                            "element '" + element.id + "' is answered with '" +
                                AnswerKeyName(expected) + "' (" +
                                DescribeExpectedAnswer(framework, element) + "), not '" +
                                AnswerKeyName(type) + "'"});
      }
    }
  }
  for (std::size_t i = 0; i < answer.evidence.size(); ++i) {
    if (auto problem = CheckEvidenceItem(answer.evidence[i])) {
      problems.push_back({AnswerRule::kBlankEvidence, AnswerPart::kEvidence, i, *problem});
    }
  }
  return problems;
}

}  // namespace maturity
