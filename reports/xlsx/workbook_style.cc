#include "reports/xlsx/workbook_style.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <stdexcept>

#include "common/messages.h"
#include "common/numbers.h"
#include "common/strings.h"
#include "reports/presentation.h"

namespace maturity {

namespace {

constexpr lxw_color_t kInk = 0x1F2A44;
constexpr lxw_color_t kHeaderFill = 0x1F4E79;
constexpr lxw_color_t kGapFill = 0xFCE4D6;
constexpr lxw_color_t kBigGapFill = 0xF8CBAD;
constexpr lxw_color_t kDivergenceFill = 0xE4DFEC;
constexpr lxw_color_t kGoodFill = 0xE2EFDA;
// Each side's colour in the HTML reports too.
constexpr lxw_color_t kManagementColour = 0xB45309;
constexpr lxw_color_t kUnionColour = 0x2E7D32;

std::string EscapeHeader(const std::string& text) {
  std::string escaped;
  for (char c : text) {
    escaped += c;
    if (c == '&') escaped += '&';
  }
  return escaped;
}

/// Excel's limit on the characters of one cell.
constexpr std::size_t kMaxCellCharacters = 32767;
/// Excel's limit on a header or footer, codes included.
constexpr std::size_t kMaxFooterCharacters = 255;

/// UTF-16 code units of a character whose UTF-8 starts with `lead`: two beyond U+FFFF
/// (a four-byte sequence, e.g. an emoji), one otherwise, none for a continuation byte.
std::size_t Utf16Units(unsigned char lead) {
  if ((lead & 0xC0) == 0x80) return 0;
  return lead >= 0xF0 ? 2 : 1;
}

/// Characters as Excel counts them: UTF-16 code units (an emoji counts two), not the code
/// points libxlsxwriter checks.
std::size_t CharacterCount(const std::string& text) {
  std::size_t count = 0;
  for (unsigned char c : text) count += Utf16Units(c);
  return count;
}

/// The longest start of `text` of at most `count` characters as CharacterCount counts
/// them, never cutting a character.
std::string FirstCharacters(const std::string& text, std::size_t count) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::size_t units = Utf16Units(static_cast<unsigned char>(text[i]));
    if (units > 0 && seen + units > count) return text.substr(0, i);
    seen += units;
  }
  return text;
}

/// While it lives, the process's standard error goes nowhere: libxlsxwriter prints its own
/// "[ERROR]" lines there, naming the temporary file, besides returning a status. Threads
/// writing workbooks at once (sector reading returned questionnaires) share it: the first
/// in silences, the last out restores, so that no thread restores another's silence.
class QuietStderr {
 public:
  QuietStderr() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (depth_++ > 0) return;
    std::fflush(stderr);
    saved_ = dup(STDERR_FILENO);
    int null = open("/dev/null", O_WRONLY);
    if (saved_ >= 0 && null >= 0) dup2(null, STDERR_FILENO);
    if (null >= 0) close(null);
  }
  QuietStderr(const QuietStderr&) = delete;
  QuietStderr& operator=(const QuietStderr&) = delete;
  ~QuietStderr() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (--depth_ > 0) return;
    std::fflush(stderr);
    if (saved_ >= 0) {
      dup2(saved_, STDERR_FILENO);
      close(saved_);
      saved_ = -1;
    }
  }

 private:
  static inline std::mutex mutex_;
  static inline int depth_ = 0;
  static inline int saved_ = -1;
};

/// Advance widths of Calibri's characters ' ' to '~' in thousandths of an em, regular and
/// bold (read from Carlito, which has Calibri's metrics).
constexpr unsigned short kRegularWidths[95] = {
    226, 326, 401, 498, 507, 715, 682, 221, 303, 303, 498, 498, 250, 306, 252, 386, 507, 507, 507,
    507, 507, 507, 507, 507, 507, 507, 268, 268, 498, 498, 498, 463, 894, 579, 544, 533, 615, 488,
    459, 631, 623, 252, 319, 520, 420, 855, 646, 662, 517, 673, 543, 459, 487, 642, 567, 890, 519,
    487, 468, 307, 386, 307, 498, 498, 291, 479, 525, 423, 525, 498, 305, 471, 525, 229, 239, 455,
    229, 799, 525, 527, 525, 525, 349, 391, 335, 525, 452, 715, 433, 453, 395, 314, 460, 314, 498,
};
constexpr unsigned short kBoldWidths[95] = {
    226, 326, 438, 498, 507, 729, 705, 233, 312, 312, 498, 498, 258, 306, 267, 430, 507, 507, 507,
    507, 507, 507, 507, 507, 507, 507, 276, 276, 498, 498, 498, 463, 898, 606, 561, 529, 630, 488,
    459, 637, 631, 267, 331, 547, 423, 874, 659, 676, 532, 686, 563, 473, 495, 653, 591, 906, 551,
    520, 478, 325, 430, 325, 498, 498, 300, 494, 537, 418, 537, 503, 316, 474, 537, 246, 255, 480,
    246, 813, 537, 538, 537, 537, 355, 399, 347, 537, 473, 745, 459, 474, 397, 344, 475, 344, 498,
};

/// The width of a character in ems: from the tables for ASCII; otherwise generously (an
/// accented letter is no wider than 0.6 em, a w with a circumflex 0.9, CJK a whole em).
double CharacterEms(char32_t c, bool bold) {
  if (c >= 32 && c <= 126) return (bold ? kBoldWidths : kRegularWidths)[c - 32] / 1000.0;
  if (c == 0x174 || c == 0x175) return 0.9;
  return c >= 0x2E80 ? 1.0 : 0.6;
}

/// The width of `text` in ems, character by character.
double TextEms(const std::string& text, bool bold) {
  double ems = 0;
  for (char32_t c : CodePoints(text)) ems += CharacterEms(c, bold);
  return ems;
}

}  // namespace

/// Quotes a sheet name for use in a formula reference.
std::string SheetRef(const std::string& sheet) {
  std::string quoted = "'";
  for (char c : sheet) quoted += c == '\'' ? std::string("''") : std::string(1, c);
  return quoted + "'";
}

std::string Column(lxw_col_t col) {
  std::string name;
  int n = col + 1;
  while (n > 0) {
    name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
    n = (n - 1) / 26;
  }
  return name;
}

std::string SheetCell(const std::string& sheet, lxw_row_t row, lxw_col_t col) {
  return SheetRef(sheet) + "!$" + Column(col) + "$" + std::to_string(row + 1);
}

std::string SheetRange(const std::string& sheet, lxw_row_t first_row, lxw_col_t first_col,
                       lxw_row_t last_row, lxw_col_t last_col) {
  return "=" + SheetRef(sheet) + "!$" + Column(first_col) + "$" + std::to_string(first_row + 1) +
         ":$" + Column(last_col) + "$" + std::to_string(last_row + 1);
}

WorkbookStyle::WorkbookStyle(const std::string& path, Document document)
    : document_(std::move(document)), path_(path) {
  workbook_ = workbook_new(path.c_str());
  if (!workbook_) throw std::runtime_error(path + ": cannot create the workbook");
  // The document's properties carry inserted texts (a name) too: no bidi controls.
  for (std::string* text : {&document_.title, &document_.subject, &document_.comments}) {
    *text = WithoutBidiControls(*text);
  }
  properties_.title = document_.title.data();
  properties_.subject = document_.subject.data();
  properties_.author = const_cast<char*>("maturity");
  properties_.comments = document_.comments.data();
  properties_.created = document_.created ? *document_.created : std::time(nullptr);
  workbook_set_properties(workbook_, &properties_);
  CreateFormats();
}

WorkbookStyle::~WorkbookStyle() {
  if (workbook_) workbook_close(workbook_);
}

void WorkbookStyle::Column(lxw_worksheet* sheet, lxw_col_t first, lxw_col_t last, double width,
                           lxw_format* format) {
  auto found = std::find_if(columns_.begin(), columns_.end(),
                            [&](const auto& entry) { return entry.first == sheet; });
  if (found == columns_.end()) found = columns_.insert(columns_.end(), {sheet, {}});
  for (lxw_col_t col = first; col <= last; ++col) found->second[col] = {width, format};
}

void WorkbookStyle::ApplyColumns() {
  for (auto& [sheet, columns] : columns_) {
    auto run_start = columns.begin();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
      auto next = std::next(it);
      bool run_ends = next == columns.end() || next->first != it->first + 1 ||
                      next->second.width != it->second.width ||
                      next->second.format != it->second.format;
      if (!run_ends) continue;
      worksheet_set_column(sheet, run_start->first, it->first, it->second.width, it->second.format);
      run_start = next;
    }
  }
  columns_.clear();
}

void WorkbookStyle::Columns(lxw_worksheet* sheet, std::initializer_list<double> widths) {
  lxw_col_t col = 0;
  for (double width : widths) {
    Column(sheet, col, col, width);
    ++col;
  }
}

void WorkbookStyle::Row(lxw_worksheet* sheet, lxw_row_t row, double height) {
  worksheet_set_row(sheet, row, height, nullptr);
  row_heights_[sheet][row] = height;
}

void WorkbookStyle::RowAtLeast(lxw_worksheet* sheet, lxw_row_t row, double height) {
  const auto& heights = row_heights_[sheet];
  auto known = heights.find(row);
  if (height > (known == heights.end() ? LXW_DEF_ROW_HEIGHT : known->second)) {
    Row(sheet, row, height);
  }
}

void WorkbookStyle::KeepTogether(lxw_worksheet* sheet, lxw_row_t first, lxw_row_t last) {
  blocks_[sheet].push_back({first, last});
}

void WorkbookStyle::RepeatRow(lxw_worksheet* sheet, lxw_row_t row) {
  worksheet_repeat_rows(sheet, row, row);
  repeated_rows_[sheet] = row;
}

void WorkbookStyle::ApplyPageBreaks() {
  // Every sheet is landscape A4 with 0.5 in side and 0.6 in top and bottom margins, fitted
  // to one page wide: a page holds 7.07 in of rows, divided by the scale the fit needs.
  // The scale is Excel's (Calibri, a column of w characters w x 7 + 5 pixels wide): the
  // largest a printer uses, so that a block never crosses a page. LibreOffice draws wider
  // columns (with Carlito, Calibri's metrics, 7.44 pixels a character, not Excel's rounded
  // 7: 6% wider; wider still without it), so prints smaller, with room left.
  constexpr double kPrintableWidth = (11.69 - 1.0) * 72;
  constexpr double kPrintableHeight = (8.27 - 1.2) * 72 * 0.98;  // With a little to spare.
  for (auto& [sheet_key, blocks] : blocks_) {
    lxw_worksheet* sheet = sheet_key;  // A plain variable: lambdas may capture it.
    double width = 0;                  // Points: a column of w characters is w x 7 + 5 pixels.
    auto found = std::find_if(columns_.begin(), columns_.end(),
                              [&](const auto& entry) { return entry.first == sheet; });
    if (found != columns_.end()) {
      lxw_col_t last = found->second.empty() ? 0 : found->second.rbegin()->first;
      for (lxw_col_t col = 0; col <= last; ++col) {
        auto setting = found->second.find(col);
        double characters =
            setting == found->second.end() ? LXW_DEF_COL_WIDTH : setting->second.width;
        width += (characters * 7 + 5) * 0.75;
      }
    }
    double scale = width > kPrintableWidth ? kPrintableWidth / width : 1.0;
    const auto& heights = row_heights_[sheet];
    auto height = [&](lxw_row_t row) {
      auto it = heights.find(row);
      return it == heights.end() ? LXW_DEF_ROW_HEIGHT : it->second;
    };
    // After the first page, the repeated header takes its height from every page.
    auto repeated = repeated_rows_.find(sheet);
    const double header = repeated == repeated_rows_.end() ? 0 : height(repeated->second);
    // The first page holds the header row among its own rows; every later page repeats it.
    const double page = kPrintableHeight / scale - header;
    std::sort(blocks.begin(), blocks.end());
    std::vector<lxw_row_t>& breaks = page_breaks_[sheet];
    double used = -header;
    lxw_row_t row = 0;
    for (const auto& [first, last] : blocks) {
      for (; row < first; ++row) used += height(row);
      double block = 0;
      for (lxw_row_t r = first; r <= last; ++r) block += height(r);
      if (used > 0 && used + block > page) {  // Not on a page's first block.
        breaks.push_back(first);
        used = 0;
      }
      for (; row <= last; ++row) used += height(row);
      while (used > page) used -= page;  // A block taller than a page breaks naturally.
    }
    if (breaks.size() > LXW_BREAKS_MAX) breaks.resize(LXW_BREAKS_MAX);
    breaks.push_back(0);  // The list ends in 0.
    worksheet_set_h_pagebreaks(sheet, breaks.data());
  }
  blocks_.clear();
}

std::vector<std::string> WorkbookStyle::Close() {
  ApplyPageBreaks();
  ApplyColumns();
  errno = 0;
  lxw_error error;
  {
    QuietStderr quiet;  // The failure is reported once, below, naming the user's file.
    error = workbook_close(workbook_);
  }
  int system_error = errno;
  workbook_ = nullptr;
  if (error != LXW_NO_ERROR) {
    throw std::runtime_error(path_ + ": cannot write the workbook: " +
                             (system_error ? std::strerror(system_error) : lxw_strerror(error)));
  }
  return notes_;
}

std::string SafeSheetName(const std::string& text) {
  constexpr std::size_t kLimit = 31;  // UTF-16 units, as Excel counts.
  std::string name;
  std::size_t units = 0;
  std::size_t i = 0;
  auto length = [&](unsigned char c) -> std::size_t {
    return c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  };
  std::vector<std::size_t> cuts;  // Byte offsets after each character, for the ellipsis.
  while (i < text.size()) {
    std::size_t bytes = std::min(length(static_cast<unsigned char>(text[i])), text.size() - i);
    std::size_t width = bytes == 4 ? 2 : 1;
    if (units + width > kLimit) {
      // Cut: drop characters until the ellipsis fits, then add it.
      while (!cuts.empty() && units + 1 > kLimit) {
        std::size_t previous = cuts.size() > 1 ? cuts[cuts.size() - 2] : 0;
        units -= (name.size() - previous == 4) ? 2 : 1;
        name.resize(previous);
        cuts.pop_back();
      }
      while (!name.empty() && name.back() == ' ') name.pop_back();
      return name + "\u2026";
    }
    std::string character = text.substr(i, bytes);
    if (character.size() == 1 && std::string("[]:*?/\\").find(character[0]) != std::string::npos) {
      character = "-";
    }
    name += character;
    units += width;
    cuts.push_back(name.size());
    i += bytes;
  }
  if (!name.empty() && name.front() == '\'') name.front() = '-';
  if (!name.empty() && name.back() == '\'') name.back() = '-';
  return name;
}

lxw_worksheet* WorkbookStyle::AddSheet(const std::string& name) {
  lxw_worksheet* sheet = workbook_add_worksheet(workbook_, name.c_str());
  if (!sheet) throw std::runtime_error("cannot add a sheet named \"" + name + "\"");
  worksheet_set_landscape(sheet);
  worksheet_set_paper(sheet, 9);  // A4
  worksheet_fit_to_pages(sheet, 1, 0);
  worksheet_set_margins(sheet, 0.5, 0.5, 0.6, 0.6);
  // Excel drops a footer over 255 characters: the left part (the institution and period)
  // gives way, ending in an ellipsis, so that the sheet name and page numbers stay.
  std::string right = "&C&A&R" + Messages::For(document_.language)("workbook.page");
  std::string left = EscapeHeader(WithoutBidiControls(document_.footer));
  std::size_t room = kMaxFooterCharacters - 2 - CharacterCount(right);
  if (CharacterCount(left) > room) {
    left = FirstCharacters(left, room - 1);
    if (!left.empty() && left.back() == '&' && (left.size() < 2 || left[left.size() - 2] != '&')) {
      left.pop_back();  // Never end on half of an escaped '&&'.
    }
    left += "…";
  }
  std::string footer = "&L" + left + right;
  worksheet_set_footer(sheet, footer.c_str());
  return sheet;
}

lxw_color_t WorkbookStyle::PerspectiveColour(std::size_t index) {
  static const lxw_color_t kColours[] = {kManagementColour, kUnionColour, 0x8B1A4F, 0xBF8F00};
  return kColours[index % 4];
}

void WorkbookStyle::CreateFormats() {
  CreateTextFormats();
  CreateNumberFormats();
  CreateFillInAndHighlightFormats();
}

void WorkbookStyle::CreateTextFormats() {
  title_format = NewFormat();
  format_set_bold(title_format);
  format_set_font_size(title_format, 16);
  format_set_font_color(title_format, kInk);

  subtitle_format = NewFormat();
  format_set_italic(subtitle_format);
  format_set_font_color(subtitle_format, 0x595959);

  section_format = NewFormat();
  format_set_bold(section_format);
  format_set_font_size(section_format, 12);
  format_set_font_color(section_format, kHeaderFill);
  format_set_bottom(section_format, LXW_BORDER_THIN);

  label_format = NewFormat();
  format_set_bold(label_format);
  format_set_align(label_format, LXW_ALIGN_VERTICAL_TOP);

  text_format = NewFormat();
  format_set_text_wrap(text_format);
  format_set_align(text_format, LXW_ALIGN_VERTICAL_TOP);

  after_number_format = NewFormat();
  format_set_text_wrap(after_number_format);
  format_set_align(after_number_format, LXW_ALIGN_VERTICAL_TOP);
  format_set_indent(after_number_format, 1);

  header_format = NewFormat();
  format_set_bold(header_format);
  format_set_font_color(header_format, LXW_COLOR_WHITE);
  format_set_bg_color(header_format, kHeaderFill);
  format_set_text_wrap(header_format);
  format_set_align(header_format, LXW_ALIGN_VERTICAL_CENTER);
  format_set_indent(header_format, 1);  // Clear of a right-aligned header on its left.
  number_header_format = NewFormat();   // Over right-aligned numbers, aligned with them.
  format_set_bold(number_header_format);
  format_set_font_color(number_header_format, LXW_COLOR_WHITE);
  format_set_bg_color(number_header_format, kHeaderFill);
  format_set_text_wrap(number_header_format);
  format_set_align(number_header_format, LXW_ALIGN_VERTICAL_CENTER);
  format_set_align(number_header_format, LXW_ALIGN_RIGHT);
}

void WorkbookStyle::CreateNumberFormats() {
  number_format = NumberFormat("0.00", LXW_ALIGN_VERTICAL_TOP);
  // A change in score carries its sign: +0.31, -0.20.
  change_format = NumberFormat("+0.00;-0.00;0.00", LXW_ALIGN_VERTICAL_TOP);
  big_number_format = NumberFormat("0.00", LXW_ALIGN_LEFT);
  format_set_bold(big_number_format);
  format_set_font_size(big_number_format, 14);
  percent_format = NumberFormat("0%", LXW_ALIGN_VERTICAL_TOP);
  left_number_format = NumberFormat("0.00", LXW_ALIGN_LEFT);
  left_percent_format = NumberFormat("0%", LXW_ALIGN_LEFT);
  integer_format = NumberFormat("0", LXW_ALIGN_VERTICAL_TOP);
}

lxw_format* WorkbookStyle::NumberFormat(const char* pattern, uint8_t align) {
  lxw_format* format = NewFormat();
  format_set_num_format(format, pattern);
  format_set_align(format, align);
  return format;
}

void WorkbookStyle::CreateFillInAndHighlightFormats() {
  fill_in_format = NewFormat();
  format_set_border(fill_in_format, LXW_BORDER_THIN);
  format_set_border_color(fill_in_format, 0xBFBFBF);
  format_set_bg_color(fill_in_format, 0xFFF2CC);
  format_set_unlocked(fill_in_format);  // Answer cells stay editable on protected sheets.
  format_set_text_wrap(fill_in_format);
  format_set_align(fill_in_format, LXW_ALIGN_VERTICAL_TOP);

  date_format = NewFormat();
  format_set_num_format(date_format, "yyyy-mm-dd");
  format_set_border(date_format, LXW_BORDER_THIN);
  format_set_border_color(date_format, 0xBFBFBF);
  format_set_bg_color(date_format, 0xFFF2CC);
  format_set_unlocked(date_format);
  format_set_align(date_format, LXW_ALIGN_VERTICAL_TOP);

  gap_format = NewFormat();
  format_set_bg_color(gap_format, kGapFill);
  big_gap_format = NewFormat();
  format_set_bg_color(big_gap_format, kBigGapFill);
  format_set_bold(big_gap_format);
  divergence_format = NewFormat();
  format_set_bg_color(divergence_format, kDivergenceFill);
  format_set_bold(divergence_format);
  good_format = NewFormat();
  format_set_bg_color(good_format, kGoodFill);
  flag_format = NewFormat();
  format_set_font_color(flag_format, 0x9C0006);
  format_set_bold(flag_format);
  format_set_text_wrap(flag_format);
  format_set_align(flag_format, LXW_ALIGN_VERTICAL_TOP);
  format_set_indent(flag_format, 1);  // Flags follow a right-aligned number.
}

lxw_format* WorkbookStyle::Indented(int level, bool bold) {
  level = std::clamp(level, 0, 3);
  lxw_format*& format = indented_[{level, bold}];
  if (!format) {
    format = NewFormat();
    format_set_text_wrap(format);
    format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    if (level > 0) format_set_indent(format, static_cast<uint8_t>(level));
    if (bold) format_set_bold(format);
  }
  return format;
}

void WorkbookStyle::Number(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col,
                           std::optional<double> value, lxw_format* format) {
  if (value) {
    worksheet_write_number(sheet, row, col, *value, format);
  } else {
    worksheet_write_string(sheet, row, col, "-", format);
  }
}

void WorkbookStyle::String(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col,
                           const std::string& inserted, lxw_format* format) {
  // A bidirectional control (a right-to-left override) in a name would reorder the rest
  // of the cell; a cell cannot isolate it as a page can, so it is left out.
  const std::string text = WithoutBidiControls(inserted);
  if (text.empty()) {
    worksheet_write_blank(sheet, row, col, format);
    return;
  }
  std::size_t characters = CharacterCount(text);
  if (characters <= kMaxCellCharacters) {
    worksheet_write_string(sheet, row, col, text.c_str(), format);
    return;
  }
  // Excel keeps at most 32,767 characters a cell; libxlsxwriter would write nothing.
  std::string marker = Messages::For(document_.language)(
      "workbook.shortened", {FormatNumber(static_cast<double>(characters))});
  std::string shown = FirstCharacters(text, kMaxCellCharacters - CharacterCount(marker)) + marker;
  worksheet_write_string(sheet, row, col, shown.c_str(), format);
  char cell[16];
  lxw_rowcol_to_cell(cell, row, col);
  notes_.push_back(std::string(sheet->name) + "!" + cell + ": a text of " +
                   std::to_string(characters) + " characters was shortened to Excel's " +
                   std::to_string(kMaxCellCharacters) + "; the JSON result keeps it whole");
}

bool WorkbookStyle::NumericColumn(lxw_worksheet* sheet, lxw_col_t col, lxw_row_t first_row,
                                  lxw_row_t last_row) {
  int numbers = 0;
  int texts = 0;
  for (lxw_row_t row = first_row; row <= last_row; ++row) {
    lxw_row* found = lxw_worksheet_find_row(sheet, row);
    lxw_cell* cell = found ? lxw_worksheet_find_cell_in_row(found, col) : nullptr;
    if (!cell) continue;
    if (cell->type == NUMBER_CELL || cell->type == FORMULA_CELL) ++numbers;
    if (cell->type == STRING_CELL || cell->type == INLINE_STRING_CELL) ++texts;
  }
  return numbers > texts;
}

void WorkbookStyle::AddTable(lxw_worksheet* sheet, lxw_row_t header_row, lxw_col_t first_col,
                             lxw_row_t last_row, const std::vector<std::string>& headers,
                             const std::string& name) {
  std::vector<lxw_table_column> columns(headers.size());
  std::vector<lxw_table_column*> pointers;
  for (std::size_t i = 0; i < headers.size(); ++i) {
    columns[i] = {};
    columns[i].header = const_cast<char*>(headers[i].c_str());
    columns[i].header_format =
        NumericColumn(sheet, static_cast<lxw_col_t>(first_col + i), header_row + 1, last_row)
            ? number_header_format
            : header_format;
    pointers.push_back(&columns[i]);
  }
  pointers.push_back(nullptr);
  lxw_table_options options = {};
  options.name = const_cast<char*>(name.c_str());
  options.style_type = LXW_TABLE_STYLE_TYPE_LIGHT;
  options.style_type_number = 9;
  options.columns = pointers.data();
  worksheet_add_table(sheet, header_row, first_col, std::max(last_row, header_row + 1),
                      static_cast<lxw_col_t>(first_col + headers.size() - 1), &options);
  double header_height = 32;  // Two lines at least, as every table's header shows.
  // A header wraps at spaces; a word longer than its column would be split mid-word
  // ("managemen/t"). Bold text in the header is about 1.1 times as wide.
  auto found = std::find_if(columns_.begin(), columns_.end(),
                            [&](const auto& entry) { return entry.first == sheet; });
  for (std::size_t i = 0; i < headers.size(); ++i) {
    std::size_t longest = 0;
    std::size_t start = 0;
    const std::string& header = headers[i];
    while (start <= header.size()) {
      std::size_t end = header.find_first_of(" \n", start);
      if (end == std::string::npos) end = header.size();
      longest = std::max(longest, DisplayWidth(header.substr(start, end - start)));
      start = end + 1;
    }
    double needed = static_cast<double>(longest) * 1.1 + 1.5;
    auto col = static_cast<lxw_col_t>(first_col + i);
    ColumnSetting current;
    if (found != columns_.end() && found->second.contains(col)) current = found->second[col];
    double width = current.width > 0 ? current.width : LXW_DEF_COL_WIDTH;
    if (width < needed) Column(sheet, col, col, needed, current.format);
    // Bold header text is wider: measure it in a narrower column.
    header_height = std::max(header_height, RowHeight({{header, std::max(width, needed) / 1.5}}));
  }
  Row(sheet, header_row, header_height);
}

void WorkbookStyle::Highlight(lxw_worksheet* sheet, lxw_row_t first_row, lxw_col_t col,
                              lxw_row_t last_row, uint8_t criteria, double value,
                              lxw_format* format) {
  lxw_conditional_format rule = {};
  rule.type = LXW_CONDITIONAL_TYPE_CELL;
  rule.criteria = criteria;
  rule.value = value;
  rule.format = format;
  worksheet_conditional_format_range(sheet, first_row, col, last_row, col, &rule);
}

void WorkbookStyle::ColourScale(lxw_worksheet* sheet, lxw_row_t first_row, lxw_col_t first_col,
                                lxw_row_t last_row, lxw_col_t last_col) {
  lxw_conditional_format rule = {};
  rule.type = LXW_CONDITIONAL_3_COLOR_SCALE;
  rule.min_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
  rule.min_value = document_.lowest_level;
  rule.min_color = 0xF8696B;
  rule.mid_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
  rule.mid_value = (document_.lowest_level + document_.highest_level) / 2.0;
  rule.mid_color = 0xFFEB84;
  rule.max_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
  rule.max_value = document_.highest_level;
  rule.max_color = 0x63BE7B;
  worksheet_conditional_format_range(sheet, first_row, first_col, last_row, last_col, &rule);
}

double WorkbookStyle::RowHeight(const std::vector<std::pair<std::string, double>>& cells,
                                double points) {
  // Characters a unit of column width holds: 1.2 at 11 points; in smaller type more, but
  // fewer than in proportion, as a line of more words loses more to wrapping (measured in
  // LibreOffice with Calibri's metrics, Carlito: 9-point descriptors wrap from 98).
  const double per_width = 1.2 * 11 / points * (points < 11 ? 0.92 : 1.0);
  const double line = 15.0 * points / 11;
  double lines = 1;
  for (const auto& [text, width] : cells) {
    double count = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      double length = static_cast<double>(DisplayWidth(text.substr(start, end - start)));
      count += std::max(1.0, std::ceil(length / (width * per_width)));
      start = end + 1;
    }
    lines = std::max(lines, count);
  }
  return std::min(409.0, line * lines + 2);
}

double WorkbookStyle::ExcelRowHeight(const std::vector<std::pair<std::string, double>>& cells,
                                     double points, bool bold) {
  // Lines as Excel wraps them: a column of w characters is w x 7 + 5 pixels wide, less a
  // few pixels of margin (LibreOffice draws columns 6% wider, from Carlito's unrounded
  // digit, so it wraps less); a text is as wide as its characters in Calibri's metrics,
  // with 3% to spare for rounding to pixels, filled word by word.
  const double pixels_per_em = points * 96 / 72 * 1.03;
  const double line = 15.0 * points / 11;
  double lines = 1;
  for (const auto& [text, width] : cells) {
    const double room = std::max(1.0, (width * 7 + 5 - 8) / pixels_per_em);  // In ems.
    const double space = CharacterEms(' ', bold);
    double count = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      const std::string paragraph = text.substr(start, end - start);
      double used = 0;  // Ems on the current line.
      count += 1;
      std::size_t word_start = 0;
      while (word_start <= paragraph.size()) {
        std::size_t word_end = paragraph.find(' ', word_start);
        if (word_end == std::string::npos) word_end = paragraph.size();
        const double word = TextEms(paragraph.substr(word_start, word_end - word_start), bold);
        if (used > 0 && used + space + word > room) {  // The word starts the next line.
          count += 1;
          used = 0;
        } else if (used > 0) {
          used += space;
        }
        used += word;
        while (used > room) {  // A word longer than a line is split across lines.
          count += 1;
          used -= room;
        }
        word_start = word_end + 1;
      }
      start = end + 1;
    }
    lines = std::max(lines, count);
  }
  return std::min(409.0, line * lines + 2);
}

}  // namespace maturity
