#include "engine/yaml_reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <set>
#include <unordered_map>

#include "engine/input_file.h"
#include "engine/value_formats.h"

namespace maturity {

namespace {

bool IsPlain(const YamlNode& node) { return node.IsPlain(); }

std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::optional<std::string> ClosestMatch(std::string_view key,
                                        const std::vector<std::string>& candidates,
                                        std::size_t max_distance) {
  std::optional<std::string> best;
  std::size_t best_distance = max_distance + 1;
  for (const std::string& candidate : candidates) {
    std::size_t distance = EditDistance(key, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

void YamlPath::AppendTo(std::string& out) const {
  switch (kind_) {
    case Kind::kText:
      out += text_;
      return;
    case Kind::kKey:
      parent_->AppendTo(out);
      if (!out.empty()) out += '.';
      out += text_;
      return;
    case Kind::kIndex:
      parent_->AppendTo(out);
      out += '[';
      out += std::to_string(index_);
      out += ']';
      return;
  }
}

std::string YamlPath::str() const {
  std::string out;
  AppendTo(out);
  return out;
}

std::string IndexPath(const std::string& parent, std::size_t index) {
  return parent + "[" + std::to_string(index) + "]";
}

std::string KeyPath(const std::string& parent, std::string_view key) {
  return parent.empty() ? std::string(key) : parent + "." + std::string(key);
}

YamlNode YamlReader::Parse(const std::string& content) {
  auto error_at = [&](std::size_t offset, const std::string& message) {
    auto [line, column] = LineAndColumn(content, offset);
    diagnostics_.Error({file_, line, column}, "", message);
    return YamlNode();
  };
  if (content.size() > kMaxInputBytes) {
    diagnostics_.Error({file_, 0, 0}, "",
                       "the file is " + std::to_string(content.size() / (1024 * 1024)) +
                           " MiB, more than the " + std::to_string(kMaxInputBytes / (1024 * 1024)) +
                           " MiB limit for one input");
    return YamlNode();
  }
  if (content.find_first_not_of(" \t\r\n") == std::string::npos) {
    diagnostics_.Error({file_, 0, 0}, "", "the file is empty; expected a YAML mapping");
    return YamlNode();
  }
  if (LooksLikeUtf16(content)) {
    return error_at(0, "this file is UTF-16 text; save it as UTF-8");
  }
  if (std::size_t nul = content.find('\0'); nul != std::string::npos) {
    return error_at(nul, "this is a binary file, not YAML text");
  }
  if (std::size_t bad = FirstInvalidUtf8(content); bad != std::string::npos) {
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(content[bad]));
    return error_at(bad, std::string("invalid UTF-8 (byte ") + byte + "); save the file as UTF-8");
  }
  YamlSyntaxError syntax;
  parsed_ = ParseYaml(content, syntax);
  if (parsed_.root.IsDefined()) return parsed_.root;
  // Tabs cannot indent YAML; say so rather than repeat the parser's puzzlement.
  std::size_t line_start = 0;
  int line = 1;
  while (line_start < content.size()) {
    std::size_t indent_end = content.find_first_not_of(" \t", line_start);
    if (indent_end != std::string::npos && content.find('\t', line_start) < indent_end &&
        content[indent_end] != '\n' && content[indent_end] != '\r' &&
        (syntax.mark.is_null() || line <= syntax.mark.line + 1)) {
      diagnostics_.Error({file_, line, 1}, "",
                         "invalid YAML: a tab indents this line; YAML indents with spaces only");
      return YamlNode();
    }
    std::size_t next = content.find('\n', line_start);
    if (next == std::string::npos) break;
    line_start = next + 1;
    ++line;
  }
  Location location{file_, syntax.mark.line + 1, syntax.mark.column + 1};
  if (syntax.mark.is_null()) location.line = location.column = 0;
  diagnostics_.Error(location, "", "invalid YAML: " + syntax.message);
  return YamlNode();
}

Location YamlReader::Where(const YamlNode& node) const {
  if (!node.IsDefined() || node.Mark().is_null()) return {file_, 0, 0};
  return {file_, node.Mark().line + 1, node.Mark().column + 1};
}

void YamlReader::Error(const YamlNode& node, const YamlPath& key_path, std::string message) {
  diagnostics_.Error(Where(node), key_path.str(), std::move(message));
}

void YamlReader::Warning(const YamlNode& node, const YamlPath& key_path, std::string message) {
  diagnostics_.Warning(Where(node), key_path.str(), std::move(message));
}

std::string YamlReader::Describe(const YamlNode& node) {
  if (!node.IsDefined() || node.IsNull()) return "nothing";
  if (node.IsSequence()) return node.size() == 0 ? "an empty list" : "a list";
  if (node.IsMap()) return node.size() == 0 ? "an empty mapping" : "a mapping";
  return Excerpt(node.Scalar());
}

std::optional<std::string_view> YamlReader::ReadStringView(const YamlNode& node,
                                                           const YamlPath& key_path) {
  if (!node.IsScalar()) {
    Error(node, key_path, "expected text, got " + Describe(node));
    return std::nullopt;
  }
  return node.Scalar();
}

std::optional<std::string> YamlReader::ReadString(const YamlNode& node, const YamlPath& key_path) {
  if (auto text = ReadStringView(node, key_path)) return std::string(*text);
  return std::nullopt;
}

std::optional<std::string> YamlReader::ReadIdentifier(const YamlNode& node,
                                                      const YamlPath& key_path) {
  auto text = ReadString(node, key_path);
  if (!text) return std::nullopt;
  auto allowed = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  };
  if (text->empty() || text->front() == '-' || text->front() == '_' ||
      !std::all_of(text->begin(), text->end(), allowed)) {
    Error(
        node, key_path,
        "expected an identifier of lowercase letters, digits, '-' and '_', got " + Describe(node));
    return std::nullopt;
  }
  if (text->size() > kMaxIdentifierLength) {
    Error(node, key_path,
          "expected an identifier of at most " + std::to_string(kMaxIdentifierLength) +
              " characters, got " + Describe(node));
    return std::nullopt;
  }
  return text;
}

std::optional<std::int64_t> YamlReader::ParseInteger(std::string_view text) {
  std::int64_t value = 0;
  const char* begin = text.data() + (text.starts_with('+') ? 1 : 0);
  const char* end = text.data() + text.size();
  auto [stop, error] = std::from_chars(begin, end, value);
  if (error != std::errc() || stop != end || begin == end) return std::nullopt;
  return value;
}

std::optional<std::int64_t> YamlReader::ReadInteger(const YamlNode& node,
                                                    const YamlPath& key_path) {
  if (node.IsScalar() && IsPlain(node)) {
    std::string_view text = node.Scalar();
    std::int64_t value = 0;
    const char* begin = text.data() + (text.starts_with('+') ? 1 : 0);
    auto [end, error] = std::from_chars(begin, text.data() + text.size(), value);
    if (error == std::errc() && end == text.data() + text.size() && begin != end) return value;
    if (error == std::errc::result_out_of_range) {
      Error(node, key_path, "integer out of range, got " + Describe(node));
      return std::nullopt;
    }
  }
  Error(node, key_path, "expected an integer, got " + Describe(node));
  return std::nullopt;
}

std::optional<double> YamlReader::ParseNumber(const YamlNode& node) {
  if (!node.IsScalar() || !IsPlain(node)) return std::nullopt;
  std::string_view text = node.Scalar();
  double value = 0;
  const char* begin = text.data() + (text.starts_with('+') ? 1 : 0);
  auto [end, error] = std::from_chars(begin, text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || begin == end) return std::nullopt;
  if (!std::isfinite(value)) return std::nullopt;
  return value;
}

std::optional<double> YamlReader::ReadNumber(const YamlNode& node, const YamlPath& key_path) {
  if (auto value = ParseNumber(node)) return value;
  Error(node, key_path, "expected a number, got " + Describe(node));
  return std::nullopt;
}

std::optional<bool> YamlReader::ReadBool(const YamlNode& node, const YamlPath& key_path) {
  if (node.IsScalar() && IsPlain(node)) {
    std::string_view text = node.Scalar();
    if (text == "true" || text == "True" || text == "TRUE") return true;
    if (text == "false" || text == "False" || text == "FALSE") return false;
  }
  Error(node, key_path, "expected true or false, got " + Describe(node));
  return std::nullopt;
}

std::optional<YamlReader::TextViews> YamlReader::ReadStringViews(const YamlNode& node,
                                                                 const YamlPath& key_path,
                                                                 bool allow_single) {
  if (allow_single && node.IsScalar()) return TextViews{node.Scalar()};
  if (!node.IsSequence()) {
    Error(node, key_path, "expected a list of texts, got " + Describe(node));
    return std::nullopt;
  }
  TextViews values;
  values.reserve(node.size());
  bool ok = true;
  for (std::size_t i = 0; i < node.size(); ++i) {
    if (auto value = ReadStringView(node[i], key_path.Index(i))) {
      values.push_back(*value);
    } else {
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return values;
}

std::optional<std::vector<std::string>> YamlReader::ReadStringList(const YamlNode& node,
                                                                   const YamlPath& key_path,
                                                                   bool allow_single) {
  auto views = ReadStringViews(node, key_path, allow_single);
  if (!views) return std::nullopt;
  return std::vector<std::string>(views->begin(), views->end());
}

std::optional<Text> YamlReader::ReadText(const YamlNode& node, const YamlPath& key_path,
                                         const std::vector<std::string>& languages) {
  if (node.IsScalar()) {
    Text text{std::string(node.Scalar())};
    text.location = Where(node);
    text.key_path = key_path.str();
    return text;
  }
  if (!node.IsMap()) {
    Error(node, key_path,
          "expected text or a mapping of language codes to text, got " + Describe(node));
    return std::nullopt;
  }
  MapReader map(*this, node, key_path);
  Text text;
  text.location = Where(node);
  text.key_path = key_path.str();
  bool ok = true;
  for (const std::string& language : languages) {
    YamlNode value = map.Optional(language);
    if (!value.IsDefined()) continue;
    auto translation = ReadString(value, map.PathOf(language));
    if (translation) {
      text.Add(language, *translation);
    } else {
      ok = false;
    }
  }
  for (const MapReader::Entry& entry : map.entries()) {
    if (std::find(languages.begin(), languages.end(), entry.key) == languages.end()) {
      std::string declared;
      for (const std::string& language : languages) {
        declared += (declared.empty() ? "" : ", ") + language;
      }
      Error(entry.key_node, map.PathOf(entry.key),
            "language '" + entry.key + "' is not declared in the framework's languages (" +
                declared + ")");
      ok = false;
    }
  }
  if (ok && text.empty()) {
    Error(node, key_path, "expected text in at least one language, got an empty mapping");
    ok = false;
  }
  if (!ok) return std::nullopt;
  return text;
}

MapReader::MapReader(YamlReader& reader, const YamlNode& node, std::string key_path)
    : reader_(reader), node_(node), owned_(std::move(key_path)), path_(owned_) {
  Read();
}

MapReader::MapReader(YamlReader& reader, const YamlNode& node, const YamlPath& key_path)
    : reader_(reader), node_(node), path_(key_path) {
  Read();
}

void MapReader::Read() {
  if (!node_.IsMap()) {
    reader_.Error(node_, path_, "expected a mapping, got " + YamlReader::Describe(node_));
    return;
  }
  valid_ = true;
  entries_.reserve(node_.size());
  // Duplicates: by scanning in a small mapping, by hashing in a large one, so that a
  // mapping of a million keys costs a million steps, not a million squared.
  constexpr std::size_t kScanned = 16;
  std::optional<std::unordered_map<std::string_view, std::size_t>> seen;
  if (node_.size() > kScanned) seen.emplace().reserve(node_.size());
  for (std::size_t i = 0; i < node_.size(); ++i) {
    auto [key_node, value] = node_.Pair(i);
    if (!key_node.IsScalar()) {
      reader_.Error(key_node, path_, "expected a plain key, got " + YamlReader::Describe(key_node));
      continue;
    }
    std::string_view key = key_node.Scalar();
    std::optional<std::size_t> earlier;
    if (seen) {
      auto [at, added] = seen->try_emplace(key, entries_.size());
      if (!added) earlier = at->second;
    } else {
      for (std::size_t e = 0; e < entries_.size(); ++e) {
        if (entries_[e].key == key) earlier = e;
      }
    }
    if (earlier) {
      Location first = reader_.Where(entries_[*earlier].key_node);
      reader_.Error(key_node, path_.Key(key),
                    "duplicate key '" + std::string(key) + "' (first given at line " +
                        std::to_string(first.line) + "); a repeated key would overwrite data");
      continue;
    }
    entries_.push_back({std::string(key), key_node, value});  // Short keys stay inline.
  }
}

bool MapReader::Known(std::string_view key) const {
  return std::find(known_.begin(), known_.end(), key) != known_.end();
}

YamlNode MapReader::Optional(std::string_view key) {
  known_.push_back(key);  // Asked twice is listed twice; Finish's message lists each once.
  for (const Entry& entry : entries_) {
    if (entry.key == key) return entry.value;
  }
  return YamlNode();
}

YamlNode MapReader::Required(std::string_view key) {
  YamlNode value = Optional(key);
  if (!value.IsDefined() && valid_) {
    reader_.Error(node_, path_, "missing required key '" + std::string(key) + "'");
  }
  return value;
}

void MapReader::Finish() {
  for (const Entry& entry : entries_) {
    if (Known(entry.key)) continue;
    if (entry.key == "<<") {
      reader_.Error(entry.key_node, PathOf(entry.key),
                    "merge keys ('<<') are not supported; write the keys out in full");
      continue;
    }
    std::string message = "unknown key '" + entry.key + "'";
    std::vector<std::string> known;
    for (std::string_view candidate : known_) {
      if (std::find(known.begin(), known.end(), candidate) == known.end()) {
        known.emplace_back(candidate);
      }
    }
    if (auto best = ClosestMatch(entry.key, known)) {
      message += "; did you mean '" + *best + "'?";
    } else if (entry.key.find(' ') != std::string::npos) {
      // Words, not a key: what is left of a text that a ", " or ": " split.
      message +=
          "; it reads as part of a text: a text with \", \" or \": \" in it must be put in "
          "quotes, e.g. note: \"Agreed, but used unevenly.\"";
    } else {
      std::string expected;
      for (const std::string& candidate : known) {
        expected += (expected.empty() ? "" : ", ") + candidate;
      }
      message += "; expected one of: " + expected;
    }
    reader_.Error(entry.key_node, PathOf(entry.key), message);
  }
}

}  // namespace maturity
