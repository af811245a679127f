// Sentences the reports build from several catalogue texts, rendered in Welsh and compared
// with the wording a Welsh-speaking review asked for.
#include <gtest/gtest.h>

#include "common/message_catalogue.h"
#include "common/messages.h"
#include "reports/presentation.h"

namespace maturity {
namespace {

const Messages& Welsh() { return Messages::For("cy"); }

/// A framework's profile as the bundled one labels it.
Framework LabelledProfile() {
  Framework framework;
  ProfileField staff;
  staff.key = "staff";
  staff.type = ProfileFieldType::kInteger;
  staff.label.Add("en", "Number of staff (headcount)");
  staff.label.Add("cy", "Nifer y staff (cyfrif pennau)");
  staff.bands = {{"small", 0, 249}, {"medium", 250, 999}, {"large", 1000, std::nullopt}};
  for (auto [key, en, cy] :
       {std::tuple{"small", "small", "bach"}, std::tuple{"medium", "medium", "canolig"},
        std::tuple{"large", "large", "mawr"}}) {
    staff.labels[key].Add("en", en);
    staff.labels[key].Add("cy", cy);
  }
  ProfileField sector;
  sector.key = "sector";
  sector.type = ProfileFieldType::kChoice;
  sector.label.Add("en", "Sector");
  sector.label.Add("cy", "Sector");
  sector.values = {"fe", "nhs", "local_government"};
  for (auto [key, en, cy] :
       {std::tuple{"fe", "Further education", "Addysg bellach"}, std::tuple{"nhs", "NHS", "GIG"},
        std::tuple{"local_government", "Local government", "Llywodraeth leol"}}) {
    sector.labels[key].Add("en", en);
    sector.labels[key].Add("cy", cy);
  }
  framework.profile = {staff, sector};
  framework.languages = {"en", "cy"};
  return framework;
}

TEST(WelshSentencesTest, ConditionsReadAsWelshClausesByLabel) {
  Framework framework = LabelledProfile();
  Condition staff{"staff", {"medium", "large"}};
  EXPECT_EQ(Welsh()("questionnaire.only_where", {ConditionsText(framework, {staff}, Welsh())}),
            "Dim ond lle mae nifer y staff (cyfrif pennau) yn ganolig neu'n fawr.");
  Condition small{"staff", {"small"}};
  Condition sector{"sector", {"nhs", "local_government"}};
  // A band describes the institution ("mae ... yn fach"); a choice names its category
  // ("mai ... yw'r sector"), capitals (GIG) kept, soft mutation after "neu" (ll -> l);
  // "ac" before "mae" and "mai".
  EXPECT_EQ(ConditionsText(framework, {small, sector}, Welsh()),
            "mae nifer y staff (cyfrif pennau) yn fach ac mai GIG neu lywodraeth leol yw'r "
            "sector");
  EXPECT_EQ(Welsh()("questionnaire.only_where",
                    {ConditionsText(framework, {Condition{"sector", {"nhs"}}}, Welsh())}),
            "Dim ond lle mai GIG yw'r sector.");
  // A target rule reads as the target where the condition holds, never as a statement.
  EXPECT_EQ(Welsh()("docs.target_rule", {"4.0", ConditionsText(framework, {staff}, Welsh())}),
            "4.0 lle mae nifer y staff (cyfrif pennau) yn ganolig neu'n fawr");
  EXPECT_EQ(ConditionsText(framework, {staff, sector}, Messages::For("en")),
            "number of staff (headcount) is medium or large and sector is NHS or local "
            "government");
  // Without labels, the keys.
  EXPECT_EQ(ConditionsText(Framework{}, {staff}, Messages::For("en")), "staff is medium or large");
}

TEST(WelshSentencesTest, ProfilesAndBandsShowLabels) {
  Framework framework = LabelledProfile();
  Profile profile;
  profile["staff"] = {"820", 820, "medium"};
  profile["sector"] = {"fe", std::nullopt, ""};
  EXPECT_EQ(ProfileText(framework, profile, "cy"),
            "Sector: Addysg bellach; Nifer y staff (cyfrif pennau): 820 (canolig)");
  EXPECT_EQ(ProfileText(framework, profile, "en"),
            "Sector: Further education; Number of staff (headcount): 820 (medium)");
  EXPECT_EQ(BandsText(framework.profile[0], "cy"), "bach 0-249, canolig 250-999, mawr 1000+");
}

TEST(WelshSentencesTest, NumbersNeverFollowTheConjunctionA) {
  // "a 8" would need "ac 8": the sentences are worded so that no number follows "a".
  EXPECT_EQ(Welsh()("summary.more_gaps", {"8"}), "... mae 8 arall yn y cynllun gweithredu");
  EXPECT_EQ(Welsh()("summary.more_divergent", {"11", "Safbwyntiau"}),
            "... mae 11 arall ar y daflen Safbwyntiau");
}

TEST(WelshSentencesTest, AListJoinsItsLastPartWithAcBeforeAVowel) {
  // Seen on a draft scorecard: "Cyflogwr / rheolwyr a Ochr yr undebau llafur heb lofnodi".
  EXPECT_EQ(Welsh().List({"Cyflogwr / rheolwyr", "Ochr yr undebau llafur"}),
            "Cyflogwr / rheolwyr ac Ochr yr undebau llafur");
  EXPECT_EQ(Welsh().List({"A1", "A2", "Ŷ"}), "A1, A2 ac Ŷ");
  EXPECT_EQ(Messages::For("en").List({"A", "B", "Employer"}), "A, B and Employer");
  EXPECT_EQ(Welsh().List({"Un"}), "Un");
}

TEST(WelshSentencesTest, MeasuresBandsLevelsAndSheets) {
  EXPECT_EQ(Welsh()("docs.measure", {"y cant o'r cyfarfodydd", "gorau po uchaf",
                                     "lefel 2 o 50 "
                                     "ymlaen"}),
            "Atebwch â rhif (y cant o'r cyfarfodydd; gorau po uchaf): lefel 2 o 50 ymlaen.");
  EXPECT_EQ(Welsh()("docs.band_from", {"2", "50"}), "lefel 2 o 50 ymlaen");
  EXPECT_EQ(Welsh()("sector.column.at_level", {"3", "Wedi'i sefydlu"}),
            "Ar lefel 3 (Wedi'i sefydlu)");
  EXPECT_NE(Welsh()("sector.method.period_text", {"2025-26", "Tueddiadau"})
                .find("dim ond ar y daflen Tueddiadau y mae cyfnodau cynharach yn ymddangos"),
            std::string::npos);
}

TEST(WelshSentencesTest, ASidesNameFollowsAColonNeverAMutatingWord) {
  // "gan Cyflogwr / rheolwyr" would need "gan gyflogwr / reolwyr", and the capital would
  // stand mid-sentence: the name comes after a colon instead.
  const std::string management = "Cyflogwr / rheolwyr";
  const std::string unions = "Ochr yr undebau llafur";
  EXPECT_EQ(Welsh()("summary.agreed_some", {management}),
            "Cytunwyd ar y cyd: naddo; dim ond y rhain a lofnododd: Cyflogwr / rheolwyr");
  EXPECT_EQ(Welsh()("summary.agreed_not", {unions}),
            "Cytunwyd ar y cyd: naddo; heb gytuno: Ochr yr undebau llafur");
  EXPECT_EQ(Welsh()("scorecard.agreed_no", {unions}),
            "Naddo; heb lofnodi eto: Ochr yr undebau llafur");
  EXPECT_EQ(Welsh()("scorecard.agreed_disagree", {unions}),
            "Naddo; heb gytuno: Ochr yr undebau llafur (gweler y datganiad isod)");
  EXPECT_EQ(Welsh()("summary.statement", {unions, "Nid ydym yn cytuno."}),
            "Datganiad, Ochr yr undebau llafur: Nid ydym yn cytuno.");
  // No number before a noun it would mutate ("2 cyfnod" needs "2 gyfnod"): "o" between.
  EXPECT_EQ(Welsh()("report.sector.assessments_periods", {"27", "2"}),
            "27 hunanasesiad dros 2 o gyfnodau");
}

TEST(WelshSentencesTest, NoEnglishSettingNamesInWelshSentences) {
  for (MessageKey key :
       {MessageKey("method.aggregate_minimum"), MessageKey("method.aggregate_mean"),
        MessageKey("method.missing_lowest"), MessageKey("method.missing_exclude")}) {
    const std::string text = Welsh()(key);
    EXPECT_EQ(text.find("aggregate:"), std::string::npos) << text;
    EXPECT_EQ(text.find("missing:"), std::string::npos) << text;
  }
  EXPECT_EQ(Welsh()("docs.perspective", {"Cyflogwr / rheolwyr", "management"}),
            "Cyflogwr / rheolwyr (cod yn y ffeil ateb: `management`)");
  EXPECT_EQ(Welsh()("cli.wrote", {"cerdyn.xlsx"}), "ysgrifennwyd cerdyn.xlsx");
  EXPECT_EQ(Welsh()("survey.map.number", {"awr"}), "rhif: awr");
}

TEST(WelshSentencesTest, TermsAreTheOnesTheReviewChose) {
  // One word for spread (gwasgariad), for minimum and maximum (isafswm, uchafswm), and
  // answers that fit their question.
  for (const MessageEntry& entry : kMessageCatalogue) {
    const std::string welsh = entry.cy;
    for (const char* other : {"ledaeniad", "Lledaeniad"}) {
      EXPECT_EQ(welsh.find(other), std::string::npos) << entry.key << ": " << welsh;
    }
  }
  EXPECT_EQ(Welsh()("sector.column.min"), "Isafswm");
  EXPECT_EQ(Welsh()("sector.column.max"), "Uchafswm");
  EXPECT_EQ(Welsh()("column.gap_narrowed"), "Bwlch wedi culhau?");
  EXPECT_EQ(Welsh()("scorecard.progress.narrowed"), "Wedi culhau");
  EXPECT_EQ(Welsh()("scorecard.progress.not_narrowed"), "Heb gulhau");
  EXPECT_EQ(Welsh()("sector_summary.q1"), "Ch1");  // C1 reads as "Cwestiwn 1".
  // Equal scores are not "agreed" (cytûn): agreement is what the sides sign off (issue 30).
  EXPECT_EQ(Welsh()("scorecard.perspectives.agreed"), "yr un sgôr");
  EXPECT_EQ(Welsh()("questionnaire.applies"), Welsh()("questionnaire.not_applicable") + "?");
  EXPECT_EQ(Welsh()("summary.complete"), Welsh()("column.completeness"));
  EXPECT_EQ(Welsh()("status.dropped"), "Wedi'i hepgor");
}

}  // namespace
}  // namespace maturity
