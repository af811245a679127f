// Every translatable text of a framework, and the translations it lacks.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/diagnostics.h"
#include "engine/framework.h"

namespace maturity {

/// Calls `visit` for every text of `framework` that was given, in file order: title,
/// description, scale labels and descriptions, perspective and profile labels, then each
/// dimension (title, description) and element (title, prompt, guidance, level
/// descriptors, actions, measure unit, checklist items), depth first.
void ForEachText(const Framework& framework, const std::function<void(const Text&)>& visit);

/// The framework's languages that `text` lacks (none for an empty text).
std::vector<std::string> MissingLanguages(const Framework& framework, const Text& text);

/// What an output in `language` will show in the default language instead, as warnings
/// located at each text: `no cy translation of "..."; showing the en text`. When the
/// framework offers no `language` at all, one warning at the framework says so.
std::vector<Diagnostic> TranslationFallbacks(const Framework& framework, std::string_view language);

}  // namespace maturity
