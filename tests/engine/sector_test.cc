#include "engine/sector.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "tests/engine/tiny_framework.h"

namespace maturity {
namespace {

SectorOptions GroupedBy(std::vector<std::string> fields, int min_group_size) {
  SectorOptions options;
  options.group_by = std::move(fields);
  options.min_group_size = min_group_size;
  return options;
}

class SectorTest : public ::testing::Test {
 protected:
  /// A summary with overall score `overall`, alpha = overall, beta = overall - 1.
  InstitutionSummary Make(const std::string& id, const std::string& period,
                          const std::string& sector, std::int64_t staff, double overall) {
    InstitutionSummary summary;
    summary.file = id + "-" + period + ".yaml";
    summary.location = {summary.file, 5, 7};
    summary.id = id;
    summary.name = "Name of " + id;
    summary.period = period;
    summary.profile["sector"] = {sector, std::nullopt, ""};
    const ProfileField* field = framework_.FindProfileField("staff");
    summary.profile["staff"] = {std::to_string(staff), staff, field->BandOf(staff)->key};
    summary.overall = overall;
    summary.completeness = 1;
    summary.overall_by_perspective = {{"management", overall + 0.5},
                                      {"trade_union", overall - 0.5}};
    summary.dimensions = {overall, overall - 1};
    summary.dimensions_by_perspective = {
        {{"management", overall + 1}, {"trade_union", overall - 1}},
        {{"management", overall - 1}, {"trade_union", std::nullopt}}};
    summary.elements.resize(ElementsInOrder(framework_).size());
    summary.elements[0] = {true, overall, overall < 3, overall < 2.5, false};
    return summary;
  }

  /// The percentile ranks in the order published.
  static std::vector<std::optional<double>> Ranks(const SectorReport& report) {
    std::vector<std::optional<double>> ranks;
    for (const PublishedInstitution& row : report.published.institutions)
      ranks.push_back(row.percentile_rank);
    return ranks;
  }

  static SectorOptions Anonymised(unsigned char key_byte, int min_group_size = 1) {
    SectorOptions options;
    options.anonymise = true;
    options.key.fill(key_byte);
    options.min_group_size = min_group_size;
    return options;
  }

  Framework framework_ = testing::ParseTestFramework(testing::kTinyFramework);
};

TEST_F(SectorTest, ModerationFlagsEachReasonAtItsThresholdMostFlaggedFirst) {
  // Each flag just at its default threshold on one institution, just below on another.
  InstitutionSummary quiet = Make("a-quiet", "2025-26", "fe", 300, 3.0);
  quiet.overall_divergence = 0.99;
  quiet.ratings_needing_evidence = 10;
  quiet.unevidenced_ratings = 4;  // 40% < 50%
  quiet.applicable_elements = 10;
  quiet.not_applicable_elements = 1;  // 10% < 20%
  quiet.agreement = Agreement::kAgreed;
  InstitutionSummary before = Make("b-loud", "2024-25", "fe", 300, 2.0);
  before.agreement = Agreement::kNotSigned;
  InstitutionSummary loud = Make("b-loud", "2025-26", "fe", 300, 2.75);  // +0.75
  loud.overall_divergence = 1.0;
  loud.ratings_needing_evidence = 4;
  loud.unevidenced_ratings = 2;  // 50%
  loud.applicable_elements = 5;
  loud.not_applicable_elements = 1;  // 20%
  loud.agreement = Agreement::kNotAgreed;
  loud.overdue_actions = 2;
  InstitutionSummary one = Make("c-one", "2025-26", "fe", 300, 3.0);
  one.overdue_actions = 1;
  one.agreement = Agreement::kAgreed;
  SectorReport report = AnalyseSector(framework_, {quiet, one, loud, before}, {});
  ASSERT_EQ(report.moderation.size(), 2u);
  const Moderation& first = report.moderation[0];
  EXPECT_EQ(first.institution->id, "b-loud");
  EXPECT_EQ(first.institution->period, "2025-26");
  std::vector<std::string> names;
  for (const RaisedFlag& flag : first.flags) names.push_back(ModerationFlagName(flag.flag));
  EXPECT_EQ(names,
            (std::vector<std::string>{"large-change", "thin-evidence", "many-not-applicable",
                                      "wide-perception-gap", "not-agreed", "actions-overdue"}));
  EXPECT_DOUBLE_EQ(first.flags[0].value, 0.75);
  EXPECT_EQ(first.flags[0].threshold, std::optional(0.75));
  EXPECT_DOUBLE_EQ(first.flags[1].value, 0.5);
  EXPECT_DOUBLE_EQ(first.flags[2].value, 0.2);
  EXPECT_EQ(first.flags[3].threshold, std::optional(1.0));  // The divergence_threshold.
  EXPECT_EQ(first.flags[4].threshold, std::nullopt);
  EXPECT_DOUBLE_EQ(first.flags[5].value, 2);
  EXPECT_EQ(report.moderation[1].institution->id, "c-one");
  EXPECT_EQ(report.flagged_in_latest_period, 2);
  // Agreement counted per period.
  EXPECT_EQ(report.agreement.at("2025-26").agreed, 2);
  EXPECT_EQ(report.agreement.at("2025-26").not_agreed, 1);
  EXPECT_EQ(report.agreement.at("2024-25").not_signed, 1);
  // A framework's own thresholds replace the defaults.
  framework_.scoring.moderation.thin_evidence = 0.4;
  framework_.scoring.moderation.wide_perception_gap = 0.9;
  SectorReport strict = AnalyseSector(framework_, {quiet}, {});
  ASSERT_EQ(strict.moderation.size(), 1u);
  EXPECT_EQ(strict.moderation[0].flags.size(), 2u);  // thin-evidence, wide-perception-gap
}

TEST_F(SectorTest, AWidePerceptionGapIsTheSectorsWidestQuarterNeverBelowAPerceptionGap) {
  std::vector<InstitutionSummary> input;
  const std::vector<double> divergences = {0.2, 0.4, 0.6, 1.2, 1.4, 1.6, 1.8, 2.0};
  for (std::size_t i = 0; i < divergences.size(); ++i) {
    InstitutionSummary summary = Make("i" + std::to_string(i), "2025-26", "fe", 300, 3.0);
    summary.overall_divergence = divergences[i];
    input.push_back(summary);
  }
  auto flagged = [](const SectorReport& report) {
    std::vector<std::string> ids;
    for (const Moderation& entry : report.moderation) {
      for (const RaisedFlag& flag : entry.flags) {
        if (flag.flag == ModerationFlag::kWidePerceptionGap) {
          ids.push_back(entry.institution->id);
          EXPECT_EQ(flag.threshold, std::optional(report.wide_perception_gap));
        }
      }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
  };
  // QUARTILE.INC of the eight: position 7 x 0.75 = 5.25, 1.6 + 0.25 x 0.2.
  SectorReport sector = AnalyseSector(framework_, input, {});
  EXPECT_DOUBLE_EQ(sector.wide_perception_gap, 1.65);
  EXPECT_EQ(sector.wide_perception_gap_source, WideGapSource::kQuartile);
  EXPECT_EQ(flagged(sector), (std::vector<std::string>{"i6", "i7"}));
  // A sector whose sides mostly agree: the floor, divergence_threshold (1.0).
  SectorReport agreeing = AnalyseSector(framework_, {input[0], input[1], input[2], input[3]}, {});
  EXPECT_DOUBLE_EQ(agreeing.wide_perception_gap, 1.0);
  EXPECT_EQ(agreeing.wide_perception_gap_source, WideGapSource::kFloor);
  EXPECT_EQ(flagged(agreeing), (std::vector<std::string>{"i3"}));
  // Set by the framework, or for one run (over the framework's).
  framework_.scoring.moderation.wide_perception_gap = 1.3;
  SectorReport framework_line = AnalyseSector(framework_, input, {});
  EXPECT_EQ(framework_line.wide_perception_gap_source, WideGapSource::kFramework);
  EXPECT_EQ(flagged(framework_line), (std::vector<std::string>{"i4", "i5", "i6", "i7"}));
  SectorOptions options;
  options.wide_perception_gap = 0.5;
  SectorReport option_line = AnalyseSector(framework_, input, options);
  EXPECT_EQ(option_line.wide_perception_gap_source, WideGapSource::kOption);
  EXPECT_EQ(flagged(option_line).size(), 6u);
}

TEST_F(SectorTest, StatisticsDescribeTheLatestPeriod) {
  std::vector<InstitutionSummary> input = {
      Make("a", "2025-26", "fe", 300, 2.0), Make("b", "2025-26", "fe", 300, 3.0),
      Make("c", "2025-26", "he", 2000, 4.0), Make("a", "2024-25", "fe", 300, 1.0)};
  SectorReport report = AnalyseSector(framework_, input, {});
  EXPECT_EQ(report.latest_period, "2025-26");
  EXPECT_EQ(report.current.size(), 3u);
  ASSERT_TRUE(report.statistics.overall.has_value());
  EXPECT_EQ(report.statistics.overall->n, 3);
  EXPECT_DOUBLE_EQ(report.statistics.overall->median, 3.0);
  EXPECT_DOUBLE_EQ(report.statistics.overall->q1, 2.5);
  // The rows say which dimension they describe: alpha, then beta.
  ASSERT_EQ(report.statistics.dimensions.size(), 2u);
  EXPECT_EQ(report.statistics.dimensions[1].dimension->id, "beta");
  EXPECT_EQ(report.dimensions[1].dimension, report.statistics.dimensions[1].dimension);
  EXPECT_DOUBLE_EQ(report.statistics.dimensions[1].statistics->median, 2.0);  // overall - 1
  EXPECT_EQ(report.distinct_institutions, 3);
  EXPECT_TRUE(report.codes.empty());  // Not anonymised: no codes are made.
  // Percentile ranks, published by name: a 2.0 -> 0, b 3.0 -> 0.5, c -> 1.
  EXPECT_EQ(Ranks(report), (std::vector<std::optional<double>>{0.0, 0.5, 1.0}));
}

TEST_F(SectorTest, GroupsBelowTheMinimumSizeAreSuppressed) {
  std::vector<InstitutionSummary> input;
  for (int i = 0; i < 4; ++i)
    input.push_back(Make("fe" + std::to_string(i), "2025-26", "fe", 300, 2 + i * 0.5));
  for (int i = 0; i < 5; ++i)
    input.push_back(Make("he" + std::to_string(i), "2025-26", "he", 2000, 3));
  for (int i = 0; i < 6; ++i)
    input.push_back(Make("small" + std::to_string(i), "2025-26", "he", 100, 3));
  SectorReport report = AnalyseSector(framework_, input, GroupedBy({"sector", "staff"}, 5));
  ASSERT_EQ(report.groups.size(), 5u);  // fe, he, then small, medium, large.
  EXPECT_EQ(report.groups[0].value, "fe");
  EXPECT_EQ(report.groups[0].n, 4);
  EXPECT_TRUE(report.groups[0].suppressed);  // 4 = min-group-size - 1
  EXPECT_FALSE(report.groups[0].secondary);
  EXPECT_FALSE(report.groups[0].statistics.overall.has_value());
  // The only suppressed group of its field would be the sector minus the others: the
  // next-smallest group is suppressed too, although its 11 are many.
  EXPECT_EQ(report.groups[1].value, "he");
  EXPECT_EQ(report.groups[1].n, 11);
  EXPECT_TRUE(report.groups[1].suppressed);
  EXPECT_TRUE(report.groups[1].secondary);
  EXPECT_FALSE(report.groups[1].statistics.overall.has_value());
  EXPECT_EQ(report.groups[2].value, "small");  // 6 of 100 staff.
  EXPECT_FALSE(report.groups[2].suppressed);
  EXPECT_DOUBLE_EQ(report.groups[2].statistics.overall->median, 3.0);
  EXPECT_EQ(report.groups[3].value, "medium");
  EXPECT_TRUE(report.groups[3].suppressed);
  EXPECT_FALSE(report.groups[3].secondary);
  EXPECT_EQ(report.groups[4].value, "large");
  EXPECT_TRUE(report.groups[4].secondary);  // 5 = min-group-size, smaller than small's 6.
  EXPECT_FALSE(report.groups[2].secondary);
}

TEST_F(SectorTest, SuppressedGroupsTogetherSmallerThanAGroupAreNotLeftDerivable) {
  // Grouped by staff band: small (100 staff), medium (300), large (2000).
  auto sector = [&](int small, int medium, int large) {
    std::vector<InstitutionSummary> input;
    int k = 0;
    for (auto [count, staff] : {std::pair{small, 100}, {medium, 300}, {large, 2000}}) {
      for (int i = 0; i < count; ++i)
        input.push_back(Make("i" + std::to_string(k++), "2025-26", "fe", staff, 3));
    }
    return AnalyseSector(framework_, input, GroupedBy({"staff"}, 5));
  };
  // Small and medium together are 4: their total could be worked out; large goes too.
  SectorReport small = sector(2, 2, 6);
  EXPECT_TRUE(small.groups[0].suppressed && small.groups[1].suppressed);
  EXPECT_TRUE(small.groups[2].suppressed && small.groups[2].secondary);
  // Together 6: nothing smaller than a group can be derived; large is published.
  SectorReport enough = sector(3, 3, 6);
  EXPECT_TRUE(enough.groups[0].suppressed && enough.groups[1].suppressed);
  EXPECT_FALSE(enough.groups[2].suppressed);
  // Nothing suppressed: nothing more to hide.
  SectorReport none = sector(5, 0, 6);
  for (const PeerGroup& group : none.groups) EXPECT_FALSE(group.suppressed) << group.value;
}

TEST_F(SectorTest, AnonymisedGroupsPublishNoMinimumOrMaximum) {
  std::vector<InstitutionSummary> input;
  for (int i = 0; i < 5; ++i)
    input.push_back(Make("fe" + std::to_string(i), "2025-26", "fe", 300, 3));
  EXPECT_FALSE(AnalyseSector(framework_, input, Anonymised(1, 5)).published.group_extremes);
  EXPECT_TRUE(AnalyseSector(framework_, input, {}).published.group_extremes);
}

TEST_F(SectorTest, AnInstitutionWithoutAnOverallScoreHasNoPercentileRank) {
  std::vector<InstitutionSummary> input = {Make("a", "2025-26", "fe", 300, 2.0),
                                           Make("b", "2025-26", "fe", 300, 3.0)};
  input[1].overall.reset();
  SectorReport report = AnalyseSector(framework_, input, {});
  EXPECT_EQ(Ranks(report),
            (std::vector<std::optional<double>>{1.0, std::nullopt}));  // Not 0: unknown.
}

TEST_F(SectorTest, TwoResponsesForOneInstitutionAndPeriodAreAnError) {
  std::vector<InstitutionSummary> input = {Make("a", "2025-26", "fe", 300, 2.0),
                                           Make("a", "2025-26", "fe", 300, 3.0)};
  input[1].file = "copy.yaml";
  input[1].location = {"copy.yaml", 4, 7};
  try {
    AnalyseSector(framework_, input, {});
    FAIL() << "expected an InputError";
  } catch (const InputError& error) {
    EXPECT_EQ(error.diagnostics().Format(),
              "copy.yaml:4:7: error: institution.id: a second response for institution 'a' in "
              "period 2025-26 (the first is a-2025-26.yaml); give one response per institution "
              "and period\n");
  }
}

TEST_F(SectorTest, TrendsFollowEachInstitutionAcrossPeriods) {
  std::vector<InstitutionSummary> input = {
      Make("a", "2024-25", "fe", 300, 2.0), Make("a", "2025-26", "fe", 300, 3.5),
      Make("b", "2024-25", "fe", 300, 3.0), Make("b", "2025-26", "fe", 300, 2.5),
      Make("c", "2025-26", "fe", 300, 4.0)};
  SectorReport report = AnalyseSector(framework_, input, {});
  ASSERT_EQ(report.trends.size(), 2u);
  EXPECT_DOUBLE_EQ(report.trends[0].change.value(), 1.5);
  EXPECT_DOUBLE_EQ(report.trends[1].change.value(), -0.5);
  ASSERT_EQ(report.periods.size(), 2u);
  EXPECT_DOUBLE_EQ(report.periods[0].statistics.overall->median, 2.5);
  EXPECT_DOUBLE_EQ(report.periods[1].statistics.overall->median, 3.5);  // {2.5, 3.5, 4.0}
  // The change is over a and b, who responded in both years: their median went from 2.5
  // to 3.0. c joined in 2025-26; counting it (3.5 - 2.5 = 1.0) would make its arrival
  // look like improvement.
  EXPECT_EQ(report.periods[1].matched, 2);
  EXPECT_DOUBLE_EQ(report.periods[1].median_change.value(), 0.5);
  EXPECT_DOUBLE_EQ(report.periods[1].mean_change.value(), 0.5);
  EXPECT_FALSE(report.periods[0].median_change.has_value());
}

TEST_F(SectorTest, ElementsAreListedWeakestFirstWithShares) {
  std::vector<InstitutionSummary> input = {Make("a", "2025-26", "fe", 300, 2.0),
                                           Make("b", "2025-26", "fe", 300, 2.8),
                                           Make("c", "2025-26", "fe", 300, 4.0)};
  SectorReport report = AnalyseSector(framework_, input, {});
  const ElementView& a1 = report.elements.front();  // The only element with scores.
  EXPECT_EQ(a1.element->id, "a1");
  EXPECT_EQ(a1.n, 3);
  EXPECT_DOUBLE_EQ(a1.median.value(), 2.8);
  EXPECT_DOUBLE_EQ(a1.below_target, 2.0 / 3);    // 2.0 and 2.8 are below 3.
  EXPECT_DOUBLE_EQ(a1.perception_gap, 1.0 / 3);  // Only 2.0 is below 2.5.
  EXPECT_EQ(report.elements.back().n, 0);
}

TEST_F(SectorTest, PerceptionsTakeMediansPerPerspective) {
  std::vector<InstitutionSummary> input = {Make("a", "2025-26", "fe", 300, 2.0),
                                           Make("b", "2025-26", "fe", 300, 3.0)};
  SectorReport report = AnalyseSector(framework_, input, {});
  EXPECT_DOUBLE_EQ(report.perceptions.overall[0].value(), 3.0);  // {2.5, 3.5}
  EXPECT_DOUBLE_EQ(report.perceptions.overall[1].value(), 2.0);  // {1.5, 2.5}
  EXPECT_EQ(report.perceptions.dimensions[0].dimension->id, "alpha");
  EXPECT_DOUBLE_EQ(report.perceptions.dimensions[0].median_divergence.value(), 2.0);
  EXPECT_FALSE(report.perceptions.dimensions[1].median_divergence.has_value());  // One side.
}

TEST_F(SectorTest, CodesComeFromTheKeyNotFromTheIds) {
  std::vector<InstitutionSummary> input;
  for (int i = 0; i < 20; ++i)
    input.push_back(Make("coleg-" + std::to_string(i), "2025-26", "fe", 300, 3));
  SectorReport first = AnalyseSector(framework_, input, Anonymised(7));
  std::reverse(input.begin(), input.end());
  SectorReport again = AnalyseSector(framework_, input, Anonymised(7));
  EXPECT_EQ(first.codes, again.codes);  // The same key: the same codes, whatever the order.
  std::set<std::string> codes;
  for (const auto& [id, code] : first.codes) {
    EXPECT_EQ(code.rfind("INST-", 0), 0u);
    EXPECT_EQ(code.find(id), std::string::npos);
    codes.insert(code);
  }
  EXPECT_EQ(codes.size(), 20u);
  // Another key: other codes. Anyone who knows the ids and not the key cannot tell
  // which is whose (with a fixed hash of the id, all of them could).
  SectorReport other = AnalyseSector(framework_, input, Anonymised(8));
  int same = 0;
  for (const auto& [id, code] : first.codes) same += other.codes.at(id) == code;
  EXPECT_LT(same, 5);
  // The published lists are in code order, which is the keyed hash's.
  for (std::size_t i = 1; i < first.published.institutions.size(); ++i) {
    EXPECT_LT(first.published.institutions[i - 1].name, first.published.institutions[i].name);
    EXPECT_EQ(first.published.institutions[i].id, "");
  }
}

TEST_F(SectorTest, APeriodNotYetBegunIsSetAside) {
  std::vector<InstitutionSummary> input = {Make("a", "2025-26", "fe", 300, 2.0),
                                           Make("b", "2025-26", "fe", 300, 3.0),
                                           Make("c", "2099-00", "fe", 300, 5.0)};
  SectorOptions options;
  options.as_of = "2026-12-03";
  SectorReport report = AnalyseSector(framework_, input, options);
  EXPECT_EQ(report.latest_period, "2025-26");
  EXPECT_EQ(report.current.size(), 2u);
  ASSERT_EQ(report.set_aside.size(), 1u);
  EXPECT_EQ(report.set_aside[0].file, "c-2099-00.yaml");
  EXPECT_EQ(report.set_aside[0].reason, SetAsideReason::kLaterPeriod);
  // The period that has begun is kept: 2026-27 begins in 2026.
  input[2].period = "2026-27";
  EXPECT_EQ(AnalyseSector(framework_, input, options).latest_period, "2026-27");
}

TEST_F(SectorTest, AnonymisedPeriodsWithTooFewResponsesAreSetAside) {
  std::vector<InstitutionSummary> input;
  for (int i = 0; i < 5; ++i)
    input.push_back(Make("i" + std::to_string(i), "2025-26", "fe", 300, 3));
  input.push_back(Make("i0", "2024-25", "fe", 300, 2));
  SectorReport report = AnalyseSector(framework_, input, Anonymised(1, 5));
  EXPECT_EQ(report.periods.size(), 1u);
  EXPECT_TRUE(report.trends.empty());
  ASSERT_EQ(report.set_aside.size(), 1u);
  EXPECT_EQ(report.set_aside[0].period, "2024-25");
  EXPECT_EQ(report.set_aside[0].reason, SetAsideReason::kSmallPeriod);
  // Named, the regulator sees every period.
  SectorOptions named;
  named.min_group_size = 5;
  EXPECT_EQ(AnalyseSector(framework_, input, named).periods.size(), 2u);
}

TEST_F(SectorTest, AnIdChangedBetweenPeriodsAndASilentSideAreFlagged) {
  InstitutionSummary before = Make("coleg-old", "2024-25", "fe", 300, 2.0);
  before.name = "Coleg  Y Bryn";
  InstitutionSummary after = Make("coleg-new", "2025-26", "fe", 300, 3.5);
  after.name = "coleg y bryn";
  InstitutionSummary quiet = Make("d", "2025-26", "fe", 300, 3.0);
  quiet.silent_sides = 1;
  SectorReport report = AnalyseSector(framework_, {before, after, quiet}, {});
  ASSERT_EQ(report.moderation.size(), 2u);
  std::map<std::string, std::vector<std::string>> flags;
  for (const Moderation& entry : report.moderation) {
    for (const RaisedFlag& flag : entry.flags)
      flags[entry.institution->id].push_back(ModerationFlagName(flag.flag));
  }
  EXPECT_EQ(flags["coleg-new"], std::vector<std::string>{"id-changed"});
  EXPECT_EQ(flags["d"], std::vector<std::string>{"one-side-only"});
  EXPECT_TRUE(report.trends.empty());  // Ids differ: no change was compared, hence the flag.
}

TEST(SectorSummaryTest, ASideWithNoAnswerIsCounted) {
  Framework framework = testing::ParseTestFramework(testing::kTinyFramework);
  auto silent_sides = [&](const std::string& answers) {
    Diagnostics diagnostics;
    Response response =
        ParseResponse("r.yaml", testing::TinyResponse("{sector: fe, staff: 300}", answers),
                      framework, diagnostics);
    return Summarise(Score(framework, response)).silent_sides;
  };
  EXPECT_EQ(silent_sides("answers:\n  a1: [{by: m1, level: 3}, {by: m2, level: 4}]\n"), 1);
  EXPECT_EQ(silent_sides("answers:\n  a1: [{by: m1, level: 3}, {by: t1, level: 2}]\n"), 0);
}

TEST(SectorGroupByTest, AFreeTextFieldCannotGroup) {
  std::string text = testing::kTinyFramework;
  std::size_t at = text.find("  staff: {type: integer");
  text.insert(at, "  contact: {type: text}\n");
  Framework framework = testing::ParseTestFramework(text);
  try {
    AnalyseSector(framework, {}, GroupedBy({"contact"}, 5));
    FAIL() << "expected a SectorOptionError";
  } catch (const SectorOptionError& error) {
    EXPECT_STREQ(error.what(),
                 "--group-by contact: 'contact' is a free-text field, and a group's name would "
                 "publish what was typed in it; group by a choice field or a banded number "
                 "(fields that can group: sector, staff)");
  }
}

TEST_F(SectorTest, GroupingByAnUnknownFieldIsRefused) {
  std::vector<InstitutionSummary> input = {Make("a", "2025-26", "fe", 300, 2.0)};
  try {
    AnalyseSector(framework_, input, GroupedBy({"region"}, 5));
    FAIL() << "expected a SectorOptionError";
  } catch (const SectorOptionError& error) {
    EXPECT_STREQ(error.what(),
                 "--group-by region: the framework's profile has no field 'region' (it has: "
                 "sector, staff)");
  }
}

}  // namespace
}  // namespace maturity
