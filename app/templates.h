// What `maturity template` writes for people to fill in: a YAML response, an Excel
// questionnaire, or a survey mapping (docs/questionnaire.md).
#pragma once

#include <optional>
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

}  // namespace maturity
