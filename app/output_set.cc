#include "app/output_set.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "app/atomic_outputs.h"
#include "app/errors.h"
#include "importers/xlsx_workbook.h"

namespace maturity {

namespace fs = std::filesystem;

namespace {

/// For the interrupted-run test only: waits before renaming outputs into place.
void PauseBeforeCommitForTests() {
  if (const char* seconds = std::getenv("MATURITY_TEST_PAUSE_BEFORE_COMMIT")) {
    sleep(static_cast<unsigned>(std::atoi(seconds)));
  }
}

/// The whole content of `path`; none when it cannot be read.
std::optional<std::string> ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

/// Whether `path`, an existing file, is one maturity wrote and an output may replace
/// outright: a workbook last saved by maturity (a questionnaire someone filled in and
/// saved is not), or a report format no one edits by hand (JSON, HTML, Markdown).
bool WrittenByMaturity(const std::string& path) {
  std::string extension = LowerExtension(path);
  if (extension == ".xlsx") {
    std::optional<std::string> core = ReadXlsxPart(path, "docProps/core.xml");
    return core &&
           core->find("<cp:lastModifiedBy>maturity</cp:lastModifiedBy>") != std::string::npos;
  }
  return extension == ".json" || extension == ".html" || extension == ".htm" || extension == ".md";
}

}  // namespace

std::string LowerExtension(const std::string& path) {
  std::string extension = fs::path(path).extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension;
}

std::optional<std::string> KeepReplacedFile(const std::string& target,
                                            const std::string& replacement) {
  std::error_code error;
  if (!fs::is_regular_file(target, error) || WrittenByMaturity(target)) return std::nullopt;
  std::optional<std::string> old = ReadAll(target);
  if (old && old == ReadAll(replacement)) return std::nullopt;
  const std::string kept = target + "~";
  if (!fs::copy_file(target, kept, fs::copy_options::overwrite_existing, error)) {
    throw std::runtime_error(target + ": cannot keep the file it replaces as " + kept + ": " +
                             error.message() + "; nothing was written");
  }
  return kept;
}

void OutputSet::CheckNotAnInput(const OutputFile& file) const {
  std::error_code error;
  if (!fs::exists(file.path, error)) return;
  for (const std::string& input : inputs_) {
    if (fs::equivalent(file.path, input, error)) {
      throw UsageError(file.option + " " + file.path + ": is the input file " + input +
                       "; inputs are never overwritten");
    }
  }
}

void OutputSet::Declare(const OutputFile& file, Writer writer, const std::string& extension,
                        const std::string& what) {
  const auto& [option, path] = file;
  fs::path output(path);
  if (!extension.empty() && output.extension() != extension) {
    throw UsageError(option + " " + path + ": " + what + "; name it " + extension);
  }
  fs::path folder = output.has_parent_path() ? output.parent_path() : fs::path(".");
  std::error_code error;
  if (!fs::is_directory(folder, error)) {
    throw UsageError(option + " " + path + ": the folder " + folder.string() + " does not exist");
  }
  if (fs::is_directory(output, error)) {
    throw UsageError(option + " " + path + ": is a folder; give a file name");
  }
  CheckNotAnInput(file);
  for (const Output& earlier : outputs_) {
    if (fs::weakly_canonical(earlier.file.path, error) == fs::weakly_canonical(output, error)) {
      throw UsageError(option + " " + path + ": is also given to " + earlier.file.option);
    }
  }
  outputs_.push_back({file, std::move(writer)});
}

std::vector<OutputFile> OutputSet::files() const {
  std::vector<OutputFile> files;
  for (const Output& output : outputs_) files.push_back(output.file);
  return files;
}

std::vector<std::string> OutputSet::Commit() const {
  for (const Output& output : outputs_) CheckNotAnInput(output.file);
  std::vector<std::string> warnings;
  AtomicOutputs written;
  try {
    for (const Output& output : outputs_) {
      std::string temporary = written.Add(output.file.path);
      try {
        for (const std::string& note : output.write(temporary)) {
          warnings.push_back(output.file.path + ": warning: " + note);
        }
      } catch (const std::runtime_error& error) {
        // Name the file the user asked for, never the temporary one.
        std::string message = error.what();
        for (auto at = message.find(temporary); at != std::string::npos;
             at = message.find(temporary, at + output.file.path.size())) {
          message.replace(at, temporary.size(), output.file.path);
        }
        throw std::runtime_error(message);
      }
    }
    for (const Output& output : outputs_) {
      if (auto kept = KeepReplacedFile(output.file.path, written.TemporaryFor(output.file.path))) {
        warnings.push_back(output.file.path +
                           ": warning: it replaces a file maturity did not "
                           "write; the old file is kept as " +
                           *kept);
      }
    }
    PauseBeforeCommitForTests();
    written.Commit();
  } catch (const std::runtime_error& error) {
    throw OutputError(error.what());
  }
  return warnings;
}

OutputSet::Writer OutputSet::Text(TextWriter write) {
  return [write = std::move(write)](const std::string& path) {
    std::ostringstream text;
    write(text);
    // For the full-disk test only: the bytes go to this device (/dev/full) instead.
    const char* device = std::getenv("MATURITY_TEST_TEXT_OUTPUT_DEVICE");
    WriteWholeFile(path, device ? device : path, text.view());
    return std::vector<std::string>();
  };
}

std::time_t WorkbookTimestamp() {
  constexpr std::time_t kZipEpoch = 315532800;
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    long long seconds = std::strtoll(epoch, &end, 10);
    if (end != epoch && *end == '\0' && seconds > 0) return static_cast<std::time_t>(seconds);
  }
  return kZipEpoch;
}

}  // namespace maturity
