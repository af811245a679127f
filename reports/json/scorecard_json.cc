#include "reports/json/scorecard_json.h"

#include "common/strings.h"
#include "engine/progress.h"
#include "reports/json/json_writer.h"

namespace maturity {

namespace {

/// A text, or null when empty.
void OptionalText(JsonWriter& json, const char* key, const std::string& text) {
  json.Key(key);
  if (text.empty()) {
    json.Null();
  } else {
    json.String(text);
  }
}

/// `as_of` and `actions`: the agreed actions and whether each is overdue.
void WriteActions(JsonWriter& json, const Scorecard& card) {
  OptionalText(json, "as_of", card.as_of);
  json.ObjectsField("actions", card.actions, [&](const ActionReview& review) {
    const AgreedAction& action = *review.action;
    json.StringField("element", action.element);
    json.StringField("action", action.action);
    OptionalText(json, "owner", action.owner);
    OptionalText(json, "due", action.due);
    json.StringField("status", ActionStatusName(action.status));
    json.Key("overdue");
    if (review.overdue) {
      json.Bool(*review.overdue);
    } else {
      json.Null();
    }
    json.NumberField("element_change", review.element_change);
    OptionalText(json, "note", action.note);
  });
}

void WritePerspectives(JsonWriter& json, const PerspectiveScores& scores) {
  json.BeginObject();
  for (const auto& [perspective, score] : scores) {
    if (!score) continue;
    json.Key(perspective);
    json.Number(*score);
  }
  json.EndObject();
}

void WriteInstitution(JsonWriter& json, const Scorecard& card) {
  const Institution& institution = card.response->institution;
  json.ObjectField("institution", [&] {
    json.StringField("id", institution.id);
    json.StringField("name", institution.name);
    json.ObjectField("profile", [&] {
      for (const auto& [field, value] : institution.profile) {
        json.Key(field);
        if (value.number) {
          json.Integer(static_cast<long long>(*value.number));
        } else {
          json.String(value.text);
        }
      }
    });
    json.ObjectField("bands", [&] {
      for (const auto& [field, value] : institution.profile) {
        if (value.band.empty()) continue;
        json.Key(field);
        json.String(value.band);
      }
    });
  });
}

/// `previous_score`, `change` and `previous_by_perspective` (each side's previous score and
/// change) of one item, when a previous period was given.
void WriteChange(JsonWriter& json, const ItemChange* change) {
  if (!change) return;
  json.NumberField("previous_score", change->score.previous);
  json.NumberField("change", change->score.change);
  json.ObjectField("previous_by_perspective", [&] {
    for (const auto& [perspective, side] : change->by_perspective) {
      json.Key(perspective);
      json.BeginObject();
      json.NumberField("score", side.previous);
      json.NumberField("change", side.change);
      json.EndObject();
    }
  });
  json.NumberField("previous_divergence", change->previous_divergence);
}

template <typename Map>
const ItemChange* ChangeFor(const Map* changes, const std::string& id) {
  if (!changes) return nullptr;
  auto found = changes->find(id);
  return found != changes->end() ? &found->second : nullptr;
}

/// The top-level `previous`: which period the changes are measured from; null without one.
void WritePrevious(JsonWriter& json, const Progress* progress) {
  json.Key("previous");
  if (!progress) {
    json.Null();
    return;
  }
  const PeriodScores& previous = progress->previous;
  json.BeginObject();
  json.StringField("period", previous.period);
  json.ObjectField("framework", [&] {
    json.StringField("id", previous.framework_id);
    json.StringField("version", previous.framework_version);
  });
  json.ObjectField("overall", [&] {
    json.NumberField("score", previous.overall.score);
    json.IntegerField("level", previous.overall_level);
  });
  json.ObjectField("renamed_elements", [&] {
    for (const auto& [id, old_id] : progress->renamed) {
      json.Key(id);
      json.String(old_id);
    }
  });
  json.Key("dropped_elements");
  json.BeginArray();
  for (const std::string& id : progress->dropped_elements) json.String(id);
  json.EndArray();
  json.EndObject();
}

void WriteAnswer(JsonWriter& json, const Rating& rating) {
  const Answer& answer = *rating.answer;
  json.BeginObject();
  json.StringField("by", answer.by);
  json.StringField("perspective", rating.respondent->perspective);
  json.IntegerField("level", rating.level);
  if (answer.value) {
    json.NumberField("value", *answer.value);
  }
  if (answer.checked) {
    json.Key("checked");
    json.BeginArray();
    for (const std::string& item : *answer.checked) json.String(item);
    json.EndArray();
  }
  if (answer.not_applicable) {
    json.BoolField("not_applicable", true);
    json.StringField("reason", answer.reason);
  }
  json.Key("evidence");
  json.BeginArray();
  for (const std::string& item : answer.evidence) json.String(item);
  json.EndArray();
  if (!answer.note.empty()) {
    json.StringField("note", answer.note);
  }
  json.BoolField("unevidenced", rating.unevidenced);
  json.EndObject();
}

void WriteElement(JsonWriter& json, const ElementScore& score, const Progress* progress) {
  const Element& element = *score.element;
  json.BeginObject();
  json.StringField("id", element.id);
  json.StringField("dimension", score.dimension_id);
  json.StringField("title", element.title.Default());
  json.StringField("kind", KindName(element.kind));
  json.NumberField("weight", element.weight);
  json.BoolField("applicable", score.applicable);
  json.NumberField("score", score.score);
  json.IntegerField("level", score.level);
  json.NumberFields({{"percent", score.percent},
                     {"target", score.target},
                     {"gap", score.gap},
                     {"priority", score.gap ? std::optional<double>(score.priority) : std::nullopt},
                     {"divergence", score.divergence}});
  WriteChange(json, ChangeFor(progress ? &progress->elements : nullptr, element.id));
  json.ObjectField("by_perspective", [&] {
    for (const PerspectiveScore& entry : score.by_perspective) {
      json.Key(entry.perspective);
      json.Number(entry.score);
    }
  });
  json.Key("flags");
  json.BeginArray();
  for (Flag flag : score.flags) json.String(FlagName(flag));
  json.EndArray();
  json.Key("answers");
  json.BeginArray();
  for (const Rating& rating : score.ratings) WriteAnswer(json, rating);
  json.EndArray();
  json.EndObject();
}

void WritePosition(JsonWriter& json, const BenchmarkPosition& position) {
  json.NumberFields({{"median", position.median},
                     {"q1", position.q1},
                     {"q3", position.q3},
                     {"percentile", position.percentile}});
}

void WriteBenchmark(JsonWriter& json, const Scorecard& card, const BenchmarkComparison& benchmark) {
  json.ObjectField("benchmark", [&] {
    json.StringField("period", benchmark.period);
    json.IntegerField("institutions", benchmark.institutions);
    json.ObjectField("overall", [&] { WritePosition(json, benchmark.overall); });
    json.Key("dimensions");
    json.BeginArray();
    for (std::size_t d = 0; d < card.dimensions.size(); ++d) {
      if (!benchmark.dimensions[d]) continue;
      json.BeginObject();
      json.StringField("id", card.dimensions[d].dimension->id);
      WritePosition(json, *benchmark.dimensions[d]);
      json.EndObject();
    }
    json.EndArray();
  });
}

/// `framework`: what scored it, and its scale.
void WriteFrameworkHeader(JsonWriter& json, const Framework& framework) {
  json.ObjectField("framework", [&] {
    json.StringField("id", framework.id);
    json.StringField("version", framework.version);
    json.StringField("title", framework.title.Default());
    json.ObjectField("scale", [&] {
      json.Key("lowest");
      json.Integer(static_cast<long long>(framework.lowest_level()));
      json.Key("highest");
      json.Integer(static_cast<long long>(framework.highest_level()));
    });
  });
}

/// `sign_off`: each side's signature as given.
void WriteSignOff(JsonWriter& json, const Scorecard& card) {
  json.ObjectsField("sign_off", card.response->sign_off, [&](const SignOff& entry) {
    json.StringField("perspective", entry.perspective);
    json.StringField("name", entry.name);
    json.StringField("date", entry.date);
    json.BoolField("agreed", entry.agreed);
    OptionalText(json, "statement", entry.statement);
  });
}

/// `overall` and `dimensions`, each with its change since the previous period.
void WriteOverallAndDimensions(JsonWriter& json, const Scorecard& card) {
  json.ObjectField("overall", [&] {
    json.NumberField("score", card.overall.score);
    json.IntegerField("level", card.overall.level);
    json.NumberFields(
        {{"percent", card.overall.percent}, {"completeness", card.overall.completeness}});
    json.BoolField("provisional", card.overall.provisional);
    json.NumberField("target", card.overall.target);
    json.Key("by_perspective");
    WritePerspectives(json, card.overall.by_perspective);
    json.NumberField("divergence", card.overall.divergence);
    WriteChange(json, card.progress ? &card.progress->overall : nullptr);
  });

  json.ObjectsField("dimensions", card.dimensions, [&](const DimensionScore& dimension) {
    json.StringField("id", dimension.dimension->id);
    json.StringField("title", dimension.dimension->title.Default());
    json.Key("parent");
    if (dimension.parent_id.empty()) {
      json.Null();
    } else {
      json.String(dimension.parent_id);
    }
    json.NumberField("weight", dimension.dimension->weight);
    json.NumberField("score", dimension.score);
    json.IntegerField("level", dimension.level);
    json.NumberFields({{"percent", dimension.percent},
                       {"completeness", dimension.completeness},
                       {"target", dimension.target},
                       {"gap", dimension.gap}});
    json.Key("by_perspective");
    WritePerspectives(json, dimension.by_perspective);
    json.NumberField("divergence", dimension.divergence);
    WriteChange(json, ChangeFor(card.progress ? &card.progress->dimensions : nullptr,
                                dimension.dimension->id));
  });
}

/// `gaps`: the elements below target in the engine's order, each with its next step.
void WriteGaps(JsonWriter& json, const Scorecard& card, const std::string& language) {
  json.ObjectsField("gaps", card.gaps, [&](const Gap& gap) {
    const ElementScore& element = card.elements[gap.element_index];
    json.StringField("element", element.element->id);
    json.StringField("dimension", element.dimension_id);
    json.NumberField("gap", gap.gap);
    json.NumberField("priority", gap.priority);
    json.NumberField("divergence", element.divergence);
    json.Key("next_action");
    if (element.next_action) {
      std::vector<std::string> lines;
      for (const Text& action : *element.next_action->actions) lines.push_back(action.In(language));
      json.BeginObject();
      json.IntegerField("level", element.next_action->level);
      json.StringField("text", Join(lines, "\n"));
      json.EndObject();
    } else {
      json.Null();
    }
  });
}

}  // namespace

void WriteScorecardJson(const Scorecard& card, std::ostream& out,
                        const BenchmarkComparison* benchmark, const std::string& language) {
  JsonWriter json(out);
  json.BeginObject();
  WriteFrameworkHeader(json, *card.framework);
  WriteInstitution(json, card);
  json.StringField("period", card.response->period);
  json.BoolField("jointly_agreed", card.jointly_agreed);
  json.BoolField("draft", card.draft);
  WriteSignOff(json, card);
  WriteActions(json, card);
  WritePrevious(json, card.progress);
  WriteOverallAndDimensions(json, card);
  json.Key("elements");
  json.BeginArray();
  for (const ElementScore& element : card.elements) WriteElement(json, element, card.progress);
  json.EndArray();
  WriteGaps(json, card, language);
  if (benchmark) WriteBenchmark(json, card, *benchmark);
  json.EndObject();
}

}  // namespace maturity
