#include "reports/response_template.h"

#include <functional>
#include <string>

#include "common/messages.h"
#include "common/strings.h"
#include "reports/presentation.h"

namespace maturity {

namespace {

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

}  // namespace

void WriteResponseTemplate(const Framework& framework, std::ostream& out,
                           const std::string& language) {
  const std::string fill = kFillIn;
  const Messages& m = Messages::For(language);
  auto in = [&](const Text& text) -> const std::string& { return text.In(language); };
  out << "# " << m("template.title", {in(framework.title), framework.version}) << "\n"
      << "# " << m("template.replace", {fill}) << "\n"
      << "# " << m("template.check") << "\n"
      << "framework: " << framework.id << "\n"
      << "framework_version: " << framework.version << "\n"
      << "institution:\n"
      << "  id: " << fill << "    # " << m("questionnaire.institution_id_hint") << "\n"
      << "  name: " << fill << "\n";
  if (!framework.profile.empty()) {
    out << "  profile:\n";
    for (const ProfileField& field : framework.profile) {
      out << "    " << field.key << ": " << fill << "    # ";
      if (field.type == ProfileFieldType::kChoice) {
        out << m("template.one_of", {Join(field.values, ", ")});
      } else if (field.type == ProfileFieldType::kInteger) {
        out << m("questionnaire.whole_number");
        std::vector<std::string> bands;
        for (const Band& band : field.bands) {
          bands.push_back(band.key + " " + std::to_string(band.min) +
                          (band.max ? "-" + std::to_string(*band.max) : "+"));
        }
        if (!bands.empty()) out << " (" << Join(bands, ", ") << ")";
      } else {
        out << m("questionnaire.text");
      }
      if (!field.required) out << "; " << m("template.optional");
      out << "\n";
    }
  }
  out << "period: " << fill << "    # " << m("questionnaire.period_hint") << "\n"
      << "respondents:    # " << m("template.respondents") << "\n";
  for (const Perspective& perspective : framework.perspectives) {
    out << "  - {id: " << fill << ", perspective: " << perspective.key << "}    # "
        << in(perspective.label) << "\n";
  }
  std::string scale;
  for (const ScaleLevel& level : framework.scale) {
    scale += (scale.empty() ? "" : ", ") + std::to_string(level.level) + " " + in(level.label);
  }
  out << "answers:\n";
  Comment(out, "  ",
          m("template.levels", {scale}) +
              (framework.scoring.evidence_required_from
                   ? " " + m("template.evidence",
                             {std::to_string(*framework.scoring.evidence_required_from)})
                   : "") +
              " " + m("template.not_applicable"));
  WalkFramework(
      framework,
      [&](const DimensionStep& step) {
        out << "\n  # ---- " << in(step.dimension.title) << " ----\n";
      },
      [&](const ElementStep& step) {
        const Element& element = step.element;
        out << "\n";
        Comment(out, "  ", in(element.title) + " (" + KindLabel(element.kind, m) + ")");
        if (!element.applies_when.empty()) {
          Comment(out, "  ", m("template.only_where", {ConditionsText(element.applies_when, m)}));
        }
        if (!element.prompt.empty()) Comment(out, "  ", in(element.prompt));
        for (const auto& [level, text] : element.levels) {
          Comment(out, "    ", std::to_string(level) + ": " + in(text));
        }
        out << "  " << element.id << ":\n";
        for (const Perspective& perspective : framework.perspectives) {
          out << "    - {by: " << fill << ", ";
          if (element.measure) {
            out << "value: " << fill << "}    # " << in(element.measure->unit) << " ("
                << m(element.measure->higher_is_better ? MessageKey("measure.higher")
                                                       : MessageKey("measure.lower"))
                << ")";
          } else if (element.checklist) {
            std::vector<std::string> keys;
            for (const ChecklistItem& item : element.checklist->items) keys.push_back(item.key);
            out << "checked: []}    # " << m("template.in_place", {Join(keys, ", ")});
          } else {
            out << "level: " << fill << "}";
          }
          out << "    # " << in(perspective.label) << "\n";
        }
        if (element.checklist) {
          for (const ChecklistItem& item : element.checklist->items) {
            Comment(out, "    ", item.key + ": " + in(item.text));
          }
        }
      });
  out << "\n# " << m("template.sign_off") << "\n"
      << "# sign_off:\n";
  for (const Perspective& perspective : framework.perspectives) {
    out << "#   - {perspective: " << perspective.key << ", name: " << fill
        << ", date: YYYY-MM-DD}\n";
  }
}

}  // namespace maturity
