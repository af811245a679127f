#include "reports/sector_text.h"

#include "reports/presentation.h"

namespace maturity {

void WriteSectorText(const SectorReport& report, const SectorOutputOptions& options,
                     std::ostream& out) {
  const Framework& framework = *report.framework;
  std::vector<const Dimension*> dimensions = DimensionsInOrder(framework);
  std::vector<const Element*> elements = ElementsInOrder(framework);
  out << framework.title.Default() << " " << framework.version << ": sector comparison\n";
  out << report.codes.size() << " institutions; " << report.current.size() << " responded in "
      << report.latest_period << " (" << report.jointly_agreed
      << " jointly agreed, mean completeness " << Fixed(report.mean_completeness * 100, 0) << "%)";
  if (!options.skipped.empty()) out << "; " << options.skipped.size() << " file(s) left out";
  out << "\n";
  if (const auto& overall = report.statistics.overall) {
    out << "\nOverall: median " << Fixed(overall->median, 2) << " (Q1 " << Fixed(overall->q1, 2)
        << ", Q3 " << Fixed(overall->q3, 2) << "), mean " << Fixed(overall->mean, 2) << ", range "
        << Fixed(overall->min, 2) << " to " << Fixed(overall->max, 2) << "\n";
  }
  out << "\n" << Pad("Dimension", 44) << "  Median  Q1    Q3    n\n";
  for (std::size_t d = 0; d < dimensions.size(); ++d) {
    const auto& statistics = report.statistics.dimensions[d];
    out << Pad(dimensions[d]->title.Default(), 44) << "  "
        << Pad(Fixed(statistics ? std::optional(statistics->median) : std::nullopt, 2), 6) << "  "
        << Pad(Fixed(statistics ? std::optional(statistics->q1) : std::nullopt, 2), 4) << "  "
        << Pad(Fixed(statistics ? std::optional(statistics->q3) : std::nullopt, 2), 4) << "  "
        << (statistics ? statistics->n : 0) << "\n";
  }
  out << "\nWhere support is most needed (lowest median element scores)\n";
  for (std::size_t i = 0; i < std::min<std::size_t>(5, report.elements.size()); ++i) {
    const ElementView& view = report.elements[i];
    out << "  " << i + 1 << ". " << Pad(elements[view.element_index]->title.Default(), 52)
        << " median " << Fixed(view.median, 2) << ", " << Fixed(view.below_target * 100, 0)
        << "% below target\n";
  }
  if (!report.groups.empty()) {
    out << "\nPeer groups (fewer than " << report.options.min_group_size
        << " institutions: suppressed)\n";
    for (const PeerGroup& group : report.groups) {
      out << "  " << Pad(group.by + ": " + group.value, 30);
      if (group.suppressed) {
        out << " suppressed\n";
      } else {
        out << " n " << group.n << ", median "
            << Fixed(group.statistics.overall ? std::optional(group.statistics.overall->median)
                                              : std::nullopt,
                     2)
            << "\n";
      }
    }
  }
  if (report.periods.size() > 1) {
    out << "\nTrend of the sector median\n";
    for (const PeriodSummary& period : report.periods) {
      out << "  " << Pad(period.period, 10) << " "
          << Fixed(period.statistics.overall ? std::optional(period.statistics.overall->median)
                                             : std::nullopt,
                   2);
      if (period.median_change)
        out << " (" << (*period.median_change >= 0 ? "+" : "") << Fixed(period.median_change, 2)
            << ")";
      out << "  n " << period.institutions << "\n";
    }
  }
}

}  // namespace maturity
