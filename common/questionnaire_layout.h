// Where the Excel questionnaire keeps what its importer needs: written by
// reports/questionnaire_workbook, read by importers/questionnaire_import.
#pragma once

namespace maturity {

/// The hidden, protected sheet that tells the importer what the workbook is and where
/// every answer cell lies.
inline constexpr const char* kQuestionnaireMetaSheet = "_maturity";
/// Its first cell, and the layout version in the cell beside it.
inline constexpr const char* kQuestionnaireMarker = "maturity questionnaire";
inline constexpr int kQuestionnaireLayoutVersion = 1;
/// Rows for agreed actions on the Agreed actions sheet.
inline constexpr int kQuestionnaireActionRows = 30;
/// The row (zero-based) of the meta sheet's cell-map header; entries follow it.
inline constexpr int kQuestionnaireMapHeaderRow = 7;

}  // namespace maturity
