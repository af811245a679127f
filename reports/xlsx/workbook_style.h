// Shared plumbing for the workbooks maturity writes: the document, its formats, print
// setup, tables, conditional formats. Reports describe their sheets; this does the rest.
#pragma once

#include <xlsxwriter.h>

#include <ctime>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace maturity {

/// Chart colours shared by the workbooks: the HTML reports' (reports/html/svg_charts.cc).
constexpr lxw_color_t kScoreColour = 0x1F4E79;
constexpr lxw_color_t kTargetColour = 0x7F7F7F;
constexpr lxw_color_t kSectorColour = 0x7030A0;
constexpr lxw_color_t kPreviousColour = 0x767676;

/// `'Sheet'!$A$1:$A$9` style references and joins used by the workbook writers.
std::string SheetRange(const std::string& sheet, lxw_row_t first_row, lxw_col_t first_col,
                       lxw_row_t last_row, lxw_col_t last_col);
/// `'Sheet'!$A$1`: one cell, absolute, for formulas.
std::string SheetCell(const std::string& sheet, lxw_row_t row, lxw_col_t col);
/// `text` made a valid sheet name: the characters Excel forbids ([]:*?/\\) become '-',
/// and it is cut to Excel's 31 characters (whole UTF-8 characters, counted as Excel
/// counts them, in UTF-16 units), ending in '…' when cut.
std::string SafeSheetName(const std::string& text);

/// A workbook being written: owns the libxlsxwriter document and the house formats.
class WorkbookStyle {
 public:
  struct Document {
    std::string title;
    std::string subject;
    std::string comments;
    std::optional<std::time_t> created;  ///< None: now.
    std::string footer;                  ///< Left-hand footer on every printed page.
    std::string language = "en";         ///< Of the fixed texts (the page numbers).
    double lowest_level = 1;             ///< For colour scales.
    double highest_level = 5;
  };

  /// Creates the workbook at `path`; throws std::runtime_error when it cannot.
  WorkbookStyle(const std::string& path, Document document);
  WorkbookStyle(const WorkbookStyle&) = delete;
  WorkbookStyle& operator=(const WorkbookStyle&) = delete;
  ~WorkbookStyle();

  /// Writes the file and returns what it had to change to fit Excel's limits (a text
  /// shortened, cell by cell), for the caller to warn about; throws std::runtime_error on
  /// failure.
  std::vector<std::string> Close();

  lxw_workbook* workbook() { return workbook_; }
  /// A landscape A4 sheet, fit to the page width, with the footer.
  lxw_worksheet* AddSheet(const std::string& name);
  /// Sets the width (and default format) of columns `first` to `last`. Later settings of a
  /// column replace earlier ones; the sheet gets one setting per run of like columns when
  /// the workbook is closed, never overlapping ones (which Excel reads as invalid).
  void Column(lxw_worksheet* sheet, lxw_col_t first, lxw_col_t last, double width,
              lxw_format* format = nullptr);
  /// Sets the widths of the sheet's first columns, left to right.
  void Columns(lxw_worksheet* sheet, std::initializer_list<double> widths);
  /// Raises a row's height to `height` (points) when it is lower, as Row does.
  void RowAtLeast(lxw_worksheet* sheet, lxw_row_t row, double height);
  /// Sets a row's height (points), remembered for KeepTogether.
  void Row(lxw_worksheet* sheet, lxw_row_t row, double height);
  /// Rows `first` to `last` are printed on one page where they fit on one: a page break
  /// goes before them when they would cross one (a question with its answer cells).
  void KeepTogether(lxw_worksheet* sheet, lxw_row_t first, lxw_row_t last);
  /// Row `row` (a table's header) printed atop every page, counted as such by KeepTogether.
  void RepeatRow(lxw_worksheet* sheet, lxw_row_t row);
  /// Wrapped text indented `level` steps (0 to 3), bold for a heading row: a tree of
  /// dimensions and elements shown by the cell's indent, not by leading spaces.
  lxw_format* Indented(int level, bool bold);
  /// A number, or a dash when absent.
  void Number(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, std::optional<double> value,
              lxw_format* format);
  /// Text; an empty text writes a blank (formatted) cell. A text over Excel's 32,767
  /// characters a cell is shortened visibly, with a marker saying so and a note.
  void String(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const std::string& text,
              lxw_format* format = nullptr);
  /// An Excel table over `headers` and the rows below it, with a name and style. Each
  /// column is widened, when needed, so that the longest word of its header is never
  /// split across lines.
  void AddTable(lxw_worksheet* sheet, lxw_row_t header_row, lxw_col_t first_col, lxw_row_t last_row,
                const std::vector<std::string>& headers, const std::string& name);
  /// Formats cells of one column meeting `criteria value`.
  void Highlight(lxw_worksheet* sheet, lxw_row_t first_row, lxw_col_t col, lxw_row_t last_row,
                 uint8_t criteria, double value, lxw_format* format);
  /// Red-amber-green over the scale, for a block of score cells.
  void ColourScale(lxw_worksheet* sheet, lxw_row_t first_row, lxw_col_t first_col,
                   lxw_row_t last_row, lxw_col_t last_col);
  /// A row height that shows every line of wrapped `cells` (text, column width) in a font
  /// of `points` (Calibri: a line is 15 points at 11, 12.3 at 9, and holds as many more
  /// characters as the font is smaller).
  static double RowHeight(const std::vector<std::pair<std::string, double>>& cells,
                          double points = 11);
  /// The same, reckoned as Excel wraps: a column of w characters is w x 7 + 5 pixels (Excel
  /// rounds Calibri's digit to 7 pixels; LibreOffice draws columns 6% wider, so wraps
  /// less), a text as wide as its characters in Calibri's metrics, filled word by word;
  /// `bold` text is measured bold. The questionnaire's page breaks rest on it.
  static double ExcelRowHeight(const std::vector<std::pair<std::string, double>>& cells,
                               double points = 11, bool bold = false);
  /// The colour of the perspective at `index` in charts.
  static lxw_color_t PerspectiveColour(std::size_t index);

  lxw_format* title_format = nullptr;
  lxw_format* subtitle_format = nullptr;
  lxw_format* section_format = nullptr;
  lxw_format* label_format = nullptr;
  lxw_format* text_format = nullptr;
  /// Text that follows a right-aligned number (a level after its score): indented, so
  /// that "3.04" and "3 Established" never run together.
  lxw_format* after_number_format = nullptr;
  lxw_format* header_format = nullptr;
  lxw_format* number_header_format = nullptr;  ///< A table's header over a column of numbers.
  lxw_format* number_format = nullptr;
  lxw_format* big_number_format = nullptr;
  lxw_format* change_format = nullptr;
  lxw_format* percent_format = nullptr;
  lxw_format* left_number_format = nullptr;
  lxw_format* left_percent_format = nullptr;
  lxw_format* integer_format = nullptr;
  lxw_format* fill_in_format = nullptr;
  lxw_format* date_format = nullptr;
  lxw_format* gap_format = nullptr;
  lxw_format* big_gap_format = nullptr;
  lxw_format* divergence_format = nullptr;
  lxw_format* good_format = nullptr;
  lxw_format* flag_format = nullptr;

 private:
  lxw_format* NewFormat() { return workbook_add_format(workbook_); }
  /// Whether the cells of `col` written so far in the rows are mostly numbers.
  static bool NumericColumn(lxw_worksheet* sheet, lxw_col_t col, lxw_row_t first_row,
                            lxw_row_t last_row);
  /// The formats, in the order the workbook holds them: for text, for numbers, for cells
  /// to fill in and for highlights.
  void CreateFormats();
  void CreateTextFormats();
  void CreateNumberFormats();
  void CreateFillInAndHighlightFormats();
  /// A new format showing numbers as `pattern` (Excel's number format), aligned `align`.
  lxw_format* NumberFormat(const char* pattern, uint8_t align);

  std::map<std::pair<int, bool>, lxw_format*> indented_;
  lxw_workbook* workbook_ = nullptr;
  Document document_;
  lxw_doc_properties properties_ = {};
  std::string path_;
  std::vector<std::string> notes_;
  struct ColumnSetting {
    double width = 0;
    lxw_format* format = nullptr;
  };
  /// Per sheet, in the order sheets were added: column -> its setting.
  std::vector<std::pair<lxw_worksheet*, std::map<lxw_col_t, ColumnSetting>>> columns_;
  std::map<lxw_worksheet*, std::map<lxw_row_t, double>> row_heights_;
  std::map<lxw_worksheet*, std::vector<std::pair<lxw_row_t, lxw_row_t>>> blocks_;
  std::map<lxw_worksheet*, lxw_row_t> repeated_rows_;
  std::map<lxw_worksheet*, std::vector<lxw_row_t>> page_breaks_;  ///< Kept until closing.
  void ApplyColumns();
  void ApplyPageBreaks();
};

}  // namespace maturity
