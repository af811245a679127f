#include "engine/input_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "engine/diagnostics.h"
#include "engine/yaml_reader.h"

namespace maturity {

std::string ReadInputFile(const std::string& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    throw InputError({path, 0, 0}, "", "cannot read: is a folder, expected a YAML file");
  }
  auto size = std::filesystem::file_size(path, error);
  if (!error && size > YamlReader::kMaxInputBytes) {
    throw InputError({path, 0, 0}, "",
                     "the file is " + std::to_string(size / (1024 * 1024)) + " MiB, more than the " +
                         std::to_string(YamlReader::kMaxInputBytes / (1024 * 1024)) +
                         " MiB limit for one input");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw InputError({path, 0, 0}, "", std::string("cannot read: ") + std::strerror(errno));
  }
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) {
    throw InputError({path, 0, 0}, "", std::string("cannot read: ") + std::strerror(errno));
  }
  return content.str();
}

}  // namespace maturity
