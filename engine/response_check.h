// The rules a whole response keeps, checked on the model: what a response built by any
// channel (an import, a web form) must satisfy before it is saved or scored. The YAML
// loader applies the same rules while it reads, with the file's own locations.
#pragma once

#include <string>
#include <vector>

#include "engine/framework.h"
#include "engine/response.h"

namespace maturity {

/// One broken rule: where in the response (`answers.a1[0].value`, as a response file
/// writes it) and what is wrong.
struct ResponseProblem {
  std::string path;
  std::string message;
};

/// Every rule `response` breaks against `framework`: institution and profile, respondents,
/// each answer (CheckAnswer) and one per respondent, sign-offs and agreed actions. Empty
/// when a response file written from it would load without an error.
std::vector<ResponseProblem> CheckResponse(const Framework& framework, const Response& response);

}  // namespace maturity
