// The anonymised sector JSON attacked as a reader would: published totals differenced
// within a field, across fields and with one institution's own report; and the table of
// institutions read for their groups (docs/sector.md, "Anonymised publication").
#include <gtest/gtest.h>

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <cmath>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include "engine/sector.h"
#include "reports/json/sector_json.h"
#include "reports/xlsx/sector_workbook.h"
#include "tests/engine/tiny_framework.h"
#include "tests/support/test_files.h"
#include "tests/support/xlsx_reader.h"

namespace maturity {
namespace {

using boost::property_tree::ptree;

/// One institution as everyone knows it (its sector and size are public), and the
/// scores only it knows.
struct Known {
  std::string id;
  std::string sector;
  std::int64_t staff = 0;
  double overall = 0;
};

/// Published totals of a set of institutions: n, then per measure (overall, alpha,
/// beta) the sum (mean x n) and the institutions at each level 1-5. All add up over
/// members, so differences of sets are differences of these.
using Totals = std::vector<double>;

Totals Add(const Totals& a, const Totals& b, double factor) {
  Totals sum = a;
  for (std::size_t i = 0; i < b.size(); ++i) sum[i] += factor * b[i];
  return sum;
}

Totals TotalsOf(const ptree& overall, const ptree* dimensions) {
  Totals totals = {overall.get<double>("n")};
  auto add_measure = [&](const ptree& statistics) {
    double n = statistics.get<double>("n");
    totals.push_back(n > 0 ? n * statistics.get<double>("mean") : 0);
    for (int level = 1; level <= 5; ++level) {
      totals.push_back(n > 0 ? statistics.get<double>("levels." + std::to_string(level)) : 0);
    }
  };
  add_measure(overall);
  if (dimensions) {
    for (const auto& [key, dimension] : *dimensions) add_measure(dimension);
  }
  return totals;
}

class SectorDisclosureTest : public ::testing::Test {
 protected:
  InstitutionSummary Summary(const Known& known) const {
    InstitutionSummary summary;
    summary.file = known.id + ".yaml";
    summary.location = {summary.file, 5, 7};
    summary.id = known.id;
    summary.name = "Name of " + known.id;
    summary.period = "2025-26";
    summary.profile["sector"] = {known.sector, std::nullopt, ""};
    const ProfileField* field = framework_.FindProfileField("staff");
    summary.profile["staff"] = {std::to_string(known.staff), known.staff,
                                field->BandOf(known.staff)->key};
    summary.overall = known.overall;
    summary.completeness = 1;
    summary.overall_by_perspective = {{"management", known.overall},
                                      {"trade_union", known.overall}};
    summary.dimensions = {known.overall + 0.25, known.overall - 0.5};
    summary.dimensions_by_perspective = {
        {{"management", known.overall}, {"trade_union", known.overall}},
        {{"management", known.overall}, {"trade_union", known.overall}}};
    summary.elements.resize(ElementsInOrder(framework_).size());
    return summary;
  }

  /// What the institution's own report tells it: its totals as one institution.
  Totals OwnTotals(const Known& known) const {
    Totals totals = {1};
    for (double score : {known.overall, known.overall + 0.25, known.overall - 0.5}) {
      totals.push_back(score);
      for (int level = 1; level <= 5; ++level) {
        totals.push_back(framework_.LevelReached(score) == level ? 1 : 0);
      }
    }
    return totals;
  }

  /// Colleges 0-5, schools 6-9 (a sector the tiny framework has no group for),
  /// universities 10-14. Size bands: one college and the four schools small, five
  /// colleges medium, the universities large. Every score differs.
  std::vector<Known> Sector() const {
    std::vector<Known> sector;
    for (int i = 0; i < 15; ++i) {
      std::string kind = i < 6 ? "fe" : i < 10 ? "school" : "he";
      std::int64_t staff = i == 5 || kind == "school" ? 100 : kind == "fe" ? 300 : 2000;
      sector.push_back({"inst-" + std::to_string(i), kind, staff, 1.8 + 0.173 * i});
    }
    return sector;
  }

  SectorReport Analyse(const std::vector<Known>& sector, std::vector<std::string> group_by) const {
    std::vector<InstitutionSummary> summaries;
    for (const Known& known : sector) summaries.push_back(Summary(known));
    SectorOptions options;
    options.group_by = std::move(group_by);
    options.anonymise = true;
    options.key.fill(7);
    return AnalyseSector(framework_, summaries, options);
  }

  std::string Json(const std::vector<Known>& sector, std::vector<std::string> group_by) const {
    SectorReport report = Analyse(sector, std::move(group_by));
    std::ostringstream out;
    WriteSectorJson(report, {}, out);
    return out.str();
  }

  /// Every set of institutions whose totals the attack derived and should not have, as
  /// "members: how" lines. The attacker knows every institution's groups and, as one of
  /// them (or none), its own scores, and combines the published totals (the sector's
  /// and each published group's) with coefficients -1, 0 and 1.
  std::vector<std::string> Attack(const std::vector<Known>& sector, const std::string& json) {
    ptree published;
    std::istringstream in(json);
    boost::property_tree::read_json(in, published);
    const int min_group_size = published.get<int>("min_group_size");
    struct Figure {
      std::string name;
      std::vector<int> members;  // 0 or 1 per institution.
      Totals totals;
    };
    std::vector<Figure> figures;
    figures.push_back(
        {"sector", std::vector<int>(sector.size(), 1),
         TotalsOf(published.get_child("overall"), &published.get_child("dimensions"))});
    std::vector<std::vector<int>> suppressed_small;
    for (const auto& [unused, group] : published.get_child("groups")) {
      std::string by = group.get<std::string>("by");
      std::string value = group.get<std::string>("value");
      std::vector<int> members;
      const ProfileField* field = framework_.FindProfileField(by);
      for (const Known& known : sector) {
        members.push_back(by == "sector" ? known.sector == value
                                         : field->BandOf(known.staff)->key == value);
      }
      int n = 0;
      for (int member : members) n += member;
      if (group.get<bool>("suppressed")) {
        if (n > 0 && n < min_group_size) suppressed_small.push_back(members);
        continue;
      }
      EXPECT_EQ(group.get<int>("n"), n) << value;
      if (n == 0) continue;
      figures.push_back({by + "=" + value, members,
                         TotalsOf(group.get_child("overall"), &group.get_child("dimensions"))});
    }
    std::set<std::string> found;
    const std::size_t count = figures.size();
    std::vector<int> coefficients(count, -1);
    while (true) {
      for (int insider = -1; insider < static_cast<int>(sector.size()); ++insider) {
        for (int own : {-1, 1}) {
          if (insider < 0 && own == 1) continue;
          std::vector<int> members(sector.size(), 0);
          Totals totals(figures[0].totals.size(), 0.0);
          std::string how;
          for (std::size_t f = 0; f < count; ++f) {
            if (coefficients[f] == 0) continue;
            for (std::size_t i = 0; i < sector.size(); ++i)
              members[i] += coefficients[f] * figures[f].members[i];
            totals = Add(totals, figures[f].totals, coefficients[f]);
            how += (coefficients[f] > 0 ? " + " : " - ") + figures[f].name;
          }
          if (insider >= 0) {
            members[insider] += own;
            totals = Add(totals, OwnTotals(sector[insider]), own);
            how += (own > 0 ? " + own " : " - own ") + sector[insider].id;
          }
          bool a_set = true;
          int n = 0;
          for (int member : members) {
            a_set = a_set && (member == 0 || member == 1);
            n += member;
          }
          if (!a_set || n == 0) continue;
          // What an outsider must not get: fewer than a group; an insider learns no other
          // single institution, and no small suppressed group (with or without itself).
          bool small = insider < 0 && n < min_group_size;
          bool single = n == 1 && (insider < 0 || members[insider] == 0);
          bool group = false;
          for (const std::vector<int>& suppressed : suppressed_small) {
            std::vector<int> with_insider = members;
            if (insider >= 0) with_insider[insider] = 1;
            group = group || members == suppressed || with_insider == suppressed;
          }
          if (!small && !single && !group) continue;
          // The derived totals are those of the set: the attack works.
          Totals truth(totals.size(), 0.0);
          for (std::size_t i = 0; i < sector.size(); ++i) {
            if (members[i]) truth = Add(truth, OwnTotals(sector[i]), 1);
          }
          for (std::size_t t = 0; t < totals.size(); ++t) EXPECT_NEAR(totals[t], truth[t], 1e-6);
          std::string who;
          for (std::size_t i = 0; i < sector.size(); ++i) {
            if (members[i]) who += (who.empty() ? "" : ",") + std::to_string(i);
          }
          found.insert(who + ":" + how);
        }
      }
      std::size_t f = 0;
      while (f < count && coefficients[f] == 1) coefficients[f++] = -1;
      if (f == count) break;
      ++coefficients[f];
    }
    return {found.begin(), found.end()};
  }

  Framework framework_ = testing::ParseTestFramework(testing::kTinyFramework);
};

TEST_F(SectorDisclosureTest, NoSmallGroupOrInstitutionIsDerivedByDifferencingAcrossFields) {
  const std::vector<Known> sector = Sector();
  // Each field alone: its own secondary suppression holds.
  EXPECT_EQ(Attack(sector, Json(sector, {"sector"})), std::vector<std::string>{});
  EXPECT_EQ(Attack(sector, Json(sector, {"staff"})), std::vector<std::string>{});
  // Both: colleges minus the medium band was college 5, and the sector minus the
  // colleges and the universities the four schools. The colleges are withheld: a size
  // band withheld instead would leave college 5 to the other two.
  std::string both = Json(sector, {"sector", "staff"});
  EXPECT_EQ(Attack(sector, both), std::vector<std::string>{});
  ptree published;
  std::istringstream in(both);
  boost::property_tree::read_json(in, published);
  std::vector<std::string> shown;
  for (const auto& [unused, group] : published.get_child("groups")) {
    if (!group.get<bool>("suppressed")) shown.push_back(group.get<std::string>("value"));
  }
  EXPECT_EQ(shown, (std::vector<std::string>{"he", "small", "medium", "large"}));
}

TEST_F(SectorDisclosureTest, TheAttackFindsWhatUnprotectedFiguresGiveAway) {
  // The attacker is not blind: with the colleges' figures published, as before
  // secondary suppression across fields, they give college 5 and the schools away.
  const std::vector<Known> sector = Sector();
  std::string json = Json(sector, {"sector", "staff"});
  ptree published;
  std::istringstream in(json);
  boost::property_tree::read_json(in, published);
  // Put back the colleges' figures as a writer without the rule would have shown them.
  std::vector<InstitutionSummary> summaries;
  for (const Known& known : sector) {
    if (known.sector == "fe") summaries.push_back(Summary(known));
  }
  SectorReport colleges = AnalyseSector(framework_, summaries, {});
  std::ostringstream colleges_json;
  WriteSectorJson(colleges, {}, colleges_json);
  ptree colleges_published;
  std::istringstream colleges_in(colleges_json.str());
  boost::property_tree::read_json(colleges_in, colleges_published);
  for (auto& [unused, group] : published.get_child("groups")) {
    if (group.get<std::string>("value") != "fe") continue;
    group.put("suppressed", false);
    group.put("n", 6);
    group.put_child("overall", colleges_published.get_child("overall"));
    group.put_child("dimensions", colleges_published.get_child("dimensions"));
  }
  std::ostringstream out;
  boost::property_tree::write_json(out, published);
  std::vector<std::string> found = Attack(sector, out.str());
  EXPECT_TRUE(std::count(found.begin(), found.end(), "5: + sector=fe - staff=medium"))
      << found.size();
  EXPECT_TRUE(std::count(found.begin(), found.end(), "6,7,8,9: + sector - sector=fe - sector=he"));
}

TEST_F(SectorDisclosureTest, NoCodesScoreIsPublishedBesidePeerGroups) {
  // The attack: a group's median is one member's score (15 institutions, odd groups), so
  // with every code's exact score published a reader matches the median with a code and
  // learns the code's group (and from the group, which institution it may be).
  const std::vector<Known> sector = Sector();
  auto read = [](const std::string& json) {
    ptree tree;
    std::istringstream in(json);
    boost::property_tree::read_json(in, tree);
    return tree;
  };
  // Without peer groups the table of institutions is published, code by code.
  ptree table = read(Json(sector, {}));
  EXPECT_EQ(table.get<std::string>("institutions_withheld"), "false");
  std::map<std::string, std::string> code_of_score;
  for (const auto& [unused, row] : table.get_child("results")) {
    std::vector<std::string> keys;
    for (const auto& [key, value] : row) keys.push_back(key);
    EXPECT_EQ(keys, (std::vector<std::string>{"code", "overall", "percentile_rank", "completeness",
                                              "jointly_agreed", "dimensions"}));
    code_of_score[row.get<std::string>("overall")] = row.get<std::string>("code");
  }
  ASSERT_EQ(code_of_score.size(), sector.size());

  // With peer groups, their medians would find codes in that table: so no code's score is
  // published beside them.
  ptree groups = read(Json(sector, {"sector", "staff"}));
  int medians_matched = 0;
  for (const auto& [unused, group] : groups.get_child("groups")) {
    if (group.get<std::string>("suppressed") == "true") continue;
    medians_matched += code_of_score.count(group.get<std::string>("overall.median"));
  }
  EXPECT_GT(medians_matched, 0) << "the attack is real: a median is a code's score";
  EXPECT_EQ(groups.get<std::string>("institutions_withheld"), "true");
  EXPECT_TRUE(groups.get_child("results").empty());
  EXPECT_TRUE(groups.get_child("trends").empty());
  // Codes remain only where moderation lists a self-assessment to look at again, with the
  // flag's own measure, never a score.
  std::function<void(const ptree&, const std::string&)> walk = [&](const ptree& node,
                                                                   const std::string& path) {
    if (node.get_optional<std::string>("code")) {
      EXPECT_EQ(path.rfind("moderation", 0), 0U) << path;
      EXPECT_FALSE(node.get_child_optional("overall")) << path;
      EXPECT_FALSE(node.get_child_optional("dimensions")) << path;
    }
    for (const auto& [key, child] : node) walk(child, path.empty() ? key : path + "." + key);
  };
  walk(groups, "");

  // The workbook likewise: no code on the Heatmap, and a sentence that says why.
  std::string path = testing::ScratchFolder("disclosure-withheld") + "/sector.xlsx";
  ASSERT_TRUE(WriteSectorWorkbook(Analyse(sector, {"sector", "staff"}), {}, path, 0).empty());
  testing::XlsxContent xlsx = testing::ReadXlsx(path);
  // (One period here, so no Trends sheet; its rows come from the same empty list.)
  for (const char* sheet : {"Heatmap"}) {
    bool said = false;
    for (const auto& [cell, text] : xlsx.cells.at(sheet)) {
      EXPECT_EQ(text.find("INST-"), std::string::npos) << sheet << "!" << cell << ": " << text;
      said = said || text.rfind("Not published: institutions are anonymised", 0) == 0;
    }
    EXPECT_TRUE(said) << sheet;
  }
}

}  // namespace
}  // namespace maturity
