// Text on its way to a terminal: every message and summary the command line prints passes
// through TerminalText (common/strings.h), a line at a time, so that a name or a quoted
// value from an input cannot drive the terminal (set its title, clear the screen, move
// the cursor) or reverse what is printed after it.
#pragma once

#include <ostream>
#include <streambuf>
#include <string>

namespace maturity {

/// A stream buffer that writes each complete line to `target` through TerminalText, and
/// what is left of the last line when flushed or destroyed.
class TerminalBuffer : public std::streambuf {
 public:
  explicit TerminalBuffer(std::ostream& target) : target_(target) {}
  TerminalBuffer(const TerminalBuffer&) = delete;
  TerminalBuffer& operator=(const TerminalBuffer&) = delete;
  ~TerminalBuffer() override;

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* text, std::streamsize count) override;
  int sync() override;

 private:
  /// Writes the pending text up to and including its last newline (all of it when `all`).
  void WritePending(bool all);
  std::ostream& target_;
  std::string pending_;
};

/// An output stream whose text reaches `target` as TerminalText: what cli/ prints to.
class TerminalStream : public std::ostream {
 public:
  explicit TerminalStream(std::ostream& target) : std::ostream(nullptr), buffer_(target) {
    rdbuf(&buffer_);
  }
  ~TerminalStream() override { flush(); }

 private:
  TerminalBuffer buffer_;
};

}  // namespace maturity
