#include "engine/translations.h"

#include <algorithm>

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
  for (const ProfileField& field : framework.profile) each(field.label);
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
        if (element.measure) each(element.measure->unit);
        if (element.checklist) {
          for (const ChecklistItem& item : element.checklist->items) each(item.text);
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
    std::string offered;
    for (const std::string& code : framework.languages) {
      offered += (offered.empty() ? "" : ", ") + code;
    }
    warnings.push_back({Severity::kWarning,
                        {framework.file, 0, 0},
                        "languages",
                        "the framework has no " + std::string(language) +
                            " texts (languages: " + offered +
                            "); its titles, prompts and descriptors are shown in " + fallback});
    return warnings;
  }
  ForEachText(framework, [&](const Text& text) {
    if (text.Has(language, fallback)) return;
    warnings.push_back({Severity::kWarning, text.location, text.key_path,
                        "no " + std::string(language) + " translation of " +
                            Excerpt(text.Default()) + "; showing the " + fallback + " text"});
  });
  return warnings;
}

}  // namespace maturity
