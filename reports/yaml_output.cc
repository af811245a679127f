#include "reports/yaml_output.h"

#include <stdexcept>

#include "common/numbers.h"

namespace maturity {

void SetHouseStyle(YAML::Emitter& out) { out.SetNullFormat(YAML::LowerNull); }

void EmitText(YAML::Emitter& out, const std::string& text) { out << YAML::DoubleQuoted << text; }

void EmitText(YAML::Emitter& out, const Text& text) {
  if (text.IsPlain() || text.translations().empty()) {
    EmitText(out, text.Default());
    return;
  }
  out << YAML::Flow << YAML::BeginMap;
  for (const auto& [language, translation] : text.translations()) {
    out << YAML::Key << language << YAML::Value;
    EmitText(out, translation);
  }
  out << YAML::EndMap;
}

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

void EmitComment(YAML::Emitter& out, const std::string& text, std::size_t width) {
  std::string wrapped;
  std::size_t line_start = 0;
  std::size_t last_space = std::string::npos;
  for (char c : text) {
    if (c == '\n') {
      wrapped += c;
      line_start = wrapped.size();
      last_space = std::string::npos;
      continue;
    }
    if (c == ' ') last_space = wrapped.size();
    wrapped += c;
    if (wrapped.size() - line_start > width && last_space != std::string::npos &&
        last_space > line_start) {
      wrapped[last_space] = '\n';
      line_start = last_space + 1;
      last_space = std::string::npos;
    }
  }
  out << YAML::Comment(wrapped);
}

void WriteYaml(const YAML::Emitter& emitter, std::ostream& out) {
  if (!emitter.good()) throw std::runtime_error("YAML output: " + emitter.GetLastError());
  out << emitter.c_str() << "\n";
}

}  // namespace maturity
