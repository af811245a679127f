// The audit trail's lines in a page's language (collect/collection.h: AuditLineIn): every
// wording collect/ and serve/ write reads back, in Welsh, with its texts in place and a
// side's key given by its label; English shows the line as written.
#include <gtest/gtest.h>

#include "collect/collection.h"
#include "common/messages.h"

namespace maturity {
namespace {

Framework TwoSides() {
  Framework framework;
  Perspective management{"management", Text()};
  management.label.Add("en", "Employer / management");
  management.label.Add("cy", "Cyflogwr / rheolwyr");
  Perspective union_side{"trade_union", Text()};
  union_side.label.Add("en", "Trade union side");
  union_side.label.Add("cy", "Ochr yr undebau llafur");
  framework.perspectives = {management, union_side};
  return framework;
}

AuditEntry Line(const std::string& who, const std::string& what) {
  return {0, "a-2026-27", "2026-12-03T10:00:00Z", who, what};
}

TEST(AuditLineIn, EveryWordingWrittenReadsBackInWelsh) {
  Framework framework = TwoSides();
  const std::pair<const char*, const char*> lines[] = {
      {"created for coleg-y-bryn, 2026-27, framework social-partnership@1.0.0",
       "wedi'i greu ar gyfer coleg-y-bryn, 2026-27, fframwaith social-partnership@1.0.0"},
      {"created for coleg-y-bryn, 2026-27, framework social-partnership@1.0.0, from last.yaml",
       "wedi'i greu ar gyfer coleg-y-bryn, 2026-27, fframwaith social-partnership@1.0.0, o "
       "last.yaml"},
      {"issued a link to u1 (trade_union)", "wedi rhoi dolen i u1 (Ochr yr undebau llafur)"},
      {"issued a link to m1 (management, signatory)",
       "wedi rhoi dolen i m1 (Cyflogwr / rheolwyr, llofnodwr)"},
      {"issued an overseer's link", "wedi rhoi dolen goruchwyliwr"},
      {"revoked the link of m2", "wedi dod â dolen m2 i ben"},
      {"saved e1, e2", "wedi cadw e1, e2"},
      {"submitted (3 of 40 answered)", "wedi cyflwyno (3 o 40 wedi'u hateb)"},
      {"reopened the answers of m1", "wedi ailagor atebion m1"},
      {"declared the side done", "wedi datgan bod yr ochr wedi gorffen"},
      {"declared the side done, without m2", "wedi datgan bod yr ochr wedi gorffen, heb m2"},
      {"closed answering", "wedi cau'r cyfnod ateb"},
      {"closed answering, without m2, u2", "wedi cau'r cyfnod ateb, heb m2, u2"},
      {"closed answering: every side is done", "wedi cau'r cyfnod ateb: mae pob ochr wedi gorffen"},
      {"changed the agreed actions (5)", "wedi newid y camau gweithredu a gytunwyd (5)"},
      {"signed off for trade_union: does not agree",
       "wedi llofnodi ar ran yr ochr (Ochr yr undebau llafur): nid yw'n cytuno"},
      {"signed off for management: agreed; every side has signed",
       "wedi llofnodi ar ran yr ochr (Cyflogwr / rheolwyr): cytuno; mae pob ochr wedi llofnodi"},
      {"asked to reopen", "wedi gofyn am ailagor"},
      {"asked to reopen; every side has asked: reopened, sign-offs cleared",
       "wedi gofyn am ailagor; mae pob ochr wedi gofyn: wedi'i ailagor, llofnodion wedi'u "
       "clirio"},
      {"refused a form without its token (/form)", "wedi gwrthod ffurflen heb ei thocyn (/form)"},
      {"refused: a coordinator's page (/coordinator)",
       "gwrthodwyd: tudalen cydlynydd (/coordinator)"},
      {"refused: /review", "gwrthodwyd: /review"},
  };
  for (const auto& [english, welsh] : lines) {
    AuditLineText text = AuditLineIn(Line("command line", english), framework, "cy");
    ASSERT_TRUE(text.what) << english;
    EXPECT_EQ(*text.what, welsh);
    EXPECT_EQ(*AuditLineIn(Line("command line", english), framework, "en").what, english);
  }
}

TEST(AuditLineIn, WhoIsGivenInWelshAndAnUnknownWordingIsLeftAsWritten) {
  Framework framework = TwoSides();
  EXPECT_EQ(*AuditLineIn(Line("trade_union coordinator", "x"), framework, "cy").who,
            "cydlynydd (Ochr yr undebau llafur)");
  EXPECT_EQ(*AuditLineIn(Line("respondent u1", "x"), framework, "cy").who, "ymatebydd u1");
  EXPECT_EQ(*AuditLineIn(Line("every side", "x"), framework, "cy").who, "pob ochr");
  EXPECT_EQ(*AuditLineIn(Line("overseer", "x"), framework, "cy").who, "goruchwyliwr");
  AuditLineText unknown =
      AuditLineIn(Line("a later version", "did something new"), framework, "cy");
  EXPECT_FALSE(unknown.who);
  EXPECT_FALSE(unknown.what);
}

}  // namespace
}  // namespace maturity
