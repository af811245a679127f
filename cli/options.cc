#include "cli/options.h"

#include <boost/algorithm/string.hpp>

#include "app/errors.h"

namespace maturity {

std::optional<std::string> OptionValues::Optional(const char* name) const {
  if (!Has(name)) return std::nullopt;
  return values_[name].as<std::string>();
}

std::vector<std::string> OptionValues::Positionals() const {
  if (!Has("positional")) return {};
  return values_["positional"].as<std::vector<std::string>>();
}

std::vector<std::string> OptionValues::CommaList(const char* name) const {
  std::vector<std::string> items;
  if (!Has(name)) return items;
  for (const std::string& list : values_[name].as<std::vector<std::string>>()) {
    std::vector<std::string> parts;
    boost::split(parts, list, boost::is_any_of(","));
    for (std::string& part : parts) {
      boost::trim(part);
      if (!part.empty()) items.push_back(part);
    }
  }
  return items;
}

CommandOptions::CommandOptions(const char* help, const char* positional)
    : visible_(help), positional_(positional) {}

CommandOptions& CommandOptions::Required(const char* name, std::string message) {
  rules_.push_back({Rule::Kind::kRequired, name, "", 0, 0, {}, std::move(message)});
  return *this;
}

CommandOptions& CommandOptions::Positionals(std::size_t count, std::string message) {
  rules_.push_back({Rule::Kind::kCount, positional_, "", count, 0, {}, std::move(message)});
  return *this;
}

CommandOptions& CommandOptions::NoPositionals(std::string message) {
  rules_.push_back({Rule::Kind::kNone, positional_, "", 0, 0, {}, std::move(message)});
  return *this;
}

CommandOptions& CommandOptions::Needs(const char* option, const char* other) {
  rules_.push_back({Rule::Kind::kNeeds,
                    option,
                    other,
                    0,
                    0,
                    {},
                    std::string("--") + option + " needs --" + other});
  return *this;
}

CommandOptions& CommandOptions::InRange(const char* option, int low, std::optional<int> high) {
  rules_.push_back({Rule::Kind::kRange, option, "", 0, low, high, ""});
  return *this;
}

std::optional<OptionValues> CommandOptions::Parse(const std::vector<std::string>& args,
                                                  std::ostream& out) const {
  po::options_description all;
  po::options_description hidden;
  hidden.add_options()("positional", po::value<std::vector<std::string>>());
  all.add(visible_).add(hidden);
  po::positional_options_description positional;
  positional.add("positional", -1);
  po::variables_map values;
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), values);
    po::notify(values);
  } catch (const po::error& error) {
    throw UsageError(error.what());
  }
  if (values.count("help")) {
    out << visible_;
    return std::nullopt;
  }
  OptionValues read(values);
  for (const Rule& rule : rules_) {
    bool is_positional = rule.name == positional_;
    std::size_t positionals = read.Positionals().size();
    switch (rule.kind) {
      case Rule::Kind::kRequired:
        if (is_positional ? positionals == 0 : !read.Has(rule.name.c_str())) {
          throw UsageError(rule.message);
        }
        break;
      case Rule::Kind::kCount:
        if (positionals != rule.count) {
          std::string message = rule.message;
          boost::replace_all(message, "{count}", std::to_string(positionals));
          throw UsageError(message);
        }
        break;
      case Rule::Kind::kNone:
        if (positionals != 0) throw UsageError(rule.message);
        break;
      case Rule::Kind::kNeeds:
        if (read.Has(rule.name.c_str()) && !read.Has(rule.other.c_str())) {
          throw UsageError(rule.message);
        }
        break;
      case Rule::Kind::kRange: {
        int value = read.Get<int>(rule.name.c_str());
        if (value < rule.low || (rule.high && value > *rule.high)) {
          throw UsageError("--" + rule.name + " " + std::to_string(value) + ": expected " +
                           std::to_string(rule.low) +
                           (rule.high ? " to " + std::to_string(*rule.high) : " or more"));
        }
        break;
      }
    }
  }
  return read;
}

}  // namespace maturity
