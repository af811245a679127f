// The errors a run reports besides invalid inputs (engine/diagnostics.h: InputError),
// each mapped to one exit code by the command line (docs/cli.md).
#pragma once

#include <stdexcept>

#include "engine/diagnostics.h"  // InputError: every problem of an input, located

namespace maturity {

/// A request that cannot be carried out as asked: a bad option value, an output path
/// that cannot be used (exit code 2).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Inputs that were read but cannot give what was asked, such as too few institutions to
/// publish a benchmark; nothing is written (exit code 1).
class RefusedError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// An output that could not be written (exit code 3).
class OutputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace maturity
