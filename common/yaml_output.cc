#include "common/yaml_output.h"

#include <stdexcept>

#include "common/numbers.h"
#include "common/strings.h"

namespace maturity {

void SetHouseStyle(YAML::Emitter& out) { out.SetNullFormat(YAML::LowerNull); }

void EmitText(YAML::Emitter& out, const std::string& text) { out << YAML::DoubleQuoted << text; }

void EmitTexts(YAML::Emitter& out, const std::vector<std::string>& texts) {
  out << YAML::Flow << YAML::BeginSeq;
  for (const std::string& text : texts) EmitText(out, text);
  out << YAML::EndSeq;
}

void EmitNumber(YAML::Emitter& out, double value) { out << FormatNumber(value); }

void EmitTextField(YAML::Emitter& out, const std::string& key, const std::string& text) {
  out << YAML::Key << key << YAML::Value;
  EmitText(out, text);
}

YAML::_Comment SafeComment(std::string_view text) { return YAML::Comment(CommentText(text)); }

void EmitComment(YAML::Emitter& out, const std::string& raw_text, CommentPlace place,
                 std::size_t width) {
  const std::string text = CommentText(raw_text);
  std::string wrapped;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    std::string hanging(
        line.find_first_not_of(' ') == std::string::npos ? 0 : line.find_first_not_of(' ') + 2,
        ' ');
    // Wrap at the last space that keeps the line within `width` ("# " included).
    while (DisplayWidth(line) + 2 > width) {
      std::size_t cut = line.rfind(' ', width - 2);
      if (cut == std::string::npos || cut <= hanging.size()) break;
      wrapped += line.substr(0, cut) + "\n";
      line = hanging + line.substr(cut + 1);
    }
    wrapped += line;
    if (end < text.size()) wrapped += "\n";
    start = end + 1;
  }
  if (place != CommentPlace::kInline) out << YAML::Newline;
  if (place == CommentPlace::kAfterBlankLine) out << YAML::Newline;
  out << YAML::Comment(wrapped);  // Already made safe by CommentText.
}

std::string YamlTextScalar(const std::string& text) {
  YAML::Emitter out;
  EmitText(out, text);
  return out.c_str();
}

void WriteYaml(const YAML::Emitter& emitter, std::ostream& out) {
  if (!emitter.good()) throw std::runtime_error("YAML output: " + emitter.GetLastError());
  out << emitter.c_str() << "\n";
}

}  // namespace maturity
