#include "reports/response_template.h"

#include <functional>
#include <string>

namespace maturity {

namespace {

std::string Join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string joined;
  for (const std::string& part : parts) joined += (joined.empty() ? "" : separator) + part;
  return joined;
}

/// `text` as YAML comment lines at `indent`, wrapped near 88 columns.
void Comment(std::ostream& out, const std::string& indent, const std::string& text) {
  std::string line;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(start, end - start);
    if (!line.empty() && line.size() + word.size() + 1 > 84) {
      out << indent << "# " << line << "\n";
      line = "  " + word;
    } else {
      line += (line.empty() ? "" : " ") + word;
    }
    start = end + 1;
  }
  if (!line.empty()) out << indent << "# " << line << "\n";
}

std::string Conditions(const std::vector<Condition>& conditions) {
  std::vector<std::string> parts;
  for (const Condition& condition : conditions) {
    parts.push_back(condition.field + " is " + Join(condition.accepted, " or "));
  }
  return Join(parts, " and ");
}

}  // namespace

void WriteResponseTemplate(const Framework& framework, std::ostream& out) {
  const std::string fill = kFillIn;
  out << "# Response to " << framework.title.Default() << " " << framework.version << ".\n"
      << "# Replace every " << fill
      << ", answer each element (delete an answer line nobody gives),\n"
      << "# then check the file: maturity validate --framework FRAMEWORK THIS-FILE\n"
      << "framework: " << framework.id << "\n"
      << "framework_version: " << framework.version << "\n"
      << "institution:\n"
      << "  id: " << fill << "    # lowercase letters, digits and '-', e.g. coleg-y-bryn\n"
      << "  name: " << fill << "\n";
  if (!framework.profile.empty()) {
    out << "  profile:\n";
    for (const ProfileField& field : framework.profile) {
      out << "    " << field.key << ": " << fill << "    # ";
      if (field.type == ProfileFieldType::kChoice) {
        out << "one of: " << Join(field.values, ", ");
      } else if (field.type == ProfileFieldType::kInteger) {
        out << "a whole number";
        std::vector<std::string> bands;
        for (const Band& band : field.bands) {
          bands.push_back(band.key + " " + std::to_string(band.min) +
                          (band.max ? "-" + std::to_string(*band.max) : "+"));
        }
        if (!bands.empty()) out << " (" << Join(bands, ", ") << ")";
      } else {
        out << "text";
      }
      if (!field.required) out << "; optional, delete if unknown";
      out << "\n";
    }
  }
  out << "period: " << fill << "    # e.g. 2025-26\n"
      << "respondents:    # add a line per person; each answers from one perspective\n";
  for (const Perspective& perspective : framework.perspectives) {
    out << "  - {id: " << fill << ", perspective: " << perspective.key << "}    # "
        << perspective.label.Default() << "\n";
  }
  std::string scale;
  for (const ScaleLevel& level : framework.scale) {
    scale +=
        (scale.empty() ? "" : ", ") + std::to_string(level.level) + " " + level.label.Default();
  }
  out << "answers:\n";
  Comment(out, "  ",
          "Levels: " + scale + "." +
              (framework.scoring.evidence_required_from
                   ? " A level of " + std::to_string(*framework.scoring.evidence_required_from) +
                         " or above needs evidence: [what shows it]."
                   : "") +
              " An element that does not apply to you: {by: ID, not_applicable: true, "
              "reason: why}.");
  std::function<void(const std::vector<Dimension>&)> dimensions =
      [&](const std::vector<Dimension>& list) {
        for (const Dimension& dimension : list) {
          out << "\n  # ---- " << dimension.title.Default() << " ----\n";
          for (const Element& element : dimension.elements) {
            out << "\n";
            Comment(out, "  ", element.title.Default() + " (" + KindName(element.kind) + ")");
            if (!element.applies_when.empty()) {
              Comment(out, "  ",
                      "Only where " + Conditions(element.applies_when) +
                          "; delete this element otherwise.");
            }
            if (!element.prompt.empty()) Comment(out, "  ", element.prompt.Default());
            for (const auto& [level, text] : element.levels) {
              Comment(out, "    ", std::to_string(level) + ": " + text.Default());
            }
            out << "  " << element.id << ":\n";
            for (const Perspective& perspective : framework.perspectives) {
              out << "    - {by: " << fill << ", ";
              if (element.measure) {
                out << "value: " << fill << "}    # " << element.measure->unit.Default() << " ("
                    << (element.measure->higher_is_better ? "higher" : "lower") << " is better)";
              } else if (element.checklist) {
                std::vector<std::string> keys;
                for (const ChecklistItem& item : element.checklist->items) keys.push_back(item.key);
                out << "checked: []}    # those in place: " << Join(keys, ", ");
              } else {
                out << "level: " << fill << "}";
              }
              out << "    # " << perspective.label.Default() << "\n";
            }
            if (element.checklist) {
              for (const ChecklistItem& item : element.checklist->items) {
                Comment(out, "    ", item.key + ": " + item.text.Default());
              }
            }
          }
          dimensions(dimension.dimensions);
        }
      };
  dimensions(framework.dimensions);
  out << "\n# When both sides agree the assessment, record it (optional):\n"
      << "# sign_off:\n";
  for (const Perspective& perspective : framework.perspectives) {
    out << "#   - {perspective: " << perspective.key << ", name: " << fill
        << ", date: YYYY-MM-DD}\n";
  }
}

}  // namespace maturity
