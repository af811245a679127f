// Institution profiles: the facts an institution declares, and conditions on them.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/text.h"

namespace maturity {

/// A named range of an integer profile field, such as `small: [0, 249]`.
struct Band {
  std::string key;
  std::int64_t min = 0;
  std::optional<std::int64_t> max;  ///< None: no upper bound.
};

enum class ProfileFieldType { kChoice, kInteger, kText };

/// One field an institution declares: a choice among values, an integer, or text.
struct ProfileField {
  std::string key;
  ProfileFieldType type = ProfileFieldType::kText;
  Text label;
  std::vector<std::string> values;  ///< kChoice: the allowed values.
  std::vector<Band> bands;          ///< kInteger: optional named bands.
  /// Labels for values (kChoice) and band names (kInteger), by value or band key;
  /// outputs show a label where one exists, the key otherwise.
  std::map<std::string, Text> labels;
  bool required = true;
  Location location;  ///< Where its key is written.

  /// The band holding `value`, if any.
  const Band* BandOf(std::int64_t value) const;
  /// The choice value `text` names: the value itself or its label in any language
  /// (a questionnaire's drop-down shows labels); "" when it names none.
  std::string ValueNamed(const std::string& text) const;
};

/// A value an institution declared for a profile field.
struct ProfileValue {
  std::string text;                    ///< As written.
  std::optional<std::int64_t> number;  ///< For integer fields.
  std::string band;                    ///< For banded integer fields: the band reached.
};

/// Profile values by field key.
using Profile = std::map<std::string, ProfileValue>;

/// `field: value` or `field: [value, ...]`: matches when the field's value, or its
/// band, is one of `accepted`.
struct Condition {
  std::string field;
  std::vector<std::string> accepted;
};

/// True when every condition matches `profile` (an empty list always matches).
bool Matches(const std::vector<Condition>& conditions, const Profile& profile);

}  // namespace maturity
