#include "reports/presentation.h"

#include <cstdio>

namespace maturity {

std::string Fixed(std::optional<double> value, int decimals, const std::string& none) {
  if (!value) return none;
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, *value + 0.0);
  std::string text = buffer;
  if (text.starts_with("-0") && text.find_first_not_of("-0.") == std::string::npos) {
    text.erase(0, 1);
  }
  return text;
}

std::string PerspectiveLabel(const Framework& framework, const std::string& key,
                             std::string_view language) {
  const Perspective* perspective = framework.FindPerspective(key);
  return perspective && !perspective->label.empty() ? perspective->label.In(language) : key;
}

std::string LevelName(const Framework& framework, std::optional<int> level,
                      std::string_view language) {
  if (!level) return "-";
  const ScaleLevel* entry = framework.FindLevel(*level);
  return std::to_string(*level) + (entry ? " " + entry->label.In(language) : "");
}

std::string ProfileText(const Framework& framework, const Profile& profile,
                        std::string_view language) {
  std::string text;
  for (const auto& [key, value] : profile) {
    const ProfileField* field = framework.FindProfileField(key);
    std::string label = field && !field->label.empty() ? field->label.In(language) : key;
    text += (text.empty() ? "" : "; ") + label + ": " + value.text +
            (value.band.empty() ? "" : " (" + value.band + ")");
  }
  return text;
}

std::string KindLabel(ElementKind kind, const Messages& messages) {
  return messages("kind." + std::string(KindName(kind)));
}

std::string ConditionsText(const std::vector<Condition>& conditions, const Messages& messages) {
  const std::string or_word = " " + messages("word.or") + " ";
  const std::string and_word = " " + messages("word.and") + " ";
  std::string text;
  for (const Condition& condition : conditions) {
    std::string values;
    for (const std::string& value : condition.accepted) {
      values += (values.empty() ? "" : or_word) + value;
    }
    text += (text.empty() ? "" : and_word) + messages("condition.is", {condition.field, values});
  }
  return text;
}

std::size_t DisplayWidth(const std::string& text) {
  std::size_t width = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) ++width;
  }
  return width;
}

std::string Pad(const std::string& text, std::size_t width) {
  if (DisplayWidth(text) <= width) return text + std::string(width - DisplayWidth(text), ' ');
  std::string cut;
  std::size_t characters = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80) {
      if (characters == width - 1) break;
      ++characters;
    }
    cut += text[i];
  }
  return cut + "…";
}

}  // namespace maturity
