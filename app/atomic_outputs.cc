#include "app/atomic_outputs.h"

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string_view>

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

bool AllOf(std::string_view text, bool (*accept)(char)) {
  return std::all_of(text.begin(), text.end(), accept);
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlphanumeric(char c) {
  return IsDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// What a temporary name's tail (after `.NAME.tmp-`) says of its run: its process id
/// (`PID-XXXXXX`), 0 for an earlier version's `XXXXXX`, none when not a temporary name.
std::optional<long> OwnerOf(std::string_view tail) {
  constexpr std::size_t kSuffix = 6;  // mkstemp's XXXXXX.
  if (tail.size() == kSuffix && AllOf(tail, IsAlphanumeric)) return 0;
  std::size_t dash = tail.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash > 10) return std::nullopt;
  std::string_view pid = tail.substr(0, dash);
  std::string_view suffix = tail.substr(dash + 1);
  if (!AllOf(pid, IsDigit) || suffix.size() != kSuffix || !AllOf(suffix, IsAlphanumeric)) {
    return std::nullopt;
  }
  return std::stol(std::string(pid));
}

}  // namespace

int RemoveOrphanedTemporaries(const std::string& target) {
  namespace fs = std::filesystem;
  fs::path path(target);
  fs::path folder = path.has_parent_path() ? path.parent_path() : ".";
  std::string prefix = "." + path.filename().string() + ".tmp-";
  std::error_code error;
  int removed = 0;
  for (const auto& entry : fs::directory_iterator(folder, error)) {
    std::string name = entry.path().filename().string();
    if (!name.starts_with(prefix)) continue;
    std::optional<long> owner = OwnerOf(std::string_view(name).substr(prefix.size()));
    if (!owner || !entry.is_regular_file(error) || entry.is_symlink(error)) continue;
    bool gone;
    if (*owner > 0) {
      // Its run is over when no process has its id (one that has it may be writing now).
      gone = kill(static_cast<pid_t>(*owner), 0) != 0 && errno == ESRCH;
    } else {
      constexpr auto kDay = std::chrono::hours(24);
      auto written = fs::last_write_time(entry.path(), error);
      gone = !error && fs::file_time_type::clock::now() - written > kDay;
    }
    if (gone && std::remove(entry.path().c_str()) == 0) ++removed;
  }
  return removed;
}

void WriteWholeFile(const std::string& path, const std::string& destination,
                    std::string_view bytes) {
  auto fail = [&path](int error) {
    throw std::runtime_error(path + ": cannot write: " + std::strerror(error));
  };
  int descriptor = open(destination.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
  if (descriptor < 0) fail(errno);
  while (!bytes.empty()) {
    ssize_t written = write(descriptor, bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) {
      int error = written < 0 ? errno : EIO;
      close(descriptor);
      fail(error);
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  if (close(descriptor) != 0) fail(errno);
}

AtomicOutputs::~AtomicOutputs() {
  UntrackAll();
  if (committed_) return;
  for (const Entry& entry : entries_) std::remove(entry.temporary.c_str());
}

std::string AtomicOutputs::Add(const std::string& target) {
  std::filesystem::path path(target);
  std::filesystem::path folder = path.has_parent_path() ? path.parent_path() : ".";
  RemoveOrphanedTemporaries(target);
  std::string pattern =
      (folder / ("." + path.filename().string() + ".tmp-" + std::to_string(getpid()) + "-XXXXXX"))
          .string();
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

std::string AtomicOutputs::TemporaryFor(const std::string& target) const {
  for (const Entry& entry : entries_) {
    if (entry.target == target) return entry.temporary;
  }
  return "";
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
