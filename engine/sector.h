// Sector comparison: many institutions' scorecards in, distributions, peer groups,
// support needs, perceptions and trends out (docs/sector.md).
#pragma once

#include <array>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/scoring.h"
#include "engine/statistics.h"

namespace maturity {

/// What the sector analysis keeps of one element of one scorecard.
struct ElementSummary {
  bool applicable = false;
  std::optional<double> score;
  bool below_target = false;
  bool perception_gap = false;
  bool unevidenced = false;
};

/// Where a self-assessment stands on agreement (methodology step 10).
enum class Agreement {
  kAgreed,     ///< Every side signed and agrees.
  kNotAgreed,  ///< Some side signed to say it does not agree.
  kNotSigned,  ///< Some side has not signed; none disagrees.
};

/// `agreed`, `not_agreed`, `not_signed`.
const char* AgreementName(Agreement agreement);

/// What the sector analysis keeps of one scorecard: its numbers, never its answers, so
/// that memory grows with the number of institutions only by this much.
struct InstitutionSummary {
  std::string file;
  Location location;         ///< Where the institution's id is written.
  Location period_location;  ///< Where the period is written.
  std::string id;
  std::string name;
  std::string period;
  Profile profile;
  bool jointly_agreed = false;
  Agreement agreement = Agreement::kNotSigned;
  std::optional<double> completeness;  ///< None when nothing applies.
  std::optional<double> overall_divergence;
  int ratings_needing_evidence = 0;  ///< At or above evidence_required_from.
  int unevidenced_ratings = 0;       ///< Of those, given without evidence.
  int applicable_elements = 0;       ///< Not excluded by the profile.
  int not_applicable_elements = 0;   ///< Of those, marked not applicable.
  int overdue_actions = 0;
  int silent_sides = 0;  ///< Perspectives of the framework with no rating at all.
  std::optional<double> overall;
  PerspectiveScores overall_by_perspective;
  std::vector<std::optional<double>> dimensions;  ///< Scorecard::dimensions order.
  std::vector<PerspectiveScores> dimensions_by_perspective;
  std::vector<ElementSummary> elements;  ///< Scorecard::elements order.
};

/// Summarises `card` for the sector analysis.
InstitutionSummary Summarise(const Scorecard& card);

/// The secret anonymous codes are derived from (HMAC-SHA-256 of the id): 256 bits.
using AnonymisationKey = std::array<unsigned char, 32>;

struct SectorOptions {
  /// Choice fields, and integer fields by their bands; never a free-text field.
  std::vector<std::string> group_by;
  int min_group_size = 5;  ///< Smaller groups are suppressed.
  /// Publish codes instead of names, ids and file names; no group minimum or maximum;
  /// no period with fewer than min_group_size institutions.
  bool anonymise = false;
  AnonymisationKey key{};  ///< Used when anonymising; keep it secret.
  /// Today, YYYY-MM-DD: responses for a period that begins in a later year are set
  /// aside. Empty: none is.
  std::string as_of;
  /// The line of the wide-perception-gap flag; none: the framework's
  /// `moderation.wide_perception_gap`, else the sector's own (SectorReport).
  std::optional<double> wide_perception_gap;
};

/// Where the line of the wide-perception-gap flag came from.
enum class WideGapSource {
  kOption,     ///< SectorOptions::wide_perception_gap (`--wide-perception-gap`).
  kFramework,  ///< The framework's `scoring.moderation.wide_perception_gap`.
  kQuartile,   ///< The upper quartile of the overall divergences analysed.
  kFloor,      ///< That quartile was below `divergence_threshold`, which was used instead.
};

/// `option`, `framework`, `upper_quartile`, `divergence_threshold`.
const char* WideGapSourceName(WideGapSource source);

enum class SetAsideReason {
  kLaterPeriod,  ///< The period begins after the as-of date's year.
  kSmallPeriod,  ///< Anonymising, and the period has fewer than min_group_size responses.
};

/// A response left out of the analysis by a rule of publication.
struct SetAsideResponse {
  std::string file;
  std::string period;
  SetAsideReason reason;
};

/// A dimension as the sector report lists it, parents before children.
struct SectorDimension {
  const Dimension* dimension = nullptr;
  int depth = 0;  ///< 0 for a top-level dimension.
};

/// Statistics of one dimension's scores.
struct DimensionStatistics {
  const Dimension* dimension = nullptr;
  std::optional<Statistics> statistics;  ///< None when no institution has a score.
};

/// Statistics of the overall score and of every dimension (SectorReport::dimensions order).
struct Distribution {
  std::optional<Statistics> overall;
  std::vector<DimensionStatistics> dimensions;
};

struct PeerGroup {
  std::string by;
  std::string value;
  int n = 0;
  /// Publish nothing but the group's name: 0 < n < min_group_size, or `secondary`.
  bool suppressed = false;
  /// Suppressed although large enough, so that no smaller or suppressed group can be
  /// derived by differencing: the sector minus a field's published groups, or groups of
  /// different fields set against each other (engine/disclosure.h).
  bool secondary = false;
  Distribution statistics;  ///< Empty when suppressed.
};

/// How one element fares across the sector, for deciding where support is needed.
struct ElementView {
  const Element* element = nullptr;
  std::size_t index = 0;  ///< In InstitutionSummary::elements.
  int n = 0;              ///< Institutions where it applies and was scored.
  std::optional<double> median;
  double below_target = 0;    ///< Share of the n below their target.
  double perception_gap = 0;  ///< Share of the n with a perception gap.
  double unevidenced = 0;     ///< Share of the n with a rating that lacked needed evidence.
};

/// Each perspective's median for one dimension, and the median divergence.
struct DimensionPerception {
  const Dimension* dimension = nullptr;
  std::vector<std::optional<double>> by_perspective;  ///< Framework perspective order.
  std::optional<double> median_divergence;
};

/// Each perspective's median, overall and per dimension, and the median divergence.
struct PerceptionView {
  std::vector<std::optional<double>> overall;   ///< Per perspective, framework order.
  std::vector<DimensionPerception> dimensions;  ///< SectorReport::dimensions order.
};

struct PeriodSummary {
  std::string period;
  int institutions = 0;
  Distribution statistics;
  /// The change in the median and mean overall score of the institutions that responded
  /// in this and the previous period (the same institutions on both sides); none when no
  /// institution did.
  std::optional<double> median_change;
  std::optional<double> mean_change;
  int matched = 0;  ///< How many institutions those changes are over.
};

/// One institution's change between two consecutive periods it responded in.
struct InstitutionTrend {
  const InstitutionSummary* from = nullptr;  ///< Into SectorReport::institutions.
  const InstitutionSummary* to = nullptr;
  std::optional<double> change;
  std::vector<std::optional<double>> dimension_changes;  ///< SectorReport::dimensions order.
};

/// How many of one period's self-assessments are agreed, not agreed, or not signed.
struct AgreementCounts {
  int agreed = 0;
  int not_agreed = 0;
  int not_signed = 0;
};

enum class ModerationFlag {
  kLargeChange,
  kThinEvidence,
  kManyNotApplicable,
  kWidePerceptionGap,
  kNotAgreed,
  kActionsOverdue,
  kIdChanged,
  kOneSideOnly,
};

/// `large-change`, `thin-evidence`, `many-not-applicable`, `wide-perception-gap`,
/// `not-agreed`, `actions-overdue`, `id-changed`, `one-side-only`.
const char* ModerationFlagName(ModerationFlag flag);

/// One reason to look more closely at a self-assessment: the value that crossed the line.
struct RaisedFlag {
  ModerationFlag flag;
  double value = 0;
  /// None for not-agreed, id-changed and one-side-only (facts, not measures).
  std::optional<double> threshold;
};

/// A self-assessment with at least one flag.
struct Moderation {
  const InstitutionSummary* institution = nullptr;  ///< Into SectorReport::institutions.
  std::vector<RaisedFlag> flags;
};

/// One institution of the period analysed, as published.
struct PublishedInstitution {
  const InstitutionSummary* institution = nullptr;
  std::string name;                       ///< Its anonymous code when anonymised.
  std::string id;                         ///< Empty when anonymised.
  std::optional<double> percentile_rank;  ///< PERCENTRANK.INC of overall; none without one.
};

struct PublishedTrend {
  const InstitutionTrend* trend = nullptr;
  std::string name;  ///< As PublishedInstitution::name.
  std::string id;    ///< Empty when anonymised.
};

struct PublishedModeration {
  const Moderation* entry = nullptr;
  std::string name;       ///< As PublishedInstitution::name.
  std::string reference;  ///< What data outputs identify it by: the code, or else the id.
};

/// What may be published of a sector run, in the order it is published. Writers render
/// it and decide nothing: every list is ordered by the name published (the code when
/// anonymised, so that no order reveals an id or a standing).
struct SectorPublication {
  bool anonymised = false;
  bool names_files = true;     ///< File names may be shown (never when anonymised).
  bool group_extremes = true;  ///< Groups' minimum and maximum (each one institution's).
  /// Anonymised beside peer groups: each code's scores (the table of institutions, their
  /// trends) are not published, since a group's median or mean could be matched with them
  /// and tell which group a code is in. `institutions` and `trends` are then empty.
  bool institutions_withheld = false;
  std::vector<PublishedInstitution> institutions;  ///< The period analysed.
  std::vector<PublishedTrend> trends;              ///< By name, then period.
  std::vector<PublishedModeration> moderation;     ///< Most flags first, by name, period.
};

struct SectorReport {
  const Framework* framework = nullptr;
  SectorOptions options;
  /// The dimensions in the order of every per-dimension list here and in the summaries.
  std::vector<SectorDimension> dimensions;
  std::vector<InstitutionSummary> institutions;  ///< Every response, by id then period.
  std::vector<SetAsideResponse> set_aside;       ///< Not analysed, in file order.
  std::string latest_period;
  /// The responses of the latest period, in `institutions` order.
  std::vector<const InstitutionSummary*> current;
  Distribution statistics;  ///< Over `current`.
  std::vector<PeerGroup> groups;
  std::vector<ElementView> elements;  ///< Weakest first.
  PerceptionView perceptions;
  std::vector<PeriodSummary> periods;  ///< Ascending.
  std::vector<InstitutionTrend> trends;
  /// Institution id -> anonymous code; only when anonymising (never derivable without
  /// the key).
  std::map<std::string, std::string> codes;
  int distinct_institutions = 0;                     ///< Over every period analysed.
  int jointly_agreed = 0;                            ///< Among `current`.
  std::map<std::string, AgreementCounts> agreement;  ///< By period.
  std::vector<Moderation> moderation;                ///< Most flags first, then by id and period.
  int flagged_in_latest_period = 0;                  ///< Moderation entries of `current`.
  /// The line the wide-perception-gap flag was raised at: set, or by default the upper
  /// quartile of the overall divergence of every self-assessment analysed (all periods,
  /// so that one line compares them), never below the framework's divergence_threshold.
  double wide_perception_gap = 0;
  WideGapSource wide_perception_gap_source = WideGapSource::kFloor;
  std::optional<double> mean_completeness;           ///< Among `current` where something applies.
  SectorPublication published;                       ///< What the writers show.

  SectorReport() = default;
  // Holds pointers into itself: moved, never copied.
  SectorReport(SectorReport&&) = default;
  SectorReport& operator=(SectorReport&&) = default;
  SectorReport(const SectorReport&) = delete;
  SectorReport& operator=(const SectorReport&) = delete;
};

/// HMAC-SHA-256 of `id` under `key`: what codes are ordered by.
std::array<unsigned char, 32> KeyedHash(const AnonymisationKey& key, const std::string& id);

/// A command-line choice that cannot be used (an unknown --group-by field).
class SectorOptionError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Analyses the summaries of one framework's responses and decides what is published.
/// Throws InputError when two responses share an institution and period,
/// SectorOptionError for a bad option.
SectorReport AnalyseSector(const Framework& framework, std::vector<InstitutionSummary> institutions,
                           const SectorOptions& options);

}  // namespace maturity
