#include "engine/lint.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

#include "common/numbers.h"
#include "common/strings.h"
#include "engine/answer_kinds.h"
#include "engine/translations.h"

namespace maturity {

namespace {

/// Whether a measure's unit, in any of its languages, says it is a percentage ("%",
/// "percent", "per cent", Welsh "y cant" or "canran").
bool IsPercentage(const Text& unit) {
  for (const auto& [language, text] : unit.translations()) {
    std::string lower;
    for (char c : text) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    for (const char* word : {"%", "percent", "per cent", "y cant", "canran"}) {
      if (lower.find(word) != std::string::npos) return true;
    }
  }
  return false;
}

std::string Lower(std::string_view text) {
  std::string lower;
  for (char c : text) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return lower;
}

/// The numbers in `text` written with the unit (`60 days`, `75%`, `75 per cent`): what a
/// level's descriptor says of the measure. `unit_word` is the unit's first word in the
/// text's language, in lower case, without a plural s.
std::vector<std::pair<double, std::string>> NumbersWithTheUnit(const std::string& text,
                                                               const std::string& unit_word,
                                                               bool percentage) {
  std::vector<std::pair<double, std::string>> found;
  const std::string lower = Lower(text);
  auto digit = [&](std::size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!digit(i) || (i > 0 && (digit(i - 1) || text[i - 1] == '.' || text[i - 1] == ','))) {
      continue;
    }
    std::size_t end = i;
    while (digit(end) || (text[end] == ',' && digit(end + 1))) ++end;
    if (end < text.size() && text[end] == '.' && digit(end + 1)) {
      ++end;
      while (digit(end)) ++end;
    }
    std::string number;
    for (std::size_t k = i; k < end; ++k) {
      if (text[k] != ',') number += text[k];
    }
    std::size_t after = end;
    while (after < text.size() && text[after] == ' ') ++after;
    std::string_view rest = std::string_view(lower).substr(after);
    bool with_unit = (!unit_word.empty() && rest.starts_with(unit_word)) ||
                     (percentage && (rest.starts_with("%") || rest.starts_with("percent") ||
                                     rest.starts_with("per cent") || rest.starts_with("y cant")));
    if (with_unit) {
      std::size_t word_end = lower.find_first_of(" .,;:)", after + 1);
      if (word_end == std::string::npos) word_end = text.size();
      found.emplace_back(std::stod(number), text.substr(i, word_end - i));
    }
    i = end;
  }
  return found;
}

class Linter {
 public:
  explicit Linter(const Framework& framework) : framework_(framework) {}

  std::vector<Diagnostic> Run() {
    Dimensions();
    ProfileFieldsUsed();
    Translations();
    // A variant (extends) is linted for what it adds or changes: a warning at a text of
    // its base is the base's own, which linting the base reports once.
    std::erase_if(found_, [&](const Diagnostic& finding) {
      return finding.severity == Severity::kWarning && !finding.location.file.empty() &&
             finding.location.file != framework_.file;
    });
    std::stable_sort(found_.begin(), found_.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return std::tie(a.location.line, a.location.column) <
             std::tie(b.location.line, b.location.column);
    });
    return found_;
  }

 private:
  void Add(Severity severity, const Location& location, const std::string& key_path,
           const std::string& message) {
    found_.push_back({severity, location, key_path, message});
  }
  void Warn(const Location& location, const std::string& key_path, const std::string& message) {
    Add(Severity::kWarning, location, key_path, message);
  }

  void Dimensions() {
    WalkFramework(
        framework_,
        [&](const DimensionStep& step) {
          Title(step.dimension.title.Default(), step.dimension.location, step.KeyPath(),
                "dimension");
        },
        [&](const ElementStep& step) {
          const Dimension& dimension = step.dimension.dimension;
          double total = 0;
          for (const Element& element : dimension.elements) total += element.weight;
          for (const Dimension& child : dimension.dimensions) total += child.weight;
          Element_(step.element, step.KeyPath(), total);
        });
  }

  void Title(const std::string& title, const Location& location, const std::string& path,
             const char* what) {
    auto [it, inserted] = titles_.emplace(title, location.line);
    if (!inserted) {
      Warn(location, path,
           std::string("the ") + what + " title \"" + title + "\" is also used at line " +
               std::to_string(it->second) + "; respondents cannot tell them apart");
    }
  }

  /// The levels an element's answers can reach.
  std::set<int> Reachable(const Element& element) const {
    std::set<int> levels;
    const std::vector<LevelThreshold>* bands = FormOf(element).bands;
    if (!bands) {
      for (const ScaleLevel& level : framework_.scale) levels.insert(level.level);
      return levels;
    }
    levels.insert(framework_.lowest_level());
    for (const LevelThreshold& band : *bands) levels.insert(band.level);
    return levels;
  }

  void Element_(const Element& element, const std::string& path, double dimension_weight) {
    const Location& at = element.location;
    Title(element.title.Default(), at, path, "element");
    if (element.prompt.empty()) {
      Warn(at, path, "element '" + element.id + "' has no prompt; respondents need a question");
    }
    std::vector<std::string> missing;
    for (const ScaleLevel& level : framework_.scale) {
      if (!element.levels.contains(level.level)) missing.push_back(std::to_string(level.level));
    }
    if (!missing.empty()) {
      Warn(at, path + ".levels",
           "element '" + element.id + "' has no descriptor for level" +
               (missing.size() > 1 ? "s " : " ") + JoinAsList(missing));
    }
    std::set<int> reachable = Reachable(element);
    if (element.actions.empty()) {
      Warn(at, path + ".actions",
           "element '" + element.id + "' suggests no actions; the action plan will be empty");
    } else {
      std::vector<std::string> without;
      for (int level : reachable) {
        if (level < framework_.highest_level() && !element.actions.contains(level)) {
          without.push_back(std::to_string(level));
        }
      }
      if (!without.empty()) {
        Warn(at, path + ".actions",
             "element '" + element.id + "' suggests no action for moving up from level" +
                 (without.size() > 1 ? "s " : " ") + JoinAsList(without));
      }
    }
    std::vector<std::string> unreachable;
    for (const ScaleLevel& level : framework_.scale) {
      if (!reachable.contains(level.level)) unreachable.push_back(std::to_string(level.level));
    }
    if (!unreachable.empty()) {
      Warn(at, path + "." + FormOf(element).definition + ".bands",
           "no answer can reach level" + std::string(unreachable.size() > 1 ? "s " : " ") +
               JoinAsList(unreachable) + " of element '" + element.id + "'");
    }
    if (AnswerForm measure = FormOf(element); measure.input == AnswerInput::kNumber &&
                                              (!measure.min || !measure.max) &&
                                              IsPercentage(*measure.unit)) {
      std::string missing = !measure.min && !measure.max ? "neither min nor max"
                            : !measure.min               ? "no min"
                                                         : "no max";
      Warn(at, path + "." + measure.definition,
           "element '" + element.id + "' is measured in a percentage but its measure has " +
               missing + "; answers such as 5000 or -300 are accepted (give min: 0 and max: 100)");
    }
    if (element.measure()) LevelTextsAgainstBands(element);
    if (dimension_weight > 0 && element.weight / dimension_weight < 0.05) {
      Warn(at, path + ".weight",
           "element '" + element.id + "' carries " +
               FormatNumber(std::round(element.weight / dimension_weight * 1000) / 10) +
               "% of its dimension's weight; it will barely move the score");
    }
    int highest = *reachable.rbegin();
    auto check_target = [&](double target, const std::string& where) {
      if (target > highest + 1e-9) {
        Add(Severity::kError, at, path,
            "no institution can reach the " + where + " " + FormatNumber(target) + " of element '" +
                element.id + "': its answers reach level " + std::to_string(highest) + " at most");
      }
    };
    if (element.target) {
      check_target(*element.target, "target");
    } else {
      check_target(framework_.default_target, "default target");
      for (const TargetRule& rule : framework_.target_rules)
        check_target(rule.target, "rule target");
    }
    for (const Condition& condition : element.applies_when) used_fields_.insert(condition.field);
  }

  void ProfileFieldsUsed() {
    for (const TargetRule& rule : framework_.target_rules) {
      for (const Condition& condition : rule.when) used_fields_.insert(condition.field);
    }
    for (const ProfileField& field : framework_.profile) {
      if (!used_fields_.contains(field.key)) {
        Warn(field.location, "profile." + field.key,
             "profile field '" + field.key +
                 "' is used by no applies_when or target rule (it can still group institutions "
                 "in 'maturity sector')");
      }
    }
  }

  /// A number with the measure's unit in a level's descriptor outside the values that
  /// score that level ("75 days" for the level reached within 30 to 60 days): the text and
  /// the bands disagree, and respondents read the text. Band edges count as inside.
  void LevelTextsAgainstBands(const Element& element) {
    const Measure& measure = *element.measure();
    constexpr double kInfinity = std::numeric_limits<double>::infinity();
    for (const auto& [level, text] : element.levels) {
      // The values that score `level`: from its threshold to the next band's.
      const LevelThreshold* own = nullptr;
      const LevelThreshold* next = nullptr;
      for (const LevelThreshold& band : measure.bands) {
        if (band.level == level) own = &band;
        if (band.level > level && !next) next = &band;
      }
      if (!own && (level != framework_.lowest_level() || !next)) continue;  // Unreachable.
      double low = -kInfinity;
      double high = kInfinity;
      if (measure.higher_is_better) {
        if (own) low = own->threshold;
        if (next) high = next->threshold;
      } else {
        if (own) high = own->threshold;
        if (next) low = next->threshold;
      }
      if (measure.min) low = std::max(low, *measure.min);
      if (measure.max) high = std::min(high, *measure.max);
      std::string range = low == -kInfinity ? FormatNumber(high) + " or less"
                          : high == kInfinity
                              ? FormatNumber(low) + " or more"
                              : "from " + FormatNumber(low) + " to " + FormatNumber(high);
      for (const auto& [language, words] : text.translations()) {
        std::string unit = Lower(measure.unit.In(language));
        unit = unit.substr(0, unit.find_first_of(" (,;"));
        if (unit.size() > 3 && unit.back() == 's') unit.pop_back();
        for (const auto& [number, written] :
             NumbersWithTheUnit(words, unit, IsPercentage(measure.unit))) {
          if (number < low - 1e-9 || number > high + 1e-9) {
            Warn(text.location, text.key_path,
                 "level " + std::to_string(level) + " of '" + element.id + "' says \"" + written +
                     "\", but the values that score level " + std::to_string(level) + " are " +
                     range + " (measure.bands)");
          }
        }
      }
    }
  }

  // Every text lacking one of the framework's languages, at the text itself.
  void Translations() {
    if (framework_.languages.size() < 2) return;
    ForEachText(framework_, [&](const Text& text) {
      std::vector<std::string> missing = MissingLanguages(framework_, text);
      if (!missing.empty()) {
        Warn(text.location, text.key_path,
             "no " + JoinAsList(missing) + " translation of \"" + text.Default() + "\"");
      }
    });
  }

  const Framework& framework_;
  std::vector<Diagnostic> found_;
  std::map<std::string, int> titles_;
  std::set<std::string> used_fields_;
};

}  // namespace

std::vector<Diagnostic> LintFramework(const Framework& framework) {
  return Linter(framework).Run();
}

}  // namespace maturity
