#include "reports/html/html_report.h"

#include <algorithm>
#include <stdexcept>

#include "common/strings.h"

namespace maturity {

namespace {

// Fixed: no value from an input is ever written into the style sheet, except the page
// footer's words, which come from the catalogue (CssString escapes them).
constexpr std::string_view kStyle = R"css(
:root { color: #1a1a1a; background: #ffffff; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; line-height: 1.45;
  max-width: 58rem; margin: 0 auto; padding: 1.5rem; font-size: 15px; }
h1 { font-size: 1.75rem; margin: 0.2rem 0 0.4rem; color: #0b2740; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.6rem; padding-bottom: 0.2rem;
  border-bottom: 3px solid #1f4e79; color: #0b2740; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
p { margin: 0.4rem 0 0.7rem; }
.kicker { color: #404040; margin: 0; font-size: 0.95rem; }
.lead { font-size: 1rem; color: #333333; }
nav.languages { text-align: right; font-size: 0.9rem; }
nav.languages a { margin-left: 1rem; color: #1f4e79; }
.headline { display: flex; flex-wrap: wrap; gap: 0.7rem; margin: 0.8rem 0; }
.figure { flex: 1 1 8rem; border: 1px solid #bfbfbf; border-top: 5px solid #1f4e79;
  padding: 0.5rem 0.8rem 0.6rem; break-inside: avoid; }
.figure .label { font-size: 0.85rem; color: #404040; margin: 0; }
.figure .value { font-size: 1.7rem; font-weight: bold; margin: 0.1rem 0; color: #0b2740; }
.figure .detail { font-size: 0.85rem; margin: 0; }
.figure.warn { border-top-color: #b91c1c; }
/* Table text is sized from the body's, so that printed tables keep to the page's width at
   the body's size (a wider table makes the browser shrink every page to fit it). */
table { border-collapse: collapse; width: 100%; font-size: 0.9em; margin: 0.4rem 0 1rem; }
caption { text-align: left; font-weight: bold; padding: 0.2rem 0 0.3rem; }
th, td { border: 1px solid #bfbfbf; padding: 0.25rem 0.45rem; text-align: left;
  vertical-align: top; }
thead th { background: #1f4e79; color: #ffffff; font-weight: bold; }
tbody th { font-weight: normal; }
.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
thead th { overflow-wrap: break-word; hyphens: auto; }
thead th.n { white-space: normal; text-align: right; }
.date { white-space: nowrap; }
tbody th[scope="row"] { min-width: 8em; }
.depth-1 { padding-left: 1.4rem; }
.depth-2 { padding-left: 2.4rem; }
.flag { font-weight: bold; color: #b91c1c; }
.status { font-weight: bold; color: #b91c1c; border: 2px solid #b91c1c; padding: 0.3rem 0.6rem; }
.status-mark { position: fixed; top: 0; right: 0; font-weight: bold; color: #b91c1c;
  font-size: 0.8rem; letter-spacing: 0.05em; }
.statement { border-left: 5px solid #b91c1c; background: #fbf1f1; margin: 0.5rem 0 1rem;
  padding: 0.4rem 0.9rem; white-space: pre-wrap; break-inside: avoid; }
.statement p { margin: 0.2rem 0; }
/* Free texts (names, statements, notes, evidence) may hold words longer than the page
   is wide: they wrap anywhere rather than run off the printed page. */
h1, h2, h3, p, li, dd, small, td, tbody th, caption, figcaption, .statement, bdi {
  overflow-wrap: anywhere; }
/* A level's name and a headline figure are short words: they wrap between words only,
   and their column or box takes the width they need ("Developi/ng" was split). */
td.level, .figure .value { overflow-wrap: normal; }
figure.chart { margin: 0.6rem 0 1rem; break-inside: avoid; }
figure.chart figcaption { font-weight: bold; margin-bottom: 0.3rem; }
figure.chart svg { max-width: 100%; height: auto; display: block; }
svg text { font-size: 11px; fill: #1a1a1a; }
svg text.tick { fill: #595959; font-size: 10px; }
svg text.axis { font-size: 11px; }
svg text.value { font-size: 10px; font-weight: bold; fill: #0b2740; }
svg text.count { font-size: 11px; font-weight: bold; fill: #ffffff; paint-order: stroke;
  stroke: #1a1a1a; stroke-width: 2px; }
svg .grid { stroke: #d0d0d0; stroke-width: 1; fill: none; }
ul.summary { margin: 0.4rem 0 0.8rem; padding-left: 1.2rem; }
ul.summary li { margin: 0.25rem 0; }
dl.method dt { font-weight: bold; margin-top: 0.5rem; }
dl.method dd { margin: 0.1rem 0 0.4rem 0; }
footer { margin-top: 2rem; font-size: 0.85rem; color: #404040; border-top: 1px solid #bfbfbf;
  padding-top: 0.5rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h1 { font-size: 1.5rem; }
  h2 { margin-top: 1.4rem; }
  nav.languages { display: none; }
  article + article { break-before: page; }
  h2, h3, caption, figcaption { break-after: avoid; }
  tr, table, figure, .keep, .headline, .statement, dl.method dd { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
@page { size: A4; margin: 15mm 14mm 18mm; }
)css";

/// `text` as a CSS string, for the page footer's words.
std::string CssString(std::string_view text) {
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') quoted += '\\';
    if (c == '<') {
      quoted += "\\3C ";
      continue;
    }
    quoted += c;
  }
  return quoted + "\"";
}

/// The footer of each language's pages: `Page 2 of 7` in that language.
std::string PageFooters(const std::vector<std::string>& languages) {
  std::string css;
  for (const std::string& language : languages) {
    std::string words = Messages::For(language)("report.page");
    std::string content;
    std::size_t at = 0;
    for (std::size_t i = 0; i < words.size();) {
      if (words.compare(i, 3, "{1}") == 0 || words.compare(i, 3, "{2}") == 0) {
        if (i > at) content += CssString(words.substr(at, i - at)) + " ";
        content += words[i + 1] == '1' ? "counter(page) " : "counter(pages) ";
        i += 3;
        at = i;
      } else {
        ++i;
      }
    }
    if (at < words.size()) content += CssString(words.substr(at));
    css += "article[lang=\"" + language + "\"] { page: part-" + language + "; }\n";
    css += "@page part-" + language + " { @bottom-center { content: " + content +
           "; font-size: 9pt; color: #595959; } }\n";
  }
  return css;
}

}  // namespace

std::string_view ReportStyleSheet() { return kStyle; }

std::vector<std::string> ReportLanguages(std::string_view choice) {
  std::vector<std::string> languages;
  std::size_t start = 0;
  while (true) {
    std::size_t plus = choice.find('+', start);
    languages.emplace_back(choice.substr(start, plus - start));
    if (plus == std::string_view::npos) break;
    start = plus + 1;
  }
  std::string expected = std::string(choice) + ": expected " +
                         JoinAsList(Messages::Languages(), "or") +
                         ", or two joined by + (en+cy, cy+en)";
  for (std::size_t i = 0; i < languages.size(); ++i) {
    if (!Messages::Supports(languages[i])) throw std::invalid_argument(expected);
    for (std::size_t j = 0; j < i; ++j) {
      if (languages[j] == languages[i]) throw std::invalid_argument(expected);
    }
  }
  return languages;
}

void WriteReportDocument(std::ostream& out, const std::vector<std::string>& languages,
                         const std::function<std::string(const Messages&)>& title,
                         const ReportPart& part) {
  out << "<!DOCTYPE html>\n";
  Html html(out);
  html.Open("html", {{"lang", languages.front()}});
  html.Line();
  html.Open("head");
  html.Empty("meta", {{"charset", "utf-8"}});
  html.Empty("meta", {{"name", "viewport"}, {"content", "width=device-width, initial-scale=1"}});
  // Nothing may be fetched: not even the browser's guess at a favicon.
  html.Empty("link", {{"rel", "icon"}, {"href", "data:,"}});
  std::vector<std::string> titles;
  for (const std::string& language : languages) titles.push_back(title(Messages::For(language)));
  html.Element("title", Join(titles, " | "));
  html.Style(std::string(ReportStyleSheet()) + PageFooters(languages));
  html.Close("head");
  html.Line();
  html.Open("body");
  html.Line();
  if (languages.size() > 1) {
    html.Open("nav", {{"class", "languages"}, {"aria-label", Join(titles, " | ")}});
    for (const std::string& language : languages) {
      html.Element("a", Messages::For(language)("report.language_name"),
                   {{"href", "#part-" + language}, {"lang", language}, {"hreflang", language}});
    }
    html.Close("nav");
    html.Line();
  }
  html.Open("main");
  for (const std::string& language : languages) {
    html.Open("article", {{"lang", language}, {"id", "part-" + language}});
    html.Line();
    part(html, Messages::For(language), language);
    html.Close("article");
    html.Line();
  }
  html.Close("main");
  html.Close("body");
  html.Close("html");
  out << "\n";
}

void OpenSection(Html& html, const std::string& id, const std::string& heading) {
  html.Open("section", {{"aria-labelledby", id}});
  html.Open("div", {{"class", "keep"}});
  html.Element("h2", heading, {{"id", id}});
}

void KeepUntilHere(Html& html) {
  if (html.innermost() == "div") html.Close("div");
}

void CloseSection(Html& html) {
  KeepUntilHere(html);
  html.Close("section");
  html.Line();
}

void HeadlineFigure(Html& html, const std::string& label, const std::string& value,
                    const std::string& detail, const std::string& field, bool warn) {
  html.Open("div", {{"class", warn ? "figure warn" : "figure"}});
  html.Element("p", label, {{"class", "label"}});
  Html::Attributes attributes = {{"class", "value"}};
  if (!field.empty()) attributes.emplace_back("data-field", field);
  html.Element("p", value, attributes);
  if (!detail.empty()) html.Element("p", detail, {{"class", "detail"}});
  html.Close("div");
}

void NumberCell(Html& html, const std::string& text, const std::string& field) {
  html.Element("td", text, {{"class", "n"}, {"data-field", field}});
}

ChartFrame FrameOnScale(const Framework& framework, const Messages& m, const std::string& id,
                        const std::string& title) {
  ChartFrame frame;
  frame.id = id;
  frame.title = title;
  frame.low = framework.lowest_level();
  // A scale of one level still needs a length to draw on.
  frame.high = std::max<double>(framework.highest_level(), frame.low + 1);
  for (const ScaleLevel& level : framework.scale) frame.ticks.push_back(level.level);
  frame.words = {
      m("scorecard.not_applicable"), m("sector.column.min"),        m("sector.column.q1"),
      m("sector.column.median"),     m("sector.column.q3"),         m("sector.column.max"),
      m("sector.column.mean"),       m("report.chart.middle_half"), m("report.chart.range")};
  return frame;
}

void MethodList(Html& html, const std::vector<std::pair<std::string, std::string>>& entries) {
  html.Open("dl", {{"class", "method"}});
  for (const auto& [term, text] : entries) {
    html.Element("dt", term);
    html.Element("dd", text);
  }
  html.Close("dl");
}

void TableHead(Html& html, const std::vector<Column>& columns) {
  html.Open("thead");
  html.Open("tr");
  for (const Column& column : columns) {
    Html::Attributes attributes = {{"scope", "col"}};
    if (column.numeric) attributes.emplace_back("class", "n");
    html.Element("th", column.heading, attributes);
  }
  html.Close("tr");
  html.Close("thead");
}

void Cell(Html& html, const std::string& text, bool numeric) {
  html.Element("td", text, numeric ? Html::Attributes{{"class", "n"}} : Html::Attributes{});
}

void ReportPage::Header(const std::string& heading, const std::string& lead,
                        const std::string& note, const std::function<void()>& below_heading) {
  html_.Open("header");
  html_.Element(
      "p", m_("scorecard.framework_version", {framework_.title.In(language_), framework_.version}),
      {{"class", "kicker"}});
  html_.Element("h1", heading);
  if (below_heading) below_heading();
  html_.Element("p", lead, {{"class", "lead"}});
  if (!note.empty()) html_.Element("p", note, {{"class", "kicker"}});
  html_.Close("header");
  html_.Line();
}

void ReportPage::DataTable(const std::string& name, const std::string& caption,
                           const std::vector<Column>& columns, const std::function<void()>& rows) {
  html_.Open("table", {{"data-table", name}});
  html_.Element("caption", caption);
  TableHead(html_, columns);
  html_.Open("tbody");
  rows();
  html_.Close("tbody");
  html_.Close("table");
}

}  // namespace maturity
