#include "reports/presentation.h"

#include <algorithm>
#include <cmath>

#include "common/enum_names.h"

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

std::string ProfileFieldLabel(const Framework& framework, const std::string& key,
                              std::string_view language) {
  const ProfileField* field = framework.FindProfileField(key);
  return field && !field->label.empty() ? field->label.In(language) : key;
}

std::string ProfileValueLabel(const ProfileField* field, const std::string& value,
                              std::string_view language) {
  if (!field) return value;
  auto label = field->labels.find(value);
  return label != field->labels.end() ? label->second.In(language) : value;
}

std::string ProfileValueLabel(const Framework& framework, const std::string& key,
                              const std::string& value, std::string_view language) {
  return ProfileValueLabel(framework.FindProfileField(key), value, language);
}

std::string ProfileText(const Framework& framework, const Profile& profile,
                        std::string_view language) {
  std::string text;
  for (const auto& [key, value] : profile) {
    const ProfileField* field = framework.FindProfileField(key);
    std::string shown = field && field->type == ProfileFieldType::kChoice
                            ? ProfileValueLabel(field, value.text, language)
                            : value.text;
    text += (text.empty() ? "" : "; ") + ProfileFieldLabel(framework, key, language) + ": " +
            shown +
            (value.band.empty() ? "" : " (" + ProfileValueLabel(field, value.band, language) + ")");
  }
  return text;
}

std::string PercentText(std::optional<double> percent, const Messages& messages) {
  return percent ? FormatFixed(percent, 0) + "%" : messages("scorecard.not_applicable");
}

std::string SectorStandingText(const BenchmarkComparison& benchmark, const Messages& messages) {
  const BenchmarkPosition& overall = benchmark.overall;
  std::vector<std::string> arguments = {benchmark.period, std::to_string(benchmark.institutions),
                                        FormatFixed(overall.median, 2), FormatFixed(overall.q1, 2),
                                        FormatFixed(overall.q3, 2)};
  // At either end of the table "the 0th percentile" says less than the plain fact.
  if (overall.percentile == 0.0) return messages("summary.sector_lowest", arguments);
  if (overall.percentile == 100.0) return messages("summary.sector_highest", arguments);
  // Between the ends, never rounded onto them: someone scores lower and someone higher.
  arguments.push_back(overall.percentile
                          ? messages.Ordinal(std::clamp(std::lround(*overall.percentile), 1L, 99L))
                          : "-");
  return messages("summary.sector", arguments);
}

std::string ChangeText(std::optional<double> change) {
  if (!change) return "-";
  std::string text = FormatFixed(change, 2);
  if (text == "-0.00") return "0.00";
  return *change > 0 && text != "0.00" ? "+" + text : text;
}

std::string ShareText(std::optional<double> share, const Messages& messages) {
  return PercentText(share ? std::optional(*share * 100) : std::nullopt, messages);
}

std::string AgreementLabel(Agreement agreement, MessageKey yes_key, const Messages& messages) {
  switch (agreement) {
    case Agreement::kAgreed:
      return messages(yes_key);
    case Agreement::kNotAgreed:
      return messages("agreement.not_agreed");
    case Agreement::kNotSigned:
      return messages("agreement.not_signed");
  }
  return messages("agreement.not_signed");
}

std::vector<std::string> StatusTexts(const Scorecard& card, const Messages& messages) {
  const Framework& framework = *card.framework;
  std::vector<std::string> texts;
  if (card.overall.provisional) {
    texts.push_back(
        messages("status.provisional", {ShareText(card.overall.completeness, messages),
                                        ShareText(framework.scoring.complete_from, messages)}));
  }
  if (card.draft) {
    std::vector<std::string> unsigned_sides;
    for (const Perspective& perspective : framework.perspectives) {
      if (std::find(card.signed_off.begin(), card.signed_off.end(), perspective.key) ==
          card.signed_off.end()) {
        unsigned_sides.push_back(PerspectiveLabel(framework, perspective.key, messages.language()));
      }
    }
    texts.push_back(messages("status.draft", {messages.List(unsigned_sides)}));
  }
  return texts;
}

std::string MissingText(const Scorecard& card, const Messages& messages) {
  std::vector<const ElementScore*> missing = card.Missing();
  if (!card.overall.provisional || missing.empty()) return "";
  std::vector<std::string> titles;
  for (const ElementScore* element : missing) {
    titles.push_back(element->element->title.In(messages.language()));
  }
  return messages("status.missing", {std::to_string(missing.size()), messages.List(titles)});
}

std::string StatusMark(const Scorecard& card, const Messages& messages) {
  std::vector<std::string> marks;
  if (card.overall.provisional) marks.push_back(messages("status.provisional_mark"));
  if (card.draft) marks.push_back(messages("status.draft_mark"));
  return Join(marks, " · ");
}

std::string BandsText(const ProfileField& field, std::string_view language) {
  std::vector<std::string> bands;
  for (const Band& band : field.bands) {
    bands.push_back(ProfileValueLabel(&field, band.key, language) + " " + std::to_string(band.min) +
                    (band.max ? "-" + std::to_string(*band.max) : "+"));
  }
  return Join(bands, ", ");
}

std::string KindLabel(ElementKind kind, const Messages& messages) {
  static constexpr Named<ElementKind, MessageKey> kLabels[] = {
      {ElementKind::kIndicator, "kind.indicator"},
      {ElementKind::kBehaviour, "kind.behaviour"},
      {ElementKind::kResource, "kind.resource"},
      {ElementKind::kProcess, "kind.process"}};
  return messages(NameOf(kLabels, kind));
}

MessageKey ActionStatusKey(ActionStatus status) {
  static constexpr Named<ActionStatus, MessageKey> kLabels[] = {
      {ActionStatus::kPlanned, "status.planned"},
      {ActionStatus::kInProgress, "status.in_progress"},
      {ActionStatus::kDone, "status.done"},
      {ActionStatus::kDropped, "status.dropped"}};
  return NameOf(kLabels, status);
}

std::vector<std::string> ActionStatusLabels(const Messages& messages) {
  std::vector<std::string> labels;
  for (ActionStatus status : kActionStatuses) labels.push_back(messages(ActionStatusKey(status)));
  return labels;
}

std::string FlagLabel(Flag flag, const Messages& messages) {
  static constexpr Named<Flag, MessageKey> kLabels[] = {
      {Flag::kPerceptionGap, "flag.perception-gap"},
      {Flag::kUnevidenced, "flag.unevidenced"},
      {Flag::kIncomplete, "flag.incomplete"},
      {Flag::kNotApplicable, "flag.not-applicable"}};
  return messages(NameOf(kLabels, flag));
}

namespace {

/// `Number of staff` as it reads inside a sentence: `number of staff`. A word in capitals
/// (`NHS`, `GIG`) keeps them.
std::string InSentence(std::string text) {
  if (text.size() >= 2 && text[0] >= 'A' && text[0] <= 'Z' && !(text[1] >= 'A' && text[1] <= 'Z')) {
    text[0] = static_cast<char>(text[0] - 'A' + 'a');
  }
  return text;
}

/// Welsh soft mutation after predicative `yn` (`yn ganolig`, `neu'n fawr`): p b, t d, c g,
/// b f, d dd, g dropped, m f; ll and rh keep their sound after `yn`. Only a word that
/// starts in lower case: names and capitals (`GIG`) are never mutated.
std::string AfterPredicativeYn(const std::string& text) {
  if (text.empty() || text.starts_with("ll") || text.starts_with("rh")) return text;
  static const std::vector<std::pair<std::string, std::string>> kMutations = {
      {"p", "b"}, {"t", "d"}, {"c", "g"}, {"b", "f"}, {"d", "dd"}, {"g", ""}, {"m", "f"}};
  for (const auto& [from, to] : kMutations) {
    if (text.starts_with(from)) return to + text.substr(from.size());
  }
  return text;
}

/// Welsh soft mutation after `neu` (`neu lywodraeth leol`): as after `yn`, and ll l, rh r.
std::string AfterNeu(const std::string& text) {
  if (text.starts_with("ll") || text.starts_with("rh")) return text.substr(1);
  return AfterPredicativeYn(text);
}

}  // namespace

std::string ConditionsText(const Framework& framework, const std::vector<Condition>& conditions,
                           const Messages& messages) {
  const std::string& language = messages.language();
  const std::string and_word = " " + messages("condition.and") + " ";
  std::string text;
  for (const Condition& condition : conditions) {
    const ProfileField* field = framework.FindProfileField(condition.field);
    // A band describes the institution (`mae ... yn ganolig`); a choice names which
    // category it is (`mai GIG neu lywodraeth leol yw'r sector`).
    const bool choice = field && field->type == ProfileFieldType::kChoice;
    std::vector<std::string> values;
    for (const std::string& value : condition.accepted) {
      std::string label = InSentence(ProfileValueLabel(field, value, language));
      if (language == "cy") {
        label = !choice ? AfterPredicativeYn(label) : values.empty() ? label : AfterNeu(label);
      }
      values.push_back(label);
    }
    const std::string or_word =
        " " + messages(choice ? MessageKey("condition.or_choice") : MessageKey("condition.or")) +
        " ";
    text += (text.empty() ? "" : and_word) +
            messages(choice ? MessageKey("condition.is_choice") : MessageKey("condition.is"),
                     {InSentence(ProfileFieldLabel(framework, condition.field, language)),
                      Join(values, or_word)});
  }
  return text;
}

}  // namespace maturity
