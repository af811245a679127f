#include "common/messages.h"

#include <algorithm>
#include <stdexcept>

#include "common/strings.h"

namespace maturity {

std::optional<MessageKey> MessageKey::Find(std::string_view key) {
  for (std::size_t i = 0; i < std::size(kMessageCatalogue); ++i) {
    if (key == kMessageCatalogue[i].key) return MessageKey(i, FromIndex{});
  }
  return std::nullopt;
}

const std::vector<std::string>& Messages::Languages() {
  static const std::vector<std::string> languages = {"en", "cy"};
  return languages;
}

bool Messages::Supports(std::string_view language) {
  const auto& languages = Languages();
  return std::find(languages.begin(), languages.end(), language) != languages.end();
}

const Messages& Messages::For(std::string_view language) {
  static const Messages english("en");
  static const Messages welsh("cy");
  if (language == "en") return english;
  if (language == "cy") return welsh;
  throw std::invalid_argument("no message catalogue for language \"" + std::string(language) +
                              "\"");
}

std::string Messages::Raw(std::string_view key, std::string_view language) {
  std::optional<MessageKey> found = MessageKey::Find(key);
  if (!found) return "";
  const MessageEntry& entry = kMessageCatalogue[found->index()];
  return language == "cy" ? entry.cy : language == "en" ? entry.en : "";
}

std::vector<std::string> Messages::Keys() {
  std::vector<std::string> keys;
  for (const MessageEntry& entry : kMessageCatalogue) keys.emplace_back(entry.key);
  return keys;
}

std::string Messages::operator()(MessageKey key) const {
  const MessageEntry& entry = kMessageCatalogue[key.index()];
  return language_ == "cy" ? entry.cy : entry.en;
}

std::string Messages::operator()(MessageKey key, const std::vector<std::string>& arguments) const {
  std::string text = (*this)(key);
  std::string result;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{' && i + 2 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9' &&
        text[i + 2] == '}') {
      std::size_t index = static_cast<std::size_t>(text[i + 1] - '1');
      // An inserted text is isolated when it could reorder the words around it.
      if (index < arguments.size()) result += IsolatedText(arguments[index]);
      i += 2;
    } else {
      result += text[i];
    }
  }
  return result;
}

std::string Messages::Counted(MessageKey key, long count,
                              const std::vector<std::string>& arguments) const {
  const char* suffix = count == 1 ? "_one" : count == 2 ? "_two" : nullptr;
  std::optional<MessageKey> form;
  if (suffix) form = MessageKey::Find(std::string(key.name()) + suffix);
  return (*this)(form ? *form : key, arguments);
}

std::string Messages::List(const std::vector<std::string>& parts) const {
  if (parts.size() < 2) return JoinAsList(parts);
  const std::string& last = parts.back();
  bool vowel = !last.empty() && std::string_view("aeiouyAEIOUY").find(last[0]) != std::string::npos;
  for (const char* accented : {"â", "ê", "î", "ô", "û", "ŷ", "Â", "Ê", "Î", "Ô", "Û", "Ŷ"}) {
    vowel = vowel || last.starts_with(accented);
  }
  return JoinAsList(parts,
                    (*this)(vowel ? MessageKey("word.and_before_vowel") : MessageKey("word.and")));
}

std::string Messages::Ordinal(long number) const {
  std::string text = std::to_string(number);
  if (language_ == "cy") return text;
  long last_two = (number < 0 ? -number : number) % 100;
  if (last_two >= 11 && last_two <= 13) return text + "th";
  switch (last_two % 10) {
    case 1:
      return text + "st";
    case 2:
      return text + "nd";
    case 3:
      return text + "rd";
    default:
      return text + "th";
  }
}

}  // namespace maturity
