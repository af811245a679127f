#include "app/atomic_outputs.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace maturity {

namespace {

// Temporary files of the outputs being written, for the signal handler to remove.
// Fixed-size and written before the handler is installed, so the handler only reads.
constexpr int kMaxPending = 16;
char pending_paths[kMaxPending][4096];
volatile std::sig_atomic_t pending_count = 0;

extern "C" void RemovePendingAndReraise(int signal_number) {
  for (int i = 0; i < pending_count; ++i) unlink(pending_paths[i]);
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

void Track(const std::string& path) {
  static bool installed = false;
  if (pending_count >= kMaxPending || path.size() >= sizeof pending_paths[0]) return;
  std::snprintf(pending_paths[pending_count], sizeof pending_paths[0], "%s", path.c_str());
  pending_count = pending_count + 1;
  if (!installed) {
    installed = true;
    for (int signal_number : {SIGINT, SIGTERM, SIGHUP})
      std::signal(signal_number, RemovePendingAndReraise);
  }
}

void UntrackAll() { pending_count = 0; }

}  // namespace

AtomicOutputs::~AtomicOutputs() {
  UntrackAll();
  if (committed_) return;
  for (const Entry& entry : entries_) std::remove(entry.temporary.c_str());
}

std::string AtomicOutputs::Add(const std::string& target) {
  std::filesystem::path path(target);
  std::filesystem::path folder = path.has_parent_path() ? path.parent_path() : ".";
  std::string pattern = (folder / ("." + path.filename().string() + ".tmp-XXXXXX")).string();
  int descriptor = mkstemp(pattern.data());
  if (descriptor < 0) {
    throw std::runtime_error(target + ": cannot write: " + std::strerror(errno));
  }
  // mkstemp creates the file readable by its owner only; give it the usual mode.
  mode_t mask = umask(0);
  umask(mask);
  fchmod(descriptor, 0666 & ~mask);
  close(descriptor);
  entries_.push_back({target, pattern});
  Track(pattern);
  return pattern;
}

void AtomicOutputs::Commit() {
  for (const Entry& entry : entries_) {
    if (std::rename(entry.temporary.c_str(), entry.target.c_str()) != 0) {
      throw std::runtime_error(entry.target + ": cannot write: " + std::strerror(errno));
    }
  }
  committed_ = true;
  UntrackAll();
}

}  // namespace maturity
