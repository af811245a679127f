// The store in one SQLite file, DATA/maturity.sqlite: write-ahead log, full sync (a
// commit that returns is on the disk), every statement prepared, every operation one
// transaction, one connection shared under a lock (SQLite serialises writers anyway).
#include <sqlite3.h>
#include <sys/stat.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <functional>
#include <mutex>

#include "store/records.h"
#include "store/schema.h"
#include "store/store.h"

namespace maturity {

namespace {

constexpr const char* kFileName = "maturity.sqlite";

// Each step upgrades the schema by one version; a store is migrated forward on open.
/// Each step upgrades the schema by one version (store/schema.h, and SQLite's own).
const std::vector<std::string>& Migrations() {
  static const std::vector<std::string> steps = {
      std::string(kSchema1Tables) + R"(
CREATE TABLE audit (
  sequence INTEGER PRIMARY KEY AUTOINCREMENT, assessment TEXT NOT NULL, at TEXT NOT NULL,
  who TEXT NOT NULL, what TEXT NOT NULL);
-- The trail is appended to, never changed: the database itself refuses.
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
  BEGIN SELECT RAISE(ABORT, 'the audit trail is never changed'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
  BEGIN SELECT RAISE(ABORT, 'the audit trail is never changed'); END;
)",
      // Overseers' links belong to no assessment: the links table is rebuilt without that
      // reference (SQLite cannot drop a constraint).
      std::string(kSchema2Changes) + R"(
CREATE TABLE links_v2 (
  token_hash TEXT PRIMARY KEY, assessment TEXT NOT NULL, role TEXT NOT NULL,
  perspective TEXT NOT NULL, respondent TEXT NOT NULL, issued_at TEXT NOT NULL,
  revoked_at TEXT NOT NULL DEFAULT '');
INSERT INTO links_v2 SELECT token_hash, assessment, role, perspective, respondent, issued_at,
  revoked_at FROM links;
DROP TABLE links;
ALTER TABLE links_v2 RENAME TO links;
CREATE INDEX links_by_respondent ON links (assessment, respondent);
)",
      kSchema3Changes,
  };
  return steps;
}

std::string Join(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

/// `SELECT columns FROM rest`.
std::string Select(const char* columns, const char* rest) {
  return std::string("SELECT ") + columns + " FROM " + rest;
}

std::string Placeholders(std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < count; ++i) out += i ? ", ?" : "?";
  return out;
}

/// A prepared statement, bound by position, finalised when it goes.
class Statement : public Row {
 public:
  Statement(sqlite3* db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql, -1, &statement_, nullptr) != SQLITE_OK) {
      throw StoreError(std::string("store: ") + sqlite3_errmsg(db));
    }
  }
  Statement(sqlite3* db, const std::string& sql) : Statement(db, sql.c_str()) {}
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement() override { sqlite3_finalize(statement_); }

  Statement& Bind(const std::string& text) {
    Check(sqlite3_bind_text(statement_, ++bound_, text.data(), static_cast<int>(text.size()),
                            SQLITE_TRANSIENT));
    return *this;
  }
  Statement& Bind(const char* text) { return Bind(std::string(text)); }
  Statement& Bind(long long number) {
    Check(sqlite3_bind_int64(statement_, ++bound_, number));
    return *this;
  }
  Statement& Bind(int number) { return Bind(static_cast<long long>(number)); }
  Statement& Bind(std::size_t number) { return Bind(static_cast<long long>(number)); }
  Statement& Bind(bool flag) { return Bind(flag ? 1LL : 0LL); }
  Statement& Bind(const std::optional<int>& number) {
    if (!number) return BindNull();
    return Bind(*number);
  }
  Statement& Bind(const std::optional<double>& number) {
    if (!number) return BindNull();
    Check(sqlite3_bind_double(statement_, ++bound_, *number));
    return *this;
  }
  Statement& BindNull() {
    Check(sqlite3_bind_null(statement_, ++bound_));
    return *this;
  }

  /// Steps once: true while a row is there.
  bool Step() {
    int result = sqlite3_step(statement_);
    if (result == SQLITE_ROW) return true;
    if (result == SQLITE_DONE) return false;
    throw StoreError(std::string("store: ") + sqlite3_errmsg(db_));
  }
  void Run() {
    while (Step()) {
    }
  }

  std::string Text(int column) const override {
    const unsigned char* text = sqlite3_column_text(statement_, column);
    return text ? std::string(reinterpret_cast<const char*>(text),
                              static_cast<std::size_t>(sqlite3_column_bytes(statement_, column)))
                : std::string();
  }
  long long Integer(int column) const override { return sqlite3_column_int64(statement_, column); }
  int Columns() const { return sqlite3_column_count(statement_); }
  /// The column as text; a real number in the shortest form that reads back the same.
  std::string ExactText(int column) const {
    if (sqlite3_column_type(statement_, column) != SQLITE_FLOAT) return Text(column);
    char text[64];
    auto end = std::to_chars(text, text + sizeof text, Real(column)).ptr;
    return std::string(text, end);
  }
  std::string Name(int column) const { return sqlite3_column_name(statement_, column); }
  bool IsNull(int column) const override {
    return sqlite3_column_type(statement_, column) == SQLITE_NULL;
  }
  double Real(int column) const override { return sqlite3_column_double(statement_, column); }

 private:
  void Check(int result) const {
    if (result != SQLITE_OK) throw StoreError(std::string("store: ") + sqlite3_errmsg(db_));
  }
  sqlite3* db_;
  sqlite3_stmt* statement_ = nullptr;
  int bound_ = 0;
};

/// Every row `select` gives, each read by `from_row`.
template <typename FromRow>
auto ReadAll(Statement& select, FromRow from_row) {
  std::vector<decltype(from_row(select))> out;
  while (select.Step()) out.push_back(from_row(select));
  return out;
}

class SqliteStore : public RecordStore {
 public:
  explicit SqliteStore(const std::string& data) {
    std::error_code error;
    std::filesystem::create_directories(data, error);
    if (error) throw StoreError(data + ": cannot create the data folder: " + error.message());
    // The store holds everyone's answers and the links' hashes: only its owner reads it.
    ::chmod(data.c_str(), 0700);
    path_ = (std::filesystem::path(data) / kFileName).string();
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX;
    if (sqlite3_open_v2(path_.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
      std::string reason = db_ ? sqlite3_errmsg(db_) : "out of memory";
      sqlite3_close(db_);
      throw StoreError(path_ + ": cannot open the store: " + reason);
    }
    ::chmod(path_.c_str(), 0600);
    sqlite3_busy_timeout(db_, 10000);
    sqlite3_extended_result_codes(db_, 1);
    try {
      Execute("PRAGMA journal_mode=WAL");
      Execute("PRAGMA synchronous=FULL");
      // Off while the schema is migrated (a step may rebuild a table others refer to).
      Migrate();
      Execute("PRAGMA foreign_keys=ON");
    } catch (...) {
      sqlite3_close(db_);
      throw;
    }
  }

  ~SqliteStore() override {
    // Folds the write-ahead log into the file, so that a stopped server leaves one file.
    sqlite3_exec(db_, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    sqlite3_close(db_);
  }

  void Invite(const std::string& assessment, const RespondentRecord& record,
              const LinkRecord& link) override {
    const Respondent& respondent = record.respondent;
    Transaction transaction(*this);
    Statement existing(db_, "SELECT 1 FROM respondents WHERE assessment = ? AND id = ?");
    if (existing.Bind(assessment).Bind(respondent.id).Step()) {
      RevokeLinks(assessment, respondent.id, link.issued_at);
    }
    Statement invite(db_, kInviteRespondent);
    invite.Bind(assessment)
        .Bind(respondent.id)
        .Bind(respondent.perspective)
        .Bind(respondent.name)
        .Bind(respondent.role)
        .Bind(link.issued_at)
        .Bind(record.signatory)
        .Bind(record.email)
        .Bind(record.language)
        .Run();
    InsertLink(link);
    transaction.Commit();
  }

  bool Revoke(const std::string& assessment, const std::string& respondent,
              const std::string& at) override {
    Transaction transaction(*this);
    Statement update(db_, "UPDATE respondents SET revoked_at = ? WHERE assessment = ? AND id = ?");
    update.Bind(at).Bind(assessment).Bind(respondent).Run();
    if (sqlite3_changes(db_) == 0) return false;
    RevokeLinks(assessment, respondent, at);
    transaction.Commit();
    return true;
  }

  std::optional<LinkRecord> FindLink(const std::string& token_hash) override {
    std::lock_guard lock(mutex_);
    Statement select(db_, Select(kLinkColumns, "links WHERE token_hash = ?"));
    if (!select.Bind(token_hash).Step()) return std::nullopt;
    return LinkFromRow(select);
  }

  void SetSubmitted(const std::string& assessment, const std::string& respondent,
                    const std::string& at) override {
    Transaction transaction(*this);
    Statement update(db_,
                     "UPDATE respondents SET submitted_at = ? WHERE assessment = ? AND id = ?");
    update.Bind(at).Bind(assessment).Bind(respondent).Run();
    if (at.empty()) {
      // Reopened: the side is no longer done.
      Statement undone(db_,
                       "DELETE FROM sides_done WHERE assessment = ? AND perspective = "
                       "(SELECT perspective FROM respondents WHERE assessment = ? AND id = ?)");
      undone.Bind(assessment).Bind(assessment).Bind(respondent).Run();
    }
    transaction.Commit();
  }

  void DeclareSideDone(const std::string& assessment, const SideDone& done) override {
    Transaction transaction(*this);
    Statement insert(db_,
                     "INSERT OR REPLACE INTO sides_done (assessment, perspective, at, "
                     "not_submitted) VALUES (?,?,?,?)");
    insert.Bind(assessment)
        .Bind(done.perspective)
        .Bind(done.at)
        .Bind(JoinLines(done.not_submitted))
        .Run();
    transaction.Commit();
  }

  bool CloseAnswering(const std::string& assessment, const std::string& at) override {
    Transaction transaction(*this);
    Statement update(db_, "UPDATE assessments SET closed_at = ? WHERE id = ? AND closed_at = ''");
    update.Bind(at).Bind(assessment).Run();
    bool closed = sqlite3_changes(db_) > 0;
    transaction.Commit();
    return closed;
  }

  void ReplaceActions(const std::string& assessment,
                      const std::vector<AgreedAction>& actions) override {
    Transaction transaction(*this);
    RefuseWhenFinal(assessment);
    Statement clear(db_, "DELETE FROM actions WHERE assessment = ?");
    clear.Bind(assessment).Run();
    InsertActions(assessment, actions);
    transaction.Commit();
  }

  void CreateSession(const SessionRecord& session) override {
    Transaction transaction(*this);
    Statement expired(db_, "DELETE FROM sessions WHERE expires_at < ?");
    expired.Bind(session.expires_at.substr(0, 10)).Run();
    Statement insert(db_,
                     "INSERT INTO sessions (id_hash, token_hash, csrf, language, expires_at) "
                     "VALUES (?,?,?,?,?)");
    insert.Bind(session.id_hash)
        .Bind(session.token_hash)
        .Bind(session.csrf)
        .Bind(session.language)
        .Bind(session.expires_at)
        .Run();
    transaction.Commit();
  }

  std::optional<SessionRecord> FindSession(const std::string& id_hash,
                                           const std::string& now) override {
    std::lock_guard lock(mutex_);
    Statement select(db_, Select(kSessionColumns, "sessions WHERE id_hash = ? AND expires_at > ?"));
    if (!select.Bind(id_hash).Bind(now).Step()) return std::nullopt;
    return SessionFromRow(select);
  }

  void SetSessionLanguage(const std::string& id_hash, const std::string& language) override {
    Transaction transaction(*this);
    Statement update(db_, "UPDATE sessions SET language = ? WHERE id_hash = ?");
    update.Bind(language).Bind(id_hash).Run();
    transaction.Commit();
  }

  std::optional<std::string> Setting(const std::string& name) override {
    std::lock_guard lock(mutex_);
    Statement select(db_, "SELECT value FROM settings WHERE name = ?");
    if (!select.Bind(name).Step()) return std::nullopt;
    return select.Text(0);
  }

  void SetSetting(const std::string& name, const std::string& value) override {
    Transaction transaction(*this);
    Statement insert(db_, "INSERT OR REPLACE INTO settings (name, value) VALUES (?, ?)");
    insert.Bind(name).Bind(value).Run();
    transaction.Commit();
  }

  void Backup(const std::string& path) override {
    std::lock_guard lock(mutex_);
    sqlite3* copy = nullptr;
    if (sqlite3_open_v2(path.c_str(), &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
      std::string reason = copy ? sqlite3_errmsg(copy) : "out of memory";
      sqlite3_close(copy);
      throw StoreError(path + ": cannot write: " + reason);
    }
    sqlite3_backup* backup = sqlite3_backup_init(copy, "main", db_, "main");
    int result = backup ? sqlite3_backup_step(backup, -1) : SQLITE_ERROR;
    std::string reason = sqlite3_errmsg(copy);
    if (backup) sqlite3_backup_finish(backup);
    if (result == SQLITE_DONE) {
      sqlite3_exec(copy, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    }
    sqlite3_close(copy);
    if (result != SQLITE_DONE) throw StoreError(path + ": cannot write: " + reason);
    ::chmod(path.c_str(), 0600);
  }

  void Load(const std::vector<TableRows>& tables) override {
    Transaction transaction(*this);
    {
      Statement any(db_, "SELECT 1 FROM assessments");
      if (any.Step()) throw StoreError(path_ + ": the store is not empty");
    }
    for (const TableRows& table : tables) {
      if (table.rows.empty()) continue;
      std::string sql = "INSERT OR REPLACE INTO " + table.table + " (" + Join(table.columns) +
                        ") VALUES (" + Placeholders(table.columns.size()) + ")";
      for (const auto& row : table.rows) {
        Statement insert(db_, sql.c_str());
        for (const auto& value : row) {
          if (value) {
            insert.Bind(*value);
          } else {
            insert.BindNull();
          }
        }
        insert.Run();
      }
    }
    transaction.Commit();
  }

  bool Healthy() override {
    try {
      std::lock_guard lock(mutex_);
      Statement select(db_, "SELECT count(*) FROM settings");
      return select.Step();
    } catch (const StoreError&) {
      return false;
    }
  }

 private:
  /// BEGIN IMMEDIATE ... COMMIT: a snapshot too (one writer at a time, readers wait).
  void BeginTransaction(bool) override { Execute("BEGIN IMMEDIATE"); }
  void CommitTransaction() override { Execute("COMMIT"); }
  void RollbackTransaction() override { sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr); }

  void SelectOf(const std::string& assessment, const char* columns, const char* table,
                const char* order, const std::function<void(const Row&)>& each) override {
    Statement select(
        db_,
        Select(columns, (std::string(table) + " WHERE assessment = ? ORDER BY " + order).c_str()));
    select.Bind(assessment);
    while (select.Step()) each(select);
  }

  std::optional<AssessmentRecord> AssessmentRow(const std::string& id) override {
    Statement select(db_, Select(kAssessmentColumns, "assessments WHERE id = ?"));
    if (!select.Bind(id).Step()) return std::nullopt;
    return AssessmentFromRow(select);
  }

  void InsertAssessment(const AssessmentRecord& assessment) override {
    {
      Statement taken(db_, "SELECT 1 FROM assessments WHERE id = ?");
      if (taken.Bind(assessment.id).Step()) {
        throw StoreError("an assessment with id '" + assessment.id + "' exists already");
      }
    }
    Statement insert(db_,
                     "INSERT INTO assessments (id, framework_id, framework_version, "
                     "framework_yaml, institution_id, institution_name, period, created_at, "
                     "previous_file, previous_response, previous_framework_yaml) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.Bind(assessment.id)
        .Bind(assessment.framework_id)
        .Bind(assessment.framework_version)
        .Bind(assessment.framework_yaml)
        .Bind(assessment.institution_id)
        .Bind(assessment.institution_name)
        .Bind(assessment.period)
        .Bind(assessment.created_at)
        .Bind(assessment.previous_file)
        .Bind(assessment.previous_response)
        .Bind(assessment.previous_framework_yaml)
        .Run();
    for (std::size_t i = 0; i < assessment.profile.size(); ++i) {
      Statement field(db_, "INSERT INTO profile (assessment, seq, field, value) VALUES (?,?,?,?)");
      field.Bind(assessment.id)
          .Bind(i)
          .Bind(assessment.profile[i].first)
          .Bind(assessment.profile[i].second)
          .Run();
    }
  }

  void CheckSignOff(const std::string& assessment, const std::string& perspective) override {
    {
      Statement state(db_, "SELECT closed_at, final_at FROM assessments WHERE id = ?");
      bool found = state.Bind(assessment).Step();
      CheckSignOffAllowed(found, found ? state.Text(0) : "", found ? state.Text(1) : "",
                          assessment);
    }
    Statement signed_already(db_,
                             "SELECT name FROM sign_offs WHERE assessment = ? AND perspective = ?");
    bool found = signed_already.Bind(assessment).Bind(perspective).Step();
    CheckSideNotSigned(found, found ? signed_already.Text(0) : "");
  }

  void InsertSignOff(const std::string& assessment, const StoredSignOff& entry) override {
    const maturity::SignOff& sign_off = entry.sign_off;
    Statement insert(db_,
                     "INSERT INTO sign_offs (assessment, perspective, respondent, name, date, "
                     "agreed, statement, at) VALUES (?,?,?,?,?,?,?,?)");
    insert.Bind(assessment)
        .Bind(sign_off.perspective)
        .Bind(entry.respondent)
        .Bind(sign_off.name)
        .Bind(sign_off.date)
        .Bind(sign_off.agreed)
        .Bind(sign_off.statement)
        .Bind(entry.at)
        .Run();
  }

  std::size_t SignOffCount(const std::string& assessment) override {
    Statement count(db_, "SELECT count(*) FROM sign_offs WHERE assessment = ?");
    count.Bind(assessment).Step();
    return static_cast<std::size_t>(count.Integer(0));
  }

  void SetFinal(const std::string& assessment, const std::string& at) override {
    Statement update(db_, "UPDATE assessments SET final_at = ? WHERE id = ?");
    update.Bind(at).Bind(assessment).Run();
  }

  std::vector<std::string> AskToReopen(const std::string& assessment,
                                       const std::string& perspective,
                                       const std::string& at) override {
    {
      Statement state(db_, "SELECT final_at FROM assessments WHERE id = ?");
      if (!state.Bind(assessment).Step() || state.Text(0).empty()) {
        throw StoreConflict("the assessment is not signed off by every side");
      }
    }
    Statement insert(db_,
                     "INSERT OR IGNORE INTO reopen_requests (assessment, perspective, at) "
                     "VALUES (?,?,?)");
    insert.Bind(assessment).Bind(perspective).Bind(at).Run();
    Statement select(db_,
                     "SELECT perspective FROM reopen_requests WHERE assessment = ? ORDER BY at");
    select.Bind(assessment);
    std::vector<std::string> asked;
    while (select.Step()) asked.push_back(select.Text(0));
    return asked;
  }

  void Reopen(const std::string& assessment) override {
    for (const char* sql : {"DELETE FROM reopen_requests WHERE assessment = ?",
                            "DELETE FROM sign_offs WHERE assessment = ?",
                            "UPDATE assessments SET final_at = '' WHERE id = ?"}) {
      Statement clear(db_, sql);
      clear.Bind(assessment).Run();
    }
  }

  std::vector<AssessmentRecord> AssessmentRows() override {
    Statement select(db_, Select(kAssessmentColumns, "assessments ORDER BY created_at, id"));
    return ReadAll(select, AssessmentFromRow);
  }

  void CheckSave(const std::string& assessment, const std::string& respondent) override {
    Statement state(db_,
                    "SELECT r.submitted_at, r.revoked_at, a.closed_at FROM respondents r "
                    "JOIN assessments a ON a.id = r.assessment "
                    "WHERE r.assessment = ? AND r.id = ?");
    bool found = state.Bind(assessment).Bind(respondent).Step();
    CheckSaveAllowed(found, found ? state.Text(0) : "", found ? state.Text(1) : "",
                     found ? state.Text(2) : "", respondent, assessment);
  }

  void StampSaved(const std::string& assessment, const std::string& respondent,
                  const std::string& at) override {
    Statement stamp(db_,
                    "UPDATE respondents SET last_saved_at = ? WHERE assessment = ? AND id = ?");
    stamp.Bind(at).Bind(assessment).Bind(respondent).Run();
  }

  TableRows ReadTable(const std::string& table) override {
    TableRows rows{table, {}, {}};
    Statement select(db_, ("SELECT * FROM " + table).c_str());
    while (select.Step()) {
      if (rows.columns.empty()) {
        for (int i = 0; i < select.Columns(); ++i) rows.columns.push_back(select.Name(i));
      }
      std::vector<std::optional<std::string>> row;
      for (int i = 0; i < select.Columns(); ++i) {
        row.push_back(select.IsNull(i) ? std::nullopt : std::optional(select.ExactText(i)));
      }
      rows.rows.push_back(std::move(row));
    }
    return rows;
  }

  void Execute(const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) != SQLITE_OK) {
      std::string reason = message ? message : sqlite3_errmsg(db_);
      sqlite3_free(message);
      throw StoreError(path_ + ": " + reason);
    }
  }

  void Migrate() {
    long long current = 0;
    {
      // Finalised before migrating: a live statement would lock the tables a step rebuilds.
      Statement version(db_, "PRAGMA user_version");
      version.Step();
      current = version.Integer(0);
    }
    if (current > Store::kSchemaVersion) {
      throw StoreError(path_ + ": the store's schema is version " + std::to_string(current) +
                       ", newer than this program's (" + std::to_string(Store::kSchemaVersion) +
                       "): use a newer maturity");
    }
    for (long long step = current; step < Store::kSchemaVersion; ++step) {
      Transaction transaction(*this);
      Execute(Migrations()[step].c_str());
      Execute(("PRAGMA user_version = " + std::to_string(step + 1)).c_str());
      transaction.Commit();
    }
  }

  void FillAssessment(AssessmentRecord& record) override {
    Statement profile(db_, "SELECT field, value FROM profile WHERE assessment = ? ORDER BY seq");
    profile.Bind(record.id);
    while (profile.Step()) record.profile.emplace_back(profile.Text(0), profile.Text(1));
    Statement actions(db_, Select(kActionColumns, "actions WHERE assessment = ? ORDER BY seq"));
    actions.Bind(record.id);
    record.actions = ReadAll(actions, ActionFromRow);
  }

  void InsertAudit(const AuditEntry& entry) override {
    Statement insert(db_, "INSERT INTO audit (assessment, at, who, what) VALUES (?,?,?,?)");
    insert.Bind(entry.assessment).Bind(entry.at).Bind(entry.who).Bind(entry.what).Run();
  }

  void InsertActions(const std::string& assessment,
                     const std::vector<AgreedAction>& actions) override {
    for (std::size_t i = 0; i < actions.size(); ++i) {
      const AgreedAction& action = actions[i];
      Statement row(db_,
                    "INSERT INTO actions (assessment, seq, element, action, owner, due, status, "
                    "note) VALUES (?,?,?,?,?,?,?,?)");
      row.Bind(assessment)
          .Bind(i)
          .Bind(action.element)
          .Bind(action.action)
          .Bind(action.owner)
          .Bind(action.due)
          .Bind(ActionStatusName(action.status))
          .Bind(action.note)
          .Run();
    }
  }

  void RefuseWhenFinal(const std::string& assessment) {
    Statement state(db_, "SELECT final_at FROM assessments WHERE id = ?");
    if (state.Bind(assessment).Step() && !state.Text(0).empty()) {
      throw StoreConflict("every side has signed off: the assessment is read-only");
    }
  }

  void InsertLink(const LinkRecord& link) override {
    Statement insert(db_,
                     "INSERT INTO links (token_hash, assessment, role, perspective, respondent, "
                     "issued_at) VALUES (?,?,?,?,?,?)");
    insert.Bind(link.token_hash)
        .Bind(link.assessment)
        .Bind(LinkRoleName(link.role))
        .Bind(link.perspective)
        .Bind(link.respondent)
        .Bind(link.issued_at)
        .Run();
  }

  void RevokeLinks(const std::string& assessment, const std::string& respondent,
                   const std::string& at) {
    Statement update(db_,
                     "UPDATE links SET revoked_at = ? WHERE assessment = ? AND respondent = ? "
                     "AND role = 'respondent' AND revoked_at = ''");
    update.Bind(at).Bind(assessment).Bind(respondent).Run();
    Statement sessions(db_,
                       "DELETE FROM sessions WHERE token_hash IN (SELECT token_hash FROM links "
                       "WHERE assessment = ? AND respondent = ? AND role = 'respondent')");
    sessions.Bind(assessment).Bind(respondent).Run();
  }

  std::vector<StoredAnswer> ReadAnswers(const std::string& assessment,
                                        const std::string& respondent) override {
    std::string where = respondent.empty() ? "assessment = ?" : "assessment = ? AND respondent = ?";
    Statement select(db_,
                     Select(kAnswerColumns,
                            ("answers WHERE " + where + " ORDER BY respondent, element").c_str()));
    select.Bind(assessment);
    if (!respondent.empty()) select.Bind(respondent);
    std::vector<StoredAnswer> out = ReadAll(select, AnswerFromRow);
    Statement items(
        db_,
        Select(
            kAnswerItemColumns,
            ("answer_items WHERE " + where + " ORDER BY respondent, element, list, seq").c_str()));
    items.Bind(assessment);
    if (!respondent.empty()) items.Bind(respondent);
    while (items.Step()) AddAnswerItem(out, items);
    return out;
  }

  void DeleteAnswer(const std::string& assessment, const std::string& respondent,
                    const std::string& element) override {
    Statement answer(db_,
                     "DELETE FROM answers WHERE assessment = ? AND respondent = ? AND element = ?");
    answer.Bind(assessment).Bind(respondent).Bind(element).Run();
    Statement items(db_,
                    "DELETE FROM answer_items WHERE assessment = ? AND respondent = ? AND "
                    "element = ?");
    items.Bind(assessment).Bind(respondent).Bind(element).Run();
  }

  void InsertAnswer(const std::string& assessment, const std::string& respondent,
                    const std::string& element, const Answer& answer, int version,
                    const std::string& at) override {
    Statement insert(db_,
                     "INSERT INTO answers (assessment, respondent, element, level, value, "
                     "has_checked, not_applicable, reason, note, version, saved_at) "
                     "VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    insert.Bind(assessment)
        .Bind(respondent)
        .Bind(element)
        .Bind(answer.level)
        .Bind(answer.value)
        .Bind(answer.checked.has_value())
        .Bind(answer.not_applicable)
        .Bind(answer.reason)
        .Bind(answer.note)
        .Bind(version)
        .Bind(at)
        .Run();
    auto insert_items = [&](const char* list, const std::vector<std::string>& texts) {
      for (std::size_t i = 0; i < texts.size(); ++i) {
        Statement item(db_,
                       "INSERT INTO answer_items (assessment, respondent, element, list, seq, "
                       "text) VALUES (?,?,?,?,?,?)");
        item.Bind(assessment)
            .Bind(respondent)
            .Bind(element)
            .Bind(list)
            .Bind(i)
            .Bind(texts[i])
            .Run();
      }
    };
    if (answer.checked) insert_items("checked", *answer.checked);
    insert_items("evidence", answer.evidence);
  }

  std::string path_;
  sqlite3* db_ = nullptr;
};

}  // namespace

std::unique_ptr<Store> OpenSqliteStore(const std::string& data) {
  return std::make_unique<SqliteStore>(data);
}

}  // namespace maturity
