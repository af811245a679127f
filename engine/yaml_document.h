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

/// A handle to one node of a parsed document (cheap to copy). A default handle is
/// undefined: what a lookup of an absent key returns.
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
  /// The text of a scalar ("" otherwise).
  const std::string& Scalar() const;
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
  friend YamlNode ParseYaml(const std::string& text, struct YamlSyntaxError& error);
  YamlNode(std::shared_ptr<const YamlDocument> document, std::uint32_t index)
      : document_(std::move(document)), index_(index) {}

  std::shared_ptr<const YamlDocument> document_;
  std::uint32_t index_ = 0;
};

/// Parses `text` (UTF-8, one document). On success returns the root (a null node for an
/// empty document); on a syntax error fills `error` and returns an undefined node.
YamlNode ParseYaml(const std::string& text, YamlSyntaxError& error);

}  // namespace maturity
