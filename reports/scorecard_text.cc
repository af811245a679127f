#include "reports/scorecard_text.h"

#include <algorithm>

#include "reports/presentation.h"

namespace maturity {

void WriteScorecardText(const Scorecard& card, std::ostream& out, std::size_t gap_count,
                        const BenchmarkComparison* benchmark) {
  const Framework& framework = *card.framework;
  const Response& response = *card.response;
  const std::string highest = std::to_string(framework.highest_level());

  out << response.institution.name << " (" << response.institution.id << "), " << response.period
      << "\n";
  out << framework.title.Default() << " " << framework.version << "\n";
  out << "Jointly agreed: ";
  if (card.jointly_agreed) {
    out << "yes, signed off by every perspective\n";
  } else if (card.signed_off.empty()) {
    out << "no, not signed off\n";
  } else {
    out << "no, signed off by ";
    for (std::size_t i = 0; i < card.signed_off.size(); ++i) {
      out << (i ? ", " : "") << PerspectiveLabel(framework, card.signed_off[i]);
    }
    out << " only\n";
  }
  out << "\nOverall: " << Fixed(card.overall.score, 2) << " of " << highest << ", level "
      << LevelName(framework, card.overall.level) << " (" << Fixed(card.overall.percent, 0)
      << "%), target " << Fixed(card.overall.target, 2) << ", completeness "
      << Fixed(card.overall.completeness * 100, 0) << "%\n";
  for (const auto& [perspective, score] : card.overall.by_perspective) {
    out << "  " << Pad(PerspectiveLabel(framework, perspective), 28) << Fixed(score, 2) << "\n";
  }

  if (benchmark) {
    out << "  Sector (" << benchmark->period << ", " << benchmark->institutions
        << " institutions): median " << Fixed(benchmark->overall.median, 2) << ", middle half "
        << Fixed(benchmark->overall.q1, 2) << " to " << Fixed(benchmark->overall.q3, 2)
        << "; this institution is at the " << Fixed(benchmark->overall.percentile, 0)
        << "th percentile\n";
  }

  out << "\n" << Pad("Dimension", 44) << "  Score  Target  Level          ";
  for (const Perspective& perspective : framework.perspectives) {
    out << Pad(perspective.key, 12);
  }
  out << "Complete\n";
  for (const DimensionScore& dimension : card.dimensions) {
    std::string title =
        std::string(dimension.depth * 2, ' ') + dimension.dimension->title.Default();
    out << Pad(title, 44) << "  " << Pad(Fixed(dimension.score, 2), 5) << "  "
        << Pad(Fixed(dimension.target, 2), 6) << "  "
        << Pad(LevelName(framework, dimension.level), 15);
    for (const auto& [perspective, score] : dimension.by_perspective) {
      out << Pad(Fixed(score, 2), 12);
    }
    out << Fixed(dimension.completeness * 100, 0) << "%\n";
  }

  out << "\nTop gaps (by priority = gap x weight)\n";
  if (card.gaps.empty()) out << "  none: every scored element meets its target\n";
  for (std::size_t i = 0; i < std::min(gap_count, card.gaps.size()); ++i) {
    const Gap& gap = card.gaps[i];
    const ElementScore& element = card.elements[gap.element_index];
    out << "  " << i + 1 << ". " << Pad(element.element->title.Default(), 52) << " score "
        << Fixed(element.score, 2) << ", target " << Fixed(element.target, 1) << ", gap "
        << Fixed(gap.gap, 2) << ", priority " << Fixed(gap.priority, 2) << "\n";
  }
  if (card.gaps.size() > gap_count) {
    out << "  ... and " << card.gaps.size() - gap_count << " more in the action plan\n";
  }

  std::vector<const ElementScore*> divergent;
  for (const ElementScore& element : card.elements) {
    if (element.Has(Flag::kPerceptionGap)) divergent.push_back(&element);
  }
  std::stable_sort(
      divergent.begin(), divergent.end(),
      [](const ElementScore* a, const ElementScore* b) { return *a->divergence > *b->divergence; });
  out << "\nPerception gaps (perspectives " << Fixed(framework.scoring.divergence_threshold, 1)
      << " or more apart)\n";
  if (divergent.empty()) out << "  none\n";
  constexpr std::size_t kDivergentShown = 10;
  for (std::size_t i = 0; i < std::min(divergent.size(), kDivergentShown); ++i) {
    const ElementScore* element = divergent[i];
    out << "  " << Pad(element->element->title.Default(), 52);
    for (const PerspectiveScore& entry : element->by_perspective) {
      out << " " << entry.perspective << " " << Fixed(entry.score, 2);
    }
    out << " (apart " << Fixed(element->divergence, 2) << ")\n";
  }
  if (divergent.size() > kDivergentShown) {
    out << "  ... and " << divergent.size() - kDivergentShown
        << " more on the Perspectives sheet\n";
  }

  std::size_t incomplete = 0;
  std::size_t unevidenced = 0;
  for (const ElementScore& element : card.elements) {
    incomplete += element.Has(Flag::kIncomplete);
    unevidenced += element.Has(Flag::kUnevidenced);
  }
  if (incomplete) out << "\nUnanswered: " << incomplete << " element(s) that apply\n";
  if (unevidenced) {
    out << (incomplete ? "" : "\n") << "Unevidenced: " << unevidenced
        << " element(s) rated at a level that needs evidence, without it\n";
  }
}

}  // namespace maturity
