#include "reports/atomic_output.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace maturity {

AtomicOutputs::~AtomicOutputs() {
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
  return pattern;
}

void AtomicOutputs::Commit() {
  for (const Entry& entry : entries_) {
    if (std::rename(entry.temporary.c_str(), entry.target.c_str()) != 0) {
      throw std::runtime_error(entry.target + ": cannot write: " + std::strerror(errno));
    }
  }
  committed_ = true;
}

}  // namespace maturity
