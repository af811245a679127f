#include "importers/csv_table.h"

#include <csv.h>

#include <algorithm>
#include <memory>
#include <string_view>

#include "engine/diagnostics.h"
#include "engine/input_file.h"

namespace maturity {

namespace {

struct Builder {
  CsvTable table;
  std::vector<std::string> record;
  const std::string* content = nullptr;
  std::size_t offset = 0;  ///< Bytes consumed when the current chunk began.
  int line = 1;            ///< Line of the next byte fed.
  int record_line = 1;     ///< Line on which the current record started.
  bool in_record = false;
};

void OnField(void* data, std::size_t length, void* state) {
  auto* builder = static_cast<Builder*>(state);
  builder->record.emplace_back(static_cast<const char*>(data), data ? length : 0);
}

void OnRecord(int /*terminator*/, void* state) {
  auto* builder = static_cast<Builder*>(state);
  // A line of delimiters only (",,,,", as spreadsheets leave at the end) is blank too.
  bool blank = std::all_of(builder->record.begin(), builder->record.end(),
                           [](const std::string& field) { return field.empty(); });
  if (!builder->record.empty() && !blank) {
    builder->table.rows.push_back(std::move(builder->record));
    builder->table.lines.push_back(builder->record_line);
  }
  builder->record.clear();
  builder->in_record = false;
}

}  // namespace

CsvTable ParseCsv(const std::string& file, const std::string& content, char delimiter) {
  std::size_t start = content.starts_with("\xEF\xBB\xBF") ? 3 : 0;  // UTF-8 byte-order mark
  if (content.find_first_not_of(" \t\r\n", start) == std::string::npos) {
    throw InputError({file, 0, 0}, "", "the file is empty; expected a header row and answers");
  }
  if (LooksLikeUtf16(content)) {
    throw InputError({file, 1, 1}, "",
                     "this file is UTF-16 text; export or save it as \"CSV UTF-8\"");
  }
  if (std::size_t nul = content.find('\0'); nul != std::string::npos) {
    auto [line, column] = LineAndColumn(content, nul);
    throw InputError({file, line, column}, "", "this is a binary file, not CSV text");
  }
  if (std::size_t bad = FirstInvalidUtf8(content); bad != std::string::npos) {
    auto [line, column] = LineAndColumn(content, bad);
    throw InputError({file, line, column}, "",
                     "invalid UTF-8; save the survey export as \"CSV UTF-8\" (it looks like "
                     "another encoding, such as Windows-1252)");
  }
  // A file separated by semicolons (as European spreadsheets save CSV) read with commas
  // fails at its first quote; say what to change instead.
  if (delimiter != ';') {
    std::string_view header(content.data() + start, content.find('\n', start) == std::string::npos
                                                        ? content.size() - start
                                                        : content.find('\n', start) - start);
    auto outside_quotes = [&](char wanted) {
      int count = 0;
      bool quoted = false;
      for (char c : header) {
        if (c == '"') quoted = !quoted;
        count += !quoted && c == wanted;
      }
      return count;
    };
    if (outside_quotes(delimiter) == 0 && outside_quotes(';') > 0) {
      throw InputError({file, 1, 1}, "",
                       "the header row is separated by semicolons (;), not by \"" +
                           std::string(1, delimiter) +
                           "\"; add delimiter: \";\" to the mapping "
                           "file");
    }
  }
  csv_parser parser;
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
    throw std::runtime_error("cannot start the CSV parser");
  }
  std::unique_ptr<csv_parser, void (*)(csv_parser*)> owner(&parser, csv_free);
  csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
  Builder builder;
  // Fed a line at a time, so that each record knows the line it starts on and an error
  // the line it is on.
  std::size_t position = start;
  while (position < content.size()) {
    std::size_t end = content.find('\n', position);
    end = end == std::string::npos ? content.size() : end + 1;
    // A record starts on the first line with content after the last record ended; blank
    // lines between records (which libcsv skips) do not start one.
    bool blank = content.find_first_not_of("\r\n", position) >= end;
    if (!builder.in_record && !blank) {
      builder.record_line = builder.line;
      builder.in_record = true;
    }
    std::size_t fed =
        csv_parse(&parser, content.data() + position, end - position, OnField, OnRecord, &builder);
    if (fed != end - position) {
      auto [line, column] = LineAndColumn(content, position + fed);
      throw InputError({file, line, column}, "",
                       "malformed quoted field: a quote inside a quoted field must be doubled "
                       "(\"\"), and a closing quote must end the field");
    }
    ++builder.line;
    position = end;
  }
  if (csv_fini(&parser, OnField, OnRecord, &builder) != 0) {
    throw InputError({file, builder.record_line, 1}, "",
                     "a quoted field starting in this record is never closed");
  }
  return builder.table;
}

}  // namespace maturity
