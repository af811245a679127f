// The rules a whole response keeps, checked on the model: what a response built by any
// channel (an import, a web form) must satisfy before it is saved or scored. The YAML
// loader applies the same rules while it reads, with the file's own locations.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "engine/framework.h"
#include "engine/response.h"

namespace maturity {

/// One broken rule: where in the response (`answers.a1[0].value`, as a response file
/// writes it) and what is wrong.
struct ResponseProblem {
  std::string path;
  std::string message;
  bool warning =
      false;  ///< Kept and said, not refused (answers to an element that does not apply).
};

/// Every rule `response` breaks against `framework`: institution and profile, respondents,
/// each answer (CheckAnswer) and one per respondent, sign-offs and agreed actions. Empty
/// when a response file written from it would load without an error or a warning.
std::vector<ResponseProblem> CheckResponse(const Framework& framework, const Response& response);

/// What is wrong with `text` where a text that says something is required, for
/// "expected ..., got " + it; "" when nothing is. A text that shows nothing (only spaces or
/// invisible characters: zero-width space, joiners, byte order mark, soft hyphen) counts
/// as empty; with `min_letters_and_digits`, fewer letters or digits are too few.
std::string MeaninglessText(std::string_view text, std::size_t min_letters_and_digits = 0);

/// The warning for answers to an element that does not apply to the institution's profile
/// (kept, not scored), as CheckResponse and the YAML loader say it.
std::string DoesNotApplyWarning(const std::string& element_id);

}  // namespace maturity
