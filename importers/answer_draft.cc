#include "importers/answer_draft.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "common/numbers.h"

namespace maturity {

std::string TrimText(const std::string& text) {
  const char* space = " \t\r\n";
  auto first = text.find_first_not_of(space);
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(space) - first + 1);
}

std::string UnixLines(const std::string& text) {
  std::string result;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      result += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      result += text[i];
    }
  }
  return result;
}

std::string LowerText(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

std::optional<double> ParseNumberText(const std::string& text) {
  std::string trimmed = TrimText(text);
  if (trimmed.empty()) return std::nullopt;
  double value = 0;
  const char* begin = trimmed.data() + (trimmed.front() == '+' ? 1 : 0);
  const char* end = trimmed.data() + trimmed.size();
  auto [stop, error] = std::from_chars(begin, end, value);
  if (error != std::errc() || stop != end || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::string NumberToText(double value) {
  char text[32];  // Rounded to Excel's 15 significant digits, as Excel shows it.
  std::snprintf(text, sizeof text, "%.15g", value);
  return FormatNumber(std::strtod(text, nullptr));
}

std::string QuotedText(const std::string& text) { return "\"" + text + "\""; }

std::string JoinQuotedTexts(const std::vector<std::string>& items) {
  std::string joined;
  for (std::size_t i = 0; i < items.size(); ++i) {
    joined += (i == 0 ? "" : i + 1 == items.size() ? " or " : ", ") + QuotedText(items[i]);
  }
  return joined;
}

std::vector<std::string> EvidenceLines(const std::string& text) {
  std::vector<std::string> lines;
  std::string unix = UnixLines(text);
  std::size_t start = 0;
  while (start <= unix.size()) {
    std::size_t end = unix.find('\n', start);
    if (end == std::string::npos) end = unix.size();
    std::string line = TrimText(unix.substr(start, end - start));
    if (!line.empty()) lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

std::optional<Answer> DraftAnswer(const AnswerDraft& draft, const std::string& by) {
  bool answered = draft.level || draft.value || draft.any_item;
  if (!answered && !draft.not_applicable && draft.evidence.empty() && draft.note.empty()) {
    return std::nullopt;
  }
  Answer answer;
  answer.by = by;
  answer.evidence = draft.evidence;
  answer.not_applicable = draft.not_applicable;
  // A questionnaire has one notes cell: for an answer that does not apply, it is the reason.
  (draft.not_applicable ? answer.reason : answer.note) = draft.note;
  answer.level = draft.level;
  answer.value = draft.value;
  if (draft.any_item) answer.checked = draft.checked;
  return answer;
}

DraftCell CellOf(const AnswerProblem& problem) {
  switch (problem.part) {
    case AnswerPart::kWhole:
      return DraftCell::kFirst;
    case AnswerPart::kLevel:
    case AnswerPart::kValue:
    case AnswerPart::kChecked:
      return DraftCell::kAnswer;
    case AnswerPart::kReason:
      return DraftCell::kNote;
    case AnswerPart::kEvidence:
      return DraftCell::kEvidence;
  }
  return DraftCell::kFirst;
}

std::string DraftProblemMessage(const AnswerProblem& problem, const std::string& element_id,
                                const std::string& not_applicable,
                                const std::string& reason_where) {
  switch (problem.rule) {
    case AnswerRule::kNotApplicableWithAnswer:
      return "both an answer and " + not_applicable + " for " + element_id + "; keep one";
    case AnswerRule::kNotApplicableWithoutReason:
      return "expected the reason " + element_id + " does not apply, " + reason_where;
    case AnswerRule::kNoAnswer:
      return "evidence or a note for " + element_id + " but no answer; give the answer (or " +
             not_applicable + "), or clear the cell";
    default:
      return element_id + ": " + problem.message;
  }
}

void AddAnswer(Response& response, const std::string& element_id, Answer answer) {
  for (ElementAnswers& existing : response.answers) {
    if (existing.element_id == element_id) {
      existing.answers.push_back(std::move(answer));
      return;
    }
  }
  response.answers.push_back({element_id, {std::move(answer)}});
}

}  // namespace maturity
