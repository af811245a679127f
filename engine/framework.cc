#include "engine/framework.h"

namespace maturity {

namespace {

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

const Element* Framework::FindElement(const std::string& id) const {
  return FindIn(dimensions, id);
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

const char* KindName(ElementKind kind) {
  switch (kind) {
    case ElementKind::kIndicator:
      return "indicator";
    case ElementKind::kBehaviour:
      return "behaviour";
    case ElementKind::kResource:
      return "resource";
    case ElementKind::kProcess:
      return "process";
  }
  return "indicator";
}

}  // namespace maturity
