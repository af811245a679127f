// What the importers share: reading cell texts, and assembling one respondent's answer
// to one element from the cells that hold it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/answer_kinds.h"
#include "engine/framework.h"
#include "engine/response.h"

namespace maturity {

/// `text` without surrounding spaces, tabs and line breaks.
std::string TrimText(const std::string& text);
/// Line breaks as "\n", whoever wrote them.
std::string UnixLines(const std::string& text);
/// ASCII lower case, for matching answer texts regardless of case.
std::string LowerText(std::string text);
/// A finite number written as text ("12", "+3.5", "1e3"), or none.
std::optional<double> ParseNumberText(const std::string& text);
/// A number as people write it: 12, not 12.000000.
std::string NumberToText(double value);
/// `"text"`.
std::string QuotedText(const std::string& text);
/// `"a", "b" or "c"`.
std::string JoinQuotedTexts(const std::vector<std::string>& items);
/// Non-empty lines of `text`, trimmed: one evidence item each.
std::vector<std::string> EvidenceLines(const std::string& text);

/// One respondent's answer to one element as found in its cells, before checking.
struct AnswerDraft {
  std::optional<int> level;
  std::optional<double> value;
  bool not_applicable = false;
  bool any_item = false;  ///< Some checklist item was answered (yes or no).
  std::vector<std::string> checked;
  std::vector<std::string> evidence;
  std::string note;
  bool invalid = false;  ///< A cell was already reported; nothing is assembled.
};

/// The answer `draft` makes by respondent `by`, unchecked (the rules are CheckAnswer's,
/// which the importer calls next); none when nothing at all was given.
std::optional<Answer> DraftAnswer(const AnswerDraft& draft, const std::string& by);

/// Which of a draft's cells a problem CheckAnswer found is about.
enum class DraftCell { kFirst, kAnswer, kNote, kEvidence };
DraftCell CellOf(const AnswerProblem& problem);

/// A problem CheckAnswer found, in an importer's words: `not_applicable` is the answer text
/// that says so; `reason_where` where the reason goes.
std::string DraftProblemMessage(const AnswerProblem& problem, const std::string& element_id,
                                const std::string& not_applicable, const std::string& reason_where);

/// Appends `answer` to `response`'s answers for `element_id`.
void AddAnswer(Response& response, const std::string& element_id, Answer answer);

}  // namespace maturity
