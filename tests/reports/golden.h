// Golden-file comparison: set MATURITY_UPDATE_GOLDEN=1 to rewrite the files after a
// deliberate change, then review the diff before committing.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "engine/framework_loader.h"
#include "engine/response_loader.h"
#include "engine/scoring.h"
#include "engine/sector.h"
#include "tests/support/test_files.h"

namespace maturity::testing {

inline void ExpectMatchesGolden(const std::string& actual, const std::string& relative_path) {
  std::string path = SourcePath(relative_path);
  if (std::getenv("MATURITY_UPDATE_GOLDEN")) {
    WriteFile(path, actual);
    return;
  }
  std::string expected = ReadFile(path);
  ASSERT_FALSE(expected.empty()) << "missing golden file " << relative_path
                                 << "; run with MATURITY_UPDATE_GOLDEN=1 to create it";
  EXPECT_EQ(actual, expected) << "differs from " << relative_path;
}

/// Loads an example's framework and response and scores it.
struct ScoredExample {
  Framework framework;
  Response response;
  Scorecard card;
};

/// Scores `response` (relative to the source tree) with the bundled framework.
inline std::unique_ptr<ScoredExample> ScoreExample(const std::string& response) {
  auto example = std::make_unique<ScoredExample>();
  Diagnostics diagnostics;
  example->framework = LoadFramework(SourcePath("frameworks/social-partnership.yaml"), diagnostics);
  example->response = LoadResponse(SourcePath(response), example->framework, diagnostics);
  example->card = Score(example->framework, example->response);
  return example;
}

/// A small sector of the examples: Coleg y Bryn (2025-26) and Coleg y Dyffryn in two
/// periods, each scored and summarised (`examples` owns what `summaries` point into).
struct ScoredSector {
  std::vector<std::unique_ptr<ScoredExample>> examples;
  std::vector<InstitutionSummary> summaries;
};

inline ScoredSector ScoreSectorExamples() {
  ScoredSector sector;
  for (const char* response : {"examples/college-self-assessment/coleg-y-bryn.yaml",
                               "examples/annual-cycle/coleg-y-dyffryn-2024-25.yaml",
                               "examples/annual-cycle/coleg-y-dyffryn-2025-26.yaml"}) {
    sector.examples.push_back(ScoreExample(response));
    sector.summaries.push_back(Summarise(sector.examples.back()->card));
  }
  return sector;
}

inline const char* const kExamples[] = {
    "examples/college-self-assessment/coleg-y-bryn.yaml",
    "examples/university-self-assessment/prifysgol-y-gororau.yaml",
    "examples/school-self-assessment/ysgol-gyfun-cwm-teg.yaml",
};

/// `examples/x/name.yaml` -> `name`.
inline std::string ExampleName(const std::string& path) {
  std::string name = path.substr(path.rfind('/') + 1);
  return name.substr(0, name.rfind('.'));
}

}  // namespace maturity::testing
