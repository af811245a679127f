// One command's options declared in one place: the help text, the options, where the
// positional arguments go, and the rules between them (required, needs, ranges), checked
// when the command line is read; Boost.Program_options does the parsing.
#pragma once

#include <boost/program_options.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace maturity {

namespace po = boost::program_options;

/// The options a command was given, read through the names it declared.
class OptionValues {
 public:
  explicit OptionValues(po::variables_map values) : values_(std::move(values)) {}

  bool Has(const char* name) const { return values_.count(name) > 0; }
  /// The value of option `name`, if given.
  std::optional<std::string> Optional(const char* name) const;
  /// The value of `name` (one that is required or has a default).
  template <typename T>
  T Get(const char* name) const {
    return values_[name].as<T>();
  }
  /// The positional arguments (none when none were given).
  std::vector<std::string> Positionals() const;
  /// Every value of a repeatable option, each split at commas, trimmed, blanks dropped:
  /// `--group-by sector,staff --group-by region`.
  std::vector<std::string> CommaList(const char* name) const;

 private:
  po::variables_map values_;
};

/// A command's options, declared once, read by Parse.
class CommandOptions {
 public:
  /// `help` is the usage and description shown by --help, above the options.
  /// `positional` names the positional arguments (for the rules below).
  CommandOptions(const char* help, const char* positional);

  /// Declares options as Boost.Program_options does: `Add()("name,n", value, "text")...`.
  po::options_description_easy_init Add() { return visible_.add_options(); }
  /// The option or the positional arguments (`positional`'s name) must be given; else
  /// the usage error `message`.
  CommandOptions& Required(const char* name, std::string message);
  /// Exactly `count` positional arguments; else the usage error `message`, where
  /// `{count}` stands for how many were given.
  CommandOptions& Positionals(std::size_t count, std::string message);
  /// No positional argument; else the usage error `message`.
  CommandOptions& NoPositionals(std::string message);
  /// `--option` may only be given with `--other`: "--option needs --other".
  CommandOptions& Needs(const char* option, const char* other);
  /// An integer option that must lie in [low, high] (high none: no upper bound):
  /// "--option N: expected low to high" or "expected low or more".
  CommandOptions& InRange(const char* option, int low, std::optional<int> high);

  /// Reads `args`: none (after printing the help on `out`) when --help is given;
  /// UsageError when an option is unknown or malformed or a rule is broken.
  std::optional<OptionValues> Parse(const std::vector<std::string>& args, std::ostream& out) const;

 private:
  struct Rule {
    enum class Kind { kRequired, kCount, kNone, kNeeds, kRange } kind;
    std::string name;
    std::string other;
    std::size_t count = 0;
    int low = 0;
    std::optional<int> high;
    std::string message;
  };
  po::options_description visible_;
  std::string positional_;
  std::vector<Rule> rules_;
};

}  // namespace maturity
