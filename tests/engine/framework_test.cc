#include "engine/framework.h"

#include <gtest/gtest.h>

#include "tests/engine/tiny_framework.h"

namespace maturity {
namespace {

const std::string kTwoLevels = testing::FixtureHead("walk", "Walk",
                                                    "  - {level: 1, key: one, label: One}\n"
                                                    "  - {level: 2, key: two, label: Two}\n",
                                                    "2") +
                               testing::kNestedDimensions;

TEST(FrameworkWalkTest, VisitsEachDimensionThenItsElementsThenItsChildren) {
  Framework framework = testing::ParseTestFramework(kTwoLevels);
  std::vector<std::string> order;
  WalkFramework(
      framework,
      [&](const DimensionStep& step) {
        order.push_back(step.dimension.id + " depth " + std::to_string(step.depth) + " weight " +
                        std::to_string(static_cast<int>(step.path_weight)) + " at " +
                        step.KeyPath());
      },
      [&](const ElementStep& step) {
        order.push_back(step.element.id + " in " + step.dimension.dimension.id + " at " +
                        step.KeyPath());
      });
  EXPECT_EQ(order, (std::vector<std::string>{
                       "a depth 0 weight 2 at dimensions[0]",
                       "a1 in a at dimensions[0].elements[0]",
                       "a-inner depth 1 weight 6 at dimensions[0].dimensions[0]",
                       "ai1 in a-inner at dimensions[0].dimensions[0].elements[0]",
                       "ai2 in a-inner at dimensions[0].dimensions[0].elements[1]",
                       "b depth 0 weight 1 at dimensions[1]",
                       "b1 in b at dimensions[1].elements[0]",
                   }));
}

TEST(FrameworkWalkTest, OrderingsAndLookUpFollowTheWalk) {
  Framework framework = testing::ParseTestFramework(kTwoLevels);
  std::vector<std::string> dimensions;
  for (const Dimension* dimension : DimensionsInOrder(framework)) {
    dimensions.push_back(dimension->id);
  }
  EXPECT_EQ(dimensions, (std::vector<std::string>{"a", "a-inner", "b"}));
  std::vector<std::string> elements;
  for (const Element* element : ElementsInOrder(framework)) elements.push_back(element->id);
  EXPECT_EQ(elements, (std::vector<std::string>{"a1", "ai1", "ai2", "b1"}));
  ASSERT_NE(framework.FindElement("ai2"), nullptr);
  EXPECT_EQ(framework.FindElement("ai2")->title.Default(), "AI2");
  EXPECT_EQ(framework.FindElement("a-inner"), nullptr);  // A dimension, not an element.
}

}  // namespace
}  // namespace maturity
