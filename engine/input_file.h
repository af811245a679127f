// Reading input files read-only, with located errors.
#pragma once

#include <cstddef>
#include <string>
#include <utility>

namespace maturity {

/// The whole content of `path`; throws InputError naming the file when it cannot be read.
std::string ReadInputFile(const std::string& path);
/// The same into `content` (replaced), reusing its capacity: for a run over many files.
void ReadInputFile(const std::string& path, std::string& content);

/// Line and column (from 1, columns in characters) of byte `offset` in `content`.
std::pair<int, int> LineAndColumn(const std::string& content, std::size_t offset);

/// The offset of the first byte that is not part of valid UTF-8, or npos.
std::size_t FirstInvalidUtf8(const std::string& text);

/// True when `content` is UTF-16 text (a byte-order mark, or ASCII with every other
/// byte NUL), as Excel's "Unicode text" and some survey tools save: not UTF-8.
bool LooksLikeUtf16(const std::string& content);

}  // namespace maturity
