// The schema both stores share (store/sqlite_store.cc, store/postgres_store.cc): the SQL
// that SQLite and PostgreSQL read alike. Each store adds what its dialect says differently
// (the audit trail's numbering and its guard, rebuilding a table) and runs the steps in
// order: version N of the schema is steps 1 to N.
#pragma once

namespace maturity {

/// Version 1, but for the audit table.
inline constexpr const char* kSchema1Tables = R"(
CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE assessments (
  id TEXT PRIMARY KEY, framework_id TEXT NOT NULL, framework_version TEXT NOT NULL,
  framework_yaml TEXT NOT NULL, institution_id TEXT NOT NULL, institution_name TEXT NOT NULL,
  period TEXT NOT NULL, created_at TEXT NOT NULL, closed_at TEXT NOT NULL DEFAULT '');
CREATE TABLE profile (
  assessment TEXT NOT NULL REFERENCES assessments(id), seq INTEGER NOT NULL,
  field TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (assessment, seq));
CREATE TABLE actions (
  assessment TEXT NOT NULL REFERENCES assessments(id), seq INTEGER NOT NULL,
  element TEXT NOT NULL, action TEXT NOT NULL, owner TEXT NOT NULL, due TEXT NOT NULL,
  status TEXT NOT NULL, note TEXT NOT NULL, PRIMARY KEY (assessment, seq));
CREATE TABLE respondents (
  assessment TEXT NOT NULL REFERENCES assessments(id), id TEXT NOT NULL,
  perspective TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL,
  invited_at TEXT NOT NULL, last_saved_at TEXT NOT NULL DEFAULT '',
  submitted_at TEXT NOT NULL DEFAULT '', revoked_at TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (assessment, id));
CREATE TABLE links (
  token_hash TEXT PRIMARY KEY, assessment TEXT NOT NULL REFERENCES assessments(id),
  role TEXT NOT NULL, perspective TEXT NOT NULL, respondent TEXT NOT NULL,
  issued_at TEXT NOT NULL, revoked_at TEXT NOT NULL DEFAULT '');
CREATE INDEX links_by_respondent ON links (assessment, respondent);
CREATE TABLE answers (
  assessment TEXT NOT NULL, respondent TEXT NOT NULL, element TEXT NOT NULL,
  level INTEGER, value DOUBLE PRECISION, has_checked INTEGER NOT NULL, not_applicable INTEGER NOT NULL,
  reason TEXT NOT NULL, note TEXT NOT NULL, version INTEGER NOT NULL, saved_at TEXT NOT NULL,
  PRIMARY KEY (assessment, respondent, element),
  FOREIGN KEY (assessment, respondent) REFERENCES respondents(assessment, id));
CREATE TABLE answer_items (
  assessment TEXT NOT NULL, respondent TEXT NOT NULL, element TEXT NOT NULL,
  list TEXT NOT NULL, seq INTEGER NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (assessment, respondent, element, list, seq));
CREATE TABLE sides_done (
  assessment TEXT NOT NULL REFERENCES assessments(id), perspective TEXT NOT NULL,
  at TEXT NOT NULL, not_submitted TEXT NOT NULL, PRIMARY KEY (assessment, perspective));
CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY, token_hash TEXT NOT NULL REFERENCES links(token_hash),
  csrf TEXT NOT NULL, language TEXT NOT NULL, expires_at TEXT NOT NULL);
)";

/// Version 2 (signatories and sign-offs, reopening, final assessments), but for freeing
/// overseers' links from the reference to an assessment.
inline constexpr const char* kSchema2Changes = R"(
ALTER TABLE assessments ADD COLUMN final_at TEXT NOT NULL DEFAULT '';
ALTER TABLE respondents ADD COLUMN signatory INTEGER NOT NULL DEFAULT 0;
ALTER TABLE respondents ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE respondents ADD COLUMN language TEXT NOT NULL DEFAULT '';
CREATE TABLE sign_offs (
  assessment TEXT NOT NULL REFERENCES assessments(id), perspective TEXT NOT NULL,
  respondent TEXT NOT NULL, name TEXT NOT NULL, date TEXT NOT NULL, agreed INTEGER NOT NULL,
  statement TEXT NOT NULL, at TEXT NOT NULL,
  PRIMARY KEY (assessment, perspective));
CREATE TABLE reopen_requests (
  assessment TEXT NOT NULL REFERENCES assessments(id), perspective TEXT NOT NULL,
  at TEXT NOT NULL, PRIMARY KEY (assessment, perspective));
)";

/// Version 3: last period's response (`collect create --from`) kept as it was given, with
/// its file's name and the framework that read it (fully resolved), so that the review
/// shows the change since last period as `maturity score --previous` gives it.
inline constexpr const char* kSchema3Changes = R"(
ALTER TABLE assessments ADD COLUMN previous_file TEXT NOT NULL DEFAULT '';
ALTER TABLE assessments ADD COLUMN previous_response TEXT NOT NULL DEFAULT '';
ALTER TABLE assessments ADD COLUMN previous_framework_yaml TEXT NOT NULL DEFAULT '';
)";

}  // namespace maturity
