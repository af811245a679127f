// `maturity import`: returned Excel questionnaires or survey exports read into response
// files, checked by the response loader's rules before any is written. `sector` reads a
// folder's returned questionnaires through the same code.
#pragma once

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "engine/diagnostics.h"
#include "engine/framework.h"
#include "engine/response.h"

namespace maturity {

struct ImportRequest {
  /// QUESTIONNAIRE.xlsx or SURVEY.csv files, one response each.
  std::vector<std::string> inputs;
  std::optional<std::string> framework;  ///< None: found by the id and version named.
  std::optional<std::string> map;        ///< The mapping file, for survey exports.
  /// The response to write; with several inputs, or when it is a folder, the folder each
  /// response is written to as NAME.yaml (the input's name).
  std::string output;
};

/// What was imported from one input, for its closing line.
struct ImportCounts {
  std::string input;
  std::string output;
  std::size_t respondents = 0;
  std::size_t answers = 0;
  std::size_t elements = 0;
};

/// Imports and validates every input, then writes all the responses or none. Warnings go
/// to `err`. Throws UsageError, InputError (every problem of every input with its cell or
/// line), OutputError.
std::vector<ImportCounts> RunImport(const ImportRequest& request, std::ostream& err);

/// A returned questionnaire at `path` read as `import` reads it, for `framework` (which
/// the questionnaire must name, id and version), and checked by the rules a response
/// file keeps. Every problem goes to `diagnostics`; throws InputError when there is an
/// error.
Response ReadReturnedQuestionnaire(const std::string& path, const Framework& framework,
                                   Diagnostics& diagnostics);

}  // namespace maturity
