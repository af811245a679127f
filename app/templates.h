// What `maturity template` writes for people to fill in: a YAML response, an Excel
// questionnaire, or a survey mapping (docs/questionnaire.md).
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "app/output_set.h"
#include "engine/framework.h"
#include "engine/response.h"

namespace maturity {

enum class TemplateFormat { kYaml, kXlsx, kCsvMap };

/// The format named `name` (`yaml`, `xlsx`, `csv-map`), or none.
std::optional<TemplateFormat> ParseTemplateFormat(std::string_view name);
/// Every format's name, for help and messages.
std::vector<std::string> TemplateFormatNames();

struct TemplateOptions {
  std::string language;
  int respondents = 6;  ///< Answer columns per sheet of the Excel questionnaire.
  /// Last period's response: the template starts from it (yaml only).
  const Response* previous = nullptr;
  std::string period;         ///< With `previous`: this period ("" leaves it to fill in).
  bool with_answers = false;  ///< With `previous`: last period's answers as comments.
};

/// The writer of a template in `format` for `framework`, which must outlive it.
OutputSet::Writer TemplateWriter(TemplateFormat format, const Framework& framework,
                                 const TemplateOptions& options);

struct TemplateRequest {
  std::string framework;
  /// A name of TemplateFormatNames(); none: as the output's name says (TemplateFormatFor).
  std::optional<std::string> format;
  std::string output;
  std::optional<std::string> language;
  int respondents = 6;
  std::optional<std::string> from;            ///< Last period's response to start from.
  std::optional<std::string> from_framework;  ///< The framework `from` names.
  std::optional<std::string> period;          ///< With `from`: this period.
  bool with_answers = false;                  ///< With `from`: last answers as comments.
};

/// The format `request` writes: the one it names; without one, an Excel questionnaire for an
/// output named `.xlsx` and YAML otherwise. Throws UsageError for an unknown format, and for
/// YAML text to be written under a workbook's name (`-o questionnaire.xlsx --format yaml`),
/// which no spreadsheet would open.
TemplateFormat TemplateFormatFor(const TemplateRequest& request);

/// Writes the template `request` asks for, whole or not at all. Throws UsageError (an
/// unknown format or period, --from with a mapping), InputError, OutputError. Returns the
/// language it was written in.
std::string RunTemplate(const TemplateRequest& request, std::ostream& err);

}  // namespace maturity
