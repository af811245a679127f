// Reading input files read-only, with located errors.
#pragma once

#include <string>

namespace maturity {

/// The whole content of `path`; throws InputError naming the file when it cannot be read.
std::string ReadInputFile(const std::string& path);

}  // namespace maturity
