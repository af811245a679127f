#include "reports/framework_document.h"

#include <functional>

#include "reports/presentation.h"

namespace maturity {

namespace {

std::string Number(double value) {
  std::string text = Fixed(value, 2);
  text.erase(text.find_last_not_of('0') + 1);
  if (text.back() == '.') text.pop_back();
  return text;
}

std::string ConditionsText(const std::vector<Condition>& conditions) {
  std::string text;
  for (const Condition& condition : conditions) {
    std::string values;
    for (const std::string& value : condition.accepted)
      values += (values.empty() ? "" : " or ") + value;
    text += (text.empty() ? "" : " and ") + condition.field + " is " + values;
  }
  return text;
}

class Describer {
 public:
  explicit Describer(const Framework& framework) : framework_(framework) {}

  std::vector<DocumentBlock> Run() {
    Heading(1, framework_.title.Default());
    Paragraph("Version " + framework_.version + " (" + framework_.id + ").");
    if (!framework_.description.empty()) Paragraph(framework_.description.Default());
    Heading(2, "How to answer");
    std::vector<std::string> sides;
    for (const Perspective& perspective : framework_.perspectives) {
      sides.push_back(perspective.label.Default() + " (" + perspective.key + ")");
    }
    Paragraph(
        "Each respondent answers from one perspective. Each perspective counts equally, "
        "however many respondents it has:");
    List(sides);
    Paragraph(
        "Most elements are answered with a level of the scale below; a measured element "
        "with a number, which is banded to a level; a checklist with the practices in "
        "place. A rating of " +
        (framework_.scoring.evidence_required_from
             ? "level " + std::to_string(*framework_.scoring.evidence_required_from) +
                   " or above needs evidence."
             : "any level may be given without evidence."));
    Heading(2, "The scale");
    std::vector<std::vector<std::string>> scale;
    for (const ScaleLevel& level : framework_.scale) {
      scale.push_back(
          {std::to_string(level.level), level.label.Default(), level.description.Default()});
    }
    Table({"Level", "Name", "What it means"}, scale);
    Dimensions(framework_.dimensions, 2, "");
    Heading(2, "How answers are scored");
    List(
        {"A perspective's score for an element is the mean of its respondents' levels; the "
         "element's score is the mean of the perspectives' scores.",
         std::string("A dimension's score is ") +
             (framework_.scoring.aggregate == Aggregate::kMinimum
                  ? "the lowest of its elements' scores"
                  : "the mean of its elements' scores, weighted by their weights") +
             "; " +
             (framework_.scoring.missing == MissingPolicy::kLowest
                  ? "an unanswered element counts as the lowest level."
                  : "an unanswered element is left out and shown as incomplete."),
         "The overall score is the mean of the dimensions' scores, weighted by their weights.",
         "Views " + Number(framework_.scoring.divergence_threshold) +
             " or more levels apart are flagged as a perception gap.",
         TargetsText()});
    return std::move(blocks_);
  }

 private:
  std::string TargetsText() const {
    std::string text = "Targets: an element's own target where it has one";
    for (const TargetRule& rule : framework_.target_rules) {
      text += "; " + Number(rule.target) + " where " + ConditionsText(rule.when);
    }
    return text + "; otherwise " + Number(framework_.default_target) + ".";
  }

  void Dimensions(const std::vector<Dimension>& dimensions, int level, const std::string& prefix) {
    for (std::size_t d = 0; d < dimensions.size(); ++d) {
      const Dimension& dimension = dimensions[d];
      std::string number = prefix + std::to_string(d + 1);
      Heading(level, number + ". " + dimension.title.Default());
      if (!dimension.description.empty()) Paragraph(dimension.description.Default());
      if (dimension.weight != 1) Paragraph("Weight " + Number(dimension.weight) + ".");
      for (std::size_t e = 0; e < dimension.elements.size(); ++e) {
        Element_(dimension.elements[e], number + "." + std::to_string(e + 1),
                 std::min(level + 1, 6));
      }
      Dimensions(dimension.dimensions, std::min(level + 1, 6), number + ".");
    }
  }

  void Element_(const Element& element, const std::string& number, int level) {
    Heading(level, number + " " + element.title.Default());
    std::string kind = KindName(element.kind);
    kind[0] = static_cast<char>(kind[0] - 'a' + 'A');
    std::string facts = kind + ", weight " + Number(element.weight) + ", id `" + element.id + "`";
    if (element.target) facts += ", target " + Number(*element.target);
    if (!element.applies_when.empty())
      facts += "; applies where " + ConditionsText(element.applies_when);
    Paragraph(facts + ".");
    if (!element.prompt.empty()) Paragraph("**" + element.prompt.Default() + "**");
    if (!element.guidance.empty()) Paragraph(element.guidance.Default());
    if (element.measure) {
      std::string bands;
      for (const LevelThreshold& band : element.measure->bands) {
        bands += (bands.empty() ? "" : ", ") + std::string("level ") + std::to_string(band.level) +
                 (element.measure->higher_is_better ? " from " : " at most ") +
                 Number(band.threshold);
      }
      Paragraph("Answer with a number in " + element.measure->unit.Default() + " (" +
                (element.measure->higher_is_better ? "higher" : "lower") + " is better): " + bands +
                ".");
    }
    if (element.checklist) {
      std::vector<std::string> items;
      for (const ChecklistItem& item : element.checklist->items)
        items.push_back(item.text.Default());
      Paragraph("Tick the practices in place:");
      List(items);
      std::string bands;
      for (const LevelThreshold& band : element.checklist->bands) {
        bands += (bands.empty() ? "" : ", ") + std::string("level ") + std::to_string(band.level) +
                 " with " + Number(band.threshold);
      }
      Paragraph("Levels by the number in place: " + bands + ".");
    }
    std::vector<std::vector<std::string>> rows;
    for (const ScaleLevel& scale_level : framework_.scale) {
      auto descriptor = element.levels.find(scale_level.level);
      auto actions = element.actions.find(scale_level.level);
      std::string next;
      if (actions != element.actions.end()) {
        for (const Text& action : actions->second)
          next += (next.empty() ? "" : " ") + action.Default();
      }
      rows.push_back({std::to_string(scale_level.level) + " " + scale_level.label.Default(),
                      descriptor == element.levels.end() ? "" : descriptor->second.Default(),
                      next});
    }
    Table({"Level", "What it looks like", "To move up"}, rows);
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

std::string HtmlEscape(const std::string& text) {
  std::string escaped;
  for (char c : text) {
    switch (c) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      default:
        escaped += c;
    }
  }
  return escaped;
}

/// HTML for the little inline Markdown the describer writes: **bold** and `code`.
std::string HtmlInline(const std::string& text) {
  std::string escaped = HtmlEscape(text);
  std::string out;
  bool bold = false;
  bool code = false;
  for (std::size_t i = 0; i < escaped.size(); ++i) {
    if (escaped.compare(i, 2, "**") == 0) {
      out += bold ? "</strong>" : "<strong>";
      bold = !bold;
      ++i;
    } else if (escaped[i] == '`') {
      out += code ? "</code>" : "<code>";
      code = !code;
    } else {
      out += escaped[i];
    }
  }
  return out;
}

}  // namespace

std::vector<DocumentBlock> DescribeFramework(const Framework& framework) {
  return Describer(framework).Run();
}

void WriteMarkdown(const std::vector<DocumentBlock>& blocks, std::ostream& out) {
  bool first = true;
  for (const DocumentBlock& block : blocks) {
    if (!first) out << "\n";
    first = false;
    switch (block.kind) {
      case DocumentBlock::Kind::kHeading:
        out << std::string(static_cast<std::size_t>(block.level), '#') << " " << block.text << "\n";
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
               std::ostream& out) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
      << HtmlEscape(title) << "</title>\n<style>\n"
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
