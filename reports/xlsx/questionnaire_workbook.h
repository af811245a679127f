// The Excel questionnaire (`maturity template --format xlsx`): a workbook respondents
// fill in without help, and that `maturity import` reads back (docs/questionnaire.md).
#pragma once

#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "common/questionnaire_layout.h"
#include "engine/framework.h"
#include "engine/response.h"

namespace maturity {

struct QuestionnaireOptions {
  std::string language;                ///< One of the framework's languages.
  int respondents = 6;                 ///< Answer columns per dimension sheet.
  std::optional<std::time_t> created;  ///< Workbook timestamp; none: now.
  /// Last period's response: the institution, profile and respondents start filled in.
  const Response* previous = nullptr;
  std::string period;         ///< With `previous`: this period ("" leaves it to fill in).
  bool with_answers = false;  ///< With `previous`: a column of last period's answers.
  /// The Agreed actions sheet; false only to rebuild a questionnaire an earlier version
  /// made without it.
  bool actions_sheet = true;
  /// Dimension tabs named short, without an ellipsis; false only to rebuild a
  /// questionnaire an earlier version made (its tabs cut at 31 characters).
  bool short_sheet_names = true;
};

/// The drop-down text for a scale level, e.g. "3 Established" ("3 Sefydledig").
std::string QuestionnaireLevelOption(const ScaleLevel& level, const std::string& language);

/// Writes the questionnaire to `path`; throws std::runtime_error when it cannot.
[[nodiscard]] std::vector<std::string> WriteQuestionnaireWorkbook(
    const Framework& framework, const QuestionnaireOptions& options, const std::string& path);

}  // namespace maturity
