// Statistical disclosure control of peer groups across fields: which groups must also be
// withheld so that no small or suppressed group can be derived by differencing the
// published totals (docs/sector.md, "Anonymised publication").
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace maturity {

/// The institutions (indices into one list) that a figure is computed over.
using MemberSet = std::vector<bool>;

/// One peer group as the disclosure check sees it.
struct GroupMembers {
  MemberSet members;
  bool suppressed = false;
};

/// A set of institutions whose total can be derived from the published figures although
/// it has fewer than the minimum group size.
struct DerivableSet {
  MemberSet members;
  std::size_t population = 0;  ///< Into the `populations` the check was given.
};

/// Every published total (n, the sum that mean x n gives, institutions per level) of a
/// group or of the whole population is additive over its members, so a reader can derive
/// the total of any set whose indicator is a linear combination of the published sets'
/// (the population's, and each published group's, within it). Returns the first such set
/// of 1 to `min_group_size` - 1 institutions (every group suppressed for its size is one)
/// in any of `populations`; none when there is none. A group suppressed only to protect
/// another (secondary) may stay derivable: it is not small, and what it protected is
/// checked itself. Sets are searched up to `budget` steps; beyond it, the search is taken
/// as having found one (returned with no member), so that a caller suppresses more.
std::optional<DerivableSet> FindDerivableSet(const std::vector<GroupMembers>& groups,
                                             const std::vector<MemberSet>& populations,
                                             int min_group_size, long budget = 1'000'000);

/// Secondary suppression across fields: suppresses published groups, the smallest whose
/// withholding makes the set found underivable first (ties: the earlier group), until
/// FindDerivableSet finds none. `populations` are the sets the published figures are
/// computed over (the institutions of the period, those with an overall score, those
/// with each dimension's). Returns the indices of the groups it suppressed.
std::vector<std::size_t> SuppressDerivableGroups(std::vector<GroupMembers>& groups,
                                                 const std::vector<MemberSet>& populations,
                                                 int min_group_size);

}  // namespace maturity
