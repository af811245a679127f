#include "engine/disclosure.h"

#include <gtest/gtest.h>

namespace maturity {
namespace {

MemberSet Of(const std::string& pattern) {
  MemberSet members;
  for (char c : pattern) members.push_back(c == 'x');
  return members;
}

std::string Pattern(const MemberSet& members) {
  std::string pattern;
  for (bool member : members) pattern += member ? 'x' : '.';
  return pattern;
}

TEST(DisclosureTest, TheOnlySuppressedGroupOfAFieldIsTheSectorMinusTheOthers) {
  std::vector<GroupMembers> groups = {{Of("xxxxxx."), false}, {Of("......x"), true}};
  auto found = FindDerivableSet(groups, {Of("xxxxxxx")}, 5);
  ASSERT_TRUE(found);
  EXPECT_EQ(Pattern(found->members), "......x");
}

TEST(DisclosureTest, InstitutionsOutsideEveryGroupBlurTheDifference) {
  // The sector minus the published group is the suppressed one and two without a value:
  // three institutions, fewer than a group may have, so it is still found.
  std::vector<GroupMembers> groups = {{Of("xxxxx..."), false}, {Of(".....x.."), true}};
  auto found = FindDerivableSet(groups, {Of("xxxxxxxx")}, 5);
  ASSERT_TRUE(found);
  EXPECT_EQ(Pattern(found->members), ".....xxx");
  // With five outside, the difference is a group's size and the suppressed one is hidden.
  groups = {{Of("xxxxx......"), false}, {Of(".....x....."), true}};
  EXPECT_FALSE(FindDerivableSet(groups, {Of("xxxxxxxxxxx")}, 5));
}

TEST(DisclosureTest, GroupsOfTwoFieldsDifferencedSingleOutAnInstitution) {
  // Sector: colleges 0-5 (6), schools 6-9 (4, suppressed), universities 10-14 (5,
  // suppressed with the schools). Size: small 5-9 (one college, four schools), medium 0-4
  // (colleges), large 10-14. The colleges minus the medium band is college 5 alone; the
  // sector minus the colleges and the large band is the suppressed schools.
  std::vector<GroupMembers> groups = {
      {Of("xxxxxx........."), false}, {Of("......xxxx....."), true},
      {Of("..........xxxxx"), true},  {Of(".....xxxxx....."), false},
      {Of("xxxxx.........."), false}, {Of("..........xxxxx"), false}};
  const std::vector<MemberSet> population = {Of("xxxxxxxxxxxxxxx")};
  auto found = FindDerivableSet(groups, population, 5);
  ASSERT_TRUE(found);
  EXPECT_EQ(Pattern(found->members), ".....x.........");
  // No size band withheld alone hides college 5 (the other three still give it); the
  // colleges withheld merge it with the schools.
  EXPECT_EQ(SuppressDerivableGroups(groups, population, 5), (std::vector<std::size_t>{0}));
  EXPECT_FALSE(FindDerivableSet(groups, population, 5));
  EXPECT_FALSE(groups[3].suppressed || groups[4].suppressed || groups[5].suppressed);
}

TEST(DisclosureTest, APopulationWithoutSomeScoresIsCheckedOnItsOwn) {
  // Two groups of 5 and 6 partition the sector; in one dimension, four of the six have
  // no score, leaving two: a published group of 2 for that dimension's figures.
  std::vector<GroupMembers> groups = {{Of("xxxxx......"), false}, {Of(".....xxxxxx"), false}};
  EXPECT_FALSE(FindDerivableSet(groups, {Of("xxxxxxxxxxx")}, 5));
  auto found = FindDerivableSet(groups, {Of("xxxxxxxxxxx"), Of("xxxxxxx....")}, 5);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->population, 1u);
  EXPECT_EQ(Pattern(found->members), ".....xx....");
}

TEST(DisclosureTest, ASearchBeyondItsBudgetCountsAsFindingASet) {
  std::vector<GroupMembers> groups = {{Of("x.x.x.x.x.x"), false}, {Of("xx..xx..xx."), false}};
  auto found = FindDerivableSet(groups, {Of("xxxxxxxxxxx")}, 5, 1);
  ASSERT_TRUE(found);
  EXPECT_EQ(Pattern(found->members), "...........");
}

}  // namespace
}  // namespace maturity
