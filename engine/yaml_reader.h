// Located, strict reading of YAML documents: every problem becomes a diagnostic
// naming file:line:column and the key path, and nothing a user wrote is ignored.
#pragma once

#include <boost/container/small_vector.hpp>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/diagnostics.h"
#include "engine/text.h"
#include "engine/yaml_document.h"

namespace maturity {

/// The key path a message names (`answers.vision[0].level`), written out only when a
/// message is: a value read without a problem costs nothing for its path
/// (docs/performance.md). A path made by Key or Index refers to the path it extends and to
/// its key's text, which must outlive it: such paths are made where a value is read and
/// passed down, never kept beyond the reading that made them. A path made from a string
/// refers to it in the same way.
class YamlPath {
 public:
  YamlPath(const std::string& text) : text_(text) {}  // NOLINT(google-explicit-constructor)
  YamlPath(const char* text) : text_(text) {}         // NOLINT(google-explicit-constructor)
  /// `parent.key`, or `key` at the top level.
  YamlPath Key(std::string_view key) const { return {this, Kind::kKey, key, 0}; }
  /// `parent[index]`.
  YamlPath Index(std::size_t index) const { return {this, Kind::kIndex, {}, index}; }
  /// The path written out.
  std::string str() const;

 private:
  enum class Kind : std::uint8_t { kText, kKey, kIndex };
  YamlPath(const YamlPath* parent, Kind kind, std::string_view text, std::size_t index)
      : parent_(parent), kind_(kind), text_(text), index_(index) {}
  void AppendTo(std::string& out) const;
  const YamlPath* parent_ = nullptr;
  Kind kind_ = Kind::kText;
  std::string_view text_;  ///< The whole path (kText) or the key (kKey).
  std::size_t index_ = 0;
};

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
  void Error(const YamlNode& node, const YamlPath& key_path, std::string message);
  void Warning(const YamlNode& node, const YamlPath& key_path, std::string message);

  /// Text: a scalar (numbers and dates are read as the text written).
  std::optional<std::string> ReadString(const YamlNode& node, const YamlPath& key_path);
  /// The same, as a view of the document's text (valid while this reader lives).
  std::optional<std::string_view> ReadStringView(const YamlNode& node, const YamlPath& key_path);
  /// An identifier: lowercase letters, digits, '-' and '_', starting with a letter or digit.
  std::optional<std::string> ReadIdentifier(const YamlNode& node, const YamlPath& key_path);
  std::optional<std::int64_t> ReadInteger(const YamlNode& node, const YamlPath& key_path);
  /// A finite number written as a plain (unquoted) scalar.
  std::optional<double> ReadNumber(const YamlNode& node, const YamlPath& key_path);
  std::optional<bool> ReadBool(const YamlNode& node, const YamlPath& key_path);
  /// A list of texts; with `allow_single`, one plain text is read as a list of one.
  std::optional<std::vector<std::string>> ReadStringList(const YamlNode& node,
                                                         const YamlPath& key_path,
                                                         bool allow_single);
  /// The same, as views of the document's text (valid while this reader lives).
  using TextViews = boost::container::small_vector<std::string_view, 4>;
  std::optional<TextViews> ReadStringViews(const YamlNode& node, const YamlPath& key_path,
                                           bool allow_single);
  /// Translatable text: a string, or a mapping from language code to string.
  /// `languages` are the codes allowed; the result is ordered as `languages`.
  std::optional<Text> ReadText(const YamlNode& node, const YamlPath& key_path,
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
  MapReader(YamlReader& reader, const YamlNode& node, const char* key_path)
      : MapReader(reader, node, std::string(key_path)) {}
  /// A path made by Key or Index, written out only for a message: what it extends must
  /// outlive this reader.
  MapReader(YamlReader& reader, const YamlNode& node, const YamlPath& key_path);
  MapReader(const MapReader&) = delete;  // path_ may refer to owned_.
  MapReader& operator=(const MapReader&) = delete;

  /// False when the node was not a mapping (already reported).
  bool valid() const { return valid_; }
  /// The value under `key` (an undefined node when absent); marks `key` as known.
  YamlNode Optional(std::string_view key);
  /// As Optional, and reports the key as missing when absent.
  YamlNode Required(std::string_view key);
  /// `parent.key`, the key path of a child.
  std::string PathOf(std::string_view key) const { return path_.Key(key).str(); }
  /// The same, written out only for a message; `key` must outlive the path.
  YamlPath At(std::string_view key) const { return path_.Key(key); }
  const YamlPath& path() const { return path_; }
  std::string key_path() const { return path_.str(); }
  const YamlNode& node() const { return node_; }
  /// Every entry in document order, duplicates removed (and reported).
  std::span<const Entry> entries() const { return {entries_.data(), entries_.size()}; }
  /// Reports each key never asked for as unknown, suggesting a close known key.
  void Finish();

 private:
  void Read();

  YamlReader& reader_;
  YamlNode node_;
  std::string owned_;  ///< The path, when given as a string.
  YamlPath path_;
  bool valid_ = false;
  // A few inline, so that reading a small mapping (an answer) allocates nothing.
  boost::container::small_vector<Entry, 6> entries_;
  /// The keys asked for, for Finish: views of the callers' keys (literals, or texts that
  /// outlive the reader).
  boost::container::small_vector<std::string_view, 8> known_;
  bool Known(std::string_view key) const;
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
