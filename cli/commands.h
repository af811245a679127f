// The `maturity` command line: parses options, calls the libraries, maps errors to
// exit codes. main() only forwards to RunMaturity.
#pragma once

#include <ostream>

namespace maturity {

/// Exit codes, documented in docs/cli.md.
enum ExitCode : int {
  kExitSuccess = 0,
  kExitInvalidInput = 1,  ///< An input file is missing, unreadable or invalid.
  kExitUsage = 2,         ///< Bad command line, or an output path that cannot be used.
  kExitOutputFailed = 3,  ///< An output could not be written (disk full, permissions).
};

/// Runs `maturity` with `argv`; normal output goes to `out`, diagnostics to `err`.
int RunMaturity(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace maturity
