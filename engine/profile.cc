#include "engine/profile.h"

#include <algorithm>

namespace maturity {

std::string ProfileField::ValueNamed(const std::string& text) const {
  for (const std::string& value : values) {
    if (value == text) return value;
  }
  for (const std::string& value : values) {
    auto label = labels.find(value);
    if (label == labels.end()) continue;
    for (const auto& [language, translation] : label->second.translations()) {
      if (translation == text) return value;
    }
  }
  return "";
}

const Band* ProfileField::BandOf(std::int64_t value) const {
  for (const Band& band : bands) {
    if (value >= band.min && (!band.max || value <= *band.max)) return &band;
  }
  return nullptr;
}

bool Matches(const std::vector<Condition>& conditions, const Profile& profile) {
  for (const Condition& condition : conditions) {
    auto found = profile.find(condition.field);
    if (found == profile.end()) return false;
    const ProfileValue& value = found->second;
    auto accepted = [&](const std::string& candidate) {
      return !candidate.empty() && std::find(condition.accepted.begin(), condition.accepted.end(),
                                             candidate) != condition.accepted.end();
    };
    if (!accepted(value.text) && !accepted(value.band)) return false;
  }
  return true;
}

}  // namespace maturity
