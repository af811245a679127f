#include "reports/text/scorecard_text.h"

#include <algorithm>
#include <map>

#include "common/messages.h"
#include "engine/progress.h"
#include "reports/presentation.h"

namespace maturity {

namespace {

/// The printed summary, part by part, in one language.
struct SummaryText {
  const Scorecard& card;
  std::ostream& out;
  const BenchmarkComparison* benchmark;
  const std::string& language;
  const Framework& framework = *card.framework;
  const Response& response = *card.response;
  const Messages& m = Messages::For(language);
  const Progress* progress = card.progress;
  const std::string highest = std::to_string(framework.highest_level());

  static std::string n(std::size_t count) { return std::to_string(count); }

  /// The institution, the framework, agreement and each statement in full.
  void Heading() {
    out << response.institution.name << " (" << response.institution.id << "), " << response.period
        << "\n";
    out << framework.title.In(language) << " " << framework.version << "\n";
    for (const std::string& status : StatusTexts(card, m)) out << status << "\n";
    auto labels = [&](const std::vector<std::string>& keys) {
      std::vector<std::string> shown;
      for (const std::string& key : keys)
        shown.push_back(PerspectiveLabel(framework, key, language));
      return m.List(shown);
    };
    if (card.jointly_agreed) {
      out << m("summary.agreed_yes") << "\n";
    } else if (!card.not_agreed.empty()) {
      out << m("summary.agreed_not", {labels(card.not_agreed)}) << "\n";
    } else if (card.signed_off.empty()) {
      out << m("summary.agreed_none") << "\n";
    } else {
      out << m("summary.agreed_some", {labels(card.signed_off)}) << "\n";
    }
    for (const SignOff& entry : response.sign_off) {  // Each statement in full.
      if (entry.statement.empty()) continue;
      out << m("summary.statement",
               {PerspectiveLabel(framework, entry.perspective, language), entry.statement})
          << "\n";
    }
  }

  /// The overall result, the change since last period, each side and the sector standing.
  void Overall() {
    out << "\n"
        << m("summary.overall",
             {FormatFixed(card.overall.score, 2), highest,
              LevelName(framework, card.overall.level, language),
              PercentText(card.overall.percent, m), FormatFixed(card.overall.target, 2),
              ShareText(card.overall.completeness, m)})
        << "\n";
    if (progress) {
      out << m("summary.change",
               {progress->previous.period, ChangeText(progress->overall.score.change),
                FormatFixed(progress->overall.score.previous, 2),
                LevelName(framework, progress->previous_level, language)})
          << "\n";
    }
    for (const auto& [perspective, score] : card.overall.by_perspective) {
      out << "  " << Pad(PerspectiveLabel(framework, perspective, language), 28)
          << FormatFixed(score, 2);
      if (progress) {
        out << "  (" << ChangeText(progress->overall.by_perspective.at(perspective).change) << ")";
      }
      out << "\n";
    }

    if (benchmark) {
      out << "  " << SectorStandingText(*benchmark, m) << "\n";
    }
  }

  /// The dimensions table, its columns as wide as their headings and values.
  void Dimensions() {
    // Columns are as wide as their heading and values, in every language.
    std::size_t level_width = std::max<std::size_t>(15, DisplayWidth(m("column.level")) + 1);
    for (const ScaleLevel& level : framework.scale) {
      level_width =
          std::max(level_width, DisplayWidth(LevelName(framework, level.level, language)) + 1);
    }
    const std::size_t score_width = std::max<std::size_t>(5, DisplayWidth(m("column.score")));
    const std::size_t target_width = std::max<std::size_t>(6, DisplayWidth(m("column.target")));
    out << "\n"
        << Pad(m("column.dimension"), 44) << "  " << Pad(m("column.score"), score_width) << "  ";
    const std::size_t change_width =
        std::max<std::size_t>(6, DisplayWidth(m("column.change_short")));
    if (progress) out << Pad(m("column.change_short"), change_width) << "  ";
    out << Pad(m("column.target"), target_width) << "  " << Pad(m("column.level"), level_width);
    // Each side's column is headed by its label (never its key) and is as wide as it.
    std::vector<std::size_t> side_widths;
    for (const Perspective& perspective : framework.perspectives) {
      std::string label = PerspectiveLabel(framework, perspective.key, language);
      side_widths.push_back(std::max<std::size_t>(12, DisplayWidth(label) + 2));
      out << Pad(label, side_widths.back());
    }
    out << m("summary.complete") << "\n";
    for (const DimensionScore& dimension : card.dimensions) {
      std::string title =
          std::string(dimension.depth * 2, ' ') + dimension.dimension->title.In(language);
      out << Pad(title, 44) << "  " << Pad(FormatFixed(dimension.score, 2), score_width) << "  ";
      if (progress) {
        out << Pad(ChangeText(progress->dimensions.at(dimension.dimension->id).score.change),
                   change_width)
            << "  ";
      }
      out << Pad(FormatFixed(dimension.target, 2), target_width) << "  "
          << Pad(LevelName(framework, dimension.level, language), level_width);
      for (std::size_t p = 0; p < dimension.by_perspective.size(); ++p) {
        out << Pad(FormatFixed(dimension.by_perspective[p].second, 2),
                   p < side_widths.size() ? side_widths[p] : 12);
      }
      out << ShareText(dimension.completeness, m) << "\n";
    }
  }

  /// The `gap_count` highest-priority gaps.
  void Gaps(std::size_t gap_count) {
    out << "\n" << m("summary.top_gaps") << "\n";
    if (card.gaps.empty()) {
      out << "  "
          << m(card.overall.score ? MessageKey("summary.no_gaps")
                                  : MessageKey("summary.nothing_scored"))
          << "\n";
    }
    const std::size_t shown = card.HighestPriorities(gap_count);  // Ties at the cut shown.
    for (std::size_t i = 0; i < shown; ++i) {
      const Gap& gap = card.gaps[i];
      const ElementScore& element = card.elements[gap.element_index];
      out << "  " << i + 1 << ". " << Pad(element.element->title.In(language), 52) << " "
          << m("summary.gap", {FormatFixed(element.score, 2), FormatFixed(element.target, 1),
                               FormatFixed(gap.gap, 2), FormatFixed(gap.priority, 2)})
          << "\n";
    }
    if (card.gaps.size() > shown) {
      out << "  " << m("summary.more_gaps", {n(card.gaps.size() - shown)}) << "\n";
    }
  }

  /// The elements where the sides differ most.
  void PerceptionGaps() {
    std::vector<const ElementScore*> divergent = card.PerceptionGaps();
    out << "\n"
        << m("summary.perception_gaps", {FormatFixed(framework.scoring.divergence_threshold, 1)})
        << "\n";
    if (divergent.empty()) out << "  " << m("summary.none") << "\n";
    constexpr std::size_t kDivergentShown = 10;
    for (std::size_t i = 0; i < std::min(divergent.size(), kDivergentShown); ++i) {
      const ElementScore* element = divergent[i];
      out << "  " << Pad(element->element->title.In(language), 52);
      std::vector<std::string> sides;
      for (const PerspectiveScore& entry : element->by_perspective) {
        sides.push_back(PerspectiveLabel(framework, entry.perspective, language) + " " +
                        FormatFixed(entry.score, 2));
      }
      out << " " << Join(sides, ", ");
      out << " " << m("summary.apart", {FormatFixed(element->divergence, 2)}) << "\n";
    }
    if (divergent.size() > kDivergentShown) {
      out << "  "
          << m("summary.more_divergent",
               {n(divergent.size() - kDivergentShown), m("scorecard.sheet.perspectives")})
          << "\n";
    }
  }

  /// The agreed actions by status, and those overdue.
  void Actions() {
    if (!card.actions.empty()) {
      std::map<ActionStatus, std::size_t> by_status;
      for (const ActionReview& review : card.actions) ++by_status[review.action->status];
      out << "\n"
          << m("summary.actions",
               {n(card.actions.size()), n(by_status[ActionStatus::kDone]),
                n(by_status[ActionStatus::kInProgress]), n(by_status[ActionStatus::kPlanned]),
                n(by_status[ActionStatus::kDropped])})
          << "\n";
      if (card.overdue_actions > 0) {
        out << "  " << m("summary.overdue", {card.as_of, n(card.overdue_actions)}) << "\n";
        for (const ActionReview& review : card.actions) {
          if (!review.overdue.value_or(false)) continue;
          const Element* element = framework.FindElement(review.action->element);
          out << "    "
              << m("summary.overdue_action",
                   {element ? element->title.In(language) : review.action->element,
                    review.action->action, review.action->due})
              << "\n";
        }
      }
    }
  }

  /// How many elements are unanswered or unevidenced.
  void Flags() {
    std::size_t incomplete = 0;
    std::size_t unevidenced = 0;
    for (const ElementScore& element : card.elements) {
      incomplete += element.Has(Flag::kIncomplete);
      unevidenced += element.Has(Flag::kUnevidenced);
    }
    auto count = [](std::size_t value) { return static_cast<long>(value); };
    if (incomplete) {
      out << "\n" << m.Counted("summary.unanswered", count(incomplete), {n(incomplete)}) << "\n";
    }
    if (unevidenced) {
      out << (incomplete ? "" : "\n")
          << m.Counted("summary.unevidenced", count(unevidenced), {n(unevidenced)}) << "\n";
    }
  }
};

}  // namespace

void WriteScorecardText(const Scorecard& card, std::ostream& out, std::size_t gap_count,
                        const BenchmarkComparison* benchmark, const std::string& language) {
  SummaryText summary{card, out, benchmark, language};
  summary.Heading();
  summary.Overall();
  summary.Dimensions();
  summary.Gaps(gap_count);
  summary.PerceptionGaps();
  summary.Actions();
  summary.Flags();
}

}  // namespace maturity
