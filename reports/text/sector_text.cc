#include "reports/text/sector_text.h"

#include <algorithm>

#include "common/messages.h"
#include "reports/presentation.h"

namespace maturity {

namespace {

std::string Count(std::size_t count) { return std::to_string(count); }

/// The title, who answered and agreed, the moderation count and the overall statistics.
void WriteHeadline(const SectorReport& report, const SectorOutputOptions& options,
                   std::ostream& out) {
  const Framework& framework = *report.framework;
  const std::string& language = options.language;
  const Messages& m = Messages::For(language);
  auto n = Count;
  out << m("sector_summary.title", {framework.title.In(language), framework.version}) << "\n";
  out << m("sector_summary.institutions",
           {n(report.distinct_institutions), n(report.current.size()), report.latest_period,
            n(report.jointly_agreed), ShareText(report.mean_completeness, m)});
  if (!options.skipped.empty()) {
    out << "; "
        << m.Counted("sector_summary.left_out", static_cast<long>(options.skipped.size()),
                     {n(options.skipped.size())});
  }
  out << "\n";
  if (auto found = report.agreement.find(report.latest_period); found != report.agreement.end()) {
    out << m("sector.agreement") << ": "
        << m("sector.agreement_text",
             {n(found->second.agreed), n(found->second.not_agreed), n(found->second.not_signed)})
        << "\n";
  }
  if (report.flagged_in_latest_period > 0) {
    out << m("sector.moderation_text", {n(report.flagged_in_latest_period),
                                        m("sector.sheet.moderation"), n(report.current.size())})
        << "\n";
  }
  if (const auto& overall = report.statistics.overall) {
    out << "\n"
        << m("sector_summary.overall",
             {FormatFixed(overall->median, 2), FormatFixed(overall->q1, 2),
              FormatFixed(overall->q3, 2), FormatFixed(overall->mean, 2),
              FormatFixed(overall->min, 2), FormatFixed(overall->max, 2)})
        << "\n";
  }
}

/// Each dimension's median and middle half, in columns as wide as their words.
void WriteDimensions(const SectorReport& report, const std::string& language, std::ostream& out) {
  const Messages& m = Messages::For(language);
  // Columns are as wide as their heading and values, in every language.
  const std::size_t median_width =
      std::max<std::size_t>(6, DisplayWidth(m("sector_summary.median")));
  const std::size_t q1_width = std::max<std::size_t>(4, DisplayWidth(m("sector_summary.q1")));
  const std::size_t q3_width = std::max<std::size_t>(4, DisplayWidth(m("sector_summary.q3")));
  out << "\n"
      << Pad(m("column.dimension"), 44) << "  " << Pad(m("sector_summary.median"), median_width)
      << "  " << Pad(m("sector_summary.q1"), q1_width) << "  "
      << Pad(m("sector_summary.q3"), q3_width) << "  n\n";
  for (const DimensionStatistics& row : report.statistics.dimensions) {
    const auto& statistics = row.statistics;
    out << Pad(row.dimension->title.In(language), 44) << "  "
        << Pad(FormatFixed(statistics ? std::optional(statistics->median) : std::nullopt, 2),
               median_width)
        << "  "
        << Pad(FormatFixed(statistics ? std::optional(statistics->q1) : std::nullopt, 2), q1_width)
        << "  "
        << Pad(FormatFixed(statistics ? std::optional(statistics->q3) : std::nullopt, 2), q3_width)
        << "  " << (statistics ? statistics->n : 0) << "\n";
  }
}

/// The five weakest elements across the sector.
void WriteWeakest(const SectorReport& report, const std::string& language, std::ostream& out) {
  const Messages& m = Messages::For(language);
  out << "\n" << m("sector_summary.weakest") << "\n";
  for (std::size_t i = 0; i < std::min<std::size_t>(5, report.elements.size()); ++i) {
    const ElementView& view = report.elements[i];
    out << "  " << i + 1 << ". " << Pad(view.element->title.In(language), 52) << " "
        << m("sector_summary.element",
             {FormatFixed(view.median, 2), FormatFixed(view.below_target * 100, 0)})
        << "\n";
  }
}

/// Each peer group's size and median, or why it is not shown.
void WriteGroups(const SectorReport& report, const std::string& language, std::ostream& out) {
  const Messages& m = Messages::For(language);
  const Framework& framework = *report.framework;
  auto n = Count;
  if (!report.groups.empty()) {
    out << "\n" << m("sector_summary.groups", {n(report.options.min_group_size)}) << "\n";
    auto name = [&](const PeerGroup& group) {
      return ProfileFieldLabel(framework, group.by, language) + ": " +
             ProfileValueLabel(framework, group.by, group.value, language);
    };
    std::size_t width = 30;  // As wide as the longest name, within reason.
    for (const PeerGroup& group : report.groups) {
      width = std::max(width, std::min<std::size_t>(DisplayWidth(name(group)), 60));
    }
    for (const PeerGroup& group : report.groups) {
      out << "  " << Pad(name(group), width);
      if (group.suppressed) {
        out << " " << m("sector_summary.suppressed") << "\n";
      } else if (group.n == 0) {
        out << " " << m("sector_summary.no_members") << "\n";
      } else {
        out << " "
            << m("sector_summary.group",
                 {n(group.n), FormatFixed(group.statistics.overall
                                              ? std::optional(group.statistics.overall->median)
                                              : std::nullopt,
                                          2)})
            << "\n";
      }
    }
  }
}

/// The sector median of each period, and the change over the institutions in both.
void WriteTrend(const SectorReport& report, const std::string& language, std::ostream& out) {
  const Messages& m = Messages::For(language);
  auto n = Count;
  if (report.periods.size() > 1) {
    out << "\n" << m("sector_summary.trend") << "\n";
    for (const PeriodSummary& period : report.periods) {
      out << "  " << Pad(period.period, 10) << " "
          << FormatFixed(period.statistics.overall
                             ? std::optional(period.statistics.overall->median)
                             : std::nullopt,
                         2);
      if (period.median_change) {
        // Over the institutions in both periods: said where the number stands, or it
        // reads as a slip against the two medians.
        out << " ("
            << m("sector_summary.matched",
                 {(*period.median_change >= 0 ? "+" : "") + FormatFixed(period.median_change, 2),
                  n(static_cast<std::size_t>(period.matched))})
            << ")";
      }
      out << "  n " << period.institutions << "\n";
    }
  }
}

}  // namespace

void WriteSectorText(const SectorReport& report, const SectorOutputOptions& options,
                     std::ostream& out) {
  WriteHeadline(report, options, out);
  WriteDimensions(report, options.language, out);
  WriteWeakest(report, options.language, out);
  WriteGroups(report, options.language, out);
  WriteTrend(report, options.language, out);
}

}  // namespace maturity
