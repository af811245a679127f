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

bool Text::Has(std::string_view language, std::string_view default_language) const {
  if (IsPlain()) return language == default_language;
  for (const auto& entry : translations_) {
    if (entry.first == language) return true;
  }
  return false;
}

const std::string& Text::Default() const {
  return translations_.empty() ? kEmpty : translations_.front().second;
}

}  // namespace maturity
