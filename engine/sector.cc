#include "engine/sector.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <numeric>
#include <set>
#include <tuple>

#include "engine/value_formats.h"

namespace maturity {

namespace {

std::optional<double> Median(std::vector<double> values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  return QuantileInclusive(values, 0.5);
}

/// FNV-1a: a fixed, platform-independent hash, so that codes are stable across runs.
std::uint64_t StableHash(const std::string& text) {
  std::uint64_t hash = 1469598103934665603ULL;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  return hash;
}

class SectorAnalysis {
 public:
  SectorAnalysis(const Framework& framework, const SectorOptions& options, SectorReport& report)
      : framework_(framework), options_(options), report_(report) {}

  void Run() {
    SortAndCheckDuplicates();
    if (report_.institutions.empty()) return;
    ForEachDimension(framework_, [&](const DimensionStep& step) {
      report_.dimensions.push_back({&step.dimension, step.depth});
    });
    dimension_count_ = report_.dimensions.size();
    report_.latest_period = report_.institutions.front().period;
    for (const InstitutionSummary& institution : report_.institutions) {
      report_.latest_period = std::max(report_.latest_period, institution.period);
    }
    for (std::size_t i = 0; i < report_.institutions.size(); ++i) {
      if (report_.institutions[i].period == report_.latest_period) report_.current.push_back(i);
    }
    report_.statistics = Distribute(report_.current);
    PercentileRanks();
    Groups();
    Elements();
    Perceptions();
    Trends();
    Periods();
    Codes();
    Moderate();
    double completeness_total = 0;
    int completeness_count = 0;
    for (std::size_t index : report_.current) {
      const InstitutionSummary& institution = report_.institutions[index];
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

  Distribution Distribute(const std::vector<std::size_t>& members) const {
    Distribution distribution;
    std::vector<double> overall;
    std::vector<std::vector<double>> dimensions(dimension_count_);
    for (std::size_t index : members) {
      const InstitutionSummary& institution = report_.institutions[index];
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
    for (std::size_t index : report_.current) {
      if (report_.institutions[index].overall)
        scores.push_back(*report_.institutions[index].overall);
    }
    std::sort(scores.begin(), scores.end());
    for (std::size_t index : report_.current) {
      const auto& overall = report_.institutions[index].overall;
      report_.percentile_ranks.push_back(
          overall ? std::optional(PercentRankInclusive(scores, *overall)) : std::nullopt);
    }
  }

  void Groups() {
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
      std::vector<std::string> values;
      if (field->type == ProfileFieldType::kChoice) {
        values = field->values;
      } else if (field->type == ProfileFieldType::kInteger) {
        if (field->bands.empty()) {
          throw SectorOptionError("--group-by " + by +
                                  ": an integer field can only group by its bands, and '" + by +
                                  "' has none");
        }
        for (const Band& band : field->bands) values.push_back(band.key);
      } else {
        std::set<std::string> distinct;
        for (std::size_t index : report_.current) {
          auto found = report_.institutions[index].profile.find(by);
          if (found != report_.institutions[index].profile.end())
            distinct.insert(found->second.text);
        }
        values.assign(distinct.begin(), distinct.end());
      }
      for (const std::string& value : values) {
        std::vector<std::size_t> members;
        for (std::size_t index : report_.current) {
          auto found = report_.institutions[index].profile.find(by);
          if (found == report_.institutions[index].profile.end()) continue;
          const ProfileValue& declared = found->second;
          if ((field->type == ProfileFieldType::kInteger ? declared.band : declared.text) ==
              value) {
            members.push_back(index);
          }
        }
        PeerGroup group;
        group.by = by;
        group.value = value;
        group.n = static_cast<int>(members.size());
        // An empty group has nothing to hide: it is shown as having no members.
        group.suppressed = group.n > 0 && group.n < options_.min_group_size;
        if (!group.suppressed) group.statistics = Distribute(members);
        report_.groups.push_back(std::move(group));
      }
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
      for (std::size_t index : report_.current) {
        const ElementSummary& element = report_.institutions[index].elements[e];
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
          for (std::size_t index : report_.current) {
            if (auto value = get(report_.institutions[index])) values.push_back(*value);
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
      std::vector<std::size_t> members;
      for (std::size_t i = 0; i < report_.institutions.size(); ++i) {
        if (report_.institutions[i].period == period) members.push_back(i);
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
          if (trend.change && report_.institutions[trend.to].period == period &&
              report_.institutions[trend.from].period == previous) {
            before.push_back(*report_.institutions[trend.from].overall);
            after.push_back(*report_.institutions[trend.to].overall);
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
    const double wide =
        limits.wide_perception_gap.value_or(framework_.scoring.divergence_threshold);
    constexpr double kTolerance = 1e-9;  // As the perception-gap flag: 1.0 apart is 1.0.
    std::map<std::size_t, std::optional<double>> change_to;
    for (const InstitutionTrend& trend : report_.trends) change_to[trend.to] = trend.change;
    for (std::size_t i = 0; i < report_.institutions.size(); ++i) {
      const InstitutionSummary& institution = report_.institutions[i];
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
      Moderation entry{i, {}};
      auto raise = [&](ModerationFlag flag, double value, std::optional<double> threshold) {
        entry.flags.push_back({flag, value, threshold});
      };
      if (auto found = change_to.find(i);
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
      if (!entry.flags.empty()) report_.moderation.push_back(std::move(entry));
    }
    // Most flags first; institutions are already ordered by id, then period.
    std::stable_sort(
        report_.moderation.begin(), report_.moderation.end(),
        [](const Moderation& a, const Moderation& b) { return a.flags.size() > b.flags.size(); });
  }

  void Trends() {
    const auto& institutions = report_.institutions;
    for (std::size_t i = 1; i < institutions.size(); ++i) {
      if (institutions[i].id != institutions[i - 1].id) continue;
      InstitutionTrend trend;
      trend.from = i - 1;
      trend.to = i;
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

  void Codes() {
    std::vector<std::string> ids;
    for (const InstitutionSummary& institution : report_.institutions) {
      if (ids.empty() || ids.back() != institution.id) ids.push_back(institution.id);
    }
    // Ordered by a hash of the id, not by the id or by score, so that a code says
    // nothing about the institution's name or standing.
    std::stable_sort(ids.begin(), ids.end(), [](const std::string& a, const std::string& b) {
      return StableHash(a) < StableHash(b);
    });
    int width = ids.size() < 100 ? 2 : ids.size() < 1000 ? 3 : ids.size() < 10000 ? 4 : 5;
    for (std::size_t i = 0; i < ids.size(); ++i) {
      std::string number = std::to_string(i + 1);
      report_.codes[ids[i]] =
          "INST-" + std::string(width - std::min<std::size_t>(width, number.size()), '0') + number;
    }
  }

  const Framework& framework_;
  const SectorOptions& options_;
  SectorReport& report_;
  std::size_t dimension_count_ = 0;
};

}  // namespace

std::string PublishedName(const SectorReport& report, const InstitutionSummary& institution,
                          bool anonymise) {
  return anonymise ? report.codes.at(institution.id) : institution.name;
}

std::vector<std::size_t> PublishedOrder(const SectorReport& report, bool anonymise) {
  std::vector<std::size_t> order(report.current.size());
  for (std::size_t c = 0; c < order.size(); ++c) order[c] = c;
  auto key = [&](std::size_t c) {
    const InstitutionSummary& institution = report.institutions[report.current[c]];
    return std::tuple(PublishedName(report, institution, anonymise), institution.id);
  };
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
  return order;
}

std::vector<const InstitutionTrend*> PublishedTrends(const SectorReport& report, bool anonymise) {
  std::vector<const InstitutionTrend*> trends;
  for (const InstitutionTrend& trend : report.trends) trends.push_back(&trend);
  auto key = [&](const InstitutionTrend* trend) {
    const InstitutionSummary& to = report.institutions[trend->to];
    return std::tuple(PublishedName(report, to, anonymise), to.id, to.period);
  };
  std::sort(trends.begin(), trends.end(),
            [&](const InstitutionTrend* a, const InstitutionTrend* b) { return key(a) < key(b); });
  return trends;
}

std::vector<const Moderation*> PublishedModeration(const SectorReport& report, bool anonymise) {
  std::vector<const Moderation*> entries;
  for (const Moderation& entry : report.moderation) entries.push_back(&entry);
  auto key = [&](const Moderation* entry) {
    const InstitutionSummary& institution = report.institutions[entry->institution];
    return std::tuple(-static_cast<int>(entry->flags.size()),
                      anonymise ? report.codes.at(institution.id) : institution.id,
                      institution.period);
  };
  std::sort(entries.begin(), entries.end(),
            [&](const Moderation* a, const Moderation* b) { return key(a) < key(b); });
  return entries;
}

const char* AgreementName(Agreement agreement) {
  switch (agreement) {
    case Agreement::kAgreed:
      return "agreed";
    case Agreement::kNotAgreed:
      return "not_agreed";
    case Agreement::kNotSigned:
      return "not_signed";
  }
  return "not_signed";
}

const char* ModerationFlagName(ModerationFlag flag) {
  switch (flag) {
    case ModerationFlag::kLargeChange:
      return "large-change";
    case ModerationFlag::kThinEvidence:
      return "thin-evidence";
    case ModerationFlag::kManyNotApplicable:
      return "many-not-applicable";
    case ModerationFlag::kWidePerceptionGap:
      return "wide-perception-gap";
    case ModerationFlag::kNotAgreed:
      return "not-agreed";
    case ModerationFlag::kActionsOverdue:
      return "actions-overdue";
  }
  return "";
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
