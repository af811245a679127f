#include "app/anonymisation_key.h"

#include <fcntl.h>
#include <sys/random.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "app/errors.h"
#include "common/strings.h"
#include "engine/diagnostics.h"

namespace maturity {

namespace {

constexpr char kHex[] = "0123456789abcdef";

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

AnonymisationKey RandomKey() {
  AnonymisationKey key{};
  std::size_t filled = 0;
  while (filled < key.size()) {
    ssize_t got = getrandom(key.data() + filled, key.size() - filled, 0);
    if (got < 0) {
      if (errno == EINTR) continue;
      throw UsageError(std::string("cannot make an anonymisation key: ") + std::strerror(errno));
    }
    filled += static_cast<std::size_t>(got);
  }
  return key;
}

void SaveNewKey(const std::string& path, const AnonymisationKey& key) {
  std::string text;
  for (unsigned char byte : key) {
    text += kHex[byte >> 4];
    text += kHex[byte & 15];
  }
  text += "\n";
  // Made only if absent (never over a file that appeared meanwhile), readable by its
  // owner only.
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    throw OutputError("--anonymise-key " + path + ": cannot be made: " + std::strerror(errno));
  }
  bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) &&
                 ::fsync(fd) == 0;
  int error = errno;
  ::close(fd);
  if (!written) {
    ::unlink(path.c_str());
    throw OutputError("--anonymise-key " + path + ": cannot be made: " + std::strerror(error));
  }
}

AnonymisationKey ReadKey(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw UsageError("--anonymise-key " + path + ": cannot be read: " + std::strerror(errno));
  }
  std::ostringstream content;
  content << in.rdbuf();
  std::string text = content.str();
  std::string line = text.substr(0, text.find('\n'));
  if (!line.empty() && line.back() == '\r') line.pop_back();
  // What is wrong, and where; the key itself is never shown (it is a secret).
  std::size_t bad = 0;
  while (bad < line.size() && HexValue(line[bad]) >= 0) ++bad;
  const std::string rest = text.size() > line.size() + 1 ? text.substr(line.size() + 1) : "";
  Location where{path, 1, 1};
  std::string found;
  if (bad < line.size()) {
    where.column = static_cast<int>(bad) + 1;
    found = "a character that is not a hexadecimal digit";
  } else if (line.size() != 64) {
    where.column = static_cast<int>(line.size()) + 1;
    found = CountOf(line.size(), "digit", "digits");
  } else if (rest.find_first_not_of(" \t\r\n") != std::string::npos) {
    where.line = 2;
    found = "more than one line";
  }
  if (!found.empty()) {
    Diagnostics diagnostics;
    diagnostics.Error(where, "",
                      "expected an anonymisation key of 64 hexadecimal digits on one line (as "
                      "--anonymise-key writes when the file does not exist), found " +
                          found);
    throw InputError(diagnostics);
  }
  AnonymisationKey key{};
  for (std::size_t i = 0; i < key.size(); ++i) {
    key[i] = static_cast<unsigned char>(HexValue(line[2 * i]) * 16 + HexValue(line[2 * i + 1]));
  }
  return key;
}

}  // namespace maturity
