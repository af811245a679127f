// Sector comparison: many institutions' scorecards in, distributions, peer groups,
// support needs, perceptions and trends out (docs/sector.md).
#pragma once

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
  std::optional<double> overall;
  PerspectiveScores overall_by_perspective;
  std::vector<std::optional<double>> dimensions;  ///< Scorecard::dimensions order.
  std::vector<PerspectiveScores> dimensions_by_perspective;
  std::vector<ElementSummary> elements;  ///< Scorecard::elements order.
};

/// Summarises `card` for the sector analysis.
InstitutionSummary Summarise(const Scorecard& card);

struct SectorOptions {
  std::vector<std::string> group_by;  ///< Profile fields; integers group by their bands.
  int min_group_size = 5;             ///< Smaller groups are suppressed.
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
  /// 0 < n < min_group_size: publish nothing but the group's name.
  bool suppressed = false;
  Distribution statistics;
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
  std::size_t from = 0;  ///< Index into SectorReport::institutions.
  std::size_t to = 0;
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
};

/// `large-change`, `thin-evidence`, `many-not-applicable`, `wide-perception-gap`,
/// `not-agreed`, `actions-overdue`.
const char* ModerationFlagName(ModerationFlag flag);

/// One reason to look more closely at a self-assessment: the value that crossed the line.
struct RaisedFlag {
  ModerationFlag flag;
  double value = 0;
  std::optional<double> threshold;  ///< None for not-agreed (a fact, not a measure).
};

/// A self-assessment with at least one flag.
struct Moderation {
  std::size_t institution = 0;  ///< Index into SectorReport::institutions.
  std::vector<RaisedFlag> flags;
};

struct SectorReport {
  const Framework* framework = nullptr;
  SectorOptions options;
  /// The dimensions in the order of every per-dimension list here and in the summaries.
  std::vector<SectorDimension> dimensions;
  std::vector<InstitutionSummary> institutions;  ///< Every response, by id then period.
  std::string latest_period;
  std::vector<std::size_t> current;  ///< The responses of the latest period.
  /// Per `current` entry: PERCENTRANK.INC of overall; none when it has no overall score.
  std::vector<std::optional<double>> percentile_ranks;
  Distribution statistics;  ///< Over `current`.
  std::vector<PeerGroup> groups;
  std::vector<ElementView> elements;  ///< Weakest first.
  PerceptionView perceptions;
  std::vector<PeriodSummary> periods;  ///< Ascending.
  std::vector<InstitutionTrend> trends;
  std::map<std::string, std::string> codes;          ///< Institution id -> anonymous code.
  int jointly_agreed = 0;                            ///< Among `current`.
  std::map<std::string, AgreementCounts> agreement;  ///< By period.
  std::vector<Moderation> moderation;                ///< Most flags first, then by id and period.
                                                     ///< Publish through PublishedModeration.
  std::optional<double> mean_completeness;           ///< Among `current` where something applies.
};

/// The name an institution is published under: its anonymous code when anonymising.
std::string PublishedName(const SectorReport& report, const InstitutionSummary& institution,
                          bool anonymise);

/// Indices into `report.current` in the order published: by the name published (the
/// anonymous code when anonymising, so that the order reveals nothing), then by id.
std::vector<std::size_t> PublishedOrder(const SectorReport& report, bool anonymise);

/// The trends in the order published: by the name published, then by period.
std::vector<const InstitutionTrend*> PublishedTrends(const SectorReport& report, bool anonymise);

/// The moderation entries as published: most flags first, then by the name published
/// (the anonymous code when anonymising, so that the order reveals nothing), then period.
std::vector<const Moderation*> PublishedModeration(const SectorReport& report, bool anonymise);

/// A command-line choice that cannot be used (an unknown --group-by field).
class SectorOptionError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Analyses the summaries of one framework's responses. Throws InputError when two
/// responses share an institution and period, SectorOptionError for a bad option.
SectorReport AnalyseSector(const Framework& framework, std::vector<InstitutionSummary> institutions,
                           const SectorOptions& options);

}  // namespace maturity
