#include "engine/input_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

#include "engine/diagnostics.h"
#include "engine/yaml_reader.h"

namespace maturity {

std::string ReadInputFile(const std::string& path) {
  std::string content;
  ReadInputFile(path, content);
  return content;
}

void ReadInputFile(const std::string& path, std::string& content) {
  content.clear();
  const std::string limit = std::to_string(YamlReader::kMaxInputBytes / (1024 * 1024));
  auto folder = [&] {
    return InputError({path, 0, 0}, "", "cannot read: is a folder, expected a YAML file");
  };
  auto unreadable = [&](int error) {
    return InputError({path, 0, 0}, "", std::string("cannot read: ") + std::strerror(error));
  };
  // One open, one fstat and the reads: a sector run reads thousands of files.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    int error = errno;
    struct stat status {};
    if (::stat(path.c_str(), &status) == 0 && S_ISDIR(status.st_mode)) throw folder();
    throw unreadable(error);
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat status {};
  if (::fstat(fd, &status) != 0) throw unreadable(errno);
  if (S_ISDIR(status.st_mode)) throw folder();
  if (S_ISREG(status.st_mode)) {
    auto size = static_cast<std::uint64_t>(status.st_size);
    if (size > YamlReader::kMaxInputBytes) {
      throw InputError({path, 0, 0}, "",
                       "the file is " + std::to_string(size / (1024 * 1024)) +
                           " MiB, more than the " + limit + " MiB limit for one input");
    }
    content.reserve(size);
  }
  // Read at most one byte past the limit: a pipe or a device (/dev/zero) has no size
  // to check beforehand.
  char buffer[1 << 16];
  while (true) {
    ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0) {
      if (errno == EINTR) continue;
      throw unreadable(errno);
    }
    if (got == 0) break;
    content.append(buffer, static_cast<std::size_t>(got));
    if (content.size() > YamlReader::kMaxInputBytes) {
      throw InputError({path, 0, 0}, "",
                       "the input is more than the " + limit + " MiB limit for one input");
    }
  }
}

/// The line and column (from 1) of byte `offset` in `content`.
std::pair<int, int> LineAndColumn(const std::string& content, std::size_t offset) {
  int line = 1;
  int column = 1;
  for (std::size_t i = 0; i < offset && i < content.size(); ++i) {
    if (content[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(content[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {line, column};
}

/// The offset of the first byte that is not part of valid UTF-8, or npos.
std::size_t FirstInvalidUtf8(const std::string& text) {
  std::size_t i = 0;
  while (i < text.size()) {
    // Runs of ASCII, eight bytes at a time: most of every file.
    while (i + 8 <= text.size()) {
      std::uint64_t word;
      std::memcpy(&word, text.data() + i, 8);
      if (word & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= text.size()) break;
    auto byte = static_cast<unsigned char>(text[i]);
    std::size_t length = byte < 0x80           ? 1
                         : (byte >> 5) == 0x6  ? 2
                         : (byte >> 4) == 0xE  ? 3
                         : (byte >> 3) == 0x1E ? 4
                                               : 0;
    if (length == 0 || i + length > text.size()) return i;
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return i;
    }
    std::uint32_t code = length == 1 ? byte : byte & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) code = (code << 6) | (text[i + k] & 0x3F);
    bool overlong = (length == 2 && code < 0x80) || (length == 3 && code < 0x800) ||
                    (length == 4 && code < 0x10000);
    if (overlong || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return i;
    i += length;
  }
  return std::string::npos;
}

}  // namespace maturity

namespace maturity {

bool LooksLikeUtf16(const std::string& content) {
  if (content.starts_with("\xFF\xFE") || content.starts_with("\xFE\xFF")) return true;
  std::size_t sample = std::min<std::size_t>(content.size(), 64) & ~std::size_t{1};
  if (sample < 4) return false;
  int even_nul = 0;
  int odd_nul = 0;
  for (std::size_t i = 0; i < sample; ++i) (i % 2 ? odd_nul : even_nul) += content[i] == '\0';
  int half = static_cast<int>(sample / 2);
  return (odd_nul == half && even_nul == 0) || (even_nul == half && odd_nul == 0);
}

}  // namespace maturity
