#include "engine/sector.h"

#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>

#include "common/enum_names.h"
#include "engine/disclosure.h"
#include "engine/value_formats.h"

namespace maturity {

namespace {

std::optional<double> Median(std::vector<double> values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  return QuantileInclusive(values, 0.5);
}

/// A name as people write it, for matching one institution across periods: trimmed,
/// spaces runs made one, ASCII letters in lower case.
std::string NameForMatching(const std::string& name) {
  std::string result;
  bool space = false;
  for (unsigned char c : name) {
    if (std::isspace(c)) {
      space = !result.empty();
      continue;
    }
    if (space) result += ' ';
    space = false;
    result += static_cast<char>(std::tolower(c));
  }
  return result;
}

class SectorAnalysis {
 public:
  SectorAnalysis(const Framework& framework, const SectorOptions& options, SectorReport& report)
      : framework_(framework), options_(options), report_(report) {}

  void Run() {
    CheckGroupFields();
    SortAndCheckDuplicates();
    SetAside();
    if (report_.institutions.empty()) return;
    ForEachDimension(framework_, [&](const DimensionStep& step) {
      report_.dimensions.push_back({&step.dimension, step.depth});
    });
    dimension_count_ = report_.dimensions.size();
    report_.latest_period = report_.institutions.front().period;
    for (const InstitutionSummary& institution : report_.institutions) {
      report_.latest_period = std::max(report_.latest_period, institution.period);
    }
    std::set<std::string> ids;
    for (const InstitutionSummary& institution : report_.institutions) {
      if (institution.period == report_.latest_period) report_.current.push_back(&institution);
      ids.insert(institution.id);
    }
    report_.distinct_institutions = static_cast<int>(ids.size());
    report_.statistics = Distribute(report_.current);
    PercentileRanks();
    Groups();
    Elements();
    Perceptions();
    Trends();
    Periods();
    Codes();
    Moderate();
    Publish();
    double completeness_total = 0;
    int completeness_count = 0;
    for (const InstitutionSummary* member : report_.current) {
      const InstitutionSummary& institution = *member;
      report_.jointly_agreed += institution.jointly_agreed;
      if (institution.completeness) {
        completeness_total += *institution.completeness;
        ++completeness_count;
      }
    }
    if (completeness_count > 0) {
      report_.mean_completeness = completeness_total / completeness_count;
    }
  }

 private:
  /// Only a choice field, or an integer field by its bands, can group: the value of a
  /// text field is what people typed (a name, say), which a group's name would publish.
  void CheckGroupFields() const {
    std::vector<std::string> allowed;
    for (const ProfileField& candidate : framework_.profile) {
      if (candidate.type == ProfileFieldType::kChoice ||
          (candidate.type == ProfileFieldType::kInteger && !candidate.bands.empty())) {
        allowed.push_back(candidate.key);
      }
    }
    std::string allowed_text;
    for (const std::string& key : allowed) allowed_text += (allowed_text.empty() ? "" : ", ") + key;
    if (allowed_text.empty()) allowed_text = "none";
    for (const std::string& by : options_.group_by) {
      const ProfileField* field = framework_.FindProfileField(by);
      if (!field) {
        std::string declared;
        for (const ProfileField& candidate : framework_.profile) {
          declared += (declared.empty() ? "" : ", ") + candidate.key;
        }
        throw SectorOptionError("--group-by " + by + ": the framework's profile has no field '" +
                                by + "' (it has: " + (declared.empty() ? "none" : declared) + ")");
      }
      if (std::find(allowed.begin(), allowed.end(), by) != allowed.end()) continue;
      if (field->type == ProfileFieldType::kInteger) {
        throw SectorOptionError("--group-by " + by +
                                ": an integer field can only group by its bands, and '" + by +
                                "' has none (fields that can group: " + allowed_text + ")");
      }
      throw SectorOptionError("--group-by " + by + ": '" + by +
                              "' is a free-text field, and a group's name would publish what "
                              "was typed in it; group by a choice field or a banded number "
                              "(fields that can group: " +
                              allowed_text + ")");
    }
  }

  /// Leaves out responses for a period that has not begun, and, when anonymising, the
  /// periods with too few responses to publish.
  void SetAside() {
    auto& institutions = report_.institutions;
    std::vector<InstitutionSummary> kept;
    int current_year = options_.as_of.size() >= 4 ? std::stoi(options_.as_of.substr(0, 4)) : 0;
    std::vector<SetAsideResponse> later;
    for (InstitutionSummary& institution : institutions) {
      std::optional<Period> period = ParsePeriod(institution.period);
      if (current_year > 0 && period && period->start_year > current_year) {
        later.push_back({institution.file, institution.period, SetAsideReason::kLaterPeriod});
      } else {
        kept.push_back(std::move(institution));
      }
    }
    std::vector<SetAsideResponse> small;
    if (options_.anonymise) {
      std::map<std::string, int> responses;
      for (const InstitutionSummary& institution : kept) ++responses[institution.period];
      std::vector<InstitutionSummary> published;
      for (InstitutionSummary& institution : kept) {
        if (responses[institution.period] < options_.min_group_size) {
          small.push_back({institution.file, institution.period, SetAsideReason::kSmallPeriod});
        } else {
          published.push_back(std::move(institution));
        }
      }
      kept = std::move(published);
    }
    institutions = std::move(kept);
    for (auto* list : {&later, &small}) {
      std::sort(list->begin(), list->end(), [](const auto& a, const auto& b) {
        return std::tie(a.file, a.period) < std::tie(b.file, b.period);
      });
      report_.set_aside.insert(report_.set_aside.end(), list->begin(), list->end());
    }
  }

  void SortAndCheckDuplicates() {
    auto& institutions = report_.institutions;
    std::stable_sort(institutions.begin(), institutions.end(),
                     [](const InstitutionSummary& a, const InstitutionSummary& b) {
                       return std::tie(a.id, a.period) < std::tie(b.id, b.period);
                     });
    Diagnostics diagnostics;
    for (std::size_t i = 1; i < institutions.size(); ++i) {
      const InstitutionSummary& previous = institutions[i - 1];
      const InstitutionSummary& current = institutions[i];
      if (previous.id == current.id && previous.period == current.period) {
        diagnostics.Error(current.location, "institution.id",
                          "a second response for institution '" + current.id + "' in period " +
                              current.period + " (the first is " + previous.file +
                              "); give one response per institution and period");
      }
    }
    // Periods are ordered in time within one kind; a calendar year and an academic year
    // cannot be put in one order.
    const InstitutionSummary* first_kind = nullptr;
    for (const InstitutionSummary& institution : institutions) {
      std::optional<Period> period = ParsePeriod(institution.period);
      if (!period) continue;  // The loader refuses these; summaries made by hand may not.
      if (!first_kind) {
        first_kind = &institution;
      } else if (ParsePeriod(first_kind->period)->kind != period->kind) {
        diagnostics.Error(institution.period_location, "period",
                          "period " + institution.period + " is not of the same kind as " +
                              first_kind->period + " (" + first_kind->file +
                              "); compare calendar years with calendar years and academic or "
                              "financial years with their own kind");
        break;
      }
    }
    if (diagnostics.HasErrors()) throw InputError(diagnostics);
  }

  Distribution Distribute(const std::vector<const InstitutionSummary*>& members) const {
    Distribution distribution;
    std::vector<double> overall;
    std::vector<std::vector<double>> dimensions(dimension_count_);
    for (const InstitutionSummary* member : members) {
      const InstitutionSummary& institution = *member;
      if (institution.overall) overall.push_back(*institution.overall);
      for (std::size_t d = 0; d < dimension_count_; ++d) {
        if (institution.dimensions[d]) dimensions[d].push_back(*institution.dimensions[d]);
      }
    }
    distribution.overall = Describe(overall, framework_);
    for (std::size_t d = 0; d < dimension_count_; ++d) {
      distribution.dimensions.push_back(
          {report_.dimensions[d].dimension, Describe(dimensions[d], framework_)});
    }
    return distribution;
  }

  void PercentileRanks() {
    std::vector<double> scores;
    for (const InstitutionSummary* institution : report_.current) {
      if (institution->overall) scores.push_back(*institution->overall);
    }
    std::sort(scores.begin(), scores.end());
    for (const InstitutionSummary* institution : report_.current) {
      const auto& overall = institution->overall;
      percentile_ranks_[institution] =
          overall ? std::optional(PercentRankInclusive(scores, *overall)) : std::nullopt;
    }
  }

  void Groups() {
    std::vector<std::vector<const InstitutionSummary*>> members_of;
    for (const std::string& by : options_.group_by) {
      const ProfileField* field = framework_.FindProfileField(by);  // CheckGroupFields.
      std::vector<std::string> values;
      if (field->type == ProfileFieldType::kChoice) {
        values = field->values;
      } else {
        for (const Band& band : field->bands) values.push_back(band.key);
      }
      std::size_t first = report_.groups.size();
      for (const std::string& value : values) {
        std::vector<const InstitutionSummary*> members;
        for (const InstitutionSummary* institution : report_.current) {
          auto found = institution->profile.find(by);
          if (found == institution->profile.end()) continue;
          const ProfileValue& declared = found->second;
          if ((field->type == ProfileFieldType::kInteger ? declared.band : declared.text) ==
              value) {
            members.push_back(institution);
          }
        }
        PeerGroup group;
        group.by = by;
        group.value = value;
        group.n = static_cast<int>(members.size());
        // An empty group has nothing to hide: it is shown as having no members.
        group.suppressed = group.n > 0 && group.n < options_.min_group_size;
        report_.groups.push_back(std::move(group));
        members_of.push_back(std::move(members));
      }
      SuppressComplements(first);
    }
    SuppressAcrossFields(members_of);
    for (std::size_t g = 0; g < report_.groups.size(); ++g) {
      if (!report_.groups[g].suppressed) {
        report_.groups[g].statistics = Distribute(members_of[g]);
      }
    }
  }

  /// Secondary suppression across fields (engine/disclosure.h): the groups of two fields
  /// overlap, and differencing them with the sector's figures can single out a set
  /// smaller than a group (the colleges minus the medium band, when every medium
  /// institution is a college) or a suppressed group; more groups are withheld until
  /// none can be, for each population a figure is computed over.
  void SuppressAcrossFields(const std::vector<std::vector<const InstitutionSummary*>>& members_of) {
    if (report_.groups.empty()) return;
    const std::vector<const InstitutionSummary*>& current = report_.current;
    std::unordered_map<const InstitutionSummary*, std::size_t> index;
    for (std::size_t i = 0; i < current.size(); ++i) index[current[i]] = i;
    auto index_of = [&](const InstitutionSummary* institution) { return index.at(institution); };
    std::vector<GroupMembers> groups;
    for (std::size_t g = 0; g < report_.groups.size(); ++g) {
      GroupMembers group{MemberSet(current.size(), false), report_.groups[g].suppressed};
      for (const InstitutionSummary* member : members_of[g]) group.members[index_of(member)] = true;
      groups.push_back(std::move(group));
    }
    // Every n counts the period's institutions; each statistic those with its score.
    std::vector<MemberSet> populations;
    auto add_population = [&](const std::function<bool(const InstitutionSummary&)>& has) {
      MemberSet population(current.size(), false);
      for (std::size_t i = 0; i < current.size(); ++i) population[i] = has(*current[i]);
      if (std::find(populations.begin(), populations.end(), population) == populations.end()) {
        populations.push_back(std::move(population));
      }
    };
    add_population([](const InstitutionSummary&) { return true; });
    add_population(
        [](const InstitutionSummary& institution) { return institution.overall.has_value(); });
    for (std::size_t d = 0; d < dimension_count_; ++d) {
      add_population([d](const InstitutionSummary& institution) {
        return institution.dimensions[d].has_value();
      });
    }
    for (std::size_t g : SuppressDerivableGroups(groups, populations, options_.min_group_size)) {
      report_.groups[g].suppressed = true;
      report_.groups[g].secondary = true;
    }
  }

  /// Secondary suppression: the sector minus a field's published groups is its suppressed
  /// groups together. When that is one group, or fewer institutions than a group may
  /// have, the next-smallest published group is suppressed too, until it is neither.
  void SuppressComplements(std::size_t first) {
    while (true) {
      int suppressed_groups = 0;
      int suppressed_members = 0;
      PeerGroup* smallest = nullptr;
      for (std::size_t g = first; g < report_.groups.size(); ++g) {
        PeerGroup& group = report_.groups[g];
        if (group.n == 0) continue;
        if (group.suppressed) {
          ++suppressed_groups;
          suppressed_members += group.n;
        } else if (!smallest || group.n < smallest->n) {
          smallest = &group;
        }
      }
      bool derivable = suppressed_groups == 1 ||
                       (suppressed_groups > 1 && suppressed_members < options_.min_group_size);
      if (!derivable || !smallest) return;
      smallest->suppressed = true;
      smallest->secondary = true;
    }
  }

  void Elements() {
    std::vector<const Element*> elements = ElementsInOrder(framework_);
    for (std::size_t e = 0; e < elements.size(); ++e) {
      ElementView view;
      view.element = elements[e];
      view.index = e;
      std::vector<double> scores;
      int below = 0;
      int divergent = 0;
      int unevidenced = 0;
      for (const InstitutionSummary* institution : report_.current) {
        const ElementSummary& element = institution->elements[e];
        if (!element.applicable || !element.score) continue;
        scores.push_back(*element.score);
        below += element.below_target;
        divergent += element.perception_gap;
        unevidenced += element.unevidenced;
      }
      view.n = static_cast<int>(scores.size());
      view.median = Median(scores);
      if (view.n > 0) {
        view.below_target = static_cast<double>(below) / view.n;
        view.perception_gap = static_cast<double>(divergent) / view.n;
        view.unevidenced = static_cast<double>(unevidenced) / view.n;
      }
      report_.elements.push_back(view);
    }
    std::stable_sort(report_.elements.begin(), report_.elements.end(),
                     [](const ElementView& a, const ElementView& b) {
                       if (a.median.has_value() != b.median.has_value())
                         return a.median.has_value();
                       if (a.median && *a.median != *b.median) return *a.median < *b.median;
                       if (a.below_target != b.below_target) return a.below_target > b.below_target;
                       return a.element->id < b.element->id;
                     });
  }

  void Perceptions() {
    std::size_t perspectives = framework_.perspectives.size();
    PerceptionView& view = report_.perceptions;
    auto median_of =
        [&](const std::function<std::optional<double>(const InstitutionSummary&)>& get) {
          std::vector<double> values;
          for (const InstitutionSummary* institution : report_.current) {
            if (auto value = get(*institution)) values.push_back(*value);
          }
          return Median(values);
        };
    for (std::size_t p = 0; p < perspectives; ++p) {
      view.overall.push_back(median_of([&](const InstitutionSummary& institution) {
        return institution.overall_by_perspective[p].second;
      }));
    }
    for (std::size_t d = 0; d < dimension_count_; ++d) {
      DimensionPerception& row = view.dimensions.emplace_back();
      row.dimension = report_.dimensions[d].dimension;
      for (std::size_t p = 0; p < perspectives; ++p) {
        row.by_perspective.push_back(median_of([&](const InstitutionSummary& institution) {
          return institution.dimensions_by_perspective[d][p].second;
        }));
      }
      row.median_divergence = median_of([&](const InstitutionSummary& institution) {
        std::optional<double> low;
        std::optional<double> high;
        int present = 0;
        for (const auto& [perspective, score] : institution.dimensions_by_perspective[d]) {
          if (!score) continue;
          ++present;
          low = low ? std::min(*low, *score) : *score;
          high = high ? std::max(*high, *score) : *score;
        }
        return present >= 2 ? std::optional<double>(*high - *low) : std::nullopt;
      });
    }
  }

  void Periods() {
    std::set<std::string> periods;
    for (const InstitutionSummary& institution : report_.institutions)
      periods.insert(institution.period);
    for (const std::string& period : periods) {
      std::vector<const InstitutionSummary*> members;
      for (const InstitutionSummary& institution : report_.institutions) {
        if (institution.period == period) members.push_back(&institution);
      }
      PeriodSummary summary;
      summary.period = period;
      summary.institutions = static_cast<int>(members.size());
      summary.statistics = Distribute(members);
      if (!report_.periods.empty()) {
        // Over the institutions that responded in both periods only: the change in their
        // median and mean. Comparing all of each period's responses would count who came
        // and went as change.
        const std::string& previous = report_.periods.back().period;
        std::vector<double> before;
        std::vector<double> after;
        for (const InstitutionTrend& trend : report_.trends) {
          if (trend.change && trend.to->period == period && trend.from->period == previous) {
            before.push_back(*trend.from->overall);
            after.push_back(*trend.to->overall);
          }
        }
        if (!after.empty()) {
          auto mean = [](const std::vector<double>& values) {
            return std::accumulate(values.begin(), values.end(), 0.0) /
                   static_cast<double>(values.size());
          };
          summary.matched = static_cast<int>(after.size());
          summary.median_change = *Median(after) - *Median(before);
          summary.mean_change = mean(after) - mean(before);
        }
      }
      report_.periods.push_back(std::move(summary));
    }
  }

  /// Agreement counts per period, and the flags that call for a closer look at each
  /// self-assessment (docs/sector.md, "Moderation").
  void Moderate() {
    const ModerationThresholds& limits = framework_.scoring.moderation;
    const double wide = WidePerceptionGap();
    constexpr double kTolerance = 1e-9;  // As the perception-gap flag: 1.0 apart is 1.0.
    std::map<const InstitutionSummary*, std::optional<double>> change_to;
    for (const InstitutionTrend& trend : report_.trends) change_to[trend.to] = trend.change;
    // The ids each name was given in each period: the same name under another id in an
    // earlier period is an institution whose id changed (and whose change would not be
    // compared with its past).
    std::map<std::string, std::vector<const InstitutionSummary*>> by_name;
    for (const InstitutionSummary& institution : report_.institutions) {
      by_name[NameForMatching(institution.name)].push_back(&institution);
    }
    for (const InstitutionSummary& institution : report_.institutions) {
      AgreementCounts& counts = report_.agreement[institution.period];
      switch (institution.agreement) {
        case Agreement::kAgreed:
          ++counts.agreed;
          break;
        case Agreement::kNotAgreed:
          ++counts.not_agreed;
          break;
        case Agreement::kNotSigned:
          ++counts.not_signed;
          break;
      }
      Moderation entry{&institution, {}};
      auto raise = [&](ModerationFlag flag, double value, std::optional<double> threshold) {
        entry.flags.push_back({flag, value, threshold});
      };
      if (auto found = change_to.find(&institution);
          found != change_to.end() && found->second &&
          std::fabs(*found->second) + kTolerance >= limits.large_change) {
        raise(ModerationFlag::kLargeChange, *found->second, limits.large_change);
      }
      if (institution.ratings_needing_evidence > 0) {
        double share = static_cast<double>(institution.unevidenced_ratings) /
                       institution.ratings_needing_evidence;
        if (share + kTolerance >= limits.thin_evidence) {
          raise(ModerationFlag::kThinEvidence, share, limits.thin_evidence);
        }
      }
      if (institution.applicable_elements > 0) {
        double share = static_cast<double>(institution.not_applicable_elements) /
                       institution.applicable_elements;
        if (share + kTolerance >= limits.many_not_applicable) {
          raise(ModerationFlag::kManyNotApplicable, share, limits.many_not_applicable);
        }
      }
      if (institution.overall_divergence && *institution.overall_divergence + kTolerance >= wide) {
        raise(ModerationFlag::kWidePerceptionGap, *institution.overall_divergence, wide);
      }
      if (institution.agreement == Agreement::kNotAgreed) {
        raise(ModerationFlag::kNotAgreed, 1, std::nullopt);
      }
      if (institution.overdue_actions > 0) {
        raise(ModerationFlag::kActionsOverdue, institution.overdue_actions, 1);
      }
      const std::string name = NameForMatching(institution.name);
      if (!name.empty()) {
        const InstitutionSummary* earlier = nullptr;  // The latest earlier period's.
        for (const InstitutionSummary* other : by_name[name]) {
          if (other->id != institution.id && other->period < institution.period &&
              (!earlier || other->period > earlier->period)) {
            earlier = other;
          }
        }
        if (earlier && !SameIdRespondedIn(institution.id, earlier->period)) {
          raise(ModerationFlag::kIdChanged, 1, std::nullopt);
        }
      }
      if (institution.silent_sides > 0) {
        raise(ModerationFlag::kOneSideOnly, institution.silent_sides, std::nullopt);
      }
      if (!entry.flags.empty()) report_.moderation.push_back(std::move(entry));
    }
    // Most flags first; institutions are already ordered by id, then period.
    std::stable_sort(
        report_.moderation.begin(), report_.moderation.end(),
        [](const Moderation& a, const Moderation& b) { return a.flags.size() > b.flags.size(); });
    for (const Moderation& entry : report_.moderation) {
      report_.flagged_in_latest_period += entry.institution->period == report_.latest_period;
    }
  }

  /// The line of the wide-perception-gap flag (SectorReport::wide_perception_gap): a fixed
  /// line flagged most of a sector whose sides commonly see things 1.0 apart, so by
  /// default the widest quarter is flagged, and no gap narrower than a perception gap.
  double WidePerceptionGap() {
    double& line = report_.wide_perception_gap;
    WideGapSource& source = report_.wide_perception_gap_source;
    if (options_.wide_perception_gap) {
      source = WideGapSource::kOption;
      return line = *options_.wide_perception_gap;
    }
    if (framework_.scoring.moderation.wide_perception_gap) {
      source = WideGapSource::kFramework;
      return line = *framework_.scoring.moderation.wide_perception_gap;
    }
    std::vector<double> divergences;
    for (const InstitutionSummary& institution : report_.institutions) {
      if (institution.overall_divergence) divergences.push_back(*institution.overall_divergence);
    }
    std::sort(divergences.begin(), divergences.end());
    const double floor = framework_.scoring.divergence_threshold;
    if (divergences.empty() || QuantileInclusive(divergences, 0.75) < floor) {
      source = WideGapSource::kFloor;
      return line = floor;
    }
    source = WideGapSource::kQuartile;
    return line = QuantileInclusive(divergences, 0.75);
  }

  bool SameIdRespondedIn(const std::string& id, const std::string& period) const {
    for (const InstitutionSummary& institution : report_.institutions) {
      if (institution.id == id && institution.period == period) return true;
    }
    return false;
  }

  void Trends() {
    const auto& institutions = report_.institutions;
    for (std::size_t i = 1; i < institutions.size(); ++i) {
      if (institutions[i].id != institutions[i - 1].id) continue;
      InstitutionTrend trend;
      trend.from = &institutions[i - 1];
      trend.to = &institutions[i];
      auto change = [](const std::optional<double>& before, const std::optional<double>& after) {
        return before && after ? std::optional<double>(*after - *before) : std::nullopt;
      };
      trend.change = change(institutions[i - 1].overall, institutions[i].overall);
      for (std::size_t d = 0; d < dimension_count_; ++d) {
        trend.dimension_changes.push_back(
            change(institutions[i - 1].dimensions[d], institutions[i].dimensions[d]));
      }
      report_.trends.push_back(std::move(trend));
    }
  }

  /// Anonymous codes, in the order of a keyed hash of the id: without the key, neither a
  /// code nor its place can be derived from the ids, which are public.
  void Codes() {
    if (!options_.anonymise) return;
    std::vector<std::pair<std::array<unsigned char, 32>, std::string>> ids;
    for (const InstitutionSummary& institution : report_.institutions) {
      if (ids.empty() || ids.back().second != institution.id) {
        ids.emplace_back(KeyedHash(options_.key, institution.id), institution.id);
      }
    }
    std::sort(ids.begin(), ids.end());
    int width = ids.size() < 100 ? 2 : ids.size() < 1000 ? 3 : ids.size() < 10000 ? 4 : 5;
    for (std::size_t i = 0; i < ids.size(); ++i) {
      std::string number = std::to_string(i + 1);
      report_.codes[ids[i].second] =
          "INST-" + std::string(width - std::min<std::size_t>(width, number.size()), '0') + number;
    }
  }

  /// What the writers show, in the order they show it.
  void Publish() {
    SectorPublication& published = report_.published;
    const bool anonymise = options_.anonymise;
    published.anonymised = anonymise;
    published.names_files = !anonymise;
    published.group_extremes = !anonymise;
    // Codes' exact scores and groups' exact quantiles and means, together, place codes in
    // groups: anonymised, one or the other is published (without --group-by, the table).
    published.institutions_withheld = anonymise && !options_.group_by.empty();
    auto name_of = [&](const InstitutionSummary& institution) {
      return anonymise ? report_.codes.at(institution.id) : institution.name;
    };
    auto id_of = [&](const InstitutionSummary& institution) {
      return anonymise ? std::string() : institution.id;
    };
    for (const InstitutionSummary* institution : report_.current) {
      if (published.institutions_withheld) break;
      published.institutions.push_back({institution, name_of(*institution), id_of(*institution),
                                        percentile_ranks_.at(institution)});
    }
    std::sort(published.institutions.begin(), published.institutions.end(),
              [](const PublishedInstitution& a, const PublishedInstitution& b) {
                return std::tie(a.name, a.institution->id) < std::tie(b.name, b.institution->id);
              });
    for (const InstitutionTrend& trend : report_.trends) {
      if (published.institutions_withheld) break;
      published.trends.push_back({&trend, name_of(*trend.to), id_of(*trend.to)});
    }
    std::sort(published.trends.begin(), published.trends.end(),
              [](const PublishedTrend& a, const PublishedTrend& b) {
                return std::tie(a.name, a.trend->to->id, a.trend->to->period) <
                       std::tie(b.name, b.trend->to->id, b.trend->to->period);
              });
    for (const Moderation& entry : report_.moderation) {
      published.moderation.push_back(
          {&entry, name_of(*entry.institution),
           anonymise ? report_.codes.at(entry.institution->id) : entry.institution->id});
    }
    std::sort(published.moderation.begin(), published.moderation.end(),
              [](const PublishedModeration& a, const PublishedModeration& b) {
                auto key = [](const PublishedModeration& m) {
                  return std::tuple(-static_cast<int>(m.entry->flags.size()), m.reference,
                                    m.entry->institution->period);
                };
                return key(a) < key(b);
              });
  }

  const Framework& framework_;
  const SectorOptions& options_;
  SectorReport& report_;
  std::size_t dimension_count_ = 0;
  std::map<const InstitutionSummary*, std::optional<double>> percentile_ranks_;
};

}  // namespace

std::array<unsigned char, 32> KeyedHash(const AnonymisationKey& key, const std::string& id) {
  static_assert(crypto_auth_hmacsha256_BYTES == 32 && crypto_auth_hmacsha256_KEYBYTES == 32);
  std::array<unsigned char, 32> hash{};
  crypto_auth_hmacsha256(hash.data(), reinterpret_cast<const unsigned char*>(id.data()), id.size(),
                         key.data());
  return hash;
}

const char* AgreementName(Agreement agreement) {
  static constexpr Named<Agreement> kNames[] = {{Agreement::kAgreed, "agreed"},
                                                {Agreement::kNotAgreed, "not_agreed"},
                                                {Agreement::kNotSigned, "not_signed"}};
  return NameOf(kNames, agreement);
}

const char* WideGapSourceName(WideGapSource source) {
  static constexpr Named<WideGapSource> kNames[] = {
      {WideGapSource::kOption, "option"},
      {WideGapSource::kFramework, "framework"},
      {WideGapSource::kQuartile, "upper_quartile"},
      {WideGapSource::kFloor, "divergence_threshold"}};
  return NameOf(kNames, source);
}

const char* ModerationFlagName(ModerationFlag flag) {
  static constexpr Named<ModerationFlag> kNames[] = {
      {ModerationFlag::kLargeChange, "large-change"},
      {ModerationFlag::kThinEvidence, "thin-evidence"},
      {ModerationFlag::kManyNotApplicable, "many-not-applicable"},
      {ModerationFlag::kWidePerceptionGap, "wide-perception-gap"},
      {ModerationFlag::kNotAgreed, "not-agreed"},
      {ModerationFlag::kActionsOverdue, "actions-overdue"},
      {ModerationFlag::kIdChanged, "id-changed"},
      {ModerationFlag::kOneSideOnly, "one-side-only"}};
  return NameOf(kNames, flag);
}

InstitutionSummary Summarise(const Scorecard& card) {
  const Response& response = *card.response;
  InstitutionSummary summary;
  summary.file = response.file;
  summary.location = response.institution.location;
  summary.period_location = response.period_location;
  summary.id = response.institution.id;
  summary.name = response.institution.name;
  summary.period = response.period;
  summary.profile = response.institution.profile;
  summary.jointly_agreed = card.jointly_agreed;
  summary.agreement = card.jointly_agreed        ? Agreement::kAgreed
                      : !card.not_agreed.empty() ? Agreement::kNotAgreed
                                                 : Agreement::kNotSigned;
  summary.overall_divergence = card.overall.divergence;
  summary.overdue_actions = card.overdue_actions;
  std::set<std::string> sides;  // The perspectives that gave any rating.
  for (const ElementScore& element : card.elements) {
    for (const Rating& rating : element.ratings) {
      if (rating.respondent) sides.insert(rating.respondent->perspective);
    }
  }
  if (!sides.empty()) {
    for (const Perspective& perspective : card.framework->perspectives) {
      summary.silent_sides += !sides.count(perspective.key);
    }
  }
  const auto& needs_evidence = card.framework->scoring.evidence_required_from;
  for (const ElementScore& element : card.elements) {
    if (element.excluded_by_profile) continue;
    ++summary.applicable_elements;
    summary.not_applicable_elements += element.Has(Flag::kNotApplicable);
    for (const Rating& rating : element.ratings) {
      if (!needs_evidence || !rating.level || *rating.level < *needs_evidence) continue;
      ++summary.ratings_needing_evidence;
      summary.unevidenced_ratings += rating.unevidenced;
    }
  }
  summary.completeness = card.overall.completeness;
  summary.overall = card.overall.score;
  summary.overall_by_perspective = card.overall.by_perspective;
  for (const DimensionScore& dimension : card.dimensions) {
    summary.dimensions.push_back(dimension.score);
    summary.dimensions_by_perspective.push_back(dimension.by_perspective);
  }
  for (const ElementScore& element : card.elements) {
    summary.elements.push_back({element.applicable, element.score, element.gap.value_or(0) > 1e-9,
                                element.Has(Flag::kPerceptionGap),
                                element.Has(Flag::kUnevidenced)});
  }
  return summary;
}

SectorReport AnalyseSector(const Framework& framework, std::vector<InstitutionSummary> institutions,
                           const SectorOptions& options) {
  SectorReport report;
  report.framework = &framework;
  report.options = options;
  report.institutions = std::move(institutions);
  SectorAnalysis(framework, report.options, report).Run();
  return report;
}

}  // namespace maturity
