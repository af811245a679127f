// YAML written through yaml-cpp's emitter, in one house style for every YAML output
// (show, import, template, the survey mapping): ids and keywords plain, people's texts
// double-quoted (so "yes" or "1.0" stay texts for every reader), numbers in their
// shortest exact form. Reading YAML is libyaml's (engine/yaml_reader.h).
#pragma once

#include <yaml-cpp/emitter.h>
#include <yaml-cpp/emittermanip.h>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace maturity {

/// An emitter in the house style (`null` written as `null`).
void SetHouseStyle(YAML::Emitter& out);
/// A text for people: double-quoted, escapes as JSON's, UTF-8 kept.
void EmitText(YAML::Emitter& out, const std::string& text);
/// A list of texts, in flow style: `["a", "b"]`.
void EmitTexts(YAML::Emitter& out, const std::vector<std::string>& texts);
/// A number in its shortest form that reads back to the same double.
void EmitNumber(YAML::Emitter& out, double value);
/// `key: text` in the current mapping.
void EmitTextField(YAML::Emitter& out, const std::string& key, const std::string& text);
/// Where a comment goes. yaml-cpp writes a comment where the output stands: after a value
/// on its line, or at the start of a line (column 0 even inside a nested mapping: the
/// emitter does not indent comments, yaml-cpp issue 1392).
enum class CommentPlace {
  kInline,          ///< After the value just written: `key: value  # comment`.
  kOwnLines,        ///< On lines of its own.
  kAfterBlankLine,  ///< On lines of its own, after an empty line.
};
/// A comment of one or more lines (`\n` separates them), each wrapped at spaces near
/// `width` columns; a wrapped line continues indented two columns past its own indent.
void EmitComment(YAML::Emitter& out, const std::string& text,
                 CommentPlace place = CommentPlace::kOwnLines, std::size_t width = 88);

/// A comment written where the output stands, as `YAML::Comment` but through CommentText:
/// every line break becomes a new `#` line, so a text from an input cannot end the comment.
/// Every comment goes through this or EmitComment, never `YAML::Comment` directly.
YAML::_Comment SafeComment(std::string_view text);

/// `text` as the double-quoted scalar EmitText writes, for editing a YAML file in place.
std::string YamlTextScalar(const std::string& text);

/// Writes the emitted document to `out`, ending in a newline. Throws std::runtime_error
/// with the emitter's message when the document is not well formed (a programming error).
void WriteYaml(const YAML::Emitter& emitter, std::ostream& out);

}  // namespace maturity
