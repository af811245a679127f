// `maturity import`: a returned Excel questionnaire or a survey export read into a
// response file, checked by the response loader before it is written.
#pragma once

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>

namespace maturity {

struct ImportRequest {
  std::string input;                     ///< QUESTIONNAIRE.xlsx or SURVEY.csv.
  std::optional<std::string> framework;  ///< None: found by the id and version named.
  std::optional<std::string> map;        ///< The mapping file, for a survey export.
  std::string output;                    ///< The response to write.
};

/// What was imported, for the closing line.
struct ImportCounts {
  std::size_t respondents = 0;
  std::size_t answers = 0;
  std::size_t elements = 0;
};

/// Imports, validates and writes the response whole. Warnings go to `err`. Throws
/// UsageError, InputError (every problem with its cell or line), OutputError.
ImportCounts RunImport(const ImportRequest& request, std::ostream& err);

}  // namespace maturity
