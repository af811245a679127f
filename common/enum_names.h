// An enumeration's names, one table per enumeration read both ways: the name a value is
// written as (in a file format, or the catalogue key of its label) and the value a name
// reads as. A table replaces a switch written once per direction.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace maturity {

/// One row of a table: a value and its name (a `const char*`, or a `MessageKey`).
template <typename Enum, typename Name = const char*>
struct Named {
  Enum value;
  Name name;
};

/// The name of `value` in `table`; the first row's when the table lacks it.
template <typename Enum, typename Name, std::size_t N>
constexpr Name NameOf(const Named<Enum, Name> (&table)[N], Enum value) {
  for (const Named<Enum, Name>& row : table) {
    if (row.value == value) return row.name;
  }
  return table[0].name;
}

/// The value named `name` in `table`; none when no row has that name.
template <typename Enum, std::size_t N>
constexpr std::optional<Enum> ValueNamed(const Named<Enum> (&table)[N], std::string_view name) {
  for (const Named<Enum>& row : table) {
    if (name == row.name) return row.value;
  }
  return std::nullopt;
}

}  // namespace maturity
