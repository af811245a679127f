#include "reports/presentation.h"

namespace maturity {

std::string PerspectiveLabel(const Framework& framework, const std::string& key,
                             std::string_view language) {
  const Perspective* perspective = framework.FindPerspective(key);
  return perspective && !perspective->label.empty() ? perspective->label.In(language) : key;
}

std::string LevelName(const Framework& framework, std::optional<int> level,
                      std::string_view language) {
  if (!level) return "-";
  const ScaleLevel* entry = framework.FindLevel(*level);
  return std::to_string(*level) + (entry ? " " + entry->label.In(language) : "");
}

std::string ProfileText(const Framework& framework, const Profile& profile,
                        std::string_view language) {
  std::string text;
  for (const auto& [key, value] : profile) {
    const ProfileField* field = framework.FindProfileField(key);
    std::string label = field && !field->label.empty() ? field->label.In(language) : key;
    text += (text.empty() ? "" : "; ") + label + ": " + value.text +
            (value.band.empty() ? "" : " (" + value.band + ")");
  }
  return text;
}

std::string PercentText(std::optional<double> percent, const Messages& messages) {
  return percent ? FormatFixed(percent, 0) + "%" : messages("scorecard.not_applicable");
}

std::string ShareText(std::optional<double> share, const Messages& messages) {
  return PercentText(share ? std::optional(*share * 100) : std::nullopt, messages);
}

std::string BandsText(const ProfileField& field) {
  std::vector<std::string> bands;
  for (const Band& band : field.bands) {
    bands.push_back(band.key + " " + std::to_string(band.min) +
                    (band.max ? "-" + std::to_string(*band.max) : "+"));
  }
  return Join(bands, ", ");
}

std::string KindLabel(ElementKind kind, const Messages& messages) {
  switch (kind) {
    case ElementKind::kIndicator:
      return messages("kind.indicator");
    case ElementKind::kBehaviour:
      return messages("kind.behaviour");
    case ElementKind::kResource:
      return messages("kind.resource");
    case ElementKind::kProcess:
      return messages("kind.process");
  }
  return KindName(kind);
}

std::string FlagLabel(Flag flag, const Messages& messages) {
  switch (flag) {
    case Flag::kPerceptionGap:
      return messages("flag.perception-gap");
    case Flag::kUnevidenced:
      return messages("flag.unevidenced");
    case Flag::kIncomplete:
      return messages("flag.incomplete");
    case Flag::kNotApplicable:
      return messages("flag.not-applicable");
  }
  return FlagName(flag);
}

std::string ConditionsText(const std::vector<Condition>& conditions, const Messages& messages) {
  const std::string or_word = " " + messages("word.or") + " ";
  const std::string and_word = " " + messages("word.and") + " ";
  std::string text;
  for (const Condition& condition : conditions) {
    std::string values;
    for (const std::string& value : condition.accepted) {
      values += (values.empty() ? "" : or_word) + value;
    }
    text += (text.empty() ? "" : and_word) + messages("condition.is", {condition.field, values});
  }
  return text;
}

}  // namespace maturity
