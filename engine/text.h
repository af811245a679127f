// Translatable text: a plain string or one string per language code.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/diagnostics.h"

namespace maturity {

/// Text that may exist in several languages; the first entry is the default language.
class Text {
 public:
  Text() = default;
  explicit Text(std::string plain) { translations_.emplace_back("", std::move(plain)); }

  void Add(std::string language, std::string value) {
    translations_.emplace_back(std::move(language), std::move(value));
  }
  bool empty() const { return translations_.empty(); }
  /// The text in `language`, else in the default language, else "".
  const std::string& In(std::string_view language) const;
  /// The text in the default language (the first given), or "".
  const std::string& Default() const;
  /// True when the text was given as a plain string, for every language.
  bool IsPlain() const { return translations_.size() == 1 && translations_[0].first.empty(); }
  const std::vector<std::pair<std::string, std::string>>& translations() const {
    return translations_;
  }
  /// True when the text was written in `language`: given under that code, or plain while
  /// `language` is `default_language` (a plain string is written in the default language).
  bool Has(std::string_view language, std::string_view default_language) const;

  /// Where the text was written and its key path there, for warnings about it (empty for
  /// texts not read from a file).
  Location location;
  std::string key_path;

 private:
  std::vector<std::pair<std::string, std::string>> translations_;
};

}  // namespace maturity
