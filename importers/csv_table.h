// CSV files as survey tools export them (Microsoft Forms, Google Forms, Jisc Online
// Surveys): parsed by libcsv, so quoted fields, embedded newlines and CRLF are handled
// by a well-kept library rather than by code of ours.
#pragma once

#include <string>
#include <vector>

namespace maturity {

struct CsvTable {
  /// Records in file order; the first is the header. Blank lines are skipped.
  std::vector<std::vector<std::string>> rows;
  /// The line on which each record starts (from 1), for errors.
  std::vector<int> lines;
};

/// Parses `content` (UTF-8, with or without a byte-order mark) read from `file`.
/// Throws InputError at `file:line:column` for invalid UTF-8, a malformed quoted field
/// or an empty file.
CsvTable ParseCsv(const std::string& file, const std::string& content, char delimiter = ',');

}  // namespace maturity
