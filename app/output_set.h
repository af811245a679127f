// The files one run writes: checked before any work starts, written to temporary files
// and renamed into place together, so that they appear whole or not at all.
#pragma once

#include <ctime>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace maturity {

/// One output the user asked for: the option that named it, for messages, and its path.
struct OutputFile {
  std::string option;  ///< `-o`, `--json`, ...
  std::string path;
};

/// The extension of `path` in lower case, with its dot (".xlsx"), or "".
std::string LowerExtension(const std::string& path);

/// The outputs of one run, each with its writer. No output may be a file the run reads.
class OutputSet {
 public:
  /// Writes one output to the (temporary) file at `path` and returns what it had to
  /// change (a text shortened to fit a cell) for a warning; throws std::runtime_error.
  using Writer = std::function<std::vector<std::string>(const std::string& path)>;
  /// Writes a text output to a stream.
  using TextWriter = std::function<void(std::ostream& out)>;

  explicit OutputSet(std::vector<std::string> inputs) : inputs_(std::move(inputs)) {}

  /// Declares an output and the writer that makes it. Throws UsageError when its folder
  /// does not exist, it is a folder, it is an input, it is declared twice, or (when
  /// `extension` is given, e.g. ".xlsx") it is named otherwise; `what` says what it is.
  void Declare(const OutputFile& file, Writer writer, const std::string& extension = "",
               const std::string& what = "");
  /// Protects more inputs, such as the base frameworks found while loading; Commit
  /// refuses to write over them.
  void ProtectInputs(const std::vector<std::string>& paths) {
    inputs_.insert(inputs_.end(), paths.begin(), paths.end());
  }

  bool empty() const { return outputs_.empty(); }
  /// The declared outputs, in the order given.
  std::vector<OutputFile> files() const;

  /// Runs every writer on a temporary file beside its target, then renames them all into
  /// place; on any failure none is renamed and OutputError is thrown. Returns the
  /// writers' notes as warnings naming their file: `card.xlsx: warning: ...`.
  std::vector<std::string> Commit() const;

  /// A Writer for a text output.
  static Writer Text(TextWriter write);

 private:
  struct Output {
    OutputFile file;
    Writer write;
  };
  void CheckNotAnInput(const OutputFile& file) const;

  std::vector<std::string> inputs_;
  std::vector<Output> outputs_;
};

/// Keeps `target`, about to be replaced by the file at `replacement`, as `target~` when it
/// is a file maturity did not write (a returned questionnaire, a response typed by hand)
/// and its content differs; returns the kept copy's path. Workbooks last saved by maturity
/// and JSON, HTML and Markdown files are replaced outright. Throws std::runtime_error when
/// the copy cannot be made.
std::optional<std::string> KeepReplacedFile(const std::string& target,
                                            const std::string& replacement);

/// Workbooks carry a fixed creation time, so that the same inputs give the same bytes:
/// SOURCE_DATE_EPOCH when set (seconds since 1970), else 1980-01-01, the zip format's epoch.
std::time_t WorkbookTimestamp();

}  // namespace maturity
