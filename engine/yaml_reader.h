// Located, strict reading of YAML documents: every problem becomes a diagnostic
// naming file:line:column and the key path, and nothing a user wrote is ignored.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/diagnostics.h"
#include "engine/text.h"
#include "engine/yaml_document.h"

namespace maturity {

/// Reads values out of one YAML file, reporting type mismatches into `diagnostics`.
class YamlReader {
 public:
  YamlReader(std::string file, Diagnostics& diagnostics)
      : file_(std::move(file)), diagnostics_(diagnostics) {}

  /// The largest input accepted, so that a huge file is a clear error, not exhausted memory.
  static constexpr std::size_t kMaxInputBytes = 64 * 1024 * 1024;
  /// Ids name things in every output (sheet cells, JSON keys, file names of reports).
  static constexpr std::size_t kMaxIdentifierLength = 64;

  /// Parses a document (its nodes live as long as this reader); a syntax error becomes a
  /// located diagnostic and an undefined node.
  /// Refuses, with a located error, binary files, invalid UTF-8, tab indentation,
  /// nesting over 1000 levels and files over kMaxInputBytes.
  YamlNode Parse(const std::string& content);

  const std::string& file() const { return file_; }
  Diagnostics& diagnostics() { return diagnostics_; }
  Location Where(const YamlNode& node) const;
  void Error(const YamlNode& node, const std::string& key_path, std::string message);
  void Warning(const YamlNode& node, const std::string& key_path, std::string message);

  /// Text: a scalar (numbers and dates are read as the text written).
  std::optional<std::string> ReadString(const YamlNode& node, const std::string& key_path);
  /// An identifier: lowercase letters, digits, '-' and '_', starting with a letter or digit.
  std::optional<std::string> ReadIdentifier(const YamlNode& node, const std::string& key_path);
  std::optional<std::int64_t> ReadInteger(const YamlNode& node, const std::string& key_path);
  /// A finite number written as a plain (unquoted) scalar.
  std::optional<double> ReadNumber(const YamlNode& node, const std::string& key_path);
  std::optional<bool> ReadBool(const YamlNode& node, const std::string& key_path);
  /// A list of texts; with `allow_single`, one plain text is read as a list of one.
  std::optional<std::vector<std::string>> ReadStringList(const YamlNode& node,
                                                         const std::string& key_path,
                                                         bool allow_single);
  /// Translatable text: a string, or a mapping from language code to string.
  /// `languages` are the codes allowed; the result is ordered as `languages`.
  std::optional<Text> ReadText(const YamlNode& node, const std::string& key_path,
                               const std::vector<std::string>& languages);

  /// `text` as an integer (optional '+' sign), or none; reports nothing.
  static std::optional<std::int64_t> ParseInteger(std::string_view text);

  /// A plain scalar as a finite number, or none; reports nothing.
  static std::optional<double> ParseNumber(const YamlNode& node);

  /// How a value reads in a message: `"three"`, `a list`, `a mapping`, `nothing`.
  static std::string Describe(const YamlNode& node);

 private:
  std::string file_;
  Diagnostics& diagnostics_;
  ParsedYaml parsed_;  ///< Owns the nodes Parse returned.
};

/// A YAML mapping read key by key. Construction reports a non-mapping value and
/// duplicate keys; `Finish` reports every key that was never asked for.
class MapReader {
 public:
  struct Entry {
    std::string key;
    YamlNode key_node;
    YamlNode value;
  };

  MapReader(YamlReader& reader, const YamlNode& node, std::string key_path);

  /// False when the node was not a mapping (already reported).
  bool valid() const { return valid_; }
  /// The value under `key` (an undefined node when absent); marks `key` as known.
  YamlNode Optional(std::string_view key);
  /// As Optional, and reports the key as missing when absent.
  YamlNode Required(std::string_view key);
  /// `parent.key`, the key path of a child.
  std::string PathOf(std::string_view key) const;
  const std::string& key_path() const { return key_path_; }
  const YamlNode& node() const { return node_; }
  /// Every entry in document order, duplicates removed (and reported).
  const std::vector<Entry>& entries() const { return entries_; }
  /// Reports each key never asked for as unknown, suggesting a close known key.
  void Finish();

 private:
  YamlReader& reader_;
  YamlNode node_;
  std::string key_path_;
  bool valid_ = false;
  std::vector<Entry> entries_;
  std::vector<std::string> known_;
};

/// The candidate closest to `key` by edit distance, if any is within `max_distance`.
std::optional<std::string> ClosestMatch(std::string_view key,
                                        const std::vector<std::string>& candidates,
                                        std::size_t max_distance = 2);

/// `parent[index]`, the key path of a list item.
std::string IndexPath(const std::string& parent, std::size_t index);
/// `parent.key` (or `key` at the top level).
std::string KeyPath(const std::string& parent, std::string_view key);

}  // namespace maturity
