#include "common/terminal.h"

#include "common/strings.h"

namespace maturity {

TerminalBuffer::~TerminalBuffer() {
  WritePending(true);
  target_.flush();
}

TerminalBuffer::int_type TerminalBuffer::overflow(int_type c) {
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  pending_ += traits_type::to_char_type(c);
  if (traits_type::to_char_type(c) == '\n') WritePending(false);
  return c;
}

std::streamsize TerminalBuffer::xsputn(const char* text, std::streamsize count) {
  pending_.append(text, static_cast<std::size_t>(count));
  WritePending(false);
  return count;
}

int TerminalBuffer::sync() {
  WritePending(true);
  target_.flush();
  return target_ ? 0 : -1;
}

void TerminalBuffer::WritePending(bool all) {
  // Only whole lines unless asked: a UTF-8 sequence never spans a newline, so a character
  // written in two pieces is never escaped as two stray bytes.
  std::size_t end = all ? pending_.size() : pending_.rfind('\n');
  if (end == std::string::npos) return;
  if (!all) ++end;
  if (end == 0) return;
  target_ << TerminalText(std::string_view(pending_).substr(0, end));
  pending_.erase(0, end);
}

}  // namespace maturity
