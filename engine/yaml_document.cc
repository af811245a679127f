#include "engine/yaml_document.h"

#include <yaml.h>

#include <algorithm>
#include <map>

namespace maturity {

namespace {

/// Deeper nesting is refused: the loaders walk nested dimensions recursively.
constexpr std::size_t kMaxYamlDepth = 1000;
/// What a document may stand for once its aliases are expanded, in bytes of scalar text:
/// the input limit. An alias costs nothing to read, but every writer expands it.
constexpr std::uint64_t kMaxExpandedBytes = 64ull * 1024 * 1024;

bool IsNullScalar(const yaml_event_t& event) {
  if (!event.data.scalar.plain_implicit || event.data.scalar.tag) return false;
  std::string_view text(reinterpret_cast<const char*>(event.data.scalar.value),
                        event.data.scalar.length);
  return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

}  // namespace

namespace {

/// The last document parsed on this thread, kept with its buffers' capacity for the next
/// parse: a sector run parses thousands of files one after another, and allocating each
/// one's buffers anew fragments the heap that holds the institutions' summaries, which
/// made every allocation slower as the run went on (docs/performance.md). A document
/// whose buffers grew beyond kPooledBytes (a hostile file) is freed instead.
constexpr std::size_t kPooledBytes = 8 << 20;
thread_local std::unique_ptr<YamlDocument> pooled;

std::unique_ptr<YamlDocument> TakeDocument() {
  if (!pooled) return std::make_unique<YamlDocument>();
  std::unique_ptr<YamlDocument> document = std::move(pooled);
  document->nodes.clear();
  document->children.clear();
  document->text.clear();
  return document;
}

void ReturnDocument(std::unique_ptr<YamlDocument> document) {
  if (!document) return;
  std::size_t bytes = document->nodes.capacity() * sizeof(YamlDocument::Node) +
                      document->children.capacity() * sizeof(std::uint32_t) +
                      document->text.capacity();
  if (bytes <= kPooledBytes) pooled = std::move(document);
}

}  // namespace

ParsedYaml::ParsedYaml() = default;
ParsedYaml::ParsedYaml(ParsedYaml&&) noexcept = default;
ParsedYaml& ParsedYaml::operator=(ParsedYaml&& other) noexcept {
  ReturnDocument(std::move(document));
  document = std::move(other.document);
  root = other.root;
  return *this;
}
ParsedYaml::~ParsedYaml() { ReturnDocument(std::move(document)); }

ParsedYaml ParseYaml(const std::string& text, YamlSyntaxError& error) {
  ParsedYaml parsed;
  parsed.document = TakeDocument();
  YamlDocument* document = parsed.document.get();
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()),
                               text.size());

  // Containers being built: their node index and the children gathered so far.
  struct Open {
    std::uint32_t node;
    std::size_t first_pending;  ///< Where its children start in `pending`.
    std::uint64_t expanded_at_start;
  };
  // One stack of children shared by all open containers, so none allocates its own.
  std::vector<Open> open;
  std::vector<std::uint32_t> pending;
  document->nodes.reserve(text.size() / 12 + 16);
  document->children.reserve(text.size() / 12 + 16);
  // Scalars are never longer than the text they are written in, but folding and escapes
  // can make the sum of them longer: grown as needed after this.
  document->text.reserve(text.size());
  std::map<std::string, std::uint32_t> anchors;
  // The scalar bytes each node stands for with its aliases expanded, and the document's.
  std::vector<std::uint64_t> expanded;
  std::uint64_t expanded_total = 0;
  std::int64_t root = -1;
  bool failed = false;
  bool done = false;

  auto add = [&](std::uint32_t index) {
    if (open.empty()) {
      if (root < 0) root = index;
    } else {
      pending.push_back(index);
    }
  };
  auto new_node = [&](YamlNode::Type type, const yaml_mark_t& mark, const unsigned char* anchor) {
    auto index = static_cast<std::uint32_t>(document->nodes.size());
    YamlDocument::Node node;
    node.type = type;
    node.mark = {static_cast<int>(mark.line), static_cast<int>(mark.column)};
    document->nodes.push_back(std::move(node));
    expanded.push_back(0);
    if (anchor) anchors[reinterpret_cast<const char*>(anchor)] = index;
    return index;
  };

  while (!done) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) {
      error.mark = {static_cast<int>(parser.problem_mark.line),
                    static_cast<int>(parser.problem_mark.column)};
      error.message = parser.problem ? parser.problem : "unknown error";
      if (parser.context) error.message = std::string(parser.context) + ": " + error.message;
      failed = true;
      break;
    }
    switch (event.type) {
      case YAML_SCALAR_EVENT: {
        bool null = IsNullScalar(event);
        std::uint32_t index = new_node(null ? YamlNode::Type::kNull : YamlNode::Type::kScalar,
                                       event.start_mark, event.data.scalar.anchor);
        if (!null) {
          auto& node = document->nodes[index];
          node.first = static_cast<std::uint32_t>(document->text.size());
          node.count = static_cast<std::uint32_t>(event.data.scalar.length);
          document->text.append(reinterpret_cast<const char*>(event.data.scalar.value),
                                event.data.scalar.length);
          node.plain = event.data.scalar.plain_implicit && !event.data.scalar.tag &&
                       event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
        }
        expanded[index] = event.data.scalar.length + 1;
        expanded_total += expanded[index];
        add(index);
        break;
      }
      case YAML_SEQUENCE_START_EVENT:
      case YAML_MAPPING_START_EVENT: {
        bool sequence = event.type == YAML_SEQUENCE_START_EVENT;
        const unsigned char* anchor =
            sequence ? event.data.sequence_start.anchor : event.data.mapping_start.anchor;
        std::uint32_t index = new_node(sequence ? YamlNode::Type::kSequence : YamlNode::Type::kMap,
                                       event.start_mark, anchor);
        add(index);
        open.push_back({index, pending.size(), expanded_total});
        if (open.size() > kMaxYamlDepth) {
          error.mark = {static_cast<int>(event.start_mark.line),
                        static_cast<int>(event.start_mark.column)};
          error.message = "nested too deeply";
          failed = true;
          done = true;
        }
        break;
      }
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT: {
        Open finished = open.back();
        open.pop_back();
        expanded[finished.node] = expanded_total - finished.expanded_at_start + 1;
        auto& node = document->nodes[finished.node];
        node.first = static_cast<std::uint32_t>(document->children.size());
        node.count = static_cast<std::uint32_t>(pending.size() - finished.first_pending);
        document->children.insert(
            document->children.end(),
            pending.begin() + static_cast<std::ptrdiff_t>(finished.first_pending), pending.end());
        pending.resize(finished.first_pending);
        break;
      }
      case YAML_ALIAS_EVENT: {
        // An alias shares its anchor's node: nothing is copied, so alias bombs cost nothing.
        auto found = anchors.find(reinterpret_cast<const char*>(event.data.alias.anchor));
        if (found == anchors.end()) {
          error.mark = {static_cast<int>(event.start_mark.line),
                        static_cast<int>(event.start_mark.column)};
          error.message = "unknown anchor '" +
                          std::string(reinterpret_cast<const char*>(event.data.alias.anchor)) + "'";
          failed = true;
          done = true;
        } else if (std::any_of(open.begin(), open.end(),
                               [&](const Open& o) { return o.node == found->second; })) {
          // `&a [*a]`: a node inside itself, which no reader or writer could walk.
          error.mark = {static_cast<int>(event.start_mark.line),
                        static_cast<int>(event.start_mark.column)};
          error.message = "alias '" +
                          std::string(reinterpret_cast<const char*>(event.data.alias.anchor)) +
                          "' refers to a node that contains it";
          failed = true;
          done = true;
        } else {
          expanded_total += expanded[found->second];
          if (expanded_total > kMaxExpandedBytes) {
            error.mark = {static_cast<int>(event.start_mark.line),
                          static_cast<int>(event.start_mark.column)};
            error.message = "aliases expand this document to more than " +
                            std::to_string(kMaxExpandedBytes >> 20) +
                            " MiB, the limit for one input";
            failed = true;
            done = true;
          } else {
            add(found->second);
          }
        }
        break;
      }
      case YAML_DOCUMENT_END_EVENT:
        // One response or framework per file: a second document is refused, never ignored.
        break;
      case YAML_DOCUMENT_START_EVENT:
        if (root >= 0) {
          error.mark = {static_cast<int>(event.start_mark.line),
                        static_cast<int>(event.start_mark.column)};
          error.message = "expected one document, found a second one";
          failed = true;
          done = true;
        }
        break;
      case YAML_STREAM_END_EVENT:
        done = true;
        break;
      default:
        break;
    }
    yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
  if (failed) return parsed;
  if (root < 0) {
    // An empty document is null.
    YamlDocument::Node node;
    node.type = YamlNode::Type::kNull;
    node.mark = {0, 0};
    document->nodes.push_back(node);
    root = static_cast<std::int64_t>(document->nodes.size() - 1);
  }
  parsed.root = YamlNode(document, static_cast<std::uint32_t>(root));
  return parsed;
}

}  // namespace maturity
