// `maturity validate`: framework files checked, or response files against a framework;
// every problem reported, a line per valid file.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace maturity {

struct ValidateRequest {
  std::vector<std::string> files;
  std::optional<std::string> framework;  ///< Given: the files are responses to it.
};

/// Checks every file, printing a line per valid one on `out` and every problem on `err`.
/// True when every file (and the framework) is valid.
bool RunValidate(const ValidateRequest& request, std::ostream& out, std::ostream& err);

}  // namespace maturity
