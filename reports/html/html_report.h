// The frame every published HTML report shares (docs/report.md): one self-contained file
// (its style sheet inline, charts as inline SVG, no script, nothing fetched), one part per
// language each marked with its `lang`, printed on A4 with page numbers in that language.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "common/messages.h"
#include "common/numbers.h"
#include "engine/framework.h"
#include "reports/html/html.h"
#include "reports/html/svg_charts.h"

namespace maturity {

/// The languages of `choice`: `en`, `cy`, or both joined by `+` in the order to print
/// them (`en+cy`, `cy+en`). Throws std::invalid_argument naming what was expected.
std::vector<std::string> ReportLanguages(std::string_view choice);

/// One language's part of a report: writes its content into `html` (inside an <article>
/// already marked with the language). `id` prefixes every id, unique in the document.
using ReportPart = std::function<void(Html& html, const Messages& messages, const std::string& id)>;

/// The fixed style sheet every report carries, before each language's page footer.
std::string_view ReportStyleSheet();

/// Writes the whole document: the head (title in each language), a link to each
/// language's part when there are two, then each part.
void WriteReportDocument(std::ostream& out, const std::vector<std::string>& languages,
                         const std::function<std::string(const Messages&)>& title,
                         const ReportPart& part);

/// Opens a section headed `heading` (an h2 with id `id`, naming the section for screen
/// readers). The heading is kept on one page with what follows it up to KeepUntilHere, or
/// with the whole section.
void OpenSection(Html& html, const std::string& id, const std::string& heading);
/// Ends the part of the open section kept with its heading (once; later calls do nothing).
void KeepUntilHere(Html& html);
void CloseSection(Html& html);

/// A headline figure: a label, the value large (`field` names the JSON number it shows),
/// and a line of detail; `warn` marks it for attention (by its border and words, never
/// colour alone).
void HeadlineFigure(Html& html, const std::string& label, const std::string& value,
                    const std::string& detail, const std::string& field = "", bool warn = false);
/// A number cell naming the JSON number it shows in `data-field`.
void NumberCell(Html& html, const std::string& text, const std::string& field);

/// The method note: each term with its explanation, as a definition list.
void MethodList(Html& html, const std::vector<std::pair<std::string, std::string>>& entries);

/// A chart on the framework's scale (its lowest to highest level, each level marked), with
/// its words in the catalogue's language.
ChartFrame FrameOnScale(const Framework& framework, const Messages& messages, const std::string& id,
                        const std::string& title);

/// A table's header row from `headings`; a heading marked numeric is right-aligned.
struct Column {
  std::string heading;
  bool numeric = false;
};
void TableHead(Html& html, const std::vector<Column>& columns);
/// A cell of a table body: numeric cells are right-aligned and never wrap.
void Cell(Html& html, const std::string& text, bool numeric = false);

/// What the writer of every published report shares: its page, catalogue and language,
/// the ids of its sections (prefixed with the language's part, `en-`), the header naming
/// the framework, and numbers as the report shows them. A report's writer derives from it.
class ReportPage {
 protected:
  ReportPage(const Framework& framework, Html& html, const Messages& m, const std::string& id)
      : framework_(framework), html_(html), m_(m), language_(m.language()), id_(id) {}

  /// A score or other figure with two decimals; "-" for none.
  static std::string Fixed(std::optional<double> value) { return FormatFixed(value, 2); }
  /// Opens the section `key` (its id in this language's part) headed `heading`.
  void Section(const std::string& key, const std::string& heading) {
    OpenSection(html_, id_ + "-" + key, heading);
  }
  void EndSection() { CloseSection(html_); }
  /// A table of data named `name` (its data-table attribute, for the tests and scripts
  /// that read it), captioned, headed by `columns`; `rows` writes the body's rows.
  void DataTable(const std::string& name, const std::string& caption,
                 const std::vector<Column>& columns, const std::function<void()>& rows);
  /// The page's header: the framework and its version, `heading`, the `lead` paragraph,
  /// and `note` below it when there is one.
  /// `below_heading` writes what stands right under the heading (a report's status).
  void Header(const std::string& heading, const std::string& lead, const std::string& note = "",
              const std::function<void()>& below_heading = {});

  const Framework& framework_;
  Html& html_;
  const Messages& m_;
  std::string language_;
  std::string id_;
};

}  // namespace maturity
