// YAML written through yaml-cpp's emitter, in one house style for every YAML output
// (show, import, template, the survey mapping): ids and keywords plain, people's texts
// double-quoted (so "yes" or "1.0" stay texts for every reader), numbers in their
// shortest exact form. Reading YAML is libyaml's (engine/yaml_reader.h).
#pragma once

#include <yaml-cpp/emitter.h>
#include <yaml-cpp/emittermanip.h>

#include <ostream>
#include <string>
#include <vector>

#include "engine/text.h"

namespace maturity {

/// An emitter in the house style (`null` written as `null`).
void SetHouseStyle(YAML::Emitter& out);
/// A text for people: double-quoted, escapes as JSON's, UTF-8 kept.
void EmitText(YAML::Emitter& out, const std::string& text);
/// A framework text: its default text, or `{en: "...", cy: "..."}` with translations.
void EmitText(YAML::Emitter& out, const Text& text);
/// A list of texts, in flow style: `["a", "b"]`.
void EmitTexts(YAML::Emitter& out, const std::vector<std::string>& texts);
/// A number in its shortest form that reads back to the same double.
void EmitNumber(YAML::Emitter& out, double value);
/// `key: text` in the current mapping.
void EmitTextField(YAML::Emitter& out, const std::string& key, const std::string& text);
/// A comment of one or more lines, each at most about `width` columns (wrapped at spaces).
void EmitComment(YAML::Emitter& out, const std::string& text, std::size_t width = 86);

/// Writes the emitted document to `out`, ending in a newline. Throws std::runtime_error
/// with the emitter's message when the document is not well formed (a programming error).
void WriteYaml(const YAML::Emitter& emitter, std::ostream& out);

}  // namespace maturity
