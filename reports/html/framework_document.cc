#include "reports/html/framework_document.h"

#include <functional>

#include "common/messages.h"
#include "engine/answer_kinds.h"
#include "reports/html/html.h"
#include "reports/presentation.h"

namespace maturity {

namespace {

std::string Number(double value) { return FormatRounded(value, 2); }

/// A text from the framework as Markdown that shows it literally: whatever its authors
/// wrote (`<script>`, `[x](javascript:...)`, `**`, a line starting `#` or `1.`) is text,
/// never markup, in a Markdown viewer and in the HTML written from the same blocks.
std::string Literal(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool line_start = true;    // Only spaces so far on this line.
  bool line_digits = false;  // Only spaces, then digits, so far on this line.
  for (char c : text) {
    bool escape = false;
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '<':
      case '>':
      case '&':
      case '~':
        escape = true;
        break;
      case '#':
      case '-':
      case '+':
      case '=':
        escape = line_start;  // A heading, a list item or a heading's underline.
        break;
      case '.':
      case ')':
        escape = line_digits;  // "1." or "1)" would begin a numbered list.
        break;
      default:
        break;
    }
    if (escape) out += '\\';
    out += c;
    if (c == '\n') {
      line_start = true;
      line_digits = false;
    } else if (c >= '0' && c <= '9') {
      line_digits = line_start || line_digits;
      line_start = false;
    } else if (c != ' ' && c != '\t') {
      line_start = false;
      line_digits = false;
    }
  }
  return out;
}

class Describer {
 public:
  Describer(const Framework& framework, const std::string& language)
      : framework_(framework), language_(language), m_(Messages::For(language)) {}

  std::vector<DocumentBlock> Run() {
    Heading(1, In(framework_.title));
    Paragraph(m_("docs.version", {framework_.version}));
    if (!framework_.description.empty()) Paragraph(In(framework_.description));
    Heading(2, m_("docs.how_to_answer"));
    std::vector<std::string> sides;
    for (const Perspective& perspective : framework_.perspectives) {
      sides.push_back(m_("docs.perspective", {In(perspective.label), perspective.key}));
    }
    Paragraph(m_("docs.perspectives"));
    List(sides);
    Paragraph(
        m_("docs.answers", {framework_.scoring.evidence_required_from
                                ? m_("docs.evidence_from",
                                     {std::to_string(*framework_.scoring.evidence_required_from)})
                                : m_("docs.evidence_never")}));
    Heading(2, m_("docs.scale"));
    std::vector<std::vector<std::string>> scale;
    for (const ScaleLevel& level : framework_.scale) {
      scale.push_back({std::to_string(level.level), In(level.label), In(level.description)});
    }
    Table({m_("column.level"), m_("docs.column.name"), m_("docs.column.meaning")}, scale);
    Dimensions(framework_.dimensions, 2, "");
    Heading(2, m_("docs.scoring"));
    List({m_("docs.scoring.element"),
          m_("docs.scoring.dimension", {m_(framework_.scoring.aggregate == Aggregate::kMinimum
                                               ? MessageKey("docs.aggregate_minimum")
                                               : MessageKey("docs.aggregate_mean")),
                                        m_(framework_.scoring.missing == MissingPolicy::kLowest
                                               ? MessageKey("docs.missing_lowest")
                                               : MessageKey("docs.missing_exclude"))}),
          m_("docs.scoring.overall"),
          m_("docs.scoring.divergence", {Number(framework_.scoring.divergence_threshold)}),
          TargetsText()});
    return std::move(blocks_);
  }

 private:
  /// A text of the framework, shown literally (Literal).
  std::string In(const Text& text) const { return Literal(text.In(language_)); }

  std::string TargetsText() const {
    std::string rules;
    for (const TargetRule& rule : framework_.target_rules) {
      rules += "; " + m_("docs.target_rule",
                         {Number(rule.target), Literal(ConditionsText(framework_, rule.when, m_))});
    }
    return m_("docs.targets", {rules, Number(framework_.default_target)});
  }

  void Dimensions(const std::vector<Dimension>& dimensions, int level, const std::string& prefix) {
    for (std::size_t d = 0; d < dimensions.size(); ++d) {
      const Dimension& dimension = dimensions[d];
      std::string number = prefix + std::to_string(d + 1);
      Heading(level, number + ". " + In(dimension.title));
      if (!dimension.description.empty()) Paragraph(In(dimension.description));
      if (dimension.weight != 1) Paragraph(m_("docs.weight", {Number(dimension.weight)}));
      for (std::size_t e = 0; e < dimension.elements.size(); ++e) {
        Element_(dimension.elements[e], number + "." + std::to_string(e + 1),
                 std::min(level + 1, 6));
      }
      Dimensions(dimension.dimensions, std::min(level + 1, 6), number + ".");
    }
  }

  void Element_(const Element& element, const std::string& number, int level) {
    Heading(level, number + " " + In(element.title));
    std::string facts =
        m_("docs.element_facts", {KindLabel(element.kind, m_), Number(element.weight), element.id});
    if (element.target) facts += ", " + m_("docs.element_target", {Number(*element.target)});
    if (!element.applies_when.empty())
      facts += "; " + m_("docs.applies_where",
                         {Literal(ConditionsText(framework_, element.applies_when, m_))});
    Paragraph(facts + ".");
    if (!element.prompt.empty()) Paragraph("**" + In(element.prompt) + "**");
    if (!element.guidance.empty()) Paragraph(In(element.guidance));
    AnswerForm form = FormOf(element);
    if (form.input == AnswerInput::kNumber) {
      std::string bands;
      for (const LevelThreshold& band : *form.bands) {
        bands += (bands.empty() ? "" : ", ") +
                 m_(form.higher_is_better ? MessageKey("docs.band_from")
                                          : MessageKey("docs.band_at_most"),
                    {std::to_string(band.level), Number(band.threshold)});
      }
      Paragraph(m_("docs.measure", {In(*form.unit),
                                    m_(form.higher_is_better ? MessageKey("measure.higher")
                                                             : MessageKey("measure.lower")),
                                    bands}));
    }
    if (form.input == AnswerInput::kTicks) {
      std::vector<std::string> items;
      for (const ChecklistItem& item : *form.items) items.push_back(In(item.text));
      Paragraph(m_("docs.tick"));
      List(items);
      std::string bands;
      for (const LevelThreshold& band : *form.bands) {
        bands += (bands.empty() ? "" : ", ") +
                 m_("docs.band_with", {std::to_string(band.level), Number(band.threshold)});
      }
      Paragraph(m_("docs.checklist_bands", {bands}));
    }
    std::vector<std::vector<std::string>> rows;
    for (const ScaleLevel& scale_level : framework_.scale) {
      auto descriptor = element.levels.find(scale_level.level);
      auto actions = element.actions.find(scale_level.level);
      std::string next;
      if (actions != element.actions.end()) {
        for (const Text& action : actions->second) next += (next.empty() ? "" : " ") + In(action);
      }
      rows.push_back({std::to_string(scale_level.level) + " " + In(scale_level.label),
                      descriptor == element.levels.end() ? "" : In(descriptor->second), next});
    }
    Table({m_("column.level"), m_("docs.column.looks_like"), m_("docs.column.move_up")}, rows);
  }

  void Heading(int level, const std::string& text) {
    blocks_.push_back({DocumentBlock::Kind::kHeading, level, text, {}, {}});
  }
  void Paragraph(const std::string& text) {
    blocks_.push_back({DocumentBlock::Kind::kParagraph, 0, text, {}, {}});
  }
  void List(const std::vector<std::string>& items) {
    blocks_.push_back({DocumentBlock::Kind::kList, 0, "", items, {}});
  }
  void Table(const std::vector<std::string>& headers,
             const std::vector<std::vector<std::string>>& rows) {
    blocks_.push_back({DocumentBlock::Kind::kTable, 0, "", headers, rows});
  }

  const Framework& framework_;
  std::string language_;
  const Messages& m_;
  std::vector<DocumentBlock> blocks_;
};

std::string MarkdownCell(const std::string& text) {
  std::string cell;
  for (char c : text) {
    if (c == '|')
      cell += "\\|";
    else if (c == '\n')
      cell += ' ';
    else
      cell += c;
  }
  return cell;
}

/// HTML for the little inline Markdown the describer writes: **bold**, `code` and the
/// backslash escapes of Literal (the character itself). A bold or code span left open is
/// closed at the end of its block, so that it never runs on into the rest of the page.
std::string HtmlInline(const std::string& text) {
  std::string out;
  bool bold = false;
  bool code = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && !code) {
      out += EscapeHtml(text.substr(i + 1, 1));
      ++i;
    } else if (text.compare(i, 2, "**") == 0 && !code) {
      out += bold ? "</strong>" : "<strong>";
      bold = !bold;
      ++i;
    } else if (text[i] == '`') {
      out += code ? "</code>" : "<code>";
      code = !code;
    } else {
      out += EscapeHtml(text.substr(i, 1));
    }
  }
  if (code) out += "</code>";
  if (bold) out += "</strong>";
  return out;
}

}  // namespace

std::vector<DocumentBlock> DescribeFramework(const Framework& framework,
                                             const std::string& language) {
  return Describer(framework, language).Run();
}

void WriteMarkdown(const std::vector<DocumentBlock>& blocks, std::ostream& out) {
  bool first = true;
  for (const DocumentBlock& block : blocks) {
    if (!first) out << "\n";
    first = false;
    switch (block.kind) {
      case DocumentBlock::Kind::kHeading:
        // A heading is one line: a line break in a title would end it.
        out << std::string(static_cast<std::size_t>(block.level), '#') << " "
            << MarkdownCell(block.text) << "\n";
        break;
      case DocumentBlock::Kind::kParagraph:
        out << block.text << "\n";
        break;
      case DocumentBlock::Kind::kList:
        for (const std::string& item : block.items) out << "- " << item << "\n";
        break;
      case DocumentBlock::Kind::kTable:
        out << "|";
        for (const std::string& header : block.items) out << " " << MarkdownCell(header) << " |";
        out << "\n|";
        for (std::size_t i = 0; i < block.items.size(); ++i) out << "---|";
        out << "\n";
        for (const auto& row : block.rows) {
          out << "|";
          for (const std::string& cell : row) out << " " << MarkdownCell(cell) << " |";
          out << "\n";
        }
        break;
    }
  }
}

void WriteHtml(const std::vector<DocumentBlock>& blocks, const std::string& title,
               std::ostream& out, const std::string& language) {
  out << "<!DOCTYPE html>\n<html lang=\"" << EscapeHtml(language)
      << "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" << EscapeHtml(title)
      << "</title>\n<style>\n"
      << "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
         "line-height:1.45;color:#1f2a44}\n"
      << "h1,h2,h3,h4{color:#1f4e79}h2{border-bottom:1px solid #ccd}\n"
      << "table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}"
         "th,td{border:1px solid #ccd;padding:.35rem .5rem;vertical-align:top;text-align:left}"
         "th{background:#1f4e79;color:#fff}\n"
      << "code{background:#eef;padding:0 .2rem}@media print{body{margin:0}h2,h3{break-after:avoid}"
         "table{break-inside:avoid}}\n"
      << "</style>\n</head>\n<body>\n";
  for (const DocumentBlock& block : blocks) {
    switch (block.kind) {
      case DocumentBlock::Kind::kHeading:
        out << "<h" << block.level << ">" << HtmlInline(block.text) << "</h" << block.level
            << ">\n";
        break;
      case DocumentBlock::Kind::kParagraph:
        out << "<p>" << HtmlInline(block.text) << "</p>\n";
        break;
      case DocumentBlock::Kind::kList:
        out << "<ul>\n";
        for (const std::string& item : block.items) out << "<li>" << HtmlInline(item) << "</li>\n";
        out << "</ul>\n";
        break;
      case DocumentBlock::Kind::kTable:
        out << "<table>\n<tr>";
        for (const std::string& header : block.items)
          out << "<th>" << HtmlInline(header) << "</th>";
        out << "</tr>\n";
        for (const auto& row : block.rows) {
          out << "<tr>";
          for (const std::string& cell : row) out << "<td>" << HtmlInline(cell) << "</td>";
          out << "</tr>\n";
        }
        out << "</table>\n";
        break;
    }
  }
  out << "</body>\n</html>\n";
}

}  // namespace maturity
