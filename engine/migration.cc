#include "engine/migration.h"

#include <algorithm>
#include <functional>
#include <map>

#include "common/strings.h"
#include "common/yaml_output.h"
#include "engine/response_loader.h"
#include "engine/yaml_reader.h"

namespace maturity {

namespace {

/// An edit of the text: replace `length` bytes at `offset`.
struct Edit {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::string text;
};

/// Byte offsets of each line's start.
std::vector<std::size_t> LineStarts(const std::string& content) {
  // Every break libyaml counts as one (CR LF, CR, LF, NEL, LS, PS), so that its line
  // numbers index these and a commented-out line cannot end its comment with a lone CR.
  std::vector<std::size_t> starts = {0};
  for (std::size_t i = 0; i < content.size(); ++i) {
    if (content[i] == '\r' && i + 1 < content.size() && content[i + 1] == '\n') continue;
    if (content[i] == '\n' || content[i] == '\r') {
      starts.push_back(i + 1);
    } else if (content.compare(i, 2, "\u0085") == 0) {
      starts.push_back(i + 2);
    } else if (content.compare(i, 3, "\u2028") == 0 || content.compare(i, 3, "\u2029") == 0) {
      starts.push_back(i + 3);
    }
  }
  return starts;
}

/// The byte offset of a node's mark (line and column in characters, from 0).
std::size_t Offset(const std::vector<std::size_t>& starts, const std::string& content,
                   const YamlNode& node) {
  YamlMark mark = node.Mark();
  std::size_t offset = starts[static_cast<std::size_t>(mark.line)];
  for (int column = 0; column < mark.column && offset < content.size(); ++column) {
    ++offset;
    while (offset < content.size() && (static_cast<unsigned char>(content[offset]) & 0xC0) == 0x80)
      ++offset;
  }
  return offset;
}

/// The bytes a scalar takes in the text: its value, plus quotes when it is quoted.
std::size_t ScalarLength(const std::string& content, std::size_t offset, const YamlNode& node) {
  if (node.IsPlain()) return node.Scalar().size();
  char quote = content[offset];
  std::size_t end = content.find(quote, offset + 1);
  while (end != std::string::npos && quote == '"' && content[end - 1] == '\\')
    end = content.find(quote, end + 1);
  return end == std::string::npos ? node.Scalar().size() : end - offset + 1;
}

}  // namespace

std::string MigrateResponse(const std::string& file, const std::string& content,
                            const Framework& framework, const MigrationOptions& options,
                            Diagnostics& diagnostics) {
  YamlReader reader(file, diagnostics);
  YamlNode root = reader.Parse(content);
  if (diagnostics.HasErrors()) throw InputError(diagnostics);
  if (!root.IsMap()) {
    reader.Error(root, "", "expected a response (a mapping), got " + YamlReader::Describe(root));
    throw InputError(diagnostics);
  }
  std::vector<std::size_t> starts = LineStarts(content);
  std::vector<Edit> edits;

  YamlNode id = root["framework"];
  if (!id.IsScalar() || id.Scalar() != framework.id) {
    reader.Error(id.IsDefined() ? id : root, "framework",
                 "this response is for framework '" + std::string(id.Scalar()) +
                     "'; migrate carries a response "
                     "between versions of one framework ('" +
                     framework.id + "')");
    throw InputError(diagnostics);
  }
  YamlNode version = root["framework_version"];
  if (!version.IsScalar()) {
    reader.Error(root, "framework_version", "missing required key 'framework_version'");
    throw InputError(diagnostics);
  }
  std::size_t version_offset = Offset(starts, content, version);
  edits.push_back({version_offset, ScalarLength(content, version_offset, version),
                   YamlTextScalar(framework.version)});

  YamlNode answers = root["answers"];
  for (std::size_t i = 0; i < answers.size(); ++i) {
    auto [key, value] = answers.Pair(i);
    const std::string element_id(key.Scalar());
    // An element that names this id in renamed_from takes its answers, even when another
    // element has the id now (two ids exchanged, or a cycle of renames).
    const Element* now = framework.FindElementOnceCalled(element_id);
    if (now && now->id == element_id) continue;
    std::size_t offset = Offset(starts, content, key);
    if (now) {
      edits.push_back({offset, ScalarLength(content, offset, key), now->id});
      continue;
    }
    std::string message = "element '" + element_id + "' is not in " + framework.id + " " +
                          framework.version + " and no element names it in renamed_from; its " +
                          CountOf(value.size(), "answer", "answers") + " cannot be carried over";
    if (!options.comment_out_uncarried) {
      reader.Error(key, "answers." + element_id,
                   message + " (keep " + (value.size() == 1 ? "it" : "them") +
                       " as comments with --comment-out-uncarried)");
      continue;
    }
    reader.Warning(key, "answers." + element_id, message + "; kept as comments");
    // Comment out the block from this key's line to the line before the next key.
    std::size_t first_line = static_cast<std::size_t>(key.Mark().line);
    std::size_t last_line = i + 1 < answers.size()
                                ? static_cast<std::size_t>(answers.Pair(i + 1).first.Mark().line)
                                : first_line + 1;
    if (i + 1 == answers.size()) {
      // The last entry runs to the next line indented no deeper than its key.
      std::size_t indent = offset - starts[first_line];
      while (last_line < starts.size() - 1) {
        std::size_t start = starts[last_line];
        std::size_t text = content.find_first_not_of(' ', start);
        if (text != std::string::npos && text - start <= indent && content[text] != '\n' &&
            content[text] != '#')
          break;
        ++last_line;
      }
    }
    for (std::size_t line = first_line; line < last_line && line < starts.size(); ++line) {
      edits.push_back({starts[line], 0, "# not carried to " + framework.version + ": "});
    }
  }
  if (diagnostics.HasErrors()) throw InputError(diagnostics);

  std::sort(edits.begin(), edits.end(),
            [](const Edit& a, const Edit& b) { return a.offset > b.offset; });
  std::string migrated = content;
  for (const Edit& edit : edits) migrated.replace(edit.offset, edit.length, edit.text);

  // The result must be a valid response to the new version.
  Diagnostics check;
  ParseResponse(file + " (migrated)", migrated, framework, check);
  return migrated;
}

}  // namespace maturity
