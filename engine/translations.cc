#include "engine/translations.h"

#include <algorithm>

#include "common/strings.h"
#include "engine/answer_kinds.h"
#include "engine/value_formats.h"

namespace maturity {

void ForEachText(const Framework& framework, const std::function<void(const Text&)>& visit) {
  auto each = [&](const Text& text) {
    if (!text.empty()) visit(text);
  };
  each(framework.title);
  each(framework.description);
  for (const ScaleLevel& level : framework.scale) {
    each(level.label);
    each(level.description);
  }
  for (const Perspective& perspective : framework.perspectives) each(perspective.label);
  for (const ProfileField& field : framework.profile) {
    each(field.label);
    for (const auto& [value, label] : field.labels) each(label);
  }
  WalkFramework(
      framework,
      [&](const DimensionStep& step) {
        each(step.dimension.title);
        each(step.dimension.description);
      },
      [&](const ElementStep& step) {
        const Element& element = step.element;
        each(element.title);
        each(element.prompt);
        each(element.guidance);
        for (const auto& [level, text] : element.levels) each(text);
        for (const auto& [level, actions] : element.actions) {
          for (const Text& action : actions) each(action);
        }
        AnswerForm form = FormOf(element);
        if (form.unit) each(*form.unit);
        if (form.items) {
          for (const ChecklistItem& item : *form.items) each(item.text);
        }
      });
}

std::vector<std::string> MissingLanguages(const Framework& framework, const Text& text) {
  std::vector<std::string> missing;
  if (text.empty() || framework.languages.empty()) return missing;
  for (const std::string& language : framework.languages) {
    if (!text.Has(language, framework.languages.front())) missing.push_back(language);
  }
  return missing;
}

std::vector<Diagnostic> TranslationFallbacks(const Framework& framework,
                                             std::string_view language) {
  std::vector<Diagnostic> warnings;
  if (framework.languages.empty() || language == framework.languages.front()) return warnings;
  const std::string& fallback = framework.languages.front();
  if (std::find(framework.languages.begin(), framework.languages.end(), language) ==
      framework.languages.end()) {
    Diagnostic warning;
    warning.severity = Severity::kWarning;
    warning.location = {framework.file, 0, 0};
    warning.key_path = "languages";
    warning.message = "the framework has no " + std::string(language) +
                      " texts (languages: " + Join(framework.languages, ", ") +
                      "); its titles, prompts and descriptors are shown in " + fallback;
    warnings.push_back(std::move(warning));
    return warnings;
  }
  ForEachText(framework, [&](const Text& text) {
    if (text.Has(language, fallback)) return;
    Diagnostic warning;
    warning.severity = Severity::kWarning;
    warning.location = text.location;
    warning.key_path = text.key_path;
    warning.message = "no " + std::string(language) + " translation of " + Excerpt(text.Default()) +
                      "; showing the " + fallback + " text";
    warnings.push_back(std::move(warning));
  });
  return warnings;
}

}  // namespace maturity
