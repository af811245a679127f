// The pages of `maturity serve`, written through the reports' HTML writer (every text
// escaped, every element closed), in English or Welsh from the catalogue. They show what
// collect/ hands them and nothing else: the rules of who sees what are not here.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "collect/collection.h"
#include "common/messages.h"

namespace maturity {

/// What every page carries: its language and the session's form token.
struct PageContext {
  std::string language = "en";
  std::string csrf;
  std::string path;  ///< The page's own path, where the language switch returns.
};

/// An answer as the form shows it: the saved one, or what was just sent when it was not
/// taken, with the problems to show beside its fields.
struct ShownAnswer {
  Answer answer;
  std::string value_text;  ///< The measure as typed (a number that could not be read).
  int version = 0;
  std::vector<AnswerProblem> problems;
  bool stale = false;  ///< Saved meanwhile from another page; the saved answer is shown.
  bool draft = false;  ///< A text was kept but no answer given yet.
};

/// The notice at the top of a form page after an action.
enum class FormNotice { kNone, kSaved, kProblems, kSubmitted, kDrafts, kLocked, kClosed };

struct FormPageState {
  std::size_t dimension = 0;  ///< Which dimension page of RespondentForm::dimensions.
  std::map<std::string, ShownAnswer> shown;  ///< By element id.
  FormNotice notice = FormNotice::kNone;
  std::vector<std::string> names;  ///< The elements a notice names.
};

std::string RespondentPage(const PageContext& context, const Visitor& visitor,
                           const RespondentForm& form, const FormPageState& state);

struct CoordinatorPageState {
  std::optional<IssuedLink> issued;  ///< A link just issued: shown once.
  std::string base_url;
  std::string notice;                ///< A refusal or confirmation, in the page's language.
  std::vector<std::string> waiting;  ///< Who has not submitted, when declaring done.
  bool mail = false;                 ///< Reminders by mail can be sent.
};

std::string CoordinatorPage(const PageContext& context, const Visitor& visitor,
                            const CoordinatorView& view, const CoordinatorPageState& state);
/// The question before a coordinator ends a respondent's link (the "End link" button):
/// what ending it does, a button that ends it and a way back that does not. A page of its
/// own, so that it asks without JavaScript.
std::string ConfirmRevokePage(const PageContext& context, const Visitor& visitor,
                              const std::string& respondent);

struct ReviewPageState {
  std::string notice;  ///< A refusal or confirmation, in the page's language.
  /// Actions as sent when they were refused, with their problems; else the saved ones.
  std::optional<std::vector<AgreedAction>> actions;
  std::vector<ActionProblem> action_problems;
};

/// The review scored as `maturity score` scores the export, with `--previous` when the
/// assessment was created from last period's response: `progress` then holds the change
/// since last period and `card.progress` points at it (so `progress` must outlive it).
Scorecard ScoreReview(const Review& review, std::optional<Progress>& progress);

/// The joint review (coordinators and signatories, once answering has closed): both
/// sides' scores, the change since last period (when there is one), the perception gaps
/// widest first, the gaps to targets with next steps,
/// each respondent's answers, the agreed actions (editable by a coordinator), the
/// sign-offs and, for a signatory, the sign-off form.
std::string ReviewPage(const PageContext& context, const Visitor& visitor, const Review& review,
                       const ReviewPageState& state);

/// The overseer's page: every assessment by period, its state, whom to chase.
std::string OverseerPage(const PageContext& context, const std::vector<AssessmentSummary>& all);

/// The page for someone whose language is not known yet (a link that does not work): the
/// heading and text of `title` and `text` in every language, each part marked with its own.
std::string BilingualMessagePage(MessageKey title, MessageKey text);

/// A page with a heading and one paragraph: an invalid link, an error.
std::string MessagePage(const std::string& language, const std::string& title,
                        const std::string& text);
/// The page a personal link opens: it sets the session and moves on to `next` (a same-site
/// navigation, so that the SameSite=Strict cookie is sent), with a link for when it does not.
std::string ContinuePage(const std::string& language, const std::string& next);

/// The message for an answer problem in `language`, naming the form's fields.
std::string ProblemText(const std::string& language, const Framework& framework,
                        const Element& element, const AnswerProblem& problem);

/// The style sheet and the script every page loads (from /static/): no inline script or
/// style, so that the Content-Security-Policy forbids both.
extern const char* const kFormCss;
extern const char* const kFormScript;

}  // namespace maturity
