// The fixed texts maturity writes for people, in every language it speaks (en, cy).
// Reports take their words from here, never from literals, so that a Welsh output has
// no English in it (docs/languages.md).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace maturity {

/// The fixed texts of one language. Keys are dotted names, e.g. "questionnaire.yes".
class Messages {
 public:
  /// The languages with a complete catalogue, the first being the default.
  static const std::vector<std::string>& Languages();
  static bool Supports(std::string_view language);
  /// The catalogue for `language` (one of Languages()); throws std::invalid_argument
  /// otherwise.
  static const Messages& For(std::string_view language);

  const std::string& language() const { return language_; }
  /// The text for `key`; throws std::out_of_range for a key not in the catalogue (a
  /// programming error, caught by the catalogue tests).
  std::string operator()(std::string_view key) const;
  /// The text for `key` with {1}, {2}, ... replaced by `arguments`.
  std::string operator()(std::string_view key, const std::vector<std::string>& arguments) const;

  /// Every key, for the completeness tests.
  static std::vector<std::string> Keys();
  /// The raw entry (with placeholders) for `key` in `language`; "" when missing.
  static std::string Raw(std::string_view key, std::string_view language);

 private:
  explicit Messages(std::string language) : language_(std::move(language)) {}
  std::string language_;
};

}  // namespace maturity
