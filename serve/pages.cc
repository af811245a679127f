#include "serve/pages.h"

#include <algorithm>
#include <sstream>

#include "common/messages.h"
#include "common/numbers.h"
#include "common/strings.h"
#include "engine/progress.h"
#include "engine/scoring.h"
#include "reports/html/html.h"
#include "reports/presentation.h"

namespace maturity {

namespace {

using Attributes = Html::Attributes;

/// The language a page switches to, and its name in itself.
std::string OtherLanguage(const std::string& language) { return language == "cy" ? "en" : "cy"; }

/// Opens the document: head with the style sheet and the script, the header with the
/// language switch (a form, so that it carries the session's token), and <main>.
void OpenPage(Html& html, const std::string& language, const std::string& title,
              const PageContext* context) {
  const Messages& words = Messages::For(language);
  html.Open("html", {{"lang", language}});
  html.Open("head");
  html.Empty("meta", {{"charset", "utf-8"}});
  html.Empty("meta", {{"name", "viewport"}, {"content", "width=device-width, initial-scale=1"}});
  html.Element("title", title);
  html.Empty("link", {{"rel", "stylesheet"}, {"href", "/static/form.css"}});
  html.Open("script", {{"src", "/static/form.js"}, {"defer", "defer"}});
  html.Close("script");
  html.Close("head");
  html.Line();
  html.Open("body");
  html.Open("header", {{"class", "site"}});
  html.Element("p", words("serve.site"), {{"class", "site-name"}});
  if (context) {
    std::string other = OtherLanguage(language);
    html.Open("form", {{"method", "post"}, {"action", "/language"}, {"class", "language"}});
    html.Empty("input", {{"type", "hidden"}, {"name", "csrf"}, {"value", context->csrf}});
    html.Empty("input", {{"type", "hidden"}, {"name", "to"}, {"value", other}});
    html.Empty("input", {{"type", "hidden"}, {"name", "back"}, {"value", context->path}});
    html.Element("button", Messages::For(other)("serve.language_name"),
                 {{"type", "submit"}, {"lang", other}});
    html.Close("form");
  }
  html.Close("header");
  html.Line();
  html.Open("main", {{"id", "main"}});
}

std::string ClosePage(Html& html, std::ostringstream& out) {
  html.Close("main");
  html.Close("body");
  html.Close("html");
  return "<!DOCTYPE html>\n" + out.str() + "\n";
}

void Hidden(Html& html, const std::string& name, const std::string& value) {
  html.Empty("input", {{"type", "hidden"}, {"name", name}, {"value", value}});
}

std::string ProgressText(const Messages& words, const AnswerProgress& progress) {
  return words("serve.progress",
               {std::to_string(progress.answered), std::to_string(progress.applicable)});
}

/// The id of the message shown beside a field, for aria-describedby.
std::string ErrorId(const std::string& element, const std::string& field) {
  return "error-" + field + "-" + element;
}

bool ProblemOn(const ShownAnswer* shown, AnswerPart part) {
  if (!shown) return false;
  for (const AnswerProblem& problem : shown->problems) {
    if (problem.part == part) return true;
  }
  return false;
}

/// The messages about `part`, in a paragraph with id ErrorId (none when there is none).
void FieldErrors(Html& html, const std::string& language, const Framework& framework,
                 const Element& element, const ShownAnswer* shown, AnswerPart part,
                 const std::string& field) {
  if (!ProblemOn(shown, part)) return;
  html.Open("p", {{"class", "error"}, {"id", ErrorId(element.id, field)}});
  bool first = true;
  for (const AnswerProblem& problem : shown->problems) {
    if (problem.part != part) continue;
    if (!first) html.Text(" ");
    first = false;
    html.Text(ProblemText(language, framework, element, problem));
  }
  html.Close("p");
}

/// The attributes of a control, with aria-invalid and aria-describedby when a problem is
/// on its part.
Attributes Control(Attributes attributes, const ShownAnswer* shown, AnswerPart part,
                   const std::string& element, const std::string& field, bool disabled) {
  if (ProblemOn(shown, part)) {
    attributes.emplace_back("aria-invalid", "true");
    attributes.emplace_back("aria-describedby", ErrorId(element, field));
  }
  if (disabled) attributes.emplace_back("disabled", "disabled");
  return attributes;
}

void LevelChoices(Html& html, const std::string& language, const Framework& framework,
                  const Element& element, const ShownAnswer* shown, bool locked) {
  const Messages& words = Messages::For(language);
  std::string name = "level." + element.id;
  html.Open("fieldset", {{"class", "levels"}});
  html.Element("legend", words("serve.choose_level"));
  FieldErrors(html, language, framework, element, shown, AnswerPart::kLevel, "level");
  for (const ScaleLevel& level : framework.scale) {
    std::string id = "level-" + std::to_string(level.level) + "-" + element.id;
    Attributes attributes{{"type", "radio"}, {"name", name},
                          {"value", std::to_string(level.level)}, {"id", id}};
    if (shown && shown->answer.level == level.level) attributes.emplace_back("checked", "checked");
    html.Open("div", {{"class", "choice"}});
    html.Empty("input", Control(attributes, shown, AnswerPart::kLevel, element.id, "level", locked));
    html.Open("label", {{"for", id}});
    html.Element("strong", std::to_string(level.level) + " " + level.label.In(language));
    auto descriptor = element.levels.find(level.level);
    if (descriptor != element.levels.end()) {
      html.Text(" ");
      html.Text(descriptor->second.In(language));
    }
    html.Close("label");
    html.Close("div");
  }
  html.Close("fieldset");
}

void MeasureInput(Html& html, const std::string& language, const Framework& framework,
                  const Element& element, const Measure& measure, const ShownAnswer* shown,
                  bool locked) {
  const Messages& words = Messages::For(language);
  std::string id = "value-" + element.id;
  std::string label = words("serve.value");
  std::string unit = measure.unit.In(language);
  if (!unit.empty()) label += " (" + unit + ")";
  if (measure.min && measure.max) {
    label += ": " + words("serve.range", {FormatNumber(*measure.min), FormatNumber(*measure.max)});
  }
  html.Element("label", label, {{"for", id}});
  FieldErrors(html, language, framework, element, shown, AnswerPart::kValue, "value");
  std::string value;
  if (shown) value = !shown->value_text.empty() ? shown->value_text
                     : shown->answer.value    ? FormatNumber(*shown->answer.value)
                                              : "";
  Attributes attributes{{"type", "number"}, {"step", "any"}, {"name", "value." + element.id},
                        {"id", id},         {"value", value}, {"inputmode", "decimal"}};
  if (measure.min) attributes.emplace_back("min", FormatNumber(*measure.min));
  if (measure.max) attributes.emplace_back("max", FormatNumber(*measure.max));
  html.Empty("input", Control(attributes, shown, AnswerPart::kValue, element.id, "value", locked));
}

void ChecklistChoices(Html& html, const std::string& language, const Framework& framework,
                      const Element& element, const Checklist& checklist,
                      const ShownAnswer* shown, bool locked) {
  const Messages& words = Messages::For(language);
  html.Open("fieldset", {{"class", "checklist"}});
  html.Element("legend", words("serve.in_place"));
  FieldErrors(html, language, framework, element, shown, AnswerPart::kChecked, "checked");
  for (const ChecklistItem& item : checklist.items) {
    std::string id = "checked-" + item.key + "-" + element.id;
    Attributes attributes{
        {"type", "checkbox"}, {"name", "checked." + element.id}, {"value", item.key}, {"id", id}};
    if (shown && shown->answer.checked) {
      for (const std::string& key : *shown->answer.checked) {
        if (key == item.key) attributes.emplace_back("checked", "checked");
      }
    }
    html.Open("div", {{"class", "choice"}});
    html.Empty("input",
               Control(attributes, shown, AnswerPart::kChecked, element.id, "checked", locked));
    html.Element("label", item.text.In(language), {{"for", id}});
    html.Close("div");
  }
  // "None of these" is an answer too; leaving every box empty is not answering yet.
  std::string none_id = "none-" + element.id;
  Attributes none{{"type", "checkbox"}, {"name", "none." + element.id}, {"value", "1"},
                  {"id", none_id}};
  if (shown && shown->answer.checked && shown->answer.checked->empty()) {
    none.emplace_back("checked", "checked");
  }
  html.Open("div", {{"class", "choice"}});
  html.Empty("input", Control(none, shown, AnswerPart::kChecked, element.id, "checked", locked));
  html.Element("label", words("serve.none_in_place"), {{"for", none_id}});
  html.Close("div");
  html.Close("fieldset");
}

void TextFields(Html& html, const std::string& language, const Framework& framework,
                const Element& element, const ShownAnswer* shown, bool locked) {
  const Messages& words = Messages::For(language);
  const Answer* answer = shown ? &shown->answer : nullptr;
  std::string na_id = "na-" + element.id;
  html.Open("div", {{"class", "choice not-applicable"}});
  Attributes na{{"type", "checkbox"}, {"name", "na." + element.id}, {"value", "1"}, {"id", na_id}};
  if (answer && answer->not_applicable) na.emplace_back("checked", "checked");
  html.Empty("input", Control(na, shown, AnswerPart::kWhole, element.id, "answer", locked));
  html.Element("label", words("serve.not_applicable"), {{"for", na_id}});
  html.Close("div");
  std::string reason_id = "reason-" + element.id;
  html.Element("label", words("serve.reason"), {{"for", reason_id}});
  FieldErrors(html, language, framework, element, shown, AnswerPart::kReason, "reason");
  html.Empty("input", Control({{"type", "text"},
                               {"name", "reason." + element.id},
                               {"id", reason_id},
                               {"value", answer ? answer->reason : ""}},
                              shown, AnswerPart::kReason, element.id, "reason", locked));

  std::string evidence_id = "evidence-" + element.id;
  html.Element("label", words("serve.evidence"), {{"for", evidence_id}});
  html.Element("p", words("serve.evidence_hint"),
               {{"class", "hint"}, {"id", "hint-evidence-" + element.id}});
  FieldErrors(html, language, framework, element, shown, AnswerPart::kEvidence, "evidence");
  Attributes evidence{{"name", "evidence." + element.id}, {"id", evidence_id}, {"rows", "3"}};
  evidence = Control(evidence, shown, AnswerPart::kEvidence, element.id, "evidence", locked);
  if (!ProblemOn(shown, AnswerPart::kEvidence)) {
    evidence.emplace_back("aria-describedby", "hint-evidence-" + element.id);
  }
  html.Element("textarea", answer ? Join(answer->evidence, "\n") : "", evidence);

  std::string note_id = "note-" + element.id;
  html.Element("label", words("serve.note"), {{"for", note_id}});
  Attributes note{{"name", "note." + element.id}, {"id", note_id}, {"rows", "2"}};
  if (locked) note.emplace_back("disabled", "disabled");
  html.Element("textarea", answer ? answer->note : "", note);
}

void ElementFieldset(Html& html, const std::string& language, const Framework& framework,
                     const FormElement& entry, const ShownAnswer* shown, bool locked) {
  const Messages& words = Messages::For(language);
  const Element& element = *entry.element;
  html.Open("fieldset", {{"class", "element"}, {"id", "element-" + element.id}});
  html.Element("legend", element.title.In(language));
  if (!element.prompt.empty()) html.Element("p", element.prompt.In(language), {{"class", "prompt"}});
  if (!element.guidance.empty()) {
    html.Element("p", element.guidance.In(language), {{"class", "guidance"}});
  }
  Hidden(html, "v." + element.id, std::to_string(shown ? shown->version : 0));
  if (shown && shown->stale) html.Element("p", words("serve.stale"), {{"class", "error"}});
  if (shown && shown->draft) html.Element("p", words("serve.draft"), {{"class", "warning"}});
  FieldErrors(html, language, framework, element, shown, AnswerPart::kWhole, "answer");
  if (const Measure* measure = element.measure()) {
    MeasureInput(html, language, framework, element, *measure, shown, locked);
  } else if (const Checklist* checklist = element.checklist()) {
    ChecklistChoices(html, language, framework, element, *checklist, shown, locked);
  } else {
    LevelChoices(html, language, framework, element, shown, locked);
  }
  TextFields(html, language, framework, element, shown, locked);
  html.Close("fieldset");
  html.Line();
}

void FormNoticeBox(Html& html, const Messages& words, const RespondentForm& form,
                   const FormPageState& state) {
  std::string text;
  std::string kind = "notice";
  switch (state.notice) {
    case FormNotice::kNone:
      return;
    case FormNotice::kSaved:
      text = words("serve.notice.saved");
      break;
    case FormNotice::kProblems:
      html.Open("div", {{"class", "notice error-summary"}, {"role", "alert"}, {"id", "notice"}});
      html.Element("p", words("serve.notice.problems"));
      html.Open("ul");
      for (const auto& [id, shown] : state.shown) {
        if (shown.problems.empty() && !shown.stale) continue;
        html.Open("li");
        std::string title = id;
        for (const FormDimension& dimension : form.dimensions) {
          for (const FormElement& entry : dimension.elements) {
            if (entry.element->id == id) title = entry.element->title.In(words.language());
          }
        }
        html.Element("a", title, {{"href", "#element-" + id}});
        html.Close("li");
      }
      html.Close("ul");
      html.Close("div");
      return;
    case FormNotice::kSubmitted:
      text = words("serve.notice.submitted", {form.respondent.submitted_at.substr(0, 10)});
      break;
    case FormNotice::kDrafts:
      text = words("serve.notice.drafts", {Join(state.names, ", ")});
      kind = "notice error-summary";
      break;
    case FormNotice::kLocked:
      text = words("serve.notice.locked");
      kind = "notice error-summary";
      break;
    case FormNotice::kClosed:
      text = words("serve.notice.closed");
      break;
  }
  html.Element("p", text, {{"class", kind}, {"role", "status"}, {"id", "notice"}});
}

}  // namespace

std::string ProblemText(const std::string& language, const Framework& framework,
                        const Element& element, const AnswerProblem& problem) {
  const Messages& words = Messages::For(language);
  switch (problem.rule) {
    case AnswerRule::kNoAnswer:
      return words("serve.draft");
    case AnswerRule::kNotApplicableWithAnswer:
      return words("serve.problem.both");
    case AnswerRule::kNotApplicableWithoutReason:
      return words("serve.problem.reason_needed");
    case AnswerRule::kReasonWithoutNotApplicable:
      return words("serve.problem.reason_without");
    case AnswerRule::kAnswerOfAnotherKind:
    case AnswerRule::kLevelOffScale:
      return words("serve.problem.level", {std::to_string(framework.lowest_level()),
                                           std::to_string(framework.highest_level())});
    case AnswerRule::kValueOutOfRange: {
      const Measure* measure = element.measure();
      if (measure && measure->min && measure->max) {
        return words("serve.problem.range",
                     {FormatNumber(*measure->min), FormatNumber(*measure->max)});
      }
      if (measure && measure->min) return words("serve.problem.min", {FormatNumber(*measure->min)});
      if (measure && measure->max) return words("serve.problem.max", {FormatNumber(*measure->max)});
      return words("serve.problem.number");
    }
    case AnswerRule::kUnknownChecklistItem:
    case AnswerRule::kChecklistItemTwice:
      return words("serve.problem.item");
    case AnswerRule::kBlankEvidence:
      return words("serve.problem.evidence", {std::to_string(problem.index + 1)});
  }
  return problem.message;
}

std::string RespondentPage(const PageContext& context, const Visitor& visitor,
                           const RespondentForm& form, const FormPageState& state) {
  const std::string& language = context.language;
  const Messages& words = Messages::For(language);
  const Framework& framework = *visitor.framework;
  std::ostringstream out;
  Html html(out);
  const FormDimension* dimension =
      form.dimensions.empty() ? nullptr
                              : &form.dimensions[std::min(state.dimension, form.dimensions.size() - 1)];
  std::string title = words("serve.form.heading");
  if (dimension) title += ": " + dimension->dimension->title.In(language);
  OpenPage(html, language, title + " – " + visitor.assessment.institution_name, &context);

  html.Element("h1", title);
  const Perspective* side = framework.FindPerspective(visitor.link.perspective);
  html.Element("p",
               words("serve.form.intro",
                     {visitor.assessment.institution_name, visitor.assessment.period,
                      framework.title.In(language), side ? side->label.In(language) : ""}),
               {{"class", "intro"}});
  FormNoticeBox(html, words, form, state);
  if (visitor.signatory && visitor.closed()) {
    html.Open("p");
    html.Element("a", words("serve.coord.to_review"), {{"href", "/review"}, {"class", "button"}});
    html.Close("p");
  }
  html.Element("p", words("serve.overall") + " " + ProgressText(words, form.progress),
               {{"class", "progress"}, {"id", "progress"}});

  html.Open("nav", {{"aria-label", words("serve.dimensions")}});
  html.Open("ol", {{"class", "dimensions"}});
  for (std::size_t i = 0; i < form.dimensions.size(); ++i) {
    const FormDimension& entry = form.dimensions[i];
    if (entry.elements.empty()) continue;
    html.Open("li");
    Attributes link{{"href", "/form?d=" + std::to_string(i)}};
    if (&entry == dimension) link.emplace_back("aria-current", "page");
    html.Open("a", link);
    html.Text(entry.dimension->title.In(language));
    html.Close("a");
    html.Text(" ");
    html.Element("span", ProgressText(words, entry.progress), {{"class", "count"}});
    html.Close("li");
  }
  html.Close("ol");
  html.Close("nav");

  bool locked = form.submitted || visitor.closed();
  if (dimension && !dimension->elements.empty()) {
    // novalidate: the server checks every answer and says what is wrong in the page's
    // language, beside the field (a browser's own bubble would speak the browser's).
    html.Open("form", {{"method", "post"},
                       {"action", "/form"},
                       {"id", "answers"},
                       {"novalidate", "novalidate"},
                       {"data-saving", words("serve.autosave.saving")},
                       {"data-saved", words("serve.autosave.saved")},
                       {"data-failed", words("serve.autosave.failed")}});
    Hidden(html, "csrf", context.csrf);
    Hidden(html, "d", std::to_string(state.dimension));
    if (!dimension->dimension->description.empty()) {
      html.Element("p", dimension->dimension->description.In(language), {{"class", "about"}});
    }
    for (const FormElement& entry : dimension->elements) {
      auto shown = state.shown.find(entry.element->id);
      ElementFieldset(html, language, framework, entry,
                      shown == state.shown.end() ? nullptr : &shown->second, locked);
    }
    if (!locked) {
      html.Open("div", {{"class", "buttons"}});
      html.Element("button", words("serve.save"),
                   {{"type", "submit"}, {"name", "go"}, {"value", "stay"}});
      if (state.dimension + 1 < form.dimensions.size()) {
        html.Element("button", words("serve.save_next"),
                     {{"type", "submit"}, {"name", "go"}, {"value", "next"}});
      }
      html.Element("span", "", {{"class", "autosave"}, {"id", "autosave"}, {"aria-live", "polite"}});
      html.Close("div");
    }
    html.Close("form");
  }

  if (!locked) {
    html.Open("section", {{"class", "submit"}, {"aria-labelledby", "submit-heading"}});
    html.Element("h2", words("serve.submit_heading"), {{"id", "submit-heading"}});
    html.Element("p", words("serve.submit_intro", {std::to_string(form.progress.answered),
                                                   std::to_string(form.progress.applicable)}));
    html.Open("form", {{"method", "post"}, {"action", "/form/submit"}});
    Hidden(html, "csrf", context.csrf);
    html.Element("button", words("serve.submit"), {{"type", "submit"}});
    html.Close("form");
    html.Close("section");
  }
  return ClosePage(html, out);
}

std::string CoordinatorPage(const PageContext& context, const Visitor& visitor,
                            const CoordinatorView& view, const CoordinatorPageState& state) {
  const std::string& language = context.language;
  const Messages& words = Messages::For(language);
  const Framework& framework = *visitor.framework;
  std::ostringstream out;
  Html html(out);
  auto side_label = [&](const std::string& key) {
    const Perspective* side = framework.FindPerspective(key);
    return side ? side->label.In(language) : key;
  };
  std::string title = words("serve.coord.heading", {side_label(visitor.link.perspective)});
  OpenPage(html, language, title + " – " + visitor.assessment.institution_name, &context);
  html.Element("h1", title);
  html.Element("p", words("serve.coord.intro",
                          {visitor.assessment.institution_name, visitor.assessment.period,
                           framework.title.In(language)}),
               {{"class", "intro"}});
  if (!state.notice.empty()) {
    html.Element("p", state.notice, {{"class", "notice"}, {"role", "status"}, {"id", "notice"}});
  }
  if (state.issued) {
    html.Open("div", {{"class", "issued"}});
    html.Element("p", words("serve.coord.issued", {state.issued->respondent}));
    html.Element("p", state.base_url + "/l/" + state.issued->token,
                 {{"class", "link"}, {"id", "issued-link"}});
    html.Close("div");
  }
  if (visitor.closed()) {
    html.Element("p", words("serve.coord.closed", {view.status.assessment.closed_at.substr(0, 10)}),
                 {{"class", "state"}});
    html.Open("p");
    html.Element("a", words("serve.coord.to_review"), {{"href", "/review"}, {"class", "button"}});
    html.Close("p");
  } else {
    html.Element("p", words("serve.coord.open"), {{"class", "state"}});
  }

  html.Element("h2", words("serve.coord.sides"));
  html.Open("table", {{"class", "sides"}});
  html.Open("thead");
  html.Open("tr");
  for (const char* key : {"serve.col.side", "serve.col.invited", "serve.col.submitted",
                          "serve.col.done"}) {
    std::string name = key;
    Attributes attributes{{"scope", "col"}};
    if (name == "serve.col.invited" || name == "serve.col.submitted") {
      attributes.emplace_back("class", "number");
    }
    html.Element("th", words(MessageKey::Find(key).value()), attributes);
  }
  html.Close("tr");
  html.Close("thead");
  html.Open("tbody");
  for (const SideStatus& side : view.status.sides) {
    html.Open("tr");
    html.Element("th", side_label(side.perspective), {{"scope", "row"}});
    html.Element("td", std::to_string(side.invited), {{"class", "number"}});
    html.Element("td", std::to_string(side.submitted), {{"class", "number"}});
    html.Element("td", side.done_at.empty() ? words("serve.not_yet") : side.done_at.substr(0, 10));
    html.Close("tr");
  }
  html.Close("tbody");
  html.Close("table");

  html.Element("h2", words("serve.coord.your_side"));
  if (view.status.respondents.empty()) {
    html.Element("p", words("serve.coord.none"));
  } else {
    html.Open("table", {{"class", "respondents"}});
    html.Open("thead");
    html.Open("tr");
    for (const char* key : {"serve.col.respondent", "serve.col.name", "serve.col.role",
                            "serve.col.last_saved", "serve.col.submitted", "serve.col.answered",
                            "serve.col.actions"}) {
      html.Element("th", words(MessageKey::Find(key).value()), {{"scope", "col"}});
    }
    html.Close("tr");
    html.Close("thead");
    html.Open("tbody");
    for (const RespondentStatus& status : view.status.respondents) {
      const RespondentRecord& record = status.record;
      html.Open("tr", {{"id", "respondent-" + record.respondent.id}});
      html.Element("th", record.respondent.id, {{"scope", "row"}});
      html.Element("td", record.respondent.name);
      html.Element("td", record.respondent.role);
      html.Element("td", record.last_saved_at.empty() ? words("serve.not_yet")
                                                      : record.last_saved_at.substr(0, 10));
      html.Element("td", !record.revoked_at.empty()    ? words("serve.coord.revoked")
                         : record.submitted_at.empty() ? words("serve.not_yet")
                                                       : record.submitted_at.substr(0, 10));
      html.Element("td", ProgressText(words, status.progress));
      html.Open("td");
      if (record.revoked_at.empty() && !visitor.closed()) {
        auto action = [&](const char* path, MessageKey label) {
          html.Open("form", {{"method", "post"}, {"action", path}, {"class", "inline"}});
          Hidden(html, "csrf", context.csrf);
          Hidden(html, "respondent", record.respondent.id);
          html.Element("button", words(label),
                       {{"type", "submit"},
                        {"aria-label", words(label) + ": " + record.respondent.id}});
          html.Close("form");
        };
        if (!record.submitted_at.empty()) action("/coordinator/reopen", "serve.coord.reopen");
        action("/coordinator/revoke", "serve.coord.revoke");
      }
      html.Close("td");
      html.Close("tr");
    }
    html.Close("tbody");
    html.Close("table");
  }

  if (!visitor.closed()) {
    html.Element("h2", words("serve.coord.invite"));
    html.Open("form", {{"method", "post"}, {"action", "/coordinator/invite"}, {"class", "invite"}});
    Hidden(html, "csrf", context.csrf);
    const std::pair<std::string, MessageKey> fields[] = {
        {"respondent", MessageKey("serve.field.respondent")},
        {"name", MessageKey("serve.field.name")},
        {"role", MessageKey("serve.field.role")}};
    for (const auto& [name, key] : fields) {
      html.Element("label", words(key), {{"for", "invite-" + name}});
      Attributes input{{"type", "text"}, {"name", name}, {"id", "invite-" + name}};
      if (name == "respondent") input.emplace_back("required", "required");
      html.Empty("input", input);
    }
    html.Element("button", words("serve.coord.invite_button"), {{"type", "submit"}});
    html.Close("form");

    html.Element("h2", words("serve.coord.done"));
    bool side_done = false;
    for (const SideStatus& side : view.status.sides) {
      if (side.perspective == visitor.link.perspective && !side.done_at.empty()) side_done = true;
    }
    if (side_done) {
      html.Element("p", words("serve.coord.side_done"));
    } else {
      html.Element("p", words("serve.coord.done_intro"));
      if (!state.waiting.empty()) {
        html.Element("p", words("serve.coord.waiting", {Join(state.waiting, ", ")}),
                     {{"class", "error"}, {"id", "waiting"}});
      }
      html.Open("form", {{"method", "post"}, {"action", "/coordinator/done"}});
      Hidden(html, "csrf", context.csrf);
      if (!state.waiting.empty()) {
        html.Open("div", {{"class", "choice"}});
        html.Empty("input", {{"type", "checkbox"}, {"name", "force"}, {"value", "1"},
                             {"id", "force"}, {"aria-describedby", "waiting"}});
        html.Element("label", words("serve.coord.force"), {{"for", "force"}});
        html.Close("div");
      }
      html.Element("button", words("serve.coord.done_button"), {{"type", "submit"}});
      html.Close("form");
    }
    if (state.mail) {
      html.Element("h2", words("serve.coord.remind"));
      html.Element("p", words("serve.coord.remind_intro"));
      html.Open("form", {{"method", "post"}, {"action", "/coordinator/remind"}});
      Hidden(html, "csrf", context.csrf);
      html.Element("button", words("serve.coord.remind_button"), {{"type", "submit"}});
      html.Close("form");
    }
    html.Element("h2", words("serve.coord.links_csv"));
    html.Element("p", words("serve.coord.links_csv_intro"));
    html.Open("form", {{"method", "post"}, {"action", "/coordinator/links.csv"}});
    Hidden(html, "csrf", context.csrf);
    html.Element("button", words("serve.coord.links_csv_button"), {{"type", "submit"}});
    html.Close("form");
  }

  html.Open("details", {{"class", "audit"}});
  html.Element("summary", words("serve.coord.audit") + " (" + std::to_string(view.audit.size()) + ")");
  html.Open("table", {{"class", "audit"}});
  html.Open("thead");
  html.Open("tr");
  for (MessageKey key : {MessageKey("serve.col.when"), MessageKey("serve.col.who"),
                         MessageKey("serve.col.what")}) {
    html.Element("th", words(key), {{"scope", "col"}});
  }
  html.Close("tr");
  html.Close("thead");
  html.Open("tbody");
  for (const AuditEntry& entry : view.audit) {
    html.Open("tr");
    std::string when = entry.at.size() >= 16 ? entry.at.substr(0, 10) + " " + entry.at.substr(11, 5)
                                              : entry.at;
    html.Element("td", when, {{"class", "when"}});
    // The trail is kept as it was written, in English; shown in the page's language, but
    // for a wording not known (a line of another version), shown as written and marked so.
    AuditLineText shown = AuditLineIn(entry, *visitor.framework, context.language);
    const Attributes as_written{{"lang", "en"}};
    html.Element("td", shown.who.value_or(entry.who), shown.who ? Attributes{} : as_written);
    html.Element("td", shown.what.value_or(entry.what), shown.what ? Attributes{} : as_written);
    html.Close("tr");
  }
  html.Close("tbody");
  html.Close("table");
  html.Close("details");
  return ClosePage(html, out);
}

std::string ConfirmRevokePage(const PageContext& context, const Visitor& visitor,
                              const std::string& respondent) {
  const Messages& words = Messages::For(context.language);
  std::ostringstream out;
  Html html(out);
  std::string title = words("serve.coord.confirm_revoke", {respondent});
  OpenPage(html, context.language, title + " – " + visitor.assessment.institution_name, &context);
  html.Element("h1", title);
  html.Element("p", words("serve.coord.confirm_revoke_text", {respondent}),
               {{"id", "confirm-text"}});
  html.Open("form", {{"method", "post"}, {"action", "/coordinator/revoke"}, {"class", "inline"}});
  Hidden(html, "csrf", context.csrf);
  Hidden(html, "respondent", respondent);
  Hidden(html, "confirm", "1");
  html.Element("button", words("serve.coord.confirm_revoke_button"),
               {{"type", "submit"}, {"aria-describedby", "confirm-text"}});
  html.Close("form");
  html.Element("a", words("serve.coord.confirm_revoke_cancel"),
               {{"href", "/coordinator#respondent-" + respondent}, {"class", "button"}});
  return ClosePage(html, out);
}

std::string MessagePage(const std::string& language, const std::string& title,
                        const std::string& text) {
  std::ostringstream out;
  Html html(out);
  OpenPage(html, language, title, nullptr);
  html.Element("h1", title);
  html.Element("p", text);
  return ClosePage(html, out);
}

std::string BilingualMessagePage(MessageKey title, MessageKey text) {
  const std::vector<std::string>& languages = Messages::Languages();
  std::string heading;
  for (const std::string& language : languages) {
    heading += (heading.empty() ? "" : " / ") + Messages::For(language)(title);
  }
  std::ostringstream out;
  Html html(out);
  OpenPage(html, languages.front(), heading, nullptr);
  for (const std::string& language : languages) {
    html.Open("div", {{"lang", language}});
    html.Element("h1", Messages::For(language)(title));
    html.Element("p", Messages::For(language)(text));
    html.Close("div");
  }
  return ClosePage(html, out);
}

std::string ContinuePage(const std::string& language, const std::string& next) {
  const Messages& words = Messages::For(language);
  std::ostringstream out;
  Html html(out);
  html.Open("html", {{"lang", language}});
  html.Open("head");
  html.Empty("meta", {{"charset", "utf-8"}});
  html.Empty("meta", {{"http-equiv", "refresh"}, {"content", "0; url=" + next}});
  html.Element("title", words("serve.continue.title"));
  html.Empty("link", {{"rel", "stylesheet"}, {"href", "/static/form.css"}});
  html.Close("head");
  html.Open("body");
  html.Open("main");
  html.Element("h1", words("serve.continue.title"));
  html.Open("p");
  html.Element("a", words("serve.continue.link"), {{"href", next}});
  html.Close("p");
  html.Close("main");
  html.Close("body");
  html.Close("html");
  return "<!DOCTYPE html>\n" + out.str() + "\n";
}

const char* const kFormCss = R"(/* maturity serve: the form's style (served as a file: no inline style). */
html { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 100%; color: #1b1b1b; background: #fff; }
body { margin: 0; line-height: 1.5; }
header.site { display: flex; justify-content: space-between; align-items: center; padding: 0.5rem 1rem; background: #0b3d63; color: #fff; }
header.site p { margin: 0; font-weight: bold; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
p, label, legend, blockquote, textarea, .link { overflow-wrap: anywhere; }
h1 { font-size: 1.6rem; line-height: 1.25; }
h2 { font-size: 1.25rem; margin-top: 2rem; }
fieldset.element { border: 1px solid #6b6b6b; border-radius: 4px; margin: 1.5rem 0; padding: 0.5rem 1rem 1rem; }
fieldset.element > legend { font-weight: bold; font-size: 1.15rem; padding: 0 0.25rem; }
fieldset.levels, fieldset.checklist { border: 0; margin: 0.5rem 0; padding: 0; }
fieldset.levels > legend, fieldset.checklist > legend { font-weight: bold; }
.choice { display: flex; gap: 0.5rem; align-items: flex-start; margin: 0.35rem 0; }
.choice input { margin-top: 0.3rem; width: 1.2rem; height: 1.2rem; flex: none; }
label { display: block; margin-top: 0.5rem; }
.choice label { margin-top: 0; }
input[type=text], input[type=number], textarea { display: block; width: 100%; box-sizing: border-box; font: inherit; padding: 0.35rem; border: 1px solid #505050; border-radius: 3px; }
input[aria-invalid=true], textarea[aria-invalid=true] { border: 2px solid #b00020; }
:focus-visible { outline: 3px solid #f5a300; outline-offset: 2px; }
.error { color: #b00020; font-weight: bold; }
.warning { color: #6b4c00; }
.hint, .guidance { color: #4a4a4a; }
.notice { border-left: 5px solid #0b6e3d; background: #eef7f1; padding: 0.5rem 1rem; }
.notice.error-summary { border-left-color: #b00020; background: #fdeeee; }
button { font: inherit; padding: 0.45rem 1rem; border: 2px solid #0b3d63; border-radius: 4px; background: #0b3d63; color: #fff; cursor: pointer; }
header.site button { background: #fff; color: #0b3d63; border-color: #fff; }
.buttons { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; margin: 1rem 0; }
nav ol { padding-left: 1.5rem; }
nav a[aria-current=page] { font-weight: bold; }
.count { color: #4a4a4a; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid #9a9a9a; vertical-align: top; }
td.number, th.number { text-align: right; white-space: nowrap; }
td.when { white-space: nowrap; }
details summary { cursor: pointer; font-weight: bold; margin: 1rem 0; }
blockquote.statement { border-left: 4px solid #6b6b6b; margin: 0.5rem 0 0.5rem 1rem; padding-left: 1rem; }
form.inline { display: inline; }
form.inline button { padding: 0.2rem 0.5rem; margin: 0.1rem; }
.link { font-family: "DejaVu Sans Mono", monospace; background: #f2f2f2; padding: 0.5rem; }
@media print { header.site form, .buttons, section.submit { display: none; } }
)";

const char* const kFormScript = R"(// maturity serve: saves answers as they are given. Every page also works without it.
'use strict';
(function () {
  const form = document.getElementById('answers');
  if (!form || !window.fetch) return;
  const status = document.getElementById('autosave');
  let timer = null;
  let sending = false;
  let again = false;
  function say(text) { if (status) status.textContent = text; }
  async function save() {
    timer = null;
    if (sending) { again = true; return; }
    sending = true;
    say(form.dataset.saving);
    try {
      const response = await fetch('/form/autosave', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json' },
        body: new URLSearchParams(new FormData(form)).toString(),
        credentials: 'same-origin',
      });
      const result = await response.json();
      for (const [element, version] of Object.entries(result.versions || {})) {
        const field = form.elements.namedItem('v.' + element);
        if (field) field.value = String(version);
      }
      say(response.ok && result.ok ? form.dataset.saved : form.dataset.failed);
    } catch (error) {
      say(form.dataset.failed);
    }
    sending = false;
    if (again) { again = false; save(); }
  }
  function later(delay) {
    clearTimeout(timer);
    timer = setTimeout(save, delay);
  }
  // A choice is saved at once; typing, a moment after it pauses; and before the page goes.
  form.addEventListener('change', function () { later(600); });
  form.addEventListener('input', function () { later(1500); });
  window.addEventListener('pagehide', function () {
    if (timer === null) return;
    clearTimeout(timer);
    navigator.sendBeacon('/form/autosave', new URLSearchParams(new FormData(form)));
  });
})();
)";

}  // namespace maturity

namespace maturity {

namespace {

std::string Score2(std::optional<double> value) { return FormatFixed(value, 2, "–"); }

std::string SideLabel(const Framework& framework, const std::string& key,
                      const std::string& language) {
  const Perspective* side = framework.FindPerspective(key);
  return side ? side->label.In(language) : key;
}

/// What one answer says, in words: the level and its label, the value and unit, the items
/// in place, or not applicable with the reason.
std::string AnswerText(const Framework& framework, const Element& element, const Answer& answer,
                       const std::string& language) {
  const Messages& words = Messages::For(language);
  if (answer.not_applicable) return words("serve.not_applicable") + ": " + answer.reason;
  if (answer.level) {
    const ScaleLevel* level = framework.FindLevel(*answer.level);
    return std::to_string(*answer.level) + (level ? " " + level->label.In(language) : "");
  }
  if (answer.value) {
    const Measure* measure = element.measure();
    return FormatNumber(*answer.value) + (measure ? " " + measure->unit.In(language) : "");
  }
  if (answer.checked) {
    std::vector<std::string> texts;
    for (const std::string& key : *answer.checked) {
      std::string text = key;
      if (const Checklist* checklist = element.checklist()) {
        for (const ChecklistItem& item : checklist->items) {
          if (item.key == key) text = item.text.In(language);
        }
      }
      texts.push_back(text);
    }
    return texts.empty() ? words("serve.none_in_place") : Join(texts, "; ");
  }
  return "";
}

/// A table's header row; the columns from `numbers_from` to `numbers_to` (exclusive) hold
/// numbers, their headers right-aligned over them.
void HeaderRow(Html& html, const std::vector<std::string>& headers, std::size_t numbers_from = 0,
               std::size_t numbers_to = 0) {
  html.Open("thead");
  html.Open("tr");
  for (std::size_t i = 0; i < headers.size(); ++i) {
    Attributes attributes{{"scope", "col"}};
    if (i >= numbers_from && i < numbers_to) attributes.emplace_back("class", "number");
    html.Element("th", headers[i], attributes);
  }
  html.Close("tr");
  html.Close("thead");
}

void ScoresTable(Html& html, const Scorecard& card, const std::string& language) {
  const Messages& words = Messages::For(language);
  const Framework& framework = *card.framework;
  std::vector<std::string> headers{words("column.dimension")};
  for (const Perspective& side : framework.perspectives) headers.push_back(side.label.In(language));
  headers.push_back(words("serve.review.both"));
  headers.push_back(words("serve.review.target"));
  html.Open("table", {{"class", "scores"}});
  HeaderRow(html, headers, 1, headers.size());
  html.Open("tbody");
  auto row = [&](const std::string& title, const PerspectiveScores& sides,
                 std::optional<double> both, std::optional<double> target, int depth) {
    html.Open("tr");
    html.Element("th", title, {{"scope", "row"}, {"class", "depth-" + std::to_string(depth)}});
    for (const Perspective& side : framework.perspectives) {
      std::optional<double> score;
      for (const auto& [key, value] : sides) {
        if (key == side.key) score = value;
      }
      html.Element("td", Score2(score), {{"class", "number"}});
    }
    html.Element("td", Score2(both), {{"class", "number"}});
    html.Element("td", Score2(target), {{"class", "number"}});
    html.Close("tr");
  };
  for (const DimensionScore& dimension : card.dimensions) {
    row(dimension.dimension->title.In(language), dimension.by_perspective, dimension.score,
        dimension.target, dimension.depth);
  }
  row(words("serve.review.overall"), card.overall.by_perspective, card.overall.score,
      card.overall.target, 0);
  html.Close("tbody");
  html.Close("table");
}

/// The change since last period for the overall score and every dimension, each side's
/// change and whether the gap between the sides narrowed: the figures of the scorecard's
/// Progress sheet (CompareWithPrevious), shown, never recomputed. Rows carry `data-id`
/// (the dimension's id, or `overall`).
void ProgressTable(Html& html, const Scorecard& card, const std::string& language) {
  const Messages& words = Messages::For(language);
  const Framework& framework = *card.framework;
  const Progress& progress = *card.progress;
  html.Element("p",
               words("scorecard.change_since", {Unbroken(progress.previous.period)}) + ": " +
                   ChangeText(progress.overall.score.change),
               {{"class", "headline"}, {"id", "change-overall"}});
  std::vector<std::string> headers{words("column.dimension"), words("column.previous"),
                                   words("column.this_period"), words("column.change_short")};
  for (const Perspective& side : framework.perspectives) {
    headers.push_back(words("column.side_change", {side.label.In(language)}));
  }
  headers.push_back(words("column.gap_narrowed"));
  html.Open("table", {{"class", "progress"}, {"id", "progress"}});
  HeaderRow(html, headers, 1, headers.size());
  html.Open("tbody");
  auto row = [&](const std::string& id, const std::string& title, const ItemChange& change,
                 std::optional<double> now, int depth) {
    html.Open("tr", {{"data-id", id}});
    html.Element("th", title, {{"scope", "row"}, {"class", "depth-" + std::to_string(depth)}});
    html.Element("td", Score2(change.score.previous), {{"class", "number"}});
    html.Element("td", Score2(now), {{"class", "number"}});
    html.Element("td", ChangeText(change.score.change), {{"class", "number"}});
    for (const Perspective& side : framework.perspectives) {
      auto found = change.by_perspective.find(side.key);
      html.Element(
          "td",
          ChangeText(found == change.by_perspective.end() ? std::nullopt : found->second.change),
          {{"class", "number"}});
    }
    html.Element("td", !change.gap_narrowed   ? std::string("–")
                       : *change.gap_narrowed ? words("scorecard.progress.narrowed")
                                              : words("scorecard.progress.not_narrowed"));
    html.Close("tr");
  };
  for (const DimensionScore& dimension : card.dimensions) {
    auto change = progress.dimensions.find(dimension.dimension->id);
    if (change == progress.dimensions.end()) continue;
    row(dimension.dimension->id, dimension.dimension->title.In(language), change->second,
        dimension.score, dimension.depth);
  }
  row("overall", words("serve.review.overall"), progress.overall, card.overall.score, 0);
  html.Close("tbody");
  html.Close("table");
  if (!progress.dropped_elements.empty()) {
    html.Element("p", words("scorecard.progress.dropped", {Join(progress.dropped_elements, ", ")}));
  }
}

void PerceptionGapsTable(Html& html, const Scorecard& card, const std::string& language) {
  const Messages& words = Messages::For(language);
  const Framework& framework = *card.framework;
  std::vector<const ElementScore*> gaps = card.PerceptionGaps();
  if (gaps.empty()) {
    html.Element("p", words("serve.review.no_perception_gaps"));
    return;
  }
  std::vector<std::string> headers{words("column.element")};
  for (const Perspective& side : framework.perspectives) headers.push_back(side.label.In(language));
  headers.push_back(words("serve.review.difference"));
  html.Open("table", {{"class", "gaps"}});
  HeaderRow(html, headers, 1, headers.size());
  html.Open("tbody");
  for (const ElementScore* element : gaps) {
    html.Open("tr");
    html.Element("th", element->element->title.In(language), {{"scope", "row"}});
    for (const Perspective& side : framework.perspectives) {
      html.Element("td", Score2(element->PerspectiveScoreOf(side.key)), {{"class", "number"}});
    }
    html.Element("td", Score2(element->divergence), {{"class", "number"}});
    html.Close("tr");
  }
  html.Close("tbody");
  html.Close("table");
}

void TargetGapsTable(Html& html, const Scorecard& card, const std::string& language) {
  const Messages& words = Messages::For(language);
  if (card.gaps.empty()) {
    html.Element("p", words("serve.review.no_gaps"));
    return;
  }
  html.Open("table", {{"class", "gaps"}});
  HeaderRow(html,
            {words("column.element"), words("serve.review.score"), words("serve.review.target"),
             words("serve.review.gap"), words("serve.review.next_step")},
            1, 4);
  html.Open("tbody");
  for (const Gap& gap : card.gaps) {
    const ElementScore& element = card.elements[gap.element_index];
    html.Open("tr");
    html.Element("th", element.element->title.In(language), {{"scope", "row"}});
    html.Element("td", Score2(element.score), {{"class", "number"}});
    html.Element("td", Score2(element.target), {{"class", "number"}});
    html.Element("td", Score2(gap.gap), {{"class", "number"}});
    std::string next;
    if (element.next_action && !element.next_action->actions->empty()) {
      next = element.next_action->actions->front().In(language);
    }
    html.Element("td", next);
    html.Close("tr");
  }
  html.Close("tbody");
  html.Close("table");
}

void AnswersSection(Html& html, const Review& review, const std::string& language) {
  const Messages& words = Messages::For(language);
  const Framework& framework = *review.framework;
  for (const ElementAnswers& entry : review.response.answers) {
    const Element* element = framework.FindElement(entry.element_id);
    if (!element) continue;
    html.Element("h3", element->title.In(language));
    html.Open("table", {{"class", "answers"}});
    HeaderRow(html, {words("serve.col.respondent"), words("serve.col.side"),
                     words("serve.review.answer"), words("serve.evidence"), words("serve.note")});
    html.Open("tbody");
    for (const Answer& answer : entry.answers) {
      const Respondent* respondent = review.response.FindRespondent(answer.by);
      html.Open("tr");
      html.Element("th", respondent && !respondent->name.empty() ? respondent->name : answer.by,
                   {{"scope", "row"}});
      html.Element("td", respondent ? SideLabel(framework, respondent->perspective, language) : "");
      html.Element("td", AnswerText(framework, *element, answer, language));
      html.Open("td");
      for (std::size_t i = 0; i < answer.evidence.size(); ++i) {
        if (i) html.Empty("br");
        html.Text(answer.evidence[i]);
      }
      html.Close("td");
      html.Element("td", answer.note);
      html.Close("tr");
    }
    html.Close("tbody");
    html.Close("table");
  }
}

void ActionsSection(Html& html, const PageContext& context, const Visitor& visitor,
                    const Review& review, const ReviewPageState& state) {
  const std::string& language = context.language;
  const Messages& words = Messages::For(language);
  const Framework& framework = *review.framework;
  const std::vector<AgreedAction>& actions = state.actions ? *state.actions : review.response.actions;
  bool editable = visitor.coordinator() && !visitor.final();
  if (!editable) {
    if (actions.empty()) {
      html.Element("p", words("serve.review.no_actions"));
      return;
    }
    html.Open("table", {{"class", "actions"}});
    HeaderRow(html, {words("column.element"), words("column.agreed_action"), words("column.owner"),
                     words("column.due_date"), words("column.status"), words("serve.note")});
    html.Open("tbody");
    for (const AgreedAction& action : actions) {
      const Element* element = framework.FindElement(action.element);
      html.Open("tr");
      html.Element("td", element ? element->title.In(language) : action.element);
      html.Element("td", action.action);
      html.Element("td", action.owner);
      html.Element("td", action.due);
      html.Element("td", words(MessageKey::Find(std::string("status.") +
                                                ActionStatusName(action.status))
                                   .value()));
      html.Element("td", action.note);
      html.Close("tr");
    }
    html.Close("tbody");
    html.Close("table");
    return;
  }
  html.Element("p", words("serve.review.actions_intro"));
  html.Open("form", {{"method", "post"}, {"action", "/review/actions"}, {"id", "actions"}});
  Hidden(html, "csrf", context.csrf);
  std::vector<AgreedAction> rows = actions;
  rows.resize(actions.size() + 2);  // Two blank rows for new actions.
  std::vector<const Element*> elements = ElementsInOrder(framework);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const AgreedAction& action = rows[i];
    std::string prefix = "a." + std::to_string(i) + ".";
    std::vector<std::string> problems;
    for (const ActionProblem& problem : state.action_problems) {
      if (problem.index == i) problems.push_back(problem.message);
    }
    html.Open("fieldset", {{"class", "action"}});
    html.Element("legend", words("serve.review.action_n", {std::to_string(i + 1)}));
    if (!problems.empty()) {
      html.Element("p", Join(problems, "; "),
                   {{"class", "error"}, {"id", "error-action-" + std::to_string(i)}});
    }
    Attributes invalid;
    if (!problems.empty()) {
      invalid = {{"aria-invalid", "true"}, {"aria-describedby", "error-action-" + std::to_string(i)}};
    }
    auto with = [&](Attributes attributes) {
      attributes.insert(attributes.end(), invalid.begin(), invalid.end());
      return attributes;
    };
    html.Element("label", words("column.element"), {{"for", prefix + "element"}});
    html.Open("select", with({{"name", prefix + "element"}, {"id", prefix + "element"}}));
    html.Element("option", "", {{"value", ""}});
    for (const Element* element : elements) {
      Attributes option{{"value", element->id}};
      if (element->id == action.element) option.emplace_back("selected", "selected");
      html.Element("option", element->title.In(language), option);
    }
    html.Close("select");
      const std::pair<const char*, MessageKey> texts[] = {
        {"action", MessageKey("column.agreed_action")}, {"owner", MessageKey("column.owner")}};
    for (const auto& [field, label] : texts) {
      html.Element("label", words(label), {{"for", prefix + field}});
      html.Empty("input", with({{"type", "text"},
                                {"name", prefix + field},
                                {"id", prefix + field},
                                {"value", std::string(field) == "action" ? action.action : action.owner}}));
    }
    html.Element("label", words("column.due_date"), {{"for", prefix + "due"}});
    html.Empty("input", with({{"type", "date"}, {"name", prefix + "due"}, {"id", prefix + "due"},
                              {"value", action.due}}));
    html.Element("label", words("column.status"), {{"for", prefix + "status"}});
    html.Open("select", {{"name", prefix + "status"}, {"id", prefix + "status"}});
    for (ActionStatus status : kActionStatuses) {
      Attributes option{{"value", ActionStatusName(status)}};
      if (status == action.status) option.emplace_back("selected", "selected");
      html.Element("option",
                   words(MessageKey::Find(std::string("status.") + ActionStatusName(status)).value()),
                   option);
    }
    html.Close("select");
    html.Element("label", words("serve.note"), {{"for", prefix + "note"}});
    html.Empty("input", {{"type", "text"}, {"name", prefix + "note"}, {"id", prefix + "note"},
                         {"value", action.note}});
    html.Close("fieldset");
  }
  html.Element("button", words("serve.review.save_actions"), {{"type", "submit"}});
  html.Close("form");
}

void SignOffSection(Html& html, const PageContext& context, const Visitor& visitor,
                    const Review& review) {
  const std::string& language = context.language;
  const Messages& words = Messages::For(language);
  const Framework& framework = *review.framework;
  html.Open("ul", {{"class", "sign-offs"}});
  bool own_signed = false;
  for (const Perspective& side : framework.perspectives) {
    const StoredSignOff* found = nullptr;
    for (const StoredSignOff& entry : review.sign_offs) {
      if (entry.sign_off.perspective == side.key) found = &entry;
    }
    if (found && side.key == visitor.link.perspective) own_signed = true;
    html.Open("li");
    if (!found) {
      html.Text(words("serve.review.not_signed", {side.label.In(language)}));
    } else {
      html.Text(words(found->sign_off.agreed ? MessageKey("serve.review.signed_agreed")
                                             : MessageKey("serve.review.signed_not_agreed"),
                      {side.label.In(language), found->sign_off.name, found->sign_off.date}));
      if (!found->sign_off.agreed) {
        html.Element("blockquote", found->sign_off.statement, {{"class", "statement"}});
      }
    }
    html.Close("li");
  }
  html.Close("ul");
  if (!visitor.signatory || own_signed || visitor.final()) return;
  html.Open("form", {{"method", "post"}, {"action", "/review/sign"}, {"id", "sign-off"}});
  Hidden(html, "csrf", context.csrf);
  html.Open("fieldset");
  html.Element("legend", words("serve.review.sign_for",
                               {SideLabel(framework, visitor.link.perspective, language)}));
  const std::pair<const char*, MessageKey> choices[] = {
      {"yes", MessageKey("serve.review.we_agree")}, {"no", MessageKey("serve.review.we_do_not_agree")}};
  for (const auto& [value, label] : choices) {
    html.Open("div", {{"class", "choice"}});
    html.Empty("input", {{"type", "radio"}, {"name", "agreed"}, {"value", value},
                         {"id", std::string("agreed-") + value}, {"required", "required"}});
    html.Element("label", words(label), {{"for", std::string("agreed-") + value}});
    html.Close("div");
  }
  html.Close("fieldset");
  html.Element("label", words("serve.review.statement"), {{"for", "statement"}});
  html.Element("p", words("serve.review.statement_hint"), {{"class", "hint"}, {"id", "statement-hint"}});
  html.Element("textarea", "", {{"name", "statement"}, {"id", "statement"}, {"rows", "5"},
                                {"aria-describedby", "statement-hint"}});
  html.Element("button", words("serve.review.sign_off"), {{"type", "submit"}});
  html.Close("form");
}

}  // namespace

Scorecard ScoreReview(const Review& review, std::optional<Progress>& progress) {
  Scorecard card = Score(*review.framework, review.response);
  progress.reset();
  if (review.previous) {
    progress = CompareWithPrevious(card, *review.previous);
    card.progress = &*progress;
  }
  return card;
}

std::string ReviewPage(const PageContext& context, const Visitor& visitor, const Review& review,
                       const ReviewPageState& state) {
  const std::string& language = context.language;
  const Messages& words = Messages::For(language);
  std::optional<Progress> progress;
  Scorecard card = ScoreReview(review, progress);
  std::ostringstream out;
  Html html(out);
  std::string title = words("serve.review.heading");
  OpenPage(html, language, title + " – " + visitor.assessment.institution_name, &context);
  html.Element("h1", title);
  html.Element("p", words("serve.coord.intro", {visitor.assessment.institution_name,
                                                visitor.assessment.period,
                                                review.framework->title.In(language)}),
               {{"class", "intro"}});
  if (!state.notice.empty()) {
    html.Element("p", state.notice, {{"class", "notice"}, {"role", "status"}, {"id", "notice"}});
  }
  html.Element("p", words(visitor.final() ? MessageKey("serve.review.final")
                                          : MessageKey("serve.review.in_review")),
               {{"class", "state"}});
  html.Open("nav", {{"aria-label", words("serve.review.downloads")}});
  html.Open("ul", {{"class", "downloads"}});
  const std::pair<const char*, MessageKey> downloads[] = {
      {"/review/scorecard.xlsx", MessageKey("serve.review.scorecard")},
      {"/review/report.html", MessageKey("serve.review.report")},
      {"/review/result.json", MessageKey("serve.review.result")},
      {"/review/response.yaml", MessageKey("serve.review.response")}};
  for (const auto& [path, label] : downloads) {
    html.Open("li");
    html.Element("a", words(label), {{"href", path}, {"download", ""}});
    html.Close("li");
  }
  html.Close("ul");
  html.Close("nav");

  html.Element("h2", words("serve.review.sign_offs"));
  SignOffSection(html, context, visitor, review);
  html.Element("h2", words("serve.review.scores"));
  ScoresTable(html, card, language);
  if (card.progress) {
    html.Element("h2", words("scorecard.progress.title", {Unbroken(progress->previous.period),
                                                          Unbroken(visitor.assessment.period)}));
    ProgressTable(html, card, language);
  }
  html.Element("h2", words("serve.review.perception_gaps"));
  PerceptionGapsTable(html, card, language);
  html.Element("h2", words("serve.review.target_gaps"));
  TargetGapsTable(html, card, language);
  html.Element("h2", words("serve.review.actions"));
  ActionsSection(html, context, visitor, review, state);
  if (visitor.coordinator() && visitor.final()) {
    html.Element("h2", words("serve.review.reopen"));
    html.Element("p", words("serve.review.reopen_intro"));
    html.Open("form", {{"method", "post"}, {"action", "/review/reopen"}});
    Hidden(html, "csrf", context.csrf);
    html.Element("button", words("serve.review.reopen_button"), {{"type", "submit"}});
    html.Close("form");
  }
  html.Element("h2", words("serve.review.answers"));
  AnswersSection(html, review, language);
  return ClosePage(html, out);
}

std::string OverseerPage(const PageContext& context, const std::vector<AssessmentSummary>& all) {
  const std::string& language = context.language;
  const Messages& words = Messages::For(language);
  std::ostringstream out;
  Html html(out);
  OpenPage(html, language, words("serve.overseer.heading"), &context);
  html.Element("h1", words("serve.overseer.heading"));
  html.Element("p", words("serve.overseer.intro"));
  std::vector<std::string> periods;
  for (const AssessmentSummary& summary : all) {
    if (std::find(periods.begin(), periods.end(), summary.assessment.period) == periods.end()) {
      periods.push_back(summary.assessment.period);
    }
  }
  std::sort(periods.rbegin(), periods.rend());
  if (periods.empty()) html.Element("p", words("serve.overseer.none"));
  for (const std::string& period : periods) {
    html.Element("h2", Unbroken(period));
    html.Open("table", {{"class", "overview"}});
    HeaderRow(html, {words("serve.overseer.institution"), words("serve.overseer.state"),
                     words("serve.overseer.returned"), words("serve.overseer.completeness"),
                     words("serve.overseer.chase")});
    html.Open("tbody");
    for (const AssessmentSummary& summary : all) {
      if (summary.assessment.period != period) continue;
      html.Open("tr", {{"id", "assessment-" + summary.assessment.id}});
      html.Element("th", summary.assessment.institution_name, {{"scope", "row"}});
      html.Element("td", words(MessageKey::Find(std::string("serve.state.") +
                                                AssessmentStateName(summary.state))
                                   .value()));
      html.Element("td", words("serve.overseer.submitted_of",
                               {std::to_string(summary.submitted), std::to_string(summary.invited)}),
                   {{"class", "number"}});
      html.Element("td", summary.completeness
                             ? FormatFixed(*summary.completeness * 100, 0) + "%"
                             : std::string("–"),
                   {{"class", "number"}});
      std::vector<std::string> chase = summary.to_chase;
      for (const std::string& side : summary.unsigned_sides) {
        chase.push_back(words("serve.overseer.to_sign", {side}));
      }
      html.Element("td", Join(chase, ", "));
      html.Close("tr");
    }
    html.Close("tbody");
    html.Close("table");
  }
  return ClosePage(html, out);
}

}  // namespace maturity
