#include "reports/html/svg_charts.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <sstream>

#include "common/numbers.h"
#include "common/strings.h"

namespace maturity {

namespace {

struct Look {
  const char* colour;
  const char* dash;  ///< stroke-dasharray; "" for a solid line.
  const char* marker;
  double width;
};

Look LookOf(SeriesLook look) {
  switch (look) {
    case SeriesLook::kCurrent:
      return {"#1f4e79", "", "circle", 3};
    case SeriesLook::kTarget:
      return {"#262626", "7 4", "none", 1.6};
    case SeriesLook::kPrevious:
      return {"#767676", "2 3", "square", 1.8};
    case SeriesLook::kSector:
      return {"#7030a0", "10 3 2 3", "cross", 1.8};
    case SeriesLook::kSideA:
      return {"#b45309", "9 4", "triangle", 2.2};
    case SeriesLook::kSideB:
      return {"#2e7d32", "3 3", "diamond", 2.2};
    case SeriesLook::kSideC:
      return {"#8b1a4f", "12 3 3 3", "square", 2.2};
    case SeriesLook::kMean:
      return {"#262626", "5 3", "diamond", 1.6};
  }
  return {"#000000", "", "circle", 1};
}

std::string Num(double value) { return FormatRounded(value, 1); }

/// `text` in lines of at most `width` columns, at most `lines` of them (the last ends in
/// an ellipsis when the text is longer).
std::vector<std::string> Wrap(const std::string& text, std::size_t width, std::size_t lines) {
  std::vector<std::string> wrapped;
  std::string line;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    if (!line.empty() && DisplayWidth(line) + 1 + DisplayWidth(word) > width) {
      wrapped.push_back(line);
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  if (!line.empty()) wrapped.push_back(line);
  if (wrapped.size() > lines) {
    wrapped.resize(lines);
    wrapped.back() += " …";
  }
  return wrapped;
}

/// A text of one or more lines; `y` is the first line's baseline.
void Label(Html& html, double x, double y, const std::vector<std::string>& lines,
           const char* anchor = "start", const char* css = "") {
  Html::Attributes attributes = {{"x", Num(x)}, {"y", Num(y)}, {"text-anchor", anchor}};
  if (*css) attributes.emplace_back("class", css);
  html.Open("text", attributes);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines.size() == 1) {
      html.Text(lines[i]);
    } else {
      html.Element("tspan", lines[i], {{"x", Num(x)}, {"dy", i == 0 ? "0" : "1.2em"}});
    }
  }
  html.Close("text");
}

void Marker(Html& html, SeriesLook look, double x, double y, double size = 4.5) {
  Look style = LookOf(look);
  std::string marker = style.marker;
  Html::Attributes paint = {{"fill", style.colour}, {"stroke", "#ffffff"}, {"stroke-width", "1"}};
  auto with = [&](Html::Attributes attributes) {
    attributes.insert(attributes.end(), paint.begin(), paint.end());
    return attributes;
  };
  if (marker == "circle") {
    html.Empty("circle", with({{"cx", Num(x)}, {"cy", Num(y)}, {"r", Num(size)}}));
  } else if (marker == "square") {
    html.Empty("rect", with({{"x", Num(x - size)},
                             {"y", Num(y - size)},
                             {"width", Num(2 * size)},
                             {"height", Num(2 * size)}}));
  } else if (marker == "triangle") {
    html.Empty("polygon",
               with({{"points", Num(x) + "," + Num(y - size * 1.2) + " " + Num(x - size * 1.1) +
                                    "," + Num(y + size * 0.8) + " " + Num(x + size * 1.1) + "," +
                                    Num(y + size * 0.8)}}));
  } else if (marker == "diamond") {
    html.Empty("polygon",
               with({{"points", Num(x) + "," + Num(y - size * 1.3) + " " + Num(x + size * 1.1) +
                                    "," + Num(y) + " " + Num(x) + "," + Num(y + size * 1.3) + " " +
                                    Num(x - size * 1.1) + "," + Num(y)}}));
  } else if (marker == "cross") {
    std::string d = "M" + Num(x - size) + "," + Num(y - size) + "L" + Num(x + size) + "," +
                    Num(y + size) + "M" + Num(x - size) + "," + Num(y + size) + "L" +
                    Num(x + size) + "," + Num(y - size);
    html.Empty("path", {{"d", d}, {"stroke", style.colour}, {"stroke-width", "2.2"}});
  }
}

Html::Attributes Stroke(SeriesLook look) {
  Look style = LookOf(look);
  Html::Attributes attributes = {
      {"fill", "none"}, {"stroke", style.colour}, {"stroke-width", Num(style.width)}};
  if (*style.dash) attributes.emplace_back("stroke-dasharray", style.dash);
  return attributes;
}

Html::Attributes With(Html::Attributes attributes, const Html::Attributes& more) {
  attributes.insert(attributes.end(), more.begin(), more.end());
  return attributes;
}

/// A legend entry: a short stretch of the series' line with its marker, then its name.
struct LegendEntry {
  std::string name;
  std::optional<SeriesLook> look;  ///< None: `swatch` is drawn instead.
  std::string swatch;              ///< A fill (colour or pattern url) for a box or bar part.
};

/// Lays out the legend from (x, y) within `width`; returns the height it takes.
double Legend(Html& html, const std::vector<LegendEntry>& entries, double x, double y,
              double width) {
  double at_x = x;
  double at_y = y;
  for (const LegendEntry& entry : entries) {
    double entry_width = 44 + 6.4 * static_cast<double>(DisplayWidth(entry.name));
    if (at_x > x && at_x + entry_width > x + width) {
      at_x = x;
      at_y += 20;
    }
    if (entry.look) {
      html.Empty(
          "line",
          With(Stroke(*entry.look),
               {{"x1", Num(at_x)}, {"y1", Num(at_y)}, {"x2", Num(at_x + 30)}, {"y2", Num(at_y)}}));
      Marker(html, *entry.look, at_x + 15, at_y);
    } else {
      html.Empty("rect", {{"x", Num(at_x + 4)},
                          {"y", Num(at_y - 7)},
                          {"width", "22"},
                          {"height", "14"},
                          {"fill", entry.swatch},
                          {"stroke", "#404040"}});
    }
    Label(html, at_x + 36, at_y + 4, {entry.name});
    at_x += entry_width;
  }
  return at_y - y + 20;
}

/// Opens the figure and its SVG: the visible caption, then the SVG's title and the text
/// equivalent, both named as the image's accessible name and description.
void OpenChart(Html& html, const ChartFrame& frame, double width, double height,
               const std::string& description) {
  html.Open("figure", {{"class", "chart"}, {"id", frame.id}});
  html.Element("figcaption", frame.title);
  html.Open("svg", {{"viewBox", "0 0 " + Num(width) + " " + Num(height)},
                    {"width", Num(width)},
                    {"height", Num(height)},
                    {"role", "img"},
                    {"aria-labelledby", frame.id + "-title " + frame.id + "-desc"}});
  html.Element("title", frame.title, {{"id", frame.id + "-title"}});
  html.Element("desc", description, {{"id", frame.id + "-desc"}});
}

void CloseChart(Html& html) {
  html.Close("svg");
  html.Close("figure");
  html.Line();
}

std::string ValueText(std::optional<double> value, const ChartWords& words) {
  return FormatFixed(value, 2, words.none);
}

/// `Axis: series 2.50, series 3.00; ...`: the numbers of every series per axis or row.
std::string SeriesDescription(const std::vector<std::string>& labels,
                              const std::vector<ChartSeries>& series, const ChartWords& words) {
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    std::vector<std::string> values;
    for (const ChartSeries& one : series) {
      values.push_back(one.name + " " +
                       ValueText(i < one.values.size() ? one.values[i] : std::nullopt, words));
    }
    parts.push_back(labels[i] + ": " + Join(values, ", "));
  }
  return Join(parts, "; ") + ".";
}

/// A horizontal scale from `left` to `right` for rows of labelled data.
struct Scale {
  double low, high, left, right;
  double X(double value) const {
    return left + (right - left) * (std::clamp(value, low, high) - low) / (high - low);
  }
};

/// The ticks and grid of a horizontal scale, from `top` to `bottom`.
void HorizontalAxis(Html& html, const Scale& scale, const std::vector<int>& ticks, double top,
                    double bottom) {
  for (int tick : ticks) {
    double x = scale.X(tick);
    html.Empty(
        "line",
        {{"x1", Num(x)}, {"y1", Num(top)}, {"x2", Num(x)}, {"y2", Num(bottom)}, {"class", "grid"}});
    Label(html, x, top - 6, {std::to_string(tick)}, "middle", "tick");
  }
}

constexpr double kWidth = 680;
constexpr double kLabelWidth = 250;  ///< The label column of row charts.
constexpr std::size_t kLabelColumns = 38;
constexpr double kRowHeight = 30;

/// A row chart's label, right-aligned before the plot, in up to two lines; returns the
/// middle of the row.
double RowLabel(Html& html, const std::string& label, double top, std::size_t row) {
  double mid = top + kRowHeight * (static_cast<double>(row) + 0.5);
  std::vector<std::string> lines = Wrap(label, kLabelColumns, 2);
  Label(html, kLabelWidth + 10, mid + 4 - 6.6 * static_cast<double>(lines.size() - 1), lines, "end",
        "axis");
  return mid;
}

}  // namespace

SeriesLook SideLook(std::size_t index) {
  constexpr SeriesLook kSides[] = {SeriesLook::kSideA, SeriesLook::kSideB, SeriesLook::kSideC};
  return kSides[index % 3];
}

namespace {

/// Where a value falls on a radar chart's axis: the axes evenly round the centre, the
/// first straight up; `low` at the centre, `high` at `radius`.
struct RadarGeometry {
  double cx;
  double cy;
  double radius;
  std::size_t n;  ///< The number of axes.
  double low;
  double high;

  std::pair<double, double> Point(std::size_t axis, double value) const {
    double angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * static_cast<double>(axis) /
                                               static_cast<double>(std::max<std::size_t>(n, 1));
    double r = radius * (std::clamp(value, low, high) - low) / (high - low);
    return std::pair{cx + r * std::cos(angle), cy + r * std::sin(angle)};
  }
};

/// Rings at each level, numbered up the first axis; spokes with the axis labels.
void RadarGrid(Html& html, const RadarGeometry& geometry, const std::vector<int>& ticks,
               const std::vector<std::string>& axes) {
  const std::size_t n = geometry.n;
  const double cx = geometry.cx;
  const double cy = geometry.cy;
  for (int tick : ticks) {
    std::string points;
    for (std::size_t axis = 0; axis < n; ++axis) {
      auto [x, y] = geometry.Point(axis, tick);
      points += Num(x) + "," + Num(y) + " ";
    }
    html.Empty("polygon", {{"points", points}, {"class", "grid"}, {"fill", "none"}});
    auto [x, y] = geometry.Point(0, tick);
    Label(html, x + 4, y + 4, {std::to_string(tick)}, "start", "tick");
  }
  for (std::size_t axis = 0; axis < n; ++axis) {
    auto [x, y] = geometry.Point(axis, geometry.high);
    html.Empty(
        "line",
        {{"x1", Num(cx)}, {"y1", Num(cy)}, {"x2", Num(x)}, {"y2", Num(y)}, {"class", "grid"}});
    double dx = x - cx;
    double dy = y - cy;
    double lx = cx + dx * 1.1;
    double ly = cy + dy * 1.1;
    const char* anchor = std::abs(dx) < 20 ? "middle" : (dx > 0 ? "start" : "end");
    std::vector<std::string> lines = Wrap(axes[axis], 22, 3);
    double first_line = dy < -20 ? ly - 13.2 * static_cast<double>(lines.size() - 1) - 2
                                 : (dy > 20 ? ly + 10 : ly + 4 - 6.6 * (lines.size() - 1));
    Label(html, lx, first_line, lines, anchor, "axis");
  }
}

/// One series: a line between neighbouring axes that both have a value, and markers.
void RadarSeries(Html& html, const RadarGeometry& geometry, const ChartSeries& one) {
  const std::size_t n = geometry.n;
  bool whole = one.values.size() == n &&
               std::all_of(one.values.begin(), one.values.end(),
                           [](const std::optional<double>& v) { return v.has_value(); });
  if (whole) {
    std::string points;
    for (std::size_t axis = 0; axis < n; ++axis) {
      auto [x, y] = geometry.Point(axis, *one.values[axis]);
      points += Num(x) + "," + Num(y) + " ";
    }
    Html::Attributes attributes = With(Stroke(one.look), {{"points", points}});
    if (one.look == SeriesLook::kCurrent) {
      attributes[0] = {"fill", LookOf(one.look).colour};
      attributes.emplace_back("fill-opacity", "0.12");
    }
    html.Empty("polygon", attributes);
  } else {
    for (std::size_t axis = 0; axis < n && n > 1; ++axis) {
      std::size_t next = (axis + 1) % n;
      if (axis >= one.values.size() || next >= one.values.size() || !one.values[axis] ||
          !one.values[next]) {
        continue;
      }
      auto [x1, y1] = geometry.Point(axis, *one.values[axis]);
      auto [x2, y2] = geometry.Point(next, *one.values[next]);
      html.Empty("line",
                 With(Stroke(one.look),
                      {{"x1", Num(x1)}, {"y1", Num(y1)}, {"x2", Num(x2)}, {"y2", Num(y2)}}));
    }
  }
  for (std::size_t axis = 0; axis < std::min(n, one.values.size()); ++axis) {
    if (!one.values[axis]) continue;
    auto [x, y] = geometry.Point(axis, *one.values[axis]);
    Marker(html, one.look, x, y, one.look == SeriesLook::kCurrent ? 4.5 : 3.5);
  }
}

}  // namespace

void WriteRadarChart(Html& html, const ChartFrame& frame, const std::vector<std::string>& axes,
                     const std::vector<ChartSeries>& series) {
  const double radius = 172;
  const double cx = kWidth / 2;
  const double cy = 240;
  std::vector<LegendEntry> legend;
  for (const ChartSeries& one : series) legend.push_back({one.name, one.look, ""});
  const double legend_top = cy + radius + 75;
  // The legend's height is only known once laid out: lay it out once off the page.
  std::ostringstream scratch;
  Html measure(scratch);
  double legend_height = Legend(measure, legend, 20, 0, kWidth - 40);
  OpenChart(html, frame, kWidth, legend_top + legend_height,
            SeriesDescription(axes, series, frame.words));

  const RadarGeometry geometry{cx, cy, radius, axes.size(), frame.low, frame.high};
  RadarGrid(html, geometry, frame.ticks, axes);
  for (const ChartSeries& one : series) RadarSeries(html, geometry, one);
  Legend(html, legend, 20, legend_top, kWidth - 40);
  CloseChart(html);
}

namespace {

/// The box plots in words, a row each: what a screen reader says for the chart.
std::string BoxPlotsDescription(const ChartWords& w, const std::vector<std::string>& rows,
                                const std::vector<std::optional<Statistics>>& statistics) {
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::optional<Statistics>& s = statistics[i];
    if (!s) {
      parts.push_back(rows[i] + ": " + w.none);
      continue;
    }
    parts.push_back(rows[i] + ": " + w.lowest + " " + FormatFixed(s->min, 2) + ", " + w.q1 + " " +
                    FormatFixed(s->q1, 2) + ", " + w.median + " " + FormatFixed(s->median, 2) +
                    ", " + w.q3 + " " + FormatFixed(s->q3, 2) + ", " + w.highest + " " +
                    FormatFixed(s->max, 2) + ", " + w.mean + " " + FormatFixed(s->mean, 2));
  }
  return Join(parts, "; ") + ".";
}

/// One box plot on the line at `mid`: the range with its ends, the middle half, the median
/// and the mean.
void BoxPlot(Html& html, const Scale& scale, const Statistics& s, double mid) {
  const char* ink = "#1f4e79";
  html.Empty("line", {{"x1", Num(scale.X(s.min))},
                      {"y1", Num(mid)},
                      {"x2", Num(scale.X(s.max))},
                      {"y2", Num(mid)},
                      {"stroke", ink},
                      {"stroke-width", "1.5"}});
  for (double end : {s.min, s.max}) {
    html.Empty("line", {{"x1", Num(scale.X(end))},
                        {"y1", Num(mid - 7)},
                        {"x2", Num(scale.X(end))},
                        {"y2", Num(mid + 7)},
                        {"stroke", ink},
                        {"stroke-width", "1.5"}});
  }
  html.Empty("rect", {{"x", Num(scale.X(s.q1))},
                      {"y", Num(mid - 10)},
                      {"width", Num(std::max(1.0, scale.X(s.q3) - scale.X(s.q1)))},
                      {"height", "20"},
                      {"fill", "#c9daf0"},
                      {"stroke", ink},
                      {"stroke-width", "1.5"}});
  html.Empty("line", {{"x1", Num(scale.X(s.median))},
                      {"y1", Num(mid - 10)},
                      {"x2", Num(scale.X(s.median))},
                      {"y2", Num(mid + 10)},
                      {"stroke", "#0b2740"},
                      {"stroke-width", "3.5"}});
  Marker(html, SeriesLook::kMean, scale.X(s.mean), mid, 3.5);
}

/// The key below the box plots from `y`: each entry drawn as it is in the chart.
void BoxPlotsLegend(Html& html, const ChartWords& w, double y) {
  std::vector<LegendEntry> legend = {{w.middle_half, std::nullopt, "#c9daf0"},
                                     {w.median, SeriesLook::kCurrent, ""},
                                     {w.mean, SeriesLook::kMean, ""},
                                     {w.range, std::nullopt, "#ffffff"}};
  // The median and the range are drawn as in the chart, not as series lines.
  double x = 20;
  for (const LegendEntry& entry : legend) {
    if (entry.name == w.median) {
      html.Empty("line", {{"x1", Num(x + 15)},
                          {"y1", Num(y - 9)},
                          {"x2", Num(x + 15)},
                          {"y2", Num(y + 9)},
                          {"stroke", "#0b2740"},
                          {"stroke-width", "3.5"}});
    } else if (entry.name == w.mean) {
      Marker(html, SeriesLook::kMean, x + 15, y, 3.5);
    } else if (entry.name == w.range) {
      html.Empty("path", {{"d", "M" + Num(x + 2) + "," + Num(y - 6) + "v12M" + Num(x + 2) + "," +
                                    Num(y) + "h26M" + Num(x + 28) + "," + Num(y - 6) + "v12"},
                          {"stroke", "#1f4e79"},
                          {"stroke-width", "1.5"},
                          {"fill", "none"}});
    } else {
      html.Empty("rect", {{"x", Num(x + 4)},
                          {"y", Num(y - 8)},
                          {"width", "22"},
                          {"height", "16"},
                          {"fill", entry.swatch},
                          {"stroke", "#1f4e79"}});
    }
    Label(html, x + 36, y + 4, {entry.name});
    x += 50 + 6.4 * static_cast<double>(DisplayWidth(entry.name));
  }
}

}  // namespace

void WriteBoxPlots(Html& html, const ChartFrame& frame, const std::vector<std::string>& rows,
                   const std::vector<std::optional<Statistics>>& statistics) {
  const ChartWords& w = frame.words;
  const double top = 30;
  const double bottom = top + kRowHeight * static_cast<double>(rows.size());
  const double height = bottom + 40;
  OpenChart(html, frame, kWidth, height, BoxPlotsDescription(w, rows, statistics));
  Scale scale{frame.low, frame.high, kLabelWidth + 20, kWidth - 20};
  HorizontalAxis(html, scale, frame.ticks, top, bottom);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    double mid = RowLabel(html, rows[i], top, i);
    const std::optional<Statistics>& s = statistics[i];
    if (!s) {
      Label(html, scale.left + 6, mid + 4, {w.none}, "start", "tick");
      continue;
    }
    BoxPlot(html, scale, *s, mid);
  }
  BoxPlotsLegend(html, w, bottom + 22);
  CloseChart(html);
}

void WriteDotRanges(Html& html, const ChartFrame& frame, const std::vector<std::string>& rows,
                    const std::vector<ChartSeries>& series) {
  std::vector<LegendEntry> legend;
  for (const ChartSeries& one : series) legend.push_back({one.name, one.look, ""});
  const double top = 30;
  const double bottom = top + kRowHeight * static_cast<double>(rows.size());
  std::ostringstream scratch;
  Html measure(scratch);
  double legend_height = Legend(measure, legend, 20, 0, kWidth - 40);
  OpenChart(html, frame, kWidth, bottom + 22 + legend_height,
            SeriesDescription(rows, series, frame.words));
  Scale scale{frame.low, frame.high, kLabelWidth + 20, kWidth - 20};
  HorizontalAxis(html, scale, frame.ticks, top, bottom);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    double mid = RowLabel(html, rows[i], top, i);
    std::vector<double> values;
    for (const ChartSeries& one : series) {
      if (i < one.values.size() && one.values[i]) values.push_back(*one.values[i]);
    }
    if (values.empty()) {
      Label(html, scale.left + 6, mid + 4, {frame.words.none}, "start", "tick");
      continue;
    }
    auto [low, high] = std::minmax_element(values.begin(), values.end());
    html.Empty("line", {{"x1", Num(scale.X(*low))},
                        {"y1", Num(mid)},
                        {"x2", Num(scale.X(*high))},
                        {"y2", Num(mid)},
                        {"stroke", "#a6a6a6"},
                        {"stroke-width", "4"}});
    for (const ChartSeries& one : series) {
      if (i < one.values.size() && one.values[i])
        Marker(html, one.look, scale.X(*one.values[i]), mid, 5.5);
    }
  }
  Legend(html, legend, 20, bottom + 22, kWidth - 40);
  CloseChart(html);
}

void WriteLineChart(Html& html, const ChartFrame& frame, const std::vector<std::string>& periods,
                    const std::vector<ChartSeries>& series,
                    const std::vector<std::optional<double>>& band_low,
                    const std::vector<std::optional<double>>& band_high) {
  std::vector<LegendEntry> legend;
  bool band =
      !band_low.empty() && band_low.size() == periods.size() && band_high.size() == periods.size();
  if (band) legend.push_back({frame.words.middle_half, std::nullopt, "#dbe6f3"});
  for (const ChartSeries& one : series) legend.push_back({one.name, one.look, ""});
  std::vector<ChartSeries> described = series;
  if (band) {
    described.push_back({frame.words.q1, SeriesLook::kCurrent, band_low});
    described.push_back({frame.words.q3, SeriesLook::kCurrent, band_high});
  }
  const double top = 20;
  const double plot_height = 240;
  const double left = 60;
  const double right = kWidth - 30;
  std::ostringstream scratch;
  Html measure(scratch);
  double legend_height = Legend(measure, legend, 20, 0, kWidth - 40);
  const double legend_top = top + plot_height + 50;
  OpenChart(html, frame, kWidth, legend_top + legend_height,
            SeriesDescription(periods, described, frame.words));
  auto y_of = [&](double value) {
    return top + plot_height -
           plot_height * (std::clamp(value, frame.low, frame.high) - frame.low) /
               (frame.high - frame.low);
  };
  auto x_of = [&](std::size_t i) {
    return periods.size() == 1 ? (left + right) / 2
                               : left +
                                     (right - left - 40) * static_cast<double>(i) /
                                         static_cast<double>(periods.size() - 1) +
                                     20;
  };
  for (int tick : frame.ticks) {
    html.Empty("line", {{"x1", Num(left)},
                        {"y1", Num(y_of(tick))},
                        {"x2", Num(right)},
                        {"y2", Num(y_of(tick))},
                        {"class", "grid"}});
    Label(html, left - 8, y_of(tick) + 4, {std::to_string(tick)}, "end", "tick");
  }
  for (std::size_t i = 0; i < periods.size(); ++i) {
    Label(html, x_of(i), top + plot_height + 20, {periods[i]}, "middle", "axis");
  }
  if (band) {
    std::string points;
    for (std::size_t i = 0; i < periods.size(); ++i) {
      if (band_high[i]) points += Num(x_of(i)) + "," + Num(y_of(*band_high[i])) + " ";
    }
    for (std::size_t i = periods.size(); i-- > 0;) {
      if (band_low[i]) points += Num(x_of(i)) + "," + Num(y_of(*band_low[i])) + " ";
    }
    html.Empty("polygon", {{"points", points}, {"fill", "#dbe6f3"}, {"stroke", "none"}});
  }
  for (const ChartSeries& one : series) {
    std::string points;
    for (std::size_t i = 0; i < std::min(periods.size(), one.values.size()); ++i) {
      if (one.values[i]) points += Num(x_of(i)) + "," + Num(y_of(*one.values[i])) + " ";
    }
    html.Empty("polyline", With(Stroke(one.look), {{"points", points}}));
    for (std::size_t i = 0; i < std::min(periods.size(), one.values.size()); ++i) {
      if (!one.values[i]) continue;
      Marker(html, one.look, x_of(i), y_of(*one.values[i]));
      if (one.look == SeriesLook::kCurrent) {
        Label(html, x_of(i), y_of(*one.values[i]) - 10, {FormatFixed(one.values[i], 2)}, "middle",
              "value");
      }
    }
  }
  Legend(html, legend, 20, legend_top, kWidth - 40);
  CloseChart(html);
}

void WriteStackedBars(Html& html, const ChartFrame& frame, const std::vector<std::string>& rows,
                      const std::vector<BarPart>& parts) {
  // Solid, hatched and dotted: the parts differ by pattern as well as colour.
  const char* kColours[] = {"#2e7d32", "#b91c1c", "#8c8c8c"};
  std::vector<std::string> described;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    std::vector<std::string> counts;
    for (const BarPart& part : parts)
      counts.push_back(part.name + " " + std::to_string(part.counts[i]));
    described.push_back(rows[i] + ": " + Join(counts, ", "));
  }
  std::vector<LegendEntry> legend;
  for (std::size_t p = 0; p < parts.size(); ++p) {
    legend.push_back(
        {parts[p].name, std::nullopt, "url(#" + frame.id + "-part" + std::to_string(p) + ")"});
  }
  const double top = 10;
  const double bottom = top + kRowHeight * static_cast<double>(rows.size());
  OpenChart(html, frame, kWidth, bottom + 40, Join(described, "; ") + ".");
  html.Open("defs");
  for (std::size_t p = 0; p < parts.size(); ++p) {
    const char* colour = kColours[p % 3];
    html.Open("pattern", {{"id", frame.id + "-part" + std::to_string(p)},
                          {"width", "8"},
                          {"height", "8"},
                          {"patternUnits", "userSpaceOnUse"}});
    html.Empty("rect", {{"width", "8"}, {"height", "8"}, {"fill", colour}});
    if (p % 3 == 1) {
      html.Empty(
          "path",
          {{"d", "M0,8L8,0M-2,2L2,-2M6,10L10,6"}, {"stroke", "#ffffff"}, {"stroke-width", "2"}});
    } else if (p % 3 == 2) {
      html.Empty("circle", {{"cx", "4"}, {"cy", "4"}, {"r", "1.6"}, {"fill", "#ffffff"}});
    }
    html.Close("pattern");
  }
  html.Close("defs");
  double left = 110;
  double right = kWidth - 20;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    double mid = top + kRowHeight * (static_cast<double>(i) + 0.5);
    Label(html, left - 10, mid + 4, {rows[i]}, "end", "axis");
    int total = 0;
    for (const BarPart& part : parts) total += part.counts[i];
    double x = left;
    for (std::size_t p = 0; p < parts.size(); ++p) {
      int count = parts[p].counts[i];
      if (count == 0 || total == 0) continue;
      double width = (right - left) * count / total;
      html.Empty("rect", {{"x", Num(x)},
                          {"y", Num(mid - 11)},
                          {"width", Num(width)},
                          {"height", "22"},
                          {"fill", "url(#" + frame.id + "-part" + std::to_string(p) + ")"},
                          {"stroke", "#ffffff"}});
      if (width >= 22) {
        html.Element("text", std::to_string(count),
                     {{"x", Num(x + width / 2)},
                      {"y", Num(mid + 4)},
                      {"text-anchor", "middle"},
                      {"class", "count"}});
      }
      x += width;
    }
  }
  Legend(html, legend, 20, bottom + 20, kWidth - 40);
  CloseChart(html);
}

}  // namespace maturity
