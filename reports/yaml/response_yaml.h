// A response written as YAML in the format of docs/formats.md, for the importers
// (`maturity import`): what a respondent gave, nothing added or dropped.
#pragma once

#include <yaml-cpp/yaml.h>

#include <ostream>
#include <string>

#include "engine/framework.h"
#include "engine/response.h"

namespace maturity {

/// Writes `response` with a comment naming `source`. Respondents, answers (in framework
/// order) and sign-off follow the response; texts are double-quoted.
void WriteResponseYaml(const Response& response, const Framework& framework,
                       const std::string& source, std::ostream& out);

/// One agreed action as a block map (`element`, `action`, then what is set).
void EmitAction(YAML::Emitter& out, const AgreedAction& action);

}  // namespace maturity
