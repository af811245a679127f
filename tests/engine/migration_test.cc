#include "engine/migration.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "engine/framework_loader.h"
#include "engine/response_loader.h"
#include "tests/support/test_files.h"

namespace maturity {
namespace {

class MigrationTest : public ::testing::Test {
 protected:
  Framework Load(const std::string& relative) {
    Diagnostics diagnostics;
    return LoadFramework(testing::SourcePath(relative), diagnostics);
  }
  std::string old_response_ =
      testing::ReadFile(testing::SourcePath("tests/data/migrate/old-response.yaml"));
};

TEST_F(MigrationTest, CarriesRenamedAnswersAndKeepsEverythingElseAsWritten) {
  Diagnostics diagnostics;
  std::string migrated =
      MigrateResponse("old-response.yaml", old_response_, Load("tests/data/diff/new.yaml"),
                      {.comment_out_uncarried = true}, diagnostics);
  EXPECT_EQ(migrated,
            testing::ReadFile(testing::SourcePath("tests/data/migrate/expected-response.yaml")));
  EXPECT_EQ(diagnostics.Format(),
            "old-response.yaml:18:3: warning: answers.b-large: element 'b-large' is not in tiny "
            "1.1.0 and no element names it in renamed_from; its 1 answer cannot be carried "
            "over; kept as comments\n");
}

TEST_F(MigrationTest, ACommentedOutAnswerCannotEndItsCommentWithALoneCarriageReturn) {
  // Lines were counted by '\n' only: text after a lone CR inside a commented-out answer
  // was live YAML again (here, one more answer to a2).
  std::string response = old_response_;
  const std::string note = "note: Only the main site has a forum}";
  ASSERT_NE(response.find(note), std::string::npos);
  response.replace(response.find(note), note.size(),
                   "note: \"Only the main\r    - {by: t1, level: 5}\r  \"}");
  Diagnostics diagnostics;
  std::string migrated =
      MigrateResponse("old-response.yaml", response, Load("tests/data/diff/new.yaml"),
                      {.comment_out_uncarried = true}, diagnostics);
  EXPECT_NE(migrated.find("# not carried to 1.1.0:     - {by: t1, level: 2, note: \"Only the "
                          "main\r# not carried to 1.1.0:     - {by: t1, level: 5}\r# not "
                          "carried to 1.1.0:   \"}\n"),
            std::string::npos)
      << migrated;
  Diagnostics check;
  Response carried =
      ParseResponse("migrated.yaml", migrated, Load("tests/data/diff/new.yaml"), check);
  ASSERT_NE(carried.FindAnswers("a2-renamed"), nullptr);
  EXPECT_EQ(carried.FindAnswers("a2-renamed")->answers.size(), 2u);
}

TEST_F(MigrationTest, RefusesToDropAnswersUnlessAskedToKeepThemAsComments) {
  Diagnostics diagnostics;
  try {
    MigrateResponse("old-response.yaml", old_response_, Load("tests/data/diff/new.yaml"), {},
                    diagnostics);
    FAIL() << "expected an InputError";
  } catch (const InputError& error) {
    EXPECT_EQ(error.diagnostics().Format(),
              "old-response.yaml:18:3: error: answers.b-large: element 'b-large' is not in tiny "
              "1.1.0 and no element names it in renamed_from; its 1 answer cannot be carried "
              "over (keep it as comments with --comment-out-uncarried)\n");
  }
}

TEST_F(MigrationTest, TheCliWritesNothingWhenAnswersCannotBeCarried) {
  std::string folder = testing::ScratchFolder("migrate");
  auto refused = testing::RunMaturityBinary(
      "migrate -f tests/data/diff/new.yaml tests/data/migrate/old-response.yaml -o " + folder +
      "/new.yaml");
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_FALSE(std::filesystem::exists(folder + "/new.yaml"));
  auto kept = testing::RunMaturityBinary(
      "migrate --comment-out-uncarried -f tests/data/diff/new.yaml "
      "tests/data/migrate/old-response.yaml -o " +
      folder + "/new.yaml");
  EXPECT_EQ(kept.exit_code, 0) << kept.err;
  auto valid =
      testing::RunMaturityBinary("validate -f tests/data/diff/new.yaml " + folder + "/new.yaml");
  EXPECT_EQ(valid.exit_code, 0) << valid.err;
}

}  // namespace
}  // namespace maturity
