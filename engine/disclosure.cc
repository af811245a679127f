#include "engine/disclosure.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace maturity {

namespace {

constexpr double kZero = 1e-9;

/// What a reader can derive within one population: the published sets are unions of
/// cells (institutions in the same published groups), and a union of cells can be
/// derived exactly when its indicator is orthogonal to the null space of the published
/// sets' matrix (the row space is the null space's orthogonal complement).
class PublishedSpace {
 public:
  PublishedSpace(const std::vector<GroupMembers>& groups, const MemberSet& population) {
    std::vector<std::size_t> published;
    for (std::size_t g = 0; g < groups.size(); ++g) {
      if (!groups[g].suppressed && Intersects(groups[g].members, population))
        published.push_back(g);
    }
    std::map<std::vector<bool>, std::size_t> cell_of_signature;
    for (std::size_t i = 0; i < population.size(); ++i) {
      if (!population[i]) continue;
      std::vector<bool> signature;
      for (std::size_t g : published) signature.push_back(groups[g].members[i]);
      auto [found, added] = cell_of_signature.emplace(signature, cells_.size());
      if (added) cells_.emplace_back();
      cells_[found->second].push_back(i);
    }
    // Rows: the population, then each published group; columns: cells.
    std::vector<std::vector<double>> matrix;
    matrix.emplace_back(cells_.size(), 1.0);
    for (std::size_t g : published) {
      std::vector<double> row(cells_.size(), 0.0);
      for (std::size_t c = 0; c < cells_.size(); ++c) row[c] = groups[g].members[cells_[c][0]];
      matrix.push_back(std::move(row));
    }
    NullSpace(std::move(matrix));
  }

  std::size_t CellCount() const { return cells_.size(); }
  const std::vector<std::size_t>& Cell(std::size_t c) const { return cells_[c]; }
  /// The null space's basis vectors' entries at cell `c`.
  const std::vector<double>& NullAt(std::size_t c) const { return null_at_[c]; }
  std::size_t NullDimension() const { return null_dimension_; }

  /// The cells `members` (within the population) is the union of; none when it cuts one.
  std::optional<std::vector<std::size_t>> CellsOf(const MemberSet& members) const {
    std::vector<std::size_t> result;
    for (std::size_t c = 0; c < cells_.size(); ++c) {
      std::size_t inside = 0;
      for (std::size_t i : cells_[c]) inside += members[i];
      if (inside == cells_[c].size()) {
        result.push_back(c);
      } else if (inside > 0) {
        return std::nullopt;
      }
    }
    return result;
  }

  bool Derivable(const std::vector<std::size_t>& cells) const {
    std::vector<double> sums(null_dimension_, 0.0);
    for (std::size_t c : cells) {
      for (std::size_t k = 0; k < null_dimension_; ++k) sums[k] += null_at_[c][k];
    }
    return IsZero(sums);
  }

  static bool IsZero(const std::vector<double>& sums) {
    return std::all_of(sums.begin(), sums.end(), [](double v) { return std::fabs(v) < 1e-7; });
  }

 private:
  static bool Intersects(const MemberSet& a, const MemberSet& b) {
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (a[i] && b[i]) return true;
    }
    return false;
  }

  /// Reduced row echelon form, then one basis vector per free column.
  void NullSpace(std::vector<std::vector<double>> matrix) {
    const std::size_t columns = cells_.size();
    std::vector<std::size_t> pivot_columns;
    std::size_t row = 0;
    for (std::size_t column = 0; column < columns && row < matrix.size(); ++column) {
      std::size_t best = row;
      for (std::size_t r = row + 1; r < matrix.size(); ++r) {
        if (std::fabs(matrix[r][column]) > std::fabs(matrix[best][column])) best = r;
      }
      if (std::fabs(matrix[best][column]) < kZero) continue;
      std::swap(matrix[row], matrix[best]);
      double pivot = matrix[row][column];
      for (double& value : matrix[row]) value /= pivot;
      for (std::size_t r = 0; r < matrix.size(); ++r) {
        if (r == row || std::fabs(matrix[r][column]) < kZero) continue;
        double factor = matrix[r][column];
        for (std::size_t c = 0; c < columns; ++c) matrix[r][c] -= factor * matrix[row][c];
      }
      pivot_columns.push_back(column);
      ++row;
    }
    std::vector<bool> is_pivot(columns, false);
    for (std::size_t column : pivot_columns) is_pivot[column] = true;
    null_at_.assign(columns, {});
    for (std::size_t free = 0; free < columns; ++free) {
      if (is_pivot[free]) continue;
      std::vector<double> basis(columns, 0.0);
      basis[free] = 1.0;
      for (std::size_t r = 0; r < pivot_columns.size(); ++r) {
        basis[pivot_columns[r]] = -matrix[r][free];
      }
      for (std::size_t c = 0; c < columns; ++c) null_at_[c].push_back(basis[c]);
      ++null_dimension_;
    }
  }

  std::vector<std::vector<std::size_t>> cells_;  ///< Members of each cell.
  std::vector<std::vector<double>> null_at_;
  std::size_t null_dimension_ = 0;
};

std::size_t Count(const MemberSet& members) {
  return static_cast<std::size_t>(std::count(members.begin(), members.end(), true));
}

/// Searches unions of cells smaller than `limit` institutions for one that can be
/// derived, depth first; false when `budget` steps run out.
class SmallSetSearch {
 public:
  SmallSetSearch(const PublishedSpace& space, std::size_t limit, std::size_t population_size,
                 long budget)
      : space_(space), limit_(limit), population_size_(population_size), budget_(budget) {
    for (std::size_t c = 0; c < space.CellCount(); ++c) {
      if (space.Cell(c).size() < limit) small_.push_back(c);
    }
  }

  /// The cells of a derivable set, or none; `exhausted` when the budget ran out.
  std::optional<std::vector<std::size_t>> Run() {
    std::vector<double> sums(space_.NullDimension(), 0.0);
    if (Search(0, 0, sums)) return chosen_;
    return std::nullopt;
  }

  bool exhausted() const { return exhausted_; }

 private:
  bool Search(std::size_t start, std::size_t size, std::vector<double>& sums) {
    for (std::size_t s = start; s < small_.size(); ++s) {
      if (--budget_ < 0) {
        exhausted_ = true;
        return true;
      }
      std::size_t cell = small_[s];
      std::size_t grown = size + space_.Cell(cell).size();
      if (grown >= limit_) continue;
      const std::vector<double>& null = space_.NullAt(cell);
      for (std::size_t k = 0; k < sums.size(); ++k) sums[k] += null[k];
      chosen_.push_back(cell);
      if (grown < population_size_ && PublishedSpace::IsZero(sums)) return true;
      if (Search(s + 1, grown, sums)) return true;
      chosen_.pop_back();
      for (std::size_t k = 0; k < sums.size(); ++k) sums[k] -= null[k];
    }
    return false;
  }

  const PublishedSpace& space_;
  std::size_t limit_;
  std::size_t population_size_;
  long budget_;
  std::vector<std::size_t> small_;
  std::vector<std::size_t> chosen_;
  bool exhausted_ = false;
};

}  // namespace

std::optional<DerivableSet> FindDerivableSet(const std::vector<GroupMembers>& groups,
                                             const std::vector<MemberSet>& populations,
                                             int min_group_size, long budget) {
  for (std::size_t p = 0; p < populations.size(); ++p) {
    const MemberSet& population = populations[p];
    const std::size_t population_size = Count(population);
    if (population_size == 0) continue;
    PublishedSpace space(groups, population);
    auto members_of = [&](const std::vector<std::size_t>& cells) {
      MemberSet members(population.size(), false);
      for (std::size_t c : cells) {
        for (std::size_t i : space.Cell(c)) members[i] = true;
      }
      return members;
    };
    // A suppressed group has fewer members than a group may have: it is one of these.
    if (min_group_size > 1) {
      SmallSetSearch search(space, static_cast<std::size_t>(min_group_size), population_size,
                            budget);
      if (auto cells = search.Run()) {
        if (search.exhausted()) return DerivableSet{MemberSet(population.size(), false), p};
        return DerivableSet{members_of(*cells), p};
      }
    }
  }
  return std::nullopt;
}

std::vector<std::size_t> SuppressDerivableGroups(std::vector<GroupMembers>& groups,
                                                 const std::vector<MemberSet>& populations,
                                                 int min_group_size) {
  std::vector<std::size_t> suppressed;
  while (auto found = FindDerivableSet(groups, populations, min_group_size)) {
    std::vector<std::size_t> candidates;
    for (std::size_t g = 0; g < groups.size(); ++g) {
      if (!groups[g].suppressed && Count(groups[g].members) > 0) candidates.push_back(g);
    }
    if (candidates.empty()) break;  // Only the population is published: nothing to derive.
    std::stable_sort(candidates.begin(), candidates.end(), [&](std::size_t a, std::size_t b) {
      return Count(groups[a].members) < Count(groups[b].members);
    });
    std::size_t chosen = candidates.front();
    if (Count(found->members) > 0) {
      for (std::size_t candidate : candidates) {
        groups[candidate].suppressed = true;
        PublishedSpace space(groups, populations[found->population]);
        auto cells = space.CellsOf(found->members);
        groups[candidate].suppressed = false;
        if (!cells || !space.Derivable(*cells)) {
          chosen = candidate;
          break;
        }
      }
    }
    groups[chosen].suppressed = true;
    suppressed.push_back(chosen);
  }
  return suppressed;
}

}  // namespace maturity
