#include "app/collect_run.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "app/atomic_outputs.h"
#include "app/errors.h"
#include "app/framework_input.h"
#include "app/output_set.h"
#include "collect/collection.h"
#include "common/strings.h"
#include "mail/reminders.h"
#include "engine/input_file.h"
#include "reports/json/json_writer.h"
#include "reports/yaml/response_yaml.h"
#include "serve/http_server.h"
#include "serve/web_app.h"
#include "store/store.h"

namespace maturity {

namespace {

constexpr const char* kBaseUrlSetting = "base_url";

std::unique_ptr<Store> OpenStore(const std::string& data, bool create) {
  if (!create && !IsDatabaseUrl(data) &&
      !std::filesystem::exists(std::filesystem::path(data) / "maturity.sqlite")) {
    throw RefusedError("no store in " + data +
                       ": create an assessment first (maturity collect create --data " + data +
                       " ...)");
  }
  try {
    return OpenStoreAt(data);
  } catch (const StoreError& error) {
    throw OutputError(error.what());
  }
}

std::string BaseUrl(Store& store) {
  return store.Setting(kBaseUrlSetting).value_or("http://127.0.0.1:8080");
}

std::string LinkUrl(Store& store, const std::string& token) {
  return BaseUrl(store) + "/l/" + token;
}

/// Runs `action`, turning the rules' refusals and the store's failures into the errors the
/// command line maps to exit codes.
template <typename Action>
auto Refusing(Action action) {
  try {
    return action();
  } catch (const CollectionRefused& refused) {
    throw RefusedError(refused.what());
  } catch (const StoreError& error) {
    throw OutputError(error.what());
  }
}

std::pair<std::string, unsigned short> SplitListen(const std::string& listen) {
  std::size_t colon = listen.rfind(':');
  if (colon == std::string::npos) throw UsageError("--listen: expected ADDRESS:PORT, got '" + listen + "'");
  std::string address = listen.substr(0, colon);
  if (address.size() > 1 && address.front() == '[' && address.back() == ']') {
    address = address.substr(1, address.size() - 2);
  }
  char* end = nullptr;
  std::string port_text = listen.substr(colon + 1);
  unsigned long port = std::strtoul(port_text.c_str(), &end, 10);
  if (port_text.empty() || *end != '\0' || port > 65535) {
    throw UsageError("--listen: expected a port from 0 to 65535, got '" + port_text + "'");
  }
  return {address, static_cast<unsigned short>(port)};
}

}  // namespace

void RunServe(const ServeRequest& request, std::ostream& out, std::ostream& err) {
  auto [address, port] = SplitListen(request.listen);
  if (request.base_url && request.base_url->rfind("http://", 0) != 0 &&
      request.base_url->rfind("https://", 0) != 0) {
    throw UsageError("--base-url: expected http://... or https://..., got '" + *request.base_url + "'");
  }
  std::unique_ptr<Store> store = OpenStore(request.data, true);
  Collection collection(*store);
  HttpServerOptions options;
  options.address = address;
  options.port = port;
  options.threads = request.threads;
  WebAppOptions web;
  if (request.smtp) web.mail = MailSettings{*request.smtp, request.mail_from.value_or("")};
  std::optional<WebApp> app;
  auto handler = [&](const HttpRequest& http) { return app->Handle(http); };
  try {
    ServeHttp(options, handler, [&](unsigned short bound) {
      std::string host = address.find(':') != std::string::npos ? "[" + address + "]" : address;
      web.base_url = request.base_url.value_or("http://" + host + ":" + std::to_string(bound));
      while (!web.base_url.empty() && web.base_url.back() == '/') web.base_url.pop_back();
      store->SetSetting(kBaseUrlSetting, web.base_url);
      app.emplace(*store, collection, web);
      out << "maturity serve: listening on http://" << host << ":" << bound << " (links: "
          << web.base_url << ", store: " << request.data << ")" << std::endl;
    });
  } catch (const std::runtime_error& error) {
    if (dynamic_cast<const StoreError*>(&error)) throw OutputError(error.what());
    throw UsageError(error.what());
  }
  err << "maturity serve: stopped; the store is closed\n";
}

void RunCollectCreate(const CollectCreateRequest& request, std::ostream& out, std::ostream& err) {
  Framework framework = LoadFrameworkReporting(request.framework, err);
  std::optional<NamedResponse> previous;
  std::string previous_text;
  if (request.from) {
    previous_text = ReadInputFile(*request.from);
    previous = LoadResponseWithItsFramework(*request.from, previous_text, request.from_framework,
                                            framework, "--from-framework", err);
  }
  if (!request.from && (!request.institution || !request.name)) {
    throw UsageError("--institution and --name are required (or --from last period's response)");
  }
  NewAssessment assessment;
  assessment.framework = &framework;
  assessment.institution_id = request.institution.value_or("");
  assessment.institution_name = request.name.value_or("");
  assessment.period = request.period;
  for (const std::string& entry : request.profile) {
    std::size_t equals = entry.find('=');
    if (equals == std::string::npos || equals == 0) {
      throw UsageError("--profile: expected FIELD=VALUE, got '" + entry + "'");
    }
    assessment.profile.emplace_back(entry.substr(0, equals), entry.substr(equals + 1));
  }
  if (previous) {
    assessment.previous = &previous->response;
    assessment.previous_framework = &previous->framework;
    assessment.previous_text = previous_text;
  }
  std::unique_ptr<Store> store = OpenStore(request.data, true);
  Collection collection(*store);
  CreatedAssessment created = Refusing([&] { return collection.Create(assessment); });
  if (request.json) {
    JsonWriter json(out);
    json.BeginObject();
    json.StringField("assessment", created.id);
    json.Key("coordinator_links");
    json.BeginObject();
    for (const IssuedLink& link : created.coordinators) {
      json.StringField(link.perspective, LinkUrl(*store, link.token));
    }
    json.EndObject();
    json.Key("respondent_links");
    json.BeginObject();
    for (const IssuedLink& link : created.respondents) {
      json.StringField(link.respondent, LinkUrl(*store, link.token));
    }
    json.EndObject();
    json.EndObject();
    return;
  }
  out << "assessment " << created.id << "\n";
  for (const IssuedLink& link : created.coordinators) {
    out << "coordinator (" << link.perspective << "): " << LinkUrl(*store, link.token) << "\n";
  }
  for (const IssuedLink& link : created.respondents) {
    out << "respondent " << link.respondent << " (" << link.perspective
        << "): " << LinkUrl(*store, link.token) << "\n";
  }
  out << "Each link is shown only now: give it to its holder alone.\n";
}

void RunCollectInvite(const CollectInviteRequest& request, std::ostream& out) {
  std::unique_ptr<Store> store = OpenStore(request.data, false);
  Collection collection(*store);
  Respondent respondent{request.respondent, request.perspective, request.name, request.role};
  InviteOptions options{request.signatory, request.email, request.language};
  IssuedLink link = Refusing(
      [&] { return collection.Invite(request.assessment, respondent, "command line", options); });
  if (request.smtp) {
    RespondentRecord record;
    record.respondent = respondent;
    record.email = request.email;
    record.language = request.language;
    try {
      SendInvitation(collection, request.assessment, record, LinkUrl(*store, link.token),
                     MailSettings{*request.smtp, request.mail_from.value_or("")});
    } catch (const MailError& error) {
      throw OutputError(std::string(error.what()) + " (the link was issued: print it with " +
                        "'collect invite' again, which issues a new one)");
    }
  }
  if (request.json) {
    JsonWriter json(out);
    json.BeginObject();
    json.StringField("respondent", link.respondent);
    json.StringField("link", LinkUrl(*store, link.token));
    json.EndObject();
    return;
  }
  out << "respondent " << link.respondent << " (" << link.perspective
      << "): " << LinkUrl(*store, link.token) << "\n";
}

void RunCollectRevoke(const std::string& data, const std::string& assessment,
                      const std::string& respondent, std::ostream& out) {
  std::unique_ptr<Store> store = OpenStore(data, false);
  Collection collection(*store);
  Refusing([&] {
    collection.Revoke(assessment, respondent, "command line");
    return 0;
  });
  out << "revoked the link of " << respondent << "\n";
}

void RunCollectStatus(const std::string& data, const std::string& assessment, bool json,
                      std::ostream& out) {
  std::unique_ptr<Store> store = OpenStore(data, false);
  Collection collection(*store);
  AssessmentStatus status = Refusing([&] { return collection.Status(assessment); });
  if (json) {
    JsonWriter writer(out);
    writer.BeginObject();
    writer.StringField("assessment", status.assessment.id);
    writer.StringField("institution", status.assessment.institution_id);
    writer.StringField("period", status.assessment.period);
    writer.BoolField("closed", !status.assessment.closed_at.empty());
    writer.Key("sides");
    writer.BeginObject();
    for (const SideStatus& side : status.sides) {
      writer.Key(side.perspective);
      writer.BeginObject();
      writer.Key("invited");
      writer.Integer(static_cast<long long>(side.invited));
      writer.Key("submitted");
      writer.Integer(static_cast<long long>(side.submitted));
      writer.BoolField("done", !side.done_at.empty());
      writer.EndObject();
    }
    writer.EndObject();
    writer.Key("respondents");
    writer.BeginArray();
    for (const RespondentStatus& entry : status.respondents) {
      const RespondentRecord& record = entry.record;
      writer.BeginObject();
      writer.StringField("id", record.respondent.id);
      writer.StringField("perspective", record.respondent.perspective);
      writer.StringField("invited", record.invited_at);
      writer.StringField("last_saved", record.last_saved_at);
      writer.StringField("submitted", record.submitted_at);
      writer.BoolField("revoked", !record.revoked_at.empty());
      writer.Key("answered");
      writer.Integer(static_cast<long long>(entry.progress.answered));
      writer.Key("applicable");
      writer.Integer(static_cast<long long>(entry.progress.applicable));
      writer.EndObject();
    }
    writer.EndArray();
    writer.EndObject();
    return;
  }
  const AssessmentRecord& record = status.assessment;
  out << record.id << ": " << record.institution_name << " (" << record.institution_id << "), "
      << record.period << ", framework " << record.framework_id << "@" << record.framework_version
      << "\n";
  out << (record.closed_at.empty() ? "answering open" : "answering closed " + record.closed_at)
      << "\n";
  for (const SideStatus& side : status.sides) {
    out << "  " << side.perspective << ": " << side.submitted << " of " << side.invited
        << " submitted" << (side.done_at.empty() ? "" : ", declared done " + side.done_at) << "\n";
  }
  for (const RespondentStatus& entry : status.respondents) {
    const RespondentRecord& respondent = entry.record;
    out << "  " << respondent.respondent.id << " (" << respondent.respondent.perspective
        << "): " << entry.progress.answered << " of " << entry.progress.applicable << " answered, "
        << (!respondent.revoked_at.empty()    ? "link revoked"
            : respondent.submitted_at.empty() ? "not submitted"
                                              : "submitted " + respondent.submitted_at)
        << (respondent.last_saved_at.empty() ? ", never saved"
                                             : ", last saved " + respondent.last_saved_at)
        << "\n";
  }
}

void RunCollectClose(const std::string& data, const std::string& assessment, bool force,
                     std::ostream& out) {
  std::unique_ptr<Store> store = OpenStore(data, false);
  Collection collection(*store);
  std::vector<std::string> without =
      Refusing([&] { return collection.Close(assessment, force, "command line"); });
  out << "answering closed for " << assessment;
  if (!without.empty()) {
    out << " without " << without.size() << " who had not submitted: ";
    for (std::size_t i = 0; i < without.size(); ++i) out << (i ? ", " : "") << without[i];
  }
  out << "\n";
}

void RunCollectExport(const std::string& data, const std::string& assessment,
                      const std::string& output, std::ostream& err) {
  std::unique_ptr<Store> store = OpenStore(data, false);
  Collection collection(*store);
  auto [framework, response] = Refusing([&] { return collection.Export(assessment); });
  OutputSet outputs({(std::filesystem::path(data) / "maturity.sqlite").string()});
  outputs.Declare({"-o", output}, OutputSet::Text([&](std::ostream& out) {
                    WriteResponseYaml(response, *framework,
                                    "maturity serve, assessment " + assessment +
                                        "; audit trail sha256:" +
                                        AuditDigest(collection.AuditTrail(assessment)),
                                    out);
                  }),
                  ".yaml", "the response");
  for (const std::string& warning : outputs.Commit()) err << warning << "\n";
  err << "wrote " << output << "\n";
}

void RunCollectBackup(const std::string& data, const std::string& output, std::ostream& err) {
  std::unique_ptr<Store> store = OpenStore(data, false);
  std::string store_file = (std::filesystem::path(data) / "maturity.sqlite").string();
  std::error_code error;
  if (std::filesystem::equivalent(store_file, output, error)) {
    throw UsageError("-o: " + output + " is the store itself");
  }
  AtomicOutputs outputs;
  std::string temporary;
  try {
    temporary = outputs.Add(output);
    std::filesystem::remove(temporary, error);  // The backup makes the file itself.
    store->Backup(temporary);
    outputs.Commit();
  } catch (const std::runtime_error& failure) {
    throw OutputError(failure.what());
  }
  err << "wrote " << output << "\n";
}

}  // namespace maturity

namespace maturity {

void RunCollectAudit(const std::string& data, const std::string& assessment, bool json,
                     std::ostream& out) {
  std::unique_ptr<Store> store = OpenStore(data, false);
  Collection collection(*store);
  std::vector<AuditEntry> trail = Refusing([&] { return collection.AuditTrail(assessment); });
  if (json) {
    JsonWriter writer(out);
    writer.BeginObject();
    writer.StringField("assessment", assessment);
    writer.StringField("sha256", AuditDigest(trail));
    writer.Key("trail");
    writer.BeginArray();
    for (const AuditEntry& entry : trail) {
      writer.BeginObject();
      writer.Key("sequence");
      writer.Integer(entry.sequence);
      writer.StringField("at", entry.at);
      writer.StringField("who", entry.who);
      writer.StringField("what", entry.what);
      writer.EndObject();
    }
    writer.EndArray();
    writer.EndObject();
    return;
  }
  for (const AuditEntry& entry : trail) {
    out << entry.at << "  " << entry.who << ": " << entry.what << "\n";
  }
  out << "sha256:" << AuditDigest(trail) << "\n";
}

void RunCollectRemind(const std::string& data, const std::string& assessment,
                      const std::string& perspective, const std::string& smtp,
                      const std::string& from, std::ostream& out) {
  std::unique_ptr<Store> store = OpenStore(data, false);
  Collection collection(*store);
  RemindOutcome outcome;
  try {
    outcome = Refusing([&] {
      return SendReminders(collection, assessment, perspective, MailSettings{smtp, from},
                           BaseUrl(*store), "command line");
    });
  } catch (const MailError& error) {
    throw OutputError(error.what());
  }
  for (const std::string& id : outcome.sent) out << "reminded " << id << "\n";
  for (const std::string& id : outcome.without_address) {
    out << "not reminded " << id << ": no e-mail address\n";
  }
}

void RunCollectMigrateStore(const std::string& from, const std::string& to, std::ostream& out) {
  if (!IsDatabaseUrl(to)) throw UsageError("--to: expected postgresql://..., got '" + to + "'");
  std::unique_ptr<Store> source = OpenStore(from, false);
  std::unique_ptr<Store> target = OpenStore(to, true);
  std::vector<TableRows> tables;
  try {
    tables = source->Dump();
    target->Load(tables);
  } catch (const StoreError& error) {
    throw OutputError(error.what());
  }
  // Checked after: both stores hold the same rows, table by table.
  std::vector<TableRows> copied = target->Dump();
  std::size_t rows = 0;
  for (std::size_t i = 0; i < tables.size(); ++i) {
    auto sorted = [](const TableRows& table, const std::vector<std::string>& columns) {
      std::vector<std::vector<std::optional<std::string>>> out;
      for (const auto& row : table.rows) {
        std::vector<std::optional<std::string>> ordered;
        for (const std::string& column : columns) {
          for (std::size_t c = 0; c < table.columns.size(); ++c) {
            if (table.columns[c] == column) ordered.push_back(row[c]);
          }
        }
        out.push_back(std::move(ordered));
      }
      std::sort(out.begin(), out.end());
      return out;
    };
    const std::vector<std::string>& columns =
        !tables[i].columns.empty() ? tables[i].columns : copied[i].columns;
    if (tables[i].rows.size() != copied[i].rows.size() ||
        sorted(tables[i], columns) != sorted(copied[i], columns)) {
      throw OutputError("the copy of table " + tables[i].table +
                        " differs from the original: check the PostgreSQL database");
    }
    rows += tables[i].rows.size();
  }
  std::size_t assessments = source->Assessments().size();
  out << "moved " << CountOf(assessments, "assessment", "assessments") << ", "
      << CountOf(rows, "row", "rows") << " in all, from " << from
      << " to the PostgreSQL store; both hold the same\n";
}

void RunCollectOverseer(const std::string& data, bool json, std::ostream& out) {
  std::unique_ptr<Store> store = OpenStore(data, false);
  Collection collection(*store);
  IssuedLink link = Refusing([&] { return collection.IssueOverseerLink("command line"); });
  if (json) {
    JsonWriter writer(out);
    writer.BeginObject();
    writer.StringField("link", LinkUrl(*store, link.token));
    writer.EndObject();
    return;
  }
  out << "overseer: " << LinkUrl(*store, link.token) << "\n";
}

}  // namespace maturity
