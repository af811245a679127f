#include "fuzz/fuzz_targets.h"

#include <sstream>

#include "engine/framework_loader.h"
#include "engine/response_loader.h"
#include "engine/scoring.h"
#include "reports/scorecard_json.h"
#include "reports/scorecard_text.h"

namespace maturity::fuzz {

void FrameworkLoader(const std::string& input) {
  Diagnostics diagnostics;
  try {
    Framework framework = ParseFramework("fuzz.yaml", input, diagnostics);
    (void)framework;
  } catch (const InputError&) {
  }
}

void ResponseLoader(const std::string& input) {
  static const Framework framework = [] {
    Diagnostics diagnostics;
    return LoadFramework(std::string(MATURITY_SOURCE_DIR) + "/frameworks/social-partnership.yaml",
                         diagnostics);
  }();
  Diagnostics diagnostics;
  try {
    Response response = ParseResponse("fuzz.yaml", input, framework, diagnostics);
    Scorecard card = Score(framework, response);
    std::ostringstream out;
    WriteScorecardJson(card, out);
    WriteScorecardText(card, out);
  } catch (const InputError&) {
  }
}

}  // namespace maturity::fuzz
