// Output files that appear whole or not at all.
#pragma once

#include <string>
#include <vector>

namespace maturity {

/// A set of output files written to temporary names beside their targets and renamed
/// into place by Commit(). Anything not committed is removed on destruction, or by a
/// SIGINT, SIGTERM or SIGHUP handler, so a failed or interrupted run leaves the old file
/// or none, never a damaged one (SIGKILL can leave a `.NAME.tmp-XXXXXX` file beside the
/// target, but never a damaged target).
class AtomicOutputs {
 public:
  AtomicOutputs() = default;
  AtomicOutputs(const AtomicOutputs&) = delete;
  AtomicOutputs& operator=(const AtomicOutputs&) = delete;
  ~AtomicOutputs();

  /// Reserves a temporary file beside `target` and returns its path to write to.
  /// Throws std::runtime_error when the folder cannot be written.
  std::string Add(const std::string& target);
  /// Renames every temporary file onto its target. Throws std::runtime_error on failure.
  void Commit();

 private:
  struct Entry {
    std::string target;
    std::string temporary;
  };
  std::vector<Entry> entries_;
  bool committed_ = false;
};

}  // namespace maturity
