// Answer kinds: what a level, a measure and a checklist answer are, in one place; and the
// one check of an answer against its element, which every channel (a YAML file, a returned
// questionnaire, a survey export, a web form) calls and then locates in its own terms.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/framework.h"
#include "engine/response.h"

namespace maturity {

/// How an answer is asked for and given, whatever the element's kind: the inputs every
/// channel and writer knows (a response template, the questionnaire, a survey mapping, the
/// documents, a form). A new kind maps onto one of them, so that they need not change.
enum class AnswerInput {
  kLevel,   ///< A level of the framework's scale, chosen by its descriptor.
  kNumber,  ///< A number in a unit, within min and max; bands make it a level.
  kTicks,   ///< Items ticked from a list; bands make their count a level.
};

/// What a channel or writer needs to ask for, show and read an element's answer.
struct AnswerForm {
  AnswerInput input = AnswerInput::kLevel;
  const char* key = "level";            ///< The response file's key: level, value, checked.
  const char* definition = nullptr;     ///< The framework file's key: measure, checklist.
  const Text* unit = nullptr;           ///< kNumber: the unit.
  bool higher_is_better = true;         ///< kNumber: which way is better.
  std::optional<double> min;            ///< kNumber: the least value an answer may give.
  std::optional<double> max;            ///< kNumber: the greatest.
  const std::vector<ChecklistItem>* items = nullptr;   ///< kTicks: the items, in order.
  const std::vector<LevelThreshold>* bands = nullptr;  ///< kNumber, kTicks: to a level.
};

/// The form of `element`'s answer, from its kind.
AnswerForm FormOf(const Element& element);

/// `level`, `value` or `checked`: the key a response file answers `type` with.
const char* AnswerKeyName(AnswerType type);
/// `a level from 1 to 5`, `a number in percent`, `the list of checklist items in place`.
std::string DescribeExpectedAnswer(const Framework& framework, const Element& element);
/// Whether `answer` gives the answer itself (a level, a value or a checklist), whatever kind.
bool GivesAnswer(const Answer& answer);

/// The level one respondent's answer reaches; none when it does not apply or gives none.
std::optional<int> RespondentLevel(const Framework& framework, const Element& element,
                                   const Answer& answer);

/// The rule an answer breaks.
enum class AnswerRule {
  kNoAnswer,                    ///< Neither the answer nor "not applicable" is given.
  kNotApplicableWithAnswer,     ///< Both the answer and "not applicable".
  kNotApplicableWithoutReason,  ///< "Not applicable" with no reason.
  kReasonWithoutNotApplicable,  ///< A reason, but the answer is not marked not applicable.
  kAnswerOfAnotherKind,         ///< e.g. a value for an element answered with a level.
  kLevelOffScale,               ///< A level the framework's scale does not have.
  kValueOutOfRange,             ///< A measure outside the element's min and max.
  kUnknownChecklistItem,        ///< An item the checklist does not have.
  kChecklistItemTwice,          ///< The same item listed twice.
  kBlankEvidence,               ///< An item of evidence with nothing in it.
};

/// The part of an answer a problem is about, for the channel to point at: the answer as a
/// whole, the level, value or checklist given, the reason, an item of evidence.
enum class AnswerPart { kWhole, kLevel, kValue, kChecked, kReason, kEvidence };

struct AnswerProblem {
  AnswerRule rule;
  AnswerPart part;
  std::size_t index = 0;  ///< The checklist item or evidence item, when the part is a list.
  std::string message;    ///< In the engine's words; a channel may name its own fields instead.
};

/// Every rule `answer` to `element` breaks, in a fixed order: the one check of an answer,
/// whichever channel it came by. Empty when the answer is sound.
std::vector<AnswerProblem> CheckAnswer(const Framework& framework, const Element& element,
                                       const Answer& answer);

/// A warning on a sound answer, or none: a measure's value worse than the threshold of
/// the band for the scale's lowest level reaches no band, yet scores that level; the
/// channel says so at the value's place. (Without a band for the lowest level, that
/// level is every value short of the next one's threshold, by design: no warning.)
std::optional<std::string> ValueBeyondEveryBand(const Framework& framework, const Element& element,
                                                const Answer& answer);

/// The fewest letters or digits a piece of evidence has.
inline constexpr std::size_t kMinEvidenceLettersAndDigits = 3;

/// Why one item of evidence is not evidence, or none: the rule CheckAnswer applies to each
/// item, for readers that count evidence without keeping its text.
std::optional<std::string> CheckEvidenceItem(std::string_view evidence);

}  // namespace maturity
