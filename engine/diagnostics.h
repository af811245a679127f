// Located problems in input files, collected and reported compiler style.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace maturity {

/// A place in an input file; line and column count from 1 (0 when unknown).
struct Location {
  std::string file;
  int line = 0;
  int column = 0;
};

enum class Severity { kError, kWarning };

/// One problem: where it is, the key path inside the document, and what was expected.
struct Diagnostic {
  Severity severity = Severity::kError;
  Location location;
  std::string key_path;
  std::string message;

  /// `file:line:column: error: key.path: message`, the format users and tests rely on.
  std::string Format() const;
};

/// Collects every problem in a run, up to a cap, so users can fix them all at once.
class Diagnostics {
 public:
  static constexpr std::size_t kDefaultLimit = 50;

  explicit Diagnostics(std::size_t error_limit = kDefaultLimit) : error_limit_(error_limit) {}

  void Error(Location location, std::string key_path, std::string message);
  void Warning(Location location, std::string key_path, std::string message);

  bool HasErrors() const { return error_count_ > 0; }
  std::size_t error_count() const { return error_count_; }
  /// True once the cap is reached; later errors are counted but not kept.
  bool AtLimit() const { return error_count_ >= error_limit_; }
  const std::vector<Diagnostic>& items() const { return items_; }
  /// Every kept diagnostic, one per line, plus a line saying how many were not shown.
  std::string Format() const;

 private:
  std::size_t error_limit_;
  std::size_t error_count_ = 0;
  std::vector<Diagnostic> items_;
};

/// Thrown when an input is invalid; carries every diagnostic found (exit code 1).
class InputError : public std::runtime_error {
 public:
  explicit InputError(Diagnostics diagnostics);
  /// A single located error.
  InputError(Location location, std::string key_path, std::string message);
  const Diagnostics& diagnostics() const { return diagnostics_; }

 private:
  Diagnostics diagnostics_;
};

}  // namespace maturity
