#include "engine/diagnostics.h"

#include <algorithm>
#include <utility>

namespace maturity {

std::string Diagnostic::Format() const {
  std::string out = location.file;
  if (location.line > 0) {
    out += ":" + std::to_string(location.line) + ":" + std::to_string(location.column);
  }
  out += severity == Severity::kError ? ": error: " : ": warning: ";
  if (!key_path.empty()) out += key_path + ": ";
  out += message;
  return out;
}

void Diagnostics::Error(Location location, std::string key_path, std::string message) {
  ++error_count_;
  if (error_count_ > error_limit_) return;
  items_.push_back(
      {Severity::kError, std::move(location), std::move(key_path), std::move(message)});
}

void Diagnostics::Warning(Location location, std::string key_path, std::string message) {
  items_.push_back(
      {Severity::kWarning, std::move(location), std::move(key_path), std::move(message)});
}

std::string Diagnostics::Format() const {
  // In file order, as a compiler reports, whatever order the checks ran in.
  // Files keep the order in which they were first reported.
  std::vector<std::string> files;
  for (const Diagnostic& item : items_) {
    if (std::find(files.begin(), files.end(), item.location.file) == files.end()) {
      files.push_back(item.location.file);
    }
  }
  auto rank = [&](const Diagnostic& item) {
    return std::find(files.begin(), files.end(), item.location.file) - files.begin();
  };
  std::vector<Diagnostic> sorted = items_;
  std::stable_sort(sorted.begin(), sorted.end(), [&](const Diagnostic& a, const Diagnostic& b) {
    if (rank(a) != rank(b)) return rank(a) < rank(b);
    if (a.location.line != b.location.line) return a.location.line < b.location.line;
    return a.location.column < b.location.column;
  });
  std::string out;
  for (const Diagnostic& item : sorted) out += item.Format() + "\n";
  if (error_count_ > error_limit_) {
    out += "too many errors: " + std::to_string(error_count_ - error_limit_) + " more not shown\n";
  }
  return out;
}

namespace {
Diagnostics One(Location location, std::string key_path, std::string message) {
  Diagnostics diagnostics;
  diagnostics.Error(std::move(location), std::move(key_path), std::move(message));
  return diagnostics;
}
}  // namespace

InputError::InputError(Diagnostics diagnostics)
    : std::runtime_error(diagnostics.Format()), diagnostics_(std::move(diagnostics)) {}

InputError::InputError(Location location, std::string key_path, std::string message)
    : InputError(One(std::move(location), std::move(key_path), std::move(message))) {}

}  // namespace maturity
