// `maturity import SURVEY.csv --map MAPPING.yaml`: an online survey's export (one row per
// respondent) turned into a response, as a mapping file directs (docs/survey-import.md).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/diagnostics.h"
#include "engine/framework.h"
#include "engine/response.h"

namespace maturity {

/// What one survey column holds.
struct SurveyColumn {
  enum class Role { kAnswer, kEvidence, kNote };
  std::string header;
  std::string element;
  Role role = Role::kAnswer;
  /// Answer texts of this column -> level ("Strongly agree" -> 5); when empty, the
  /// mapping's shared `levels`. 0 stands for not applicable.
  std::map<std::string, int> levels;
  /// Checklist columns: answer text -> item key; several items per cell are split by
  /// `separator`.
  std::map<std::string, std::string> items;
  std::string separator = ";";
  Location location;  ///< Where the mapping file names the column.
};

/// A mapping file, read and checked against its framework.
struct SurveyMapping {
  std::string file;
  std::string framework_reference;  ///< As given: `framework` (and its version).
  Response header;                  ///< framework, institution, period.
  std::optional<std::string> id_column;  ///< None: respondents are numbered by row.
  std::string perspective_column;
  std::map<std::string, std::string> perspectives;  ///< Answer text -> perspective key.
  std::map<std::string, int> levels;                ///< Shared answer text -> level (0: n/a).
  std::vector<std::string> ignore;                  ///< Columns deliberately not imported.
  std::vector<SurveyColumn> columns;
  char delimiter = ',';
};

/// Reads the framework id and version a mapping file names, without a framework: the
/// command finds the framework from them. Throws InputError.
std::pair<std::string, std::string> ReadSurveyMappingFramework(const std::string& path,
                                                               const std::string& content);

/// Reads and checks a mapping file against `framework`. Throws InputError with every
/// problem, located in the mapping file.
SurveyMapping ReadSurveyMapping(const std::string& path, const std::string& content,
                                const Framework& framework);

/// Turns the survey export into a response. Problems are located by cell, as a
/// spreadsheet shows the file (`survey.csv:D7`), and name the column's header. Every
/// column is mapped or ignored, every answer text mapped: otherwise an error.
Response ImportSurvey(const std::string& path, const std::string& content,
                      const SurveyMapping& mapping, const Framework& framework);

/// A starting mapping for `framework` (`maturity template --format csv-map`): every
/// element as a column named after its title, a five-point agreement scale, and notes.
void WriteSurveyMappingTemplate(const Framework& framework, const std::string& language,
                                std::ostream& out);

}  // namespace maturity
