// Output files that appear whole or not at all.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace maturity {

/// A set of output files written to temporary names beside their targets and renamed
/// into place by Commit(). Anything not committed is removed on destruction, or by a
/// SIGINT, SIGTERM or SIGHUP handler, so a failed or interrupted run leaves the old file
/// or none, never a damaged one. SIGKILL can leave a `.NAME.tmp-PID-XXXXXX` file beside
/// the target (never a damaged target); the next run that writes NAME removes it once its
/// process is gone (or, named as earlier versions named them, `.NAME.tmp-XXXXXX`, once it
/// is a day old). No other file is touched.
class AtomicOutputs {
 public:
  AtomicOutputs() = default;
  AtomicOutputs(const AtomicOutputs&) = delete;
  AtomicOutputs& operator=(const AtomicOutputs&) = delete;
  ~AtomicOutputs();

  /// Reserves a temporary file beside `target` and returns its path to write to.
  /// Throws std::runtime_error when the folder cannot be written.
  std::string Add(const std::string& target);
  /// The temporary file reserved for `target` by Add; "" when none is.
  std::string TemporaryFor(const std::string& target) const;
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

/// Writes `bytes` to `destination` (normally `path`, the temporary file) and closes it;
/// std::runtime_error `PATH: cannot write: REASON` (strerror: "No space left on device")
/// when any step fails.
void WriteWholeFile(const std::string& path, const std::string& destination,
                    std::string_view bytes);

/// Removes the temporary files that killed runs left beside `target` (see AtomicOutputs);
/// returns how many.
int RemoveOrphanedTemporaries(const std::string& target);

}  // namespace maturity
