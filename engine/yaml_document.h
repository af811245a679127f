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

/// All nodes of one document in one vector; children are listed in `children`. Defined
/// here so that YamlNode's accessors, called for every value read, are inlined.
class YamlDocument {
 public:
  struct Node {
    YamlNode::Type type = YamlNode::Type::kUndefined;
    bool plain = false;
    YamlMark mark;
    /// A scalar's text in `text`; a container's children in `children` (items, or keys
    /// and values, 2 per pair).
    std::uint32_t first = 0;
    std::uint32_t count = 0;
  };

  std::vector<Node> nodes;
  std::vector<std::uint32_t> children;
  /// Every scalar's text, one after another: one allocation for the document, not one
  /// per scalar (docs/performance.md).
  std::string text;

  std::string_view Scalar(const Node& node) const {
    return std::string_view(text).substr(node.first, node.count);
  }
};

inline YamlNode::Type YamlNode::type() const {
  return document_ ? document_->nodes[index_].type : Type::kUndefined;
}

inline std::string_view YamlNode::Scalar() const {
  if (!document_) return {};
  const YamlDocument::Node& node = document_->nodes[index_];
  return node.type == Type::kScalar ? document_->Scalar(node) : std::string_view();
}

inline bool YamlNode::IsPlain() const {
  return document_ && document_->nodes[index_].type == Type::kScalar &&
         document_->nodes[index_].plain;
}

inline YamlMark YamlNode::Mark() const {
  return document_ ? document_->nodes[index_].mark : YamlMark{};
}

inline std::size_t YamlNode::size() const {
  if (!document_) return 0;
  const YamlDocument::Node& node = document_->nodes[index_];
  if (node.type == Type::kSequence) return node.count;
  if (node.type == Type::kMap) return node.count / 2;
  return 0;
}

inline YamlNode YamlNode::operator[](std::size_t index) const {
  if (!document_) return {};
  const YamlDocument::Node& node = document_->nodes[index_];
  if (node.type != Type::kSequence || index >= node.count) return {};
  return YamlNode(document_, document_->children[node.first + index]);
}

inline YamlNode YamlNode::operator[](std::string_view key) const {
  for (std::size_t i = 0; i < size() && IsMap(); ++i) {
    auto [name, value] = Pair(i);
    if (name.IsScalar() && name.Scalar() == key) return value;
  }
  return {};
}

inline std::pair<YamlNode, YamlNode> YamlNode::Pair(std::size_t index) const {
  if (!document_) return {};
  const YamlDocument::Node& node = document_->nodes[index_];
  if (node.type != Type::kMap || index >= node.count / 2) return {};
  std::uint32_t at = node.first + static_cast<std::uint32_t>(index) * 2;
  return {YamlNode(document_, document_->children[at]),
          YamlNode(document_, document_->children[at + 1])};
}

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
