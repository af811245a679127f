// Shared wording and number formats for the human-readable reports.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "engine/framework.h"
#include "reports/messages.h"

namespace maturity {

/// `value` with `decimals` places, or `none` when absent.
std::string Fixed(std::optional<double> value, int decimals, const std::string& none = "-");
/// The label of `key` in `language` (else the default language), or the key itself.
std::string PerspectiveLabel(const Framework& framework, const std::string& key,
                             std::string_view language = "");
/// `2 Developing` for level 2 (in `language`, else the default language).
std::string LevelName(const Framework& framework, std::optional<int> level,
                      std::string_view language = "");
/// `sector: fe; Number of staff (headcount): 1200 (large)`: each declared value under its
/// field's label in `language` (or its key when the field has no label).
std::string ProfileText(const Framework& framework, const Profile& profile,
                        std::string_view language);
/// The element kind's name in the catalogue's language: `Behaviour`, `Ymddygiad`.
std::string KindLabel(ElementKind kind, const Messages& messages);
/// `staff is medium or large and sector is fe` (`... yw ... neu ...` in Welsh).
std::string ConditionsText(const std::vector<Condition>& conditions, const Messages& messages);
/// The number of characters (UTF-8 code points) in `text`.
std::size_t DisplayWidth(const std::string& text);
/// `text` cut to `width` characters (with an ellipsis) and padded with spaces to it.
std::string Pad(const std::string& text, std::size_t width);

}  // namespace maturity
