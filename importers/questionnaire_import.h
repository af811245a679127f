// `maturity import QUESTIONNAIRE.xlsx`: a returned questionnaire read back into a
// response (docs/questionnaire.md). Every answer is placed or reported, never dropped.
#pragma once

#include <string>

#include "engine/diagnostics.h"
#include "engine/framework.h"
#include "engine/response.h"
#include "importers/xlsx_workbook.h"

namespace maturity {

/// What a questionnaire says it was made for (its hidden meta sheet).
struct QuestionnaireIdentity {
  std::string framework_id;
  std::string framework_version;
  std::string language;
  int respondents = 0;
  bool actions_sheet = false;  ///< Made with the Agreed actions sheet (earlier versions not).
  /// Dimension tabs named short (`6. Membership, skills`); earlier versions cut them
  /// with an ellipsis.
  bool short_sheet_names = false;

  bool operator==(const QuestionnaireIdentity&) const = default;
};

/// The blank questionnaire a return of `identity` was made as, written and read back: what
/// an import compares the return with.
struct BlankQuestionnaire {
  QuestionnaireIdentity identity;
  XlsxWorkbook workbook;
};

/// Writes and reads back the blank questionnaire of `identity` for `framework`.
BlankQuestionnaire MakeBlankQuestionnaire(const Framework& framework,
                                          const QuestionnaireIdentity& identity);

/// Reads `path` as a workbook; a file that is not one is an InputError naming it.
XlsxWorkbook ReadQuestionnaireWorkbook(const std::string& path);

/// The identity in the meta sheet; an InputError when the workbook is not a maturity
/// questionnaire.
QuestionnaireIdentity ReadQuestionnaireIdentity(const std::string& path,
                                                const XlsxWorkbook& workbook);

/// Reads the answers of a questionnaire made from `framework`. Problems are located as
/// `path:'Sheet'!C14`; any error throws InputError with all of them. Warnings (none so
/// far) go to `diagnostics`.
/// `blank`: one already made, used when its identity is the return's (a caller importing
/// many returns made alike, or the fuzz target, makes it once); else one is made.
Response ImportQuestionnaire(const std::string& path, const XlsxWorkbook& workbook,
                             const Framework& framework, Diagnostics& diagnostics,
                             const BlankQuestionnaire* blank = nullptr);

/// `path:Sheet!C14`, quoting the sheet name as Excel does when it has spaces or
/// punctuation.
Location CellLocation(const std::string& path, const std::string& sheet, const std::string& ref);

}  // namespace maturity
