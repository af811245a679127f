#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  maturity::fuzz::XlsxXml(std::string(reinterpret_cast<const char*>(data), size));
  return 0;
}
