// A blank response for a framework (`maturity template --format yaml`).
#pragma once

#include <ostream>
#include <string>

#include "engine/framework.h"
#include "engine/response.h"

namespace maturity {

/// The placeholder a user replaces; a template left with one is refused with the usual
/// located error (e.g. `expected a level from 1 to 5, got "FILL-IN"`).
inline constexpr const char* kFillIn = "FILL-IN";

/// Writes a response skeleton: institution and profile (with the allowed values as
/// comments), one respondent per perspective, every element with its prompt and level
/// descriptors as comments and an answer line to complete, and an optional sign-off.
/// Comments are in `language` (the catalogue's fixed texts, the framework's texts where it
/// has them); keys and values stay as the loader reads them.
void WriteResponseTemplate(const Framework& framework, std::ostream& out,
                           const std::string& language = "en");

/// Last period's response as the starting point of this period's template.
struct TemplateStart {
  const Response* previous = nullptr;
  std::string period;         ///< This period; "" leaves FILL-IN for the user.
  bool with_answers = false;  ///< Show last period's answers, as comments to review.
};

/// The template for the next period: the institution, profile and respondents of
/// `start.previous`, its open actions (planned, in progress) carried forward, and with
/// `with_answers` each element's answers of last period as a comment (to review, never
/// copied into the answer lines). Elements renamed since are followed through
/// renamed_from; actions on elements no longer in the framework are kept as comments.
void WriteResponseTemplate(const Framework& framework, std::ostream& out,
                           const std::string& language, const TemplateStart& start);

}  // namespace maturity
