// The store's contract (store/store.h), run against every implementation (today SQLite):
// what a save does with a stale or an unchanged copy, what it refuses, sessions, the audit
// trail, reopening and backups. Independent of the web pages.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <functional>

#include "collect/tokens.h"
#include "serve/web_app.h"
#include "store/store.h"

namespace maturity {
namespace {

struct StoreKind {
  const char* name;
  std::function<std::unique_ptr<Store>(const std::string& folder)> open;
};

class StoreTest : public ::testing::TestWithParam<StoreKind> {
 protected:
  void SetUp() override {
    folder_ = std::filesystem::temp_directory_path() /
              ("maturity-store-test-" + std::to_string(::getpid()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(folder_);
    store_ = GetParam().open(folder_.string());
    AssessmentRecord assessment;
    assessment.id = "a-2026-27";
    assessment.framework_id = "tiny";
    assessment.framework_version = "1.0.0";
    assessment.framework_yaml = "id: tiny";
    assessment.institution_id = "a";
    assessment.institution_name = "A";
    assessment.period = "2026-27";
    assessment.profile = {{"sector", "fe"}};
    assessment.created_at = "2026-12-03T10:00:00Z";
    store_->CreateAssessment(assessment, {Link("coordinator-m", LinkRole::kCoordinator, "")});
    store_->Invite("a-2026-27", Invited(false), Link("token-m1", LinkRole::kRespondent, "m1"));
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(folder_);
  }

  static RespondentRecord Invited(bool signatory) {
    RespondentRecord record;
    record.respondent = {"m1", "management", "Ann", "Principal"};
    record.signatory = signatory;
    record.email = "ann@example.ac.uk";
    return record;
  }

  static LinkRecord Link(const std::string& token, LinkRole role, const std::string& respondent) {
    LinkRecord link;
    link.token_hash = HashToken(token);
    link.assessment = "a-2026-27";
    link.role = role;
    link.perspective = "management";
    link.respondent = respondent;
    link.issued_at = "2026-12-03T10:00:00Z";
    return link;
  }

  static AnswerWrite Level(const std::string& element, int level, int expected) {
    AnswerWrite write;
    write.element = element;
    write.answer.by = "m1";
    write.answer.level = level;
    write.answer.evidence = {"Forum minutes", "Agreement"};
    write.expected_version = expected;
    return write;
  }

  std::filesystem::path folder_;
  std::unique_ptr<Store> store_;
};

TEST_P(StoreTest, SavesReadsBackAndCountsVersions) {
  auto results = store_->SaveAnswers("a-2026-27", "m1", {Level("e1", 3, 0)}, "2026-12-03T11:00:00Z");
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].outcome, WriteOutcome::kSaved);
  EXPECT_EQ(results[0].version, 1);
  auto answers = store_->Answers("a-2026-27", "m1");
  ASSERT_EQ(answers.size(), 1u);
  EXPECT_EQ(answers[0].answer.level, 3);
  EXPECT_EQ(answers[0].answer.evidence, (std::vector<std::string>{"Forum minutes", "Agreement"}));
  EXPECT_FALSE(answers[0].answer.checked.has_value());
  EXPECT_EQ(store_->Respondents("a-2026-27")[0].last_saved_at, "2026-12-03T11:00:00Z");
}

TEST_P(StoreTest, KeepsLastPeriodsResponseWithItsFramework) {
  EXPECT_EQ(store_->FindAssessment("a-2026-27")->previous_response, "");
  AssessmentRecord next = *store_->FindAssessment("a-2026-27");
  next.id = "a-2027-28";
  next.period = "2027-28";
  next.previous_file = "a-2026-27.yaml";
  next.previous_response = "period: \"2026-27\"\n# as given, byte for byte: \xC3\xA2\n";
  next.previous_framework_yaml = "id: tiny\nversion: 0.9.0\n";
  store_->CreateAssessment(next, {});
  auto found = store_->FindAssessment("a-2027-28");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->previous_file, next.previous_file);
  EXPECT_EQ(found->previous_response, next.previous_response);
  EXPECT_EQ(found->previous_framework_yaml, next.previous_framework_yaml);
  EXPECT_EQ(store_->Assessments().back().previous_response, next.previous_response);
}

TEST_P(StoreTest, AnUnchangedAnswerIsNotWrittenAndAStaleOneIsRefused) {
  store_->SaveAnswers("a-2026-27", "m1", {Level("e1", 3, 0)}, "t1");
  EXPECT_EQ(store_->SaveAnswers("a-2026-27", "m1", {Level("e1", 3, 0)}, "t2")[0].outcome,
            WriteOutcome::kUnchanged);
  auto stale = store_->SaveAnswers("a-2026-27", "m1", {Level("e1", 4, 0)}, "t3")[0];
  EXPECT_EQ(stale.outcome, WriteOutcome::kStale);
  EXPECT_EQ(stale.version, 1);
  EXPECT_EQ(store_->Answers("a-2026-27", "m1")[0].answer.level, 3);
  EXPECT_EQ(store_->SaveAnswers("a-2026-27", "m1", {Level("e1", 4, 1)}, "t4")[0].version, 2);
}

TEST_P(StoreTest, AChecklistWithNothingInPlaceIsKeptAsAnEmptyList) {
  AnswerWrite write;
  write.element = "c1";
  write.answer.checked = std::vector<std::string>{};
  store_->SaveAnswers("a-2026-27", "m1", {write}, "t1");
  auto answers = store_->Answers("a-2026-27", "m1");
  ASSERT_TRUE(answers[0].answer.checked.has_value());
  EXPECT_TRUE(answers[0].answer.checked->empty());
}

TEST_P(StoreTest, SavesAfterSubmittingRevokingOrClosingAreRefusedWithNothingChanged) {
  store_->SetSubmitted("a-2026-27", "m1", "t1");
  EXPECT_THROW(store_->SaveAnswers("a-2026-27", "m1", {Level("e1", 3, 0)}, "t2"), StoreConflict);
  store_->SetSubmitted("a-2026-27", "m1", "");
  store_->CloseAnswering("a-2026-27", "t3");
  EXPECT_FALSE(store_->CloseAnswering("a-2026-27", "t4"));
  EXPECT_THROW(store_->SaveAnswers("a-2026-27", "m1", {Level("e1", 3, 0)}, "t5"), StoreConflict);
  EXPECT_TRUE(store_->Answers("a-2026-27", "").empty());
}

TEST_P(StoreTest, InvitingAgainEndsTheOldLinkAndKeepsTheAnswers) {
  store_->SaveAnswers("a-2026-27", "m1", {Level("e1", 3, 0)}, "t1");
  store_->Invite("a-2026-27", Invited(true), Link("token-m1-new", LinkRole::kRespondent, "m1"));
  EXPECT_TRUE(store_->Respondents("a-2026-27")[0].signatory);
  EXPECT_NE(store_->FindLink(HashToken("token-m1"))->revoked_at, "");
  EXPECT_EQ(store_->FindLink(HashToken("token-m1-new"))->revoked_at, "");
  EXPECT_EQ(store_->Answers("a-2026-27", "m1").size(), 1u);
  EXPECT_TRUE(store_->Revoke("a-2026-27", "m1", "t2"));
  EXPECT_FALSE(store_->Revoke("a-2026-27", "nobody", "t2"));
}

TEST_P(StoreTest, SessionsExpireAndEndWithTheirLink) {
  store_->CreateSession({"s1", HashToken("token-m1"), "csrf", "en", "2026-12-03T22:00:00Z"});
  EXPECT_TRUE(store_->FindSession("s1", "2026-12-03T21:59:59Z").has_value());
  EXPECT_FALSE(store_->FindSession("s1", "2026-12-03T22:00:00Z").has_value());
  store_->SetSessionLanguage("s1", "cy");
  EXPECT_EQ(store_->FindSession("s1", "2026-12-03T12:00:00Z")->language, "cy");
  store_->Revoke("a-2026-27", "m1", "t");
  EXPECT_FALSE(store_->FindSession("s1", "2026-12-03T12:00:00Z").has_value());
}

TEST_P(StoreTest, ASideSignsOnceAndTheLastSideMakesItFinal) {
  StoredSignOff management{{"management", "Ann", "2026-12-03", true, ""}, "m1", "t1"};
  EXPECT_THROW(store_->SignOff("a-2026-27", management, 2), StoreConflict);  // Still open.
  store_->CloseAnswering("a-2026-27", "t0");
  EXPECT_FALSE(store_->SignOff("a-2026-27", management, 2));
  EXPECT_THROW(store_->SignOff("a-2026-27", management, 2), StoreConflict);
  StoredSignOff union_side{{"trade_union", "Bea", "2026-12-03", false, "Why not"}, "u1", "t2"};
  EXPECT_TRUE(store_->SignOff("a-2026-27", union_side, 2));
  EXPECT_EQ(store_->FindAssessment("a-2026-27")->final_at, "t2");
  EXPECT_THROW(store_->ReplaceActions("a-2026-27", {}), StoreConflict);
  EXPECT_EQ(store_->RequestReopen("a-2026-27", "management", 2, "t3"),
            (std::vector<std::string>{"management"}));
  EXPECT_TRUE(store_->RequestReopen("a-2026-27", "trade_union", 2, "t4").empty());
  EXPECT_TRUE(store_->SignOffs("a-2026-27").empty());
  EXPECT_EQ(store_->FindAssessment("a-2026-27")->final_at, "");
}

TEST_P(StoreTest, TheAuditTrailKeepsItsOrder) {
  store_->AppendAudit({0, "a-2026-27", "t1", "respondent m1", "saved e1"});
  store_->AppendAudit({0, "a-2026-27", "t2", "respondent m1", "submitted"});
  auto trail = store_->Audit("a-2026-27");
  ASSERT_EQ(trail.size(), 2u);
  EXPECT_LT(trail[0].sequence, trail[1].sequence);
  EXPECT_EQ(trail[1].what, "submitted");
}

TEST_P(StoreTest, ADumpLoadsIntoAnEmptyStoreWhole) {
  store_->SaveAnswers("a-2026-27", "m1", {Level("e1", 3, 0)}, "t1");
  store_->AppendAudit({0, "a-2026-27", "t2", "respondent m1", "saved e1"});
  std::string copy = (folder_ / "copy").string();
  auto target = OpenSqliteStore(copy);
  target->Load(store_->Dump());
  EXPECT_EQ(target->Answers("a-2026-27", "m1")[0].answer.evidence,
            store_->Answers("a-2026-27", "m1")[0].answer.evidence);
  EXPECT_EQ(target->Audit("a-2026-27").back().what, "saved e1");
  EXPECT_THROW(target->Load(store_->Dump()), StoreError);  // Not empty any more.
}

TEST_P(StoreTest, ABackupIsAWholeStore) {
  store_->SaveAnswers("a-2026-27", "m1", {Level("e1", 3, 0)}, "t1");
  if (std::string(GetParam().name) == "postgres") {
    EXPECT_THROW(store_->Backup((folder_ / "x").string()), StoreError);  // pg_dump's job.
    return;
  }
  std::string copy = (folder_ / "copy").string();
  std::filesystem::create_directories(copy);
  store_->Backup(copy + "/maturity.sqlite");
  auto restored = OpenSqliteStore(copy);
  EXPECT_EQ(restored->Answers("a-2026-27", "m1").size(), 1u);
  EXPECT_EQ(restored->FindAssessment("a-2026-27")->profile,
            (std::vector<std::pair<std::string, std::string>>{{"sector", "fe"}}));
}

/// SQLite always; PostgreSQL when tests/store/with_postgres.sh started a server for the
/// run (the CTest test store.postgres), each test on an emptied database.
std::vector<StoreKind> StoreKinds() {
  std::vector<StoreKind> kinds{
      {"sqlite", [](const std::string& folder) { return OpenSqliteStore(folder); }}};
  const char* url = std::getenv("MATURITY_TEST_POSTGRES");
  if (url && *url) {
    kinds.push_back({"postgres", [url](const std::string&) {
                       std::string reset =
                           std::string(std::getenv("MATURITY_TEST_POSTGRES_BIN")) + "/psql -q '" +
                           url + "' -c 'DROP SCHEMA public CASCADE; CREATE SCHEMA public' " +
                           ">/dev/null 2>&1";
                       if (std::system(reset.c_str()) != 0) {
                         throw StoreError("cannot empty the test database");
                       }
                       return OpenPostgresStore(url);
                     }});
  }
  return kinds;
}

INSTANTIATE_TEST_SUITE_P(Stores, StoreTest, ::testing::ValuesIn(StoreKinds()),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(Tokens, CarryTwoHundredFiftySixBitsAndAreKeptAsHashes) {
  std::string token = NewToken();
  EXPECT_TRUE(LooksLikeToken(token));
  EXPECT_NE(token, NewToken());
  EXPECT_EQ(HashToken(token).size(), 64u);
  EXPECT_EQ(HashToken(token), HashToken(token));
  EXPECT_FALSE(LooksLikeToken(token.substr(1)));
  EXPECT_FALSE(LooksLikeToken(std::string(42, 'a') + "/"));
  EXPECT_TRUE(EqualInConstantTime("abc", "abc"));
  EXPECT_FALSE(EqualInConstantTime("abc", "abd"));
  EXPECT_FALSE(EqualInConstantTime("abc", "ab"));
}

TEST(FormBody, DecodesNamesAndValuesKeepingRepeats) {
  auto form = ParseFormBody("a=1&checked.x=one&checked.x=two&note=two+words%21&empty=&bare&%zz=%4");
  EXPECT_EQ(form.count("checked.x"), 2u);
  EXPECT_EQ(form.find("note")->second, "two words!");
  EXPECT_EQ(form.find("empty")->second, "");
  EXPECT_EQ(form.find("bare")->second, "");
  EXPECT_EQ(form.find("%zz")->second, "%4");  // Malformed escapes are kept as written.
}

}  // namespace
}  // namespace maturity
