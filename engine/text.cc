#include "engine/text.h"

namespace maturity {

namespace {
const std::string kEmpty;
}

const std::string& Text::In(std::string_view language) const {
  for (const auto& [code, value] : translations_) {
    if (code == language) return value;
  }
  return Default();
}

const std::string& Text::Default() const {
  return translations_.empty() ? kEmpty : translations_.front().second;
}

}  // namespace maturity
