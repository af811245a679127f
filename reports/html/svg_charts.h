// Charts as inline SVG for the published HTML reports: radar, box plots, dot ranges
// (each side's view), a line over periods and stacked bars. Every chart carries a title
// and a text equivalent holding the numbers it shows, and never tells series apart by
// colour alone: each series has its own line pattern and marker shape too.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/statistics.h"
#include "reports/html/html.h"

namespace maturity {

/// How a series is drawn. Each has its own colour, line pattern and marker.
enum class SeriesLook { kCurrent, kTarget, kPrevious, kSector, kSideA, kSideB, kSideC, kMean };

/// The look of the `index`th perspective (kSideA, kSideB, kSideC, then again).
SeriesLook SideLook(std::size_t index);

struct ChartSeries {
  std::string name;
  SeriesLook look = SeriesLook::kCurrent;
  std::vector<std::optional<double>> values;  ///< One per axis, row or period.
};

/// The words a chart's text equivalent uses, in the report's language.
struct ChartWords {
  std::string none;    ///< A missing value: `n/a`.
  std::string lowest;  ///< Box plots: the five numbers and the mean.
  std::string q1;
  std::string median;
  std::string q3;
  std::string highest;
  std::string mean;
  std::string middle_half;  ///< The box (Q1 to Q3) in a legend.
  std::string range;        ///< The whiskers in a legend.
};

/// Common to every chart: a unique id prefix (the same report may appear in two
/// languages), the title, the scale's range and the levels marked on it.
struct ChartFrame {
  std::string id;
  std::string title;
  double low = 0;
  double high = 5;
  std::vector<int> ticks;
  ChartWords words;
};

/// A radar: one axis per label, each series a closed line through its values.
void WriteRadarChart(Html& html, const ChartFrame& frame, const std::vector<std::string>& axes,
                     const std::vector<ChartSeries>& series);

/// Box plots, one row per label (none: no data, said in the row).
void WriteBoxPlots(Html& html, const ChartFrame& frame, const std::vector<std::string>& rows,
                   const std::vector<std::optional<Statistics>>& statistics);

/// Each row's series as markers on one scale, joined from lowest to highest: how far
/// apart the sides are.
void WriteDotRanges(Html& html, const ChartFrame& frame, const std::vector<std::string>& rows,
                    const std::vector<ChartSeries>& series);

/// Series over periods; `band` (optional, both present) shades the middle half.
void WriteLineChart(Html& html, const ChartFrame& frame, const std::vector<std::string>& periods,
                    const std::vector<ChartSeries>& series,
                    const std::vector<std::optional<double>>& band_low = {},
                    const std::vector<std::optional<double>>& band_high = {});

/// One bar per row made of counted parts (agreed, not agreed, not signed): each part
/// has its own fill pattern and shows its count.
struct BarPart {
  std::string name;
  std::vector<int> counts;  ///< One per row.
};
void WriteStackedBars(Html& html, const ChartFrame& frame, const std::vector<std::string>& rows,
                      const std::vector<BarPart>& parts);

}  // namespace maturity
