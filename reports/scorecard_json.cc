#include "reports/scorecard_json.h"

#include "reports/json_writer.h"

namespace maturity {

namespace {

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
  json.Key("institution");
  json.BeginObject();
  json.Key("id");
  json.String(institution.id);
  json.Key("name");
  json.String(institution.name);
  json.Key("profile");
  json.BeginObject();
  for (const auto& [field, value] : institution.profile) {
    json.Key(field);
    if (value.number) {
      json.Integer(static_cast<long long>(*value.number));
    } else {
      json.String(value.text);
    }
  }
  json.EndObject();
  json.Key("bands");
  json.BeginObject();
  for (const auto& [field, value] : institution.profile) {
    if (value.band.empty()) continue;
    json.Key(field);
    json.String(value.band);
  }
  json.EndObject();
  json.EndObject();
}

void WriteAnswer(JsonWriter& json, const Rating& rating) {
  const Answer& answer = *rating.answer;
  json.BeginObject();
  json.Key("by");
  json.String(answer.by);
  json.Key("perspective");
  json.String(rating.respondent->perspective);
  json.Key("level");
  json.Integer(rating.level);
  if (answer.value) {
    json.Key("value");
    json.Number(*answer.value);
  }
  if (answer.checked) {
    json.Key("checked");
    json.BeginArray();
    for (const std::string& item : *answer.checked) json.String(item);
    json.EndArray();
  }
  if (answer.not_applicable) {
    json.Key("not_applicable");
    json.Bool(true);
    json.Key("reason");
    json.String(answer.reason);
  }
  json.Key("evidence");
  json.BeginArray();
  for (const std::string& item : answer.evidence) json.String(item);
  json.EndArray();
  if (!answer.note.empty()) {
    json.Key("note");
    json.String(answer.note);
  }
  json.Key("unevidenced");
  json.Bool(rating.unevidenced);
  json.EndObject();
}

void WriteElement(JsonWriter& json, const ElementScore& score) {
  const Element& element = *score.element;
  json.BeginObject();
  json.Key("id");
  json.String(element.id);
  json.Key("dimension");
  json.String(score.dimension_id);
  json.Key("title");
  json.String(element.title.Default());
  json.Key("kind");
  json.String(KindName(element.kind));
  json.Key("weight");
  json.Number(element.weight);
  json.Key("applicable");
  json.Bool(score.applicable);
  json.Key("score");
  json.Number(score.score);
  json.Key("level");
  json.Integer(score.level);
  json.Key("percent");
  json.Number(score.percent);
  json.Key("target");
  json.Number(score.target);
  json.Key("gap");
  json.Number(score.gap);
  json.Key("priority");
  json.Number(score.gap ? std::optional<double>(score.priority) : std::nullopt);
  json.Key("divergence");
  json.Number(score.divergence);
  json.Key("by_perspective");
  json.BeginObject();
  for (const PerspectiveScore& entry : score.by_perspective) {
    json.Key(entry.perspective);
    json.Number(entry.score);
  }
  json.EndObject();
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

}  // namespace

void WriteScorecardJson(const Scorecard& card, std::ostream& out) {
  const Framework& framework = *card.framework;
  JsonWriter json(out);
  json.BeginObject();
  json.Key("framework");
  json.BeginObject();
  json.Key("id");
  json.String(framework.id);
  json.Key("version");
  json.String(framework.version);
  json.Key("title");
  json.String(framework.title.Default());
  json.Key("scale");
  json.BeginObject();
  json.Key("lowest");
  json.Integer(static_cast<long long>(framework.lowest_level()));
  json.Key("highest");
  json.Integer(static_cast<long long>(framework.highest_level()));
  json.EndObject();
  json.EndObject();
  WriteInstitution(json, card);
  json.Key("period");
  json.String(card.response->period);
  json.Key("jointly_agreed");
  json.Bool(card.jointly_agreed);
  json.Key("sign_off");
  json.BeginArray();
  for (const SignOff& entry : card.response->sign_off) {
    json.BeginObject();
    json.Key("perspective");
    json.String(entry.perspective);
    json.Key("name");
    json.String(entry.name);
    json.Key("date");
    json.String(entry.date);
    json.EndObject();
  }
  json.EndArray();

  json.Key("overall");
  json.BeginObject();
  json.Key("score");
  json.Number(card.overall.score);
  json.Key("level");
  json.Integer(card.overall.level);
  json.Key("percent");
  json.Number(card.overall.percent);
  json.Key("completeness");
  json.Number(card.overall.completeness);
  json.Key("target");
  json.Number(card.overall.target);
  json.Key("by_perspective");
  WritePerspectives(json, card.overall.by_perspective);
  json.Key("divergence");
  json.Number(card.overall.divergence);
  json.EndObject();

  json.Key("dimensions");
  json.BeginArray();
  for (const DimensionScore& dimension : card.dimensions) {
    json.BeginObject();
    json.Key("id");
    json.String(dimension.dimension->id);
    json.Key("title");
    json.String(dimension.dimension->title.Default());
    json.Key("parent");
    if (dimension.parent_id.empty()) {
      json.Null();
    } else {
      json.String(dimension.parent_id);
    }
    json.Key("weight");
    json.Number(dimension.dimension->weight);
    json.Key("score");
    json.Number(dimension.score);
    json.Key("level");
    json.Integer(dimension.level);
    json.Key("percent");
    json.Number(dimension.percent);
    json.Key("completeness");
    json.Number(dimension.completeness);
    json.Key("target");
    json.Number(dimension.target);
    json.Key("gap");
    json.Number(dimension.gap);
    json.Key("by_perspective");
    WritePerspectives(json, dimension.by_perspective);
    json.Key("divergence");
    json.Number(dimension.divergence);
    json.EndObject();
  }
  json.EndArray();

  json.Key("elements");
  json.BeginArray();
  for (const ElementScore& element : card.elements) WriteElement(json, element);
  json.EndArray();

  json.Key("gaps");
  json.BeginArray();
  for (const Gap& gap : card.gaps) {
    const ElementScore& element = card.elements[gap.element_index];
    json.BeginObject();
    json.Key("element");
    json.String(element.element->id);
    json.Key("dimension");
    json.String(element.dimension_id);
    json.Key("gap");
    json.Number(gap.gap);
    json.Key("priority");
    json.Number(gap.priority);
    json.Key("divergence");
    json.Number(element.divergence);
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
}

}  // namespace maturity
