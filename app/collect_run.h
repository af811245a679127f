// What `maturity serve` and `maturity collect` do (docs/serve.md): open the store, apply
// the collection's rules (collect/), and print or write the result. Refusals are
// RefusedError (exit 1); a store that cannot be opened or written is OutputError (exit 3).
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace maturity {

struct ServeRequest {
  std::string data;  ///< A folder (SQLite) or a postgresql:// URL.
  std::string listen = "127.0.0.1:8080";
  std::optional<std::string> base_url;  ///< Where links point; default http://LISTEN.
  int threads = 2;
  std::optional<std::string> smtp;       ///< The mail server: reminders from the pages.
  std::optional<std::string> mail_from;  ///< The sender's address (with smtp).
};

/// Serves until SIGTERM or SIGINT; prints `listening on http://ADDRESS:PORT` on `out`
/// once connections are accepted.
void RunServe(const ServeRequest& request, std::ostream& out, std::ostream& err);

struct CollectCreateRequest {
  std::string data;
  std::string framework;
  std::optional<std::string> institution;
  std::optional<std::string> name;
  std::string period;
  std::vector<std::string> profile;  ///< FIELD=VALUE.
  std::optional<std::string> from;   ///< Last period's response.
  std::optional<std::string> from_framework;
  bool json = false;
};
void RunCollectCreate(const CollectCreateRequest& request, std::ostream& out, std::ostream& err);

struct CollectInviteRequest {
  std::string data;
  std::string assessment;
  std::string respondent;
  std::string perspective;
  std::string name;
  std::string role;
  bool signatory = false;
  std::string email;
  std::string language;
  std::optional<std::string> smtp;  ///< Send the link to `email` through this server.
  std::optional<std::string> mail_from;
  bool json = false;
};
void RunCollectInvite(const CollectInviteRequest& request, std::ostream& out);

void RunCollectRevoke(const std::string& data, const std::string& assessment,
                      const std::string& respondent, std::ostream& out);
void RunCollectStatus(const std::string& data, const std::string& assessment, bool json,
                      std::ostream& out);
void RunCollectClose(const std::string& data, const std::string& assessment, bool force,
                     std::ostream& out);
/// Writes the response once answering has closed, whole or not at all.
void RunCollectExport(const std::string& data, const std::string& assessment,
                      const std::string& output, std::ostream& err);
void RunCollectBackup(const std::string& data, const std::string& output, std::ostream& err);
/// The audit trail and its digest (AuditDigest).
void RunCollectAudit(const std::string& data, const std::string& assessment, bool json,
                     std::ostream& out);
/// Reminds by mail those who have not submitted (new links), of one side or both.
void RunCollectRemind(const std::string& data, const std::string& assessment,
                      const std::string& perspective, const std::string& smtp,
                      const std::string& from, std::ostream& out);
/// Moves the SQLite store in `from` into the empty PostgreSQL database `to`, then checks
/// that both hold the same rows.
void RunCollectMigrateStore(const std::string& from, const std::string& to, std::ostream& out);
/// Prints a new overseer's link.
void RunCollectOverseer(const std::string& data, bool json, std::ostream& out);

}  // namespace maturity
