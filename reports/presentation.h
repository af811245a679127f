// Shared wording and number formats for the human-readable reports.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/messages.h"
#include "common/numbers.h"
#include "common/strings.h"
#include "engine/benchmark.h"
#include "engine/framework.h"
#include "engine/scoring.h"
#include "engine/sector.h"

namespace maturity {

/// The label of `key` in `language` (else the default language), or the key itself.
std::string PerspectiveLabel(const Framework& framework, const std::string& key,
                             std::string_view language = "");
/// `2 Developing` for level 2 (in `language`, else the default language).
std::string LevelName(const Framework& framework, std::optional<int> level,
                      std::string_view language = "");
/// The profile field's label in `language`, or its key when it has none.
std::string ProfileFieldLabel(const Framework& framework, const std::string& key,
                              std::string_view language);
/// The label of a choice value or band name (`fe` → `Further education`), or the value
/// itself when the field labels none (or there is no field).
std::string ProfileValueLabel(const ProfileField* field, const std::string& value,
                              std::string_view language);
std::string ProfileValueLabel(const Framework& framework, const std::string& key,
                              const std::string& value, std::string_view language);
/// `Sector: Further education; Number of staff (headcount): 1200 (large)`: each declared
/// value under its field's label in `language`, choices and bands by their labels.
std::string ProfileText(const Framework& framework, const Profile& profile,
                        std::string_view language);
/// A percentage for people, `85%`, rounded to whole numbers; `n/a` (in the catalogue's
/// language) when absent: nothing applies.
std::string PercentText(std::optional<double> percent, const Messages& messages);
/// Where the overall score stands in the published benchmark, as one sentence: the
/// sector's median and middle half, and the institution's percentile ("the 22nd").
std::string SectorStandingText(const BenchmarkComparison& benchmark, const Messages& messages);
/// A change in score with its sign, to two places: `+0.31`, `-0.20`, `0.00`; `-` when none.
std::string ChangeText(std::optional<double> change);
/// A share (0 to 1) as PercentText shows it.
std::string ShareText(std::optional<double> share, const Messages& messages);
/// An integer field's bands for a hint, by label: `small 0-249, medium 250-999, large 1000+`.
std::string BandsText(const ProfileField& field, std::string_view language);

/// Jointly agreed? as the sector's tables answer it: `yes`, or which kind of no (a side
/// does not agree; not signed by every side). `yes` and `no` in the words of `yes_key`
/// and its medium's.
std::string AgreementLabel(Agreement agreement, MessageKey yes_key, const Messages& messages);

/// What every output says first of an unfinished or unsigned assessment, each a sentence:
/// provisional (with its completeness and the framework's complete_from), then draft, not
/// signed (with the sides still to sign). Empty for a finished, signed one.
std::vector<std::string> StatusTexts(const Scorecard& card, const Messages& messages);

/// `Not yet answered (3): Title, Title and Title.` for a provisional assessment with
/// elements missing; "" otherwise.
std::string MissingText(const Scorecard& card, const Messages& messages);

/// `PROVISIONAL`, `DRAFT, NOT SIGNED` or both, joined by " · ": the mark printed on every
/// page; "" for a finished, signed assessment.
std::string StatusMark(const Scorecard& card, const Messages& messages);
/// The element kind's name in the catalogue's language: `Behaviour`, `Ymddygiad`.
std::string KindLabel(ElementKind kind, const Messages& messages);
/// The catalogue key of an agreed action's status (`status.in_progress`).
MessageKey ActionStatusKey(ActionStatus status);
/// Every status's name in the catalogue's language, in kActionStatuses order.
std::vector<std::string> ActionStatusLabels(const Messages& messages);
/// The flag's name in the catalogue's language: `perception-gap`, `bwlch-canfyddiad`.
std::string FlagLabel(Flag flag, const Messages& messages);
/// `number of staff (headcount) is medium or large and sector is further education`, by
/// labels, in the catalogue's language (`mae nifer y staff yn ganolig neu'n fawr` in Welsh:
/// one sentence per condition, values after predicative `yn`).
std::string ConditionsText(const Framework& framework, const std::vector<Condition>& conditions,
                           const Messages& messages);

}  // namespace maturity
