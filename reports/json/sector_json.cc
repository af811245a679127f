#include "reports/json/sector_json.h"

#include <algorithm>

#include "engine/benchmark.h"
#include "reports/json/json_writer.h"

namespace maturity {

namespace {

/// n, min, quartiles, max, mean and levels, as fields of the object being written; min
/// and max only when `extremes` (each is one institution's value).
void WriteStatisticsFields(JsonWriter& json, const std::optional<Statistics>& statistics,
                           bool extremes = true) {
  json.IntegerField("n", statistics ? statistics->n : 0);
  if (!statistics) return;
  if (extremes) json.NumberField("min", statistics->min);
  json.NumberFields(
      {{"q1", statistics->q1}, {"median", statistics->median}, {"q3", statistics->q3}});
  if (extremes) json.NumberField("max", statistics->max);
  json.NumberField("mean", statistics->mean);
  json.ObjectField("levels", [&] {
    for (const auto& [level, count] : statistics->levels)
      json.IntegerField(std::to_string(level), count);
  });
}

void WriteStatistics(JsonWriter& json, const std::optional<Statistics>& statistics,
                     bool extremes = true) {
  json.BeginObject();
  WriteStatisticsFields(json, statistics, extremes);
  json.EndObject();
}

void WriteDimensions(JsonWriter& json, const Distribution& distribution, bool extremes = true) {
  json.ObjectsField("dimensions", distribution.dimensions, [&](const DimensionStatistics& row) {
    json.StringField("id", row.dimension->id);
    WriteStatisticsFields(json, row.statistics, extremes);
  });
}

void WriteFrameworkReference(JsonWriter& json, const Framework& framework) {
  json.ObjectField("framework", [&] {
    json.StringField("id", framework.id);
    json.StringField("version", framework.version);
  });
}

/// `groups`: each peer group, as published (min and max only when `extremes`).
void WriteGroups(JsonWriter& json, const std::vector<PeerGroup>& groups, bool extremes) {
  json.ObjectsField("groups", groups, [&](const PeerGroup& group) {
    json.StringField("by", group.by);
    json.StringField("value", group.value);
    json.BoolField("suppressed", group.suppressed);
    if (!group.suppressed) json.IntegerField("n", group.n);
    if (!group.suppressed && group.n > 0) {
      json.Key("overall");
      WriteStatistics(json, group.statistics.overall, extremes);
      WriteDimensions(json, group.statistics, extremes);
    }
  });
}

/// `elements`: the support view.
void WriteElements(JsonWriter& json, const std::vector<ElementView>& elements) {
  json.ObjectsField("elements", elements, [&](const ElementView& view) {
    json.StringField("id", view.element->id);
    json.IntegerField("n", view.n);
    json.NumberFields({{"median", view.median},
                       {"below_target", view.below_target},
                       {"perception_gap", view.perception_gap},
                       {"unevidenced", view.unevidenced}});
  });
}

/// `perceptions`: each side's overall and per dimension, with the median divergence.
void WritePerceptions(JsonWriter& json, const SectorReport& report) {
  const Framework& framework = *report.framework;
  json.ObjectField("perceptions", [&] {
    json.ObjectField("overall", [&] {
      for (std::size_t p = 0; p < framework.perspectives.size(); ++p) {
        json.NumberField(framework.perspectives[p].key, report.perceptions.overall[p]);
      }
    });
    json.ObjectsField("dimensions", report.perceptions.dimensions,
                      [&](const DimensionPerception& row) {
                        json.StringField("id", row.dimension->id);
                        for (std::size_t p = 0; p < framework.perspectives.size(); ++p) {
                          json.NumberField(framework.perspectives[p].key, row.by_perspective[p]);
                        }
                        json.NumberField("median_divergence", row.median_divergence);
                      });
  });
}

/// `periods`, `results` (each institution as published: its code or name) and `trends`.
void WritePeriodsAndResults(JsonWriter& json, const SectorReport& report) {
  const SectorPublication& published = report.published;
  json.ObjectsField("periods", report.periods, [&](const PeriodSummary& period) {
    json.StringField("period", period.period);
    json.IntegerField("institutions", period.institutions);
    json.Key("overall");
    WriteStatistics(json, period.statistics.overall);
    json.NumberFields(
        {{"median_change", period.median_change}, {"mean_change", period.mean_change}});
    json.IntegerField("matched", period.matched);
  });

  json.ObjectsField("results", published.institutions, [&](const PublishedInstitution& row) {
    const InstitutionSummary& institution = *row.institution;
    if (published.anonymised) {
      json.StringField("code", row.name);
    } else {
      json.StringField("id", row.id);
      json.StringField("name", row.name);
    }
    json.NumberFields({{"overall", institution.overall},
                       {"percentile_rank", row.percentile_rank},
                       {"completeness", institution.completeness}});
    json.BoolField("jointly_agreed", institution.jointly_agreed);
    json.ObjectField("dimensions", [&] {
      for (std::size_t d = 0; d < report.dimensions.size(); ++d) {
        json.NumberField(report.dimensions[d].dimension->id, institution.dimensions[d]);
      }
    });
  });

  json.ObjectsField("trends", published.trends, [&](const PublishedTrend& row) {
    if (published.anonymised) {
      json.StringField("code", row.name);
    } else {
      json.StringField("id", row.id);
    }
    json.StringField("from", row.trend->from->period);
    json.StringField("to", row.trend->to->period);
    json.NumberField("change", row.trend->change);
  });
}

/// `agreement` per period, the `wide_perception_gap` line and where it came from, `moderation`
/// flags as published, and the `skipped` files.
void WriteAgreementAndModeration(JsonWriter& json, const SectorReport& report,
                                 const SectorOutputOptions& options) {
  const SectorPublication& published = report.published;
  json.ObjectField("agreement", [&] {
    for (const auto& [period, counts] : report.agreement) {
      json.Key(period);
      json.BeginObject();
      json.IntegerField("agreed", counts.agreed);
      json.IntegerField("not_agreed", counts.not_agreed);
      json.IntegerField("not_signed", counts.not_signed);
      json.EndObject();
    }
  });

  json.ObjectField("wide_perception_gap", [&] {
    json.NumberField("threshold", report.wide_perception_gap);
    json.StringField("from", WideGapSourceName(report.wide_perception_gap_source));
  });
  json.ObjectsField("moderation", published.moderation, [&](const PublishedModeration& row) {
    const Moderation& entry = *row.entry;
    json.StringField("institution", row.reference);
    json.StringField("period", entry.institution->period);
    json.ObjectsField("flags", entry.flags, [&](const RaisedFlag& flag) {
      json.StringField("flag", ModerationFlagName(flag.flag));
      json.NumberField("value", flag.value);
      json.NumberField("threshold", flag.threshold);
    });
  });

  json.ObjectsField("skipped", options.skipped, [&](const SkippedFile& skipped) {
    if (published.names_files) json.StringField("file", skipped.file);
    json.IntegerField("errors", static_cast<int>(skipped.errors.size()));
  });
}

}  // namespace

void WriteSectorJson(const SectorReport& report, const SectorOutputOptions& options,
                     std::ostream& out) {
  const Framework& framework = *report.framework;
  const SectorPublication& published = report.published;
  JsonWriter json(out);
  json.BeginObject();
  WriteFrameworkReference(json, framework);
  json.IntegerField("institutions", report.distinct_institutions);
  json.StringField("period", report.latest_period);
  json.IntegerField("responses_in_period", static_cast<int>(report.current.size()));
  json.IntegerField("jointly_agreed", report.jointly_agreed);
  json.NumberField("mean_completeness", report.mean_completeness);
  json.IntegerField("min_group_size", report.options.min_group_size);
  json.BoolField("anonymised", published.anonymised);
  json.BoolField("institutions_withheld", published.institutions_withheld);
  json.Key("overall");
  WriteStatistics(json, report.statistics.overall);
  if (!report.current.empty()) WriteDimensions(json, report.statistics);

  WriteGroups(json, report.groups, published.group_extremes);
  WriteElements(json, report.elements);
  WritePerceptions(json, report);
  WritePeriodsAndResults(json, report);
  WriteAgreementAndModeration(json, report, options);
  json.EndObject();
}

void WriteBenchmarkJson(const SectorReport& report, std::ostream& out) {
  Benchmark benchmark = MakeBenchmark(report);
  auto write_entry = [&](JsonWriter& json, const BenchmarkEntry* entry, const char* percentiles) {
    WriteStatistics(json, entry ? std::optional(entry->statistics) : std::nullopt);
    json.Key(percentiles);
    json.BeginArray();
    if (entry) {
      for (double value : entry->percentiles) json.Number(value);
    }
    json.EndArray();
  };
  JsonWriter json(out);
  json.BeginObject();
  json.StringField("benchmark", "maturity-sector-benchmark/1");
  WriteFrameworkReference(json, *report.framework);
  json.StringField("period", benchmark.period);
  json.IntegerField("institutions", benchmark.institutions);
  json.Key("overall");
  write_entry(json, report.statistics.overall ? &benchmark.overall : nullptr,
              "overall_percentiles");
  json.ObjectsField("dimensions", report.dimensions, [&](const SectorDimension& row) {
    json.StringField("id", row.dimension->id);
    json.Key("statistics");
    auto found = benchmark.dimensions.find(row.dimension->id);
    write_entry(json, found == benchmark.dimensions.end() ? nullptr : &found->second,
                "percentiles");
  });
  json.EndObject();
}

}  // namespace maturity
