// What each fuzz target does with one input; shared by the libFuzzer executables and the
// replay test that runs every committed finding as an ordinary test.
#pragma once

#include <string>

namespace maturity::fuzz {

/// Parses `input` as a framework. Invalid input must end in InputError, nothing else.
void FrameworkLoader(const std::string& input);

/// Parses `input` as a response to the bundled framework and, when valid, scores it and
/// writes the JSON and text reports to memory.
void ResponseLoader(const std::string& input);

/// Replaces one XML part of a blank questionnaire of the bundled framework with `input`
/// (its first byte chooses which: shared strings, workbook, relationships, a sheet, the
/// meta sheet) and reads it as `maturity import` does. Bad parts must end in XlsxError or
/// InputError.
void QuestionnairePart(const std::string& input);

/// Reads `input` as the XML of a workbook on its own, fast: as the shared strings and as
/// the only sheet of an otherwise minimal workbook. Bad XML must end in XlsxError.
void XlsxXml(const std::string& input);

/// Parses `input` as a sector benchmark for the bundled framework.
void BenchmarkReader(const std::string& input);

}  // namespace maturity::fuzz
