// A compact, read-only YAML tree built from libyaml's event parser, with the positions
// the loaders need for located errors. Replaces yaml-cpp's trees, which cost ten times
// the parse itself (docs/performance.md).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace maturity {

/// A position in the text, counted from 0 (as libyaml and yaml-cpp report them).
struct YamlMark {
  int line = -1;
  int column = -1;
  bool is_null() const { return line < 0; }
};

/// A syntax error: where, and libyaml's description.
struct YamlSyntaxError {
  YamlMark mark;
  std::string message;
};

class YamlDocument;

/// A handle to one node of a parsed document: a pointer and an index, so copies cost
/// nothing. It is valid while the ParsedYaml that holds its document lives. A default
/// handle is undefined: what a lookup of an absent key returns.
class YamlNode {
 public:
  enum class Type : std::uint8_t { kUndefined, kNull, kScalar, kSequence, kMap };

  YamlNode() = default;

  Type type() const;
  bool IsDefined() const { return type() != Type::kUndefined; }
  bool IsNull() const { return type() == Type::kNull; }
  bool IsScalar() const { return type() == Type::kScalar; }
  bool IsSequence() const { return type() == Type::kSequence; }
  bool IsMap() const { return type() == Type::kMap; }
  /// The text of a scalar ("" otherwise), valid while the document lives.
  std::string_view Scalar() const;
  /// True for a plain (unquoted, untagged) scalar: only those are read as numbers.
  bool IsPlain() const;
  YamlMark Mark() const;
  /// Items of a sequence, or pairs of a mapping.
  std::size_t size() const;
  /// The item at `index` of a sequence (undefined when out of range).
  YamlNode operator[](std::size_t index) const;
  /// The value of the first pair whose key is the scalar `key` (undefined when absent).
  YamlNode operator[](std::string_view key) const;
  /// The key and value of pair `index` of a mapping.
  std::pair<YamlNode, YamlNode> Pair(std::size_t index) const;

 private:
  friend class YamlDocument;
  friend struct ParsedYaml ParseYaml(const std::string& text, struct YamlSyntaxError& error);
  YamlNode(const YamlDocument* document, std::uint32_t index)
      : document_(document), index_(index) {}

  const YamlDocument* document_ = nullptr;
  std::uint32_t index_ = 0;
};

/// A parsed document and its root; the nodes live as long as this does.
struct ParsedYaml {
  ParsedYaml();
  ParsedYaml(ParsedYaml&&) noexcept;
  ParsedYaml& operator=(ParsedYaml&&) noexcept;
  ~ParsedYaml();

  std::unique_ptr<YamlDocument> document;
  YamlNode root;  ///< Undefined after a syntax error; null for an empty document.
};

/// Parses `text` (UTF-8, one document). On a syntax error fills `error` and leaves the
/// root undefined.
ParsedYaml ParseYaml(const std::string& text, YamlSyntaxError& error);

}  // namespace maturity
