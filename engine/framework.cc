#include "engine/framework.h"

namespace maturity {

namespace {

/// Walks `dimensions` under `parent`; a null callback is skipped.
void Walk(const std::vector<Dimension>& dimensions, const DimensionStep* parent,
          const std::function<void(const DimensionStep&)>& on_dimension,
          const std::function<void(const ElementStep&)>& on_element) {
  for (std::size_t i = 0; i < dimensions.size(); ++i) {
    const Dimension& dimension = dimensions[i];
    DimensionStep step{dimension, parent, i, parent ? parent->depth + 1 : 0,
                       (parent ? parent->path_weight : 1.0) * dimension.weight};
    if (on_dimension) on_dimension(step);
    if (on_element) {
      for (std::size_t e = 0; e < dimension.elements.size(); ++e) {
        on_element(ElementStep{dimension.elements[e], step, e});
      }
    }
    Walk(dimension.dimensions, &step, on_dimension, on_element);
  }
}

}  // namespace

std::string DimensionStep::KeyPath() const {
  std::string here = "dimensions[" + std::to_string(index) + "]";
  return parent ? parent->KeyPath() + "." + here : here;
}

std::string ElementStep::KeyPath() const {
  return dimension.KeyPath() + ".elements[" + std::to_string(index) + "]";
}

void WalkFramework(const Framework& framework,
                   const std::function<void(const DimensionStep&)>& on_dimension,
                   const std::function<void(const ElementStep&)>& on_element) {
  Walk(framework.dimensions, nullptr, on_dimension, on_element);
}

void ForEachDimension(const Framework& framework,
                      const std::function<void(const DimensionStep&)>& visit) {
  Walk(framework.dimensions, nullptr, visit, nullptr);
}

void ForEachElement(const Framework& framework,
                    const std::function<void(const ElementStep&)>& visit) {
  Walk(framework.dimensions, nullptr, nullptr, visit);
}

std::vector<const Dimension*> DimensionsInOrder(const Framework& framework) {
  std::vector<const Dimension*> dimensions;
  ForEachDimension(framework,
                   [&](const DimensionStep& step) { dimensions.push_back(&step.dimension); });
  return dimensions;
}

std::vector<const Element*> ElementsInOrder(const Framework& framework) {
  std::vector<const Element*> elements;
  ForEachElement(framework, [&](const ElementStep& step) { elements.push_back(&step.element); });
  return elements;
}

const ScaleLevel* Framework::FindLevel(int level) const {
  for (const ScaleLevel& entry : scale) {
    if (entry.level == level) return &entry;
  }
  return nullptr;
}

const Perspective* Framework::FindPerspective(const std::string& key) const {
  for (const Perspective& perspective : perspectives) {
    if (perspective.key == key) return &perspective;
  }
  return nullptr;
}

const ProfileField* Framework::FindProfileField(const std::string& key) const {
  for (const ProfileField& field : profile) {
    if (field.key == key) return &field;
  }
  return nullptr;
}

namespace {

/// The element `id` among `dimensions` and theirs, in the canonical order: a plain walk,
/// as every answer of every response looks its element up.
const Element* FindIn(const std::vector<Dimension>& dimensions, const std::string& id) {
  for (const Dimension& dimension : dimensions) {
    for (const Element& element : dimension.elements) {
      if (element.id == id) return &element;
    }
    if (const Element* found = FindIn(dimension.dimensions, id)) return found;
  }
  return nullptr;
}

}  // namespace

const Element* Framework::FindElement(const std::string& id) const {
  return FindIn(dimensions, id);
}

const Element* Framework::FindElementOnceCalled(const std::string& id) const {
  const Element* found = nullptr;
  ForEachElement(*this, [&](const ElementStep& step) {
    for (const std::string& old_id : step.element.renamed_from) {
      if (!found && old_id == id) found = &step.element;
    }
  });
  return found ? found : FindElement(id);
}

std::vector<std::string> Framework::IdsOnceCalled(const Element& element) const {
  std::vector<std::string> ids;
  if (FindElementOnceCalled(element.id) == &element) ids.push_back(element.id);
  for (const std::string& old_id : element.renamed_from) {
    if (FindElementOnceCalled(old_id) == &element) ids.push_back(old_id);
  }
  return ids;
}

double Framework::Percent(double score) const {
  return (score - lowest_level()) / (highest_level() - lowest_level()) * 100.0;
}

int Framework::LevelReached(double score) const {
  int reached = lowest_level();
  for (const ScaleLevel& entry : scale) {
    // A small tolerance so that a mean such as 2.9999999999999996 reaches level 3.
    if (entry.level <= score + 1e-9) reached = entry.level;
  }
  return reached;
}

const char* KindName(ElementKind kind) { return NameOf(kElementKindNames, kind); }

}  // namespace maturity
