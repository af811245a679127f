// The fixed texts maturity writes for people, in every language it speaks (en, cy).
// Reports take their words from here, never from literals, so that a Welsh output has
// no English in it (docs/languages.md). A key is checked against the catalogue when the
// code that uses it compiles: a missing text cannot reach a user.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/message_catalogue.h"

namespace maturity {

/// The index of `key` in the catalogue. Used at compile time: an unknown key fails the
/// build (the compiler's note names the key).
consteval std::size_t MessageIndex(std::string_view key) {
  for (std::size_t i = 0; i < std::size(kMessageCatalogue); ++i) {
    if (key == kMessageCatalogue[i].key) return i;
  }
  throw "unknown message key: add it to common/message_catalogue.h";
}

/// A catalogue key, checked when it is compiled: `messages("scorecard.title")`.
class MessageKey {
 public:
  consteval MessageKey(const char* key) : index_(MessageIndex(key)) {}  // NOLINT: implicit
  /// The key with this name, for names made at run time (tests); none when unknown.
  static std::optional<MessageKey> Find(std::string_view key);

  std::string_view name() const { return kMessageCatalogue[index_].key; }
  std::size_t index() const { return index_; }

 private:
  struct FromIndex {};
  constexpr MessageKey(std::size_t index, FromIndex) : index_(index) {}
  std::size_t index_;
};

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
  /// The text for `key`.
  std::string operator()(MessageKey key) const;
  /// The text for `key` with {1}, {2}, ... replaced by `arguments`, each isolated
  /// (IsolatedText) when it holds right-to-left letters or bidirectional controls.
  std::string operator()(MessageKey key, const std::vector<std::string>& arguments) const;

  /// The text for `key` counting `count` things, with `arguments` as above: the key's
  /// `_one` form when `count` is 1 and the catalogue has one ("1 file left out"), its
  /// `_two` form when `count` is 2 and it has one (Welsh mutates a noun after 2: "o'r 2
  /// ddimensiwn"), otherwise `key` itself ("3 files left out").
  std::string Counted(MessageKey key, long count, const std::vector<std::string>& arguments) const;

  /// `parts` as a list, "A, B and C", its "and" as the language writes it before the last
  /// part: Welsh "ac" before a vowel ("Cyflogwr / rheolwyr ac Ochr yr undebau llafur").
  std::string List(const std::vector<std::string>& parts) const;

  /// `number` as an ordinal where the language writes one: "1st", "22nd", "113th" in
  /// English; in Welsh the number itself, as its texts read "canradd 22".
  std::string Ordinal(long number) const;

  /// Every key, for the completeness tests.
  static std::vector<std::string> Keys();
  /// The raw entry (with placeholders) for `key` in `language`; "" when missing.
  static std::string Raw(std::string_view key, std::string_view language);

 private:
  explicit Messages(std::string language) : language_(std::move(language)) {}
  std::string language_;
};

}  // namespace maturity
