#include "engine/response_loader.h"

#include <algorithm>
#include <array>
#include <functional>
#include <set>
#include <span>
#include <unordered_set>

#include "common/enum_names.h"
#include "common/numbers.h"
#include "common/strings.h"
#include "engine/answer_kinds.h"
#include "engine/framework_loader.h"
#include "engine/input_file.h"
#include "engine/response_check.h"
#include "engine/value_formats.h"
#include "engine/yaml_reader.h"

namespace maturity {

const Respondent* Response::FindRespondent(const std::string& id) const {
  for (const Respondent& respondent : respondents) {
    if (respondent.id == id) return &respondent;
  }
  return nullptr;
}

const ElementAnswers* Response::FindAnswers(const std::string& element_id) const {
  for (const ElementAnswers& entry : answers) {
    if (entry.element_id == element_id) return &entry;
  }
  return nullptr;
}

const char* ActionStatusName(ActionStatus status) { return NameOf(kActionStatusNames, status); }

namespace {

/// The first day a date may be: earlier ones (0000-01-01) are typing mistakes.
constexpr std::string_view kEarliestDate = "1900-01-01";

/// The keys of one answer, read as MapReader reads them. A well-formed answer (a mapping
/// of known keys, each once, `by` among them: nearly every one) is looked over in one pass
/// with nothing allocated; any other is read by MapReader itself, whose messages
/// (duplicates, unknown keys with a suggestion, a missing `by`) stay exactly as they are.
class AnswerKeys {
 public:
  AnswerKeys(YamlReader& reader, const YamlNode& node, const YamlPath& path) : path_(path) {
    if (!Scan(node)) slow_.emplace(reader, node, path);
  }
  bool valid() const { return !slow_ || slow_->valid(); }
  YamlNode Optional(std::string_view key) {
    return slow_ ? slow_->Optional(key) : values_[Slot(key)];
  }
  YamlNode Required(std::string_view key) {
    return slow_ ? slow_->Required(key) : values_[Slot(key)];
  }
  /// `key` must be one of kKeys (or outlive the path, as for MapReader::At).
  YamlPath At(std::string_view key) const { return slow_ ? slow_->At(key) : path_.Key(key); }
  void Finish() {
    if (slow_) slow_->Finish();
  }

  static constexpr std::string_view kKeys[] = {"by",    "not_applicable", "reason",   "level",
                                               "value", "checked",        "evidence", "note"};
  /// The index of `key` in kKeys, or the size of kKeys: by length first, as it runs for
  /// every key of every answer.
  static constexpr std::size_t Slot(std::string_view key) {
    constexpr std::size_t kNone = std::size(kKeys);
    switch (key.size()) {
      case 2:
        return key == kKeys[0] ? 0 : kNone;
      case 14:
        return key == kKeys[1] ? 1 : kNone;
      case 6:
        return key == kKeys[2] ? 2 : kNone;
      case 5:
        return key == kKeys[3] ? 3 : key == kKeys[4] ? 4 : kNone;
      case 7:
        return key == kKeys[5] ? 5 : kNone;
      case 8:
        return key == kKeys[6] ? 6 : kNone;
      case 4:
        return key == kKeys[7] ? 7 : kNone;
      default:
        return kNone;
    }
  }
  /// Checked when compiled (below).
  static constexpr bool SlotsMatchKeys() {
    for (std::size_t i = 0; i < std::size(kKeys); ++i) {
      if (Slot(kKeys[i]) != i) return false;
    }
    return Slot("other") == std::size(kKeys);
  }

 private:
  bool Scan(const YamlNode& node) {
    if (!node.IsMap() || node.size() > std::size(kKeys)) return false;
    for (std::size_t i = 0; i < node.size(); ++i) {
      auto [key, value] = node.Pair(i);
      if (!key.IsScalar()) return false;
      std::size_t slot = Slot(key.Scalar());
      if (slot == std::size(kKeys) || values_[slot].IsDefined()) return false;
      values_[slot] = value;
    }
    return values_[Slot("by")].IsDefined();
  }

  YamlPath path_;
  std::array<YamlNode, std::size(kKeys) + 1> values_;  ///< The last: any key not listed.
  std::optional<MapReader> slow_;
};

static_assert(AnswerKeys::SlotsMatchKeys());

class ResponseLoader {
 public:
  ResponseLoader(const std::string& file, const Framework& framework, Diagnostics& diagnostics)
      : own_reader_(file, diagnostics), reader_(own_reader_), framework_(framework) {
    response_.file = file;
  }
  /// Reads with another document's reader (the survey mapping file).
  ResponseLoader(YamlReader& reader, const Framework& framework)
      : own_reader_(reader.file(), reader.diagnostics()), reader_(reader), framework_(framework) {
    response_.file = reader.file();
  }

  void set_detail(ResponseDetail detail) { detail_ = detail; }

  /// The framework reference, institution and period: what a mapping file shares with
  /// a response file.
  Response LoadHeader(MapReader& map) {
    ReadHeader(map);
    return std::move(response_);
  }

  Response Load(const std::string& content) {
    YamlNode root = reader_.Parse(content);
    if (reader_.diagnostics().HasErrors()) return std::move(response_);
    MapReader map(reader_, root, "");
    if (!map.valid()) return std::move(response_);
    ReadHeader(map);
    if (YamlNode respondents = map.Required("respondents"); respondents.IsDefined()) {
      ReadRespondents(respondents);
    }
    if (YamlNode answers = map.Required("answers"); answers.IsDefined()) ReadAnswers(answers);
    if (YamlNode sign_off = map.Optional("sign_off"); sign_off.IsDefined()) {
      ReadSignOff(sign_off);
    }
    if (YamlNode actions = map.Optional("actions"); actions.IsDefined()) ReadActions(actions);
    map.Finish();
    return std::move(response_);
  }

 private:
  void ReadHeader(MapReader& map) {
    ReadFrameworkReference(map);
    if (YamlNode institution = map.Required("institution"); institution.IsDefined()) {
      ReadInstitution(institution);
    }
    if (YamlNode period = map.Required("period"); period.IsDefined()) {
      if (auto text = reader_.ReadString(period, "period")) {
        if (ParsePeriod(*text)) {
          response_.period = *text;
        } else {
          std::string hint;
          if (text->size() == 7 && ((*text)[4] == '/' || (*text)[4] == '-')) {
            hint = "; write the years with a hyphen, the second following the first, as 2025-26";
          }
          reader_.Error(period, "period",
                        std::string("expected ") + kPeriodForms + ", got " +
                            YamlReader::Describe(period) + hint);
        }
      }
      response_.period_location = reader_.Where(period);
    }
  }

  void ReadFrameworkReference(MapReader& map) {
    YamlNode id = map.Required("framework");
    YamlNode version = map.Required("framework_version");
    if (id.IsDefined()) {
      if (auto text = reader_.ReadString(id, "framework")) {
        response_.framework_id = *text;
        if (*text != framework_.id) {
          reader_.Error(id, "framework",
                        "this response is for framework '" + *text +
                            "', but the framework given is '" + framework_.id + "' (" +
                            framework_.file + ")");
        }
      }
    }
    if (version.IsDefined()) {
      if (auto text = reader_.ReadString(version, "framework_version")) {
        response_.framework_version = *text;
        if (*text != framework_.version && response_.framework_id == framework_.id) {
          reader_.Error(version, "framework_version",
                        "this response is for version " + *text + " of '" + framework_.id +
                            "', but the framework given is version " + framework_.version +
                            "; score it with the framework version it was written for");
        }
      }
    }
  }

  void ReadInstitution(const YamlNode& node) {
    MapReader map(reader_, node, "institution");
    if (!map.valid()) return;
    Institution& institution = response_.institution;
    if (YamlNode id = map.Required("id"); id.IsDefined()) {
      if (auto text = reader_.ReadIdentifier(id, map.PathOf("id"))) institution.id = *text;
      institution.location = reader_.Where(id);
    }
    if (YamlNode name = map.Required("name"); name.IsDefined()) {
      if (auto text = reader_.ReadString(name, map.PathOf("name"))) {
        if (std::string problem = MeaninglessText(*text); !problem.empty()) {
          reader_.Error(name, map.PathOf("name"),
                        "expected the institution's name, got " + problem);
        }
        institution.name = *text;
      }
    }
    YamlNode profile = map.Optional("profile");
    if (profile.IsDefined()) ReadProfile(profile, map.PathOf("profile"));
    std::vector<std::string> missing;
    for (const ProfileField& field : framework_.profile) {
      bool given = profile.IsMap() && profile[field.key].IsDefined();
      if (field.required && !given) missing.push_back(field.key);
    }
    if (!missing.empty() && (!profile.IsDefined() || profile.IsMap())) {
      reader_.Error(profile.IsDefined() ? profile : node, map.PathOf("profile"),
                    "missing required profile field" +
                        std::string(missing.size() > 1 ? "s " : " ") + Join(missing, ", "));
    }
    map.Finish();
  }

  void ReadProfile(const YamlNode& node, const std::string& path) {
    MapReader map(reader_, node, path);
    for (const MapReader::Entry& entry : map.entries()) {
      std::string field_path = map.PathOf(entry.key);
      const ProfileField* field = framework_.FindProfileField(entry.key);
      if (!field) {
        std::vector<std::string> declared;
        for (const ProfileField& candidate : framework_.profile) declared.push_back(candidate.key);
        reader_.Error(entry.key_node, field_path,
                      "unknown profile field '" + entry.key + "'; the framework declares: " +
                          (declared.empty() ? "no fields" : Join(declared, ", ")));
        continue;
      }
      ProfileValue value;
      if (field->type == ProfileFieldType::kInteger) {
        auto number = reader_.ReadInteger(entry.value, field_path);
        if (!number) continue;
        value.text = entry.value.Scalar();
        value.number = *number;
        if (!field->bands.empty()) {
          const Band* band = field->BandOf(*number);
          if (!band) {
            reader_.Error(
                entry.value, field_path,
                std::to_string(*number) + " falls in none of the bands of '" + field->key + "'");
            continue;
          }
          value.band = band->key;
        }
      } else {
        auto text = reader_.ReadString(entry.value, field_path);
        if (!text) continue;
        if (field->type == ProfileFieldType::kChoice &&
            std::find(field->values.begin(), field->values.end(), *text) == field->values.end()) {
          reader_.Error(entry.value, field_path,
                        "expected one of " + Join(field->values, ", ") + ", got " +
                            YamlReader::Describe(entry.value));
          continue;
        }
        value.text = *text;
      }
      response_.institution.profile[entry.key] = std::move(value);
    }
  }

  void ReadRespondents(const YamlNode& node) {
    if (!node.IsSequence() || node.size() == 0) {
      reader_.Error(
          node, "respondents",
          "expected a list of at least one respondent, got " + YamlReader::Describe(node));
      return;
    }
    for (std::size_t i = 0; i < node.size(); ++i) {
      std::string path = IndexPath("respondents", i);
      MapReader map(reader_, node[i], path);
      if (!map.valid()) continue;
      Respondent respondent;
      if (YamlNode id = map.Required("id"); id.IsDefined()) {
        if (auto text = reader_.ReadString(id, map.PathOf("id"))) {
          if (text->empty()) {
            reader_.Error(id, map.PathOf("id"), "expected a respondent id, got an empty text");
          } else if (!respondent_ids_.insert(*text).second) {
            reader_.Error(id, map.PathOf("id"), "duplicate respondent '" + *text + "'");
          } else {
            respondent.id = *text;
          }
        }
      }
      if (YamlNode perspective = map.Required("perspective"); perspective.IsDefined()) {
        if (auto text = ReadPerspective(perspective, map.PathOf("perspective"))) {
          respondent.perspective = *text;
        }
      }
      for (auto [key, field] :
           {std::pair{"name", &respondent.name}, std::pair{"role", &respondent.role}}) {
        if (YamlNode value = map.Optional(key); value.IsDefined()) {
          if (auto text = reader_.ReadString(value, map.PathOf(key))) *field = *text;
        }
      }
      map.Finish();
      if (!respondent.id.empty() && !respondent.perspective.empty()) {
        valid_respondents_.insert(respondent.id);
        response_.respondents.push_back(std::move(respondent));
      } else if (!respondent.id.empty()) {
        invalid_respondents_.insert(respondent.id);
      }
    }
  }

  std::optional<std::string> ReadPerspective(const YamlNode& node, const std::string& path) {
    auto text = reader_.ReadString(node, path);
    if (!text) return std::nullopt;
    if (!framework_.FindPerspective(*text)) {
      std::vector<std::string> keys;
      for (const Perspective& perspective : framework_.perspectives)
        keys.push_back(perspective.key);
      reader_.Error(node, path,
                    "unknown perspective '" + *text + "'; the framework's perspectives are " +
                        Join(keys, ", "));
      return std::nullopt;
    }
    return text;
  }

  void ReadAnswers(const YamlNode& node) {
    MapReader map(reader_, node, "answers");
    if (map.valid() && map.entries().empty()) {
      reader_.Warning(node, "answers", "no element is answered; the response scores nothing");
    }
    for (const MapReader::Entry& entry : map.entries()) {
      // Paths are written out only for a message: most answers have none.
      YamlPath path = map.At(entry.key);
      const Element* element = framework_.FindElement(entry.key);
      if (!element) {
        std::string message = "unknown element '" + entry.key + "'; it is not in framework '" +
                              framework_.id + "' " + framework_.version;
        if (auto closest = ClosestMatch(entry.key, ElementIds())) {
          message += "; did you mean '" + *closest + "'?";
        }
        reader_.Error(entry.key_node, path, message);
        continue;
      }
      if (!entry.value.IsSequence()) {
        reader_.Error(entry.value, path,
                      std::string("expected a list of answers such as [{by: RESPONDENT, ") +
                          AnswerKeyName(element->answer_type()) + ": ...}], got " +
                          YamlReader::Describe(entry.value));
        continue;
      }
      ElementAnswers element_answers{entry.key, {}};
      element_answers.answers.reserve(entry.value.size());
      // Who has answered: a sorted list, looked up by halves (no allocation per answer).
      std::vector<std::string_view> answered_by;
      answered_by.reserve(entry.value.size());
      for (std::size_t i = 0; i < entry.value.size(); ++i) {
        auto answer = ReadAnswer(entry.value[i], path.Index(i), *element);
        if (!answer) continue;
        auto at = std::lower_bound(answered_by.begin(), answered_by.end(), answer->by);
        if (at != answered_by.end() && *at == answer->by) {
          reader_.Error(entry.value[i], path.Index(i),
                        "respondent '" + answer->by + "' already answered '" + entry.key +
                            "'; give one answer per respondent");
          continue;
        }
        // The view is of the respondent's id in the response's respondents, which outlives
        // this loop (the answer's own copy moves).
        answered_by.insert(at, *valid_respondents_.find(answer->by));
        element_answers.answers.push_back(std::move(*answer));
      }
      if (!Matches(element->applies_when, response_.institution.profile) &&
          !element_answers.answers.empty()) {
        reader_.Warning(entry.key_node, path, DoesNotApplyWarning(entry.key));
      }
      response_.answers.push_back(std::move(element_answers));
    }
  }

  std::vector<std::string> ElementIds() const {
    std::vector<std::string> ids;
    ForEachElement(framework_, [&](const ElementStep& step) { ids.push_back(step.element.id); });
    return ids;
  }

  /// Names the respondents when they are few, else the likeliest meant and how many.
  std::string UnknownRespondent(const std::string& id) const {
    constexpr std::size_t kListed = 8;
    std::vector<std::string> ids;
    for (const Respondent& respondent : response_.respondents) ids.push_back(respondent.id);
    std::string message = "unknown respondent " + (id.size() <= 80 ? "'" + id + "'" : Excerpt(id));
    if (ids.empty()) return message + "; the response lists no valid respondent";
    if (ids.size() <= kListed) return message + "; the respondents are " + Join(ids, ", ");
    std::optional<std::string> meant = ClosestMatch(id, ids);
    return message + "; " + (meant ? "did you mean '" + *meant + "'? " : "") + "(" +
           std::to_string(ids.size()) + " respondents are listed under respondents:)";
  }

  std::optional<Answer> ReadAnswer(const YamlNode& node, const YamlPath& path,
                                   const Element& element) {
    AnswerKeys map(reader_, node, path);
    if (!map.valid()) return std::nullopt;
    Answer answer;
    bool ok = true;
    YamlNode by = map.Required("by");
    if (by.IsDefined()) {
      auto text = reader_.ReadString(by, map.At("by"));
      if (text && valid_respondents_.contains(*text)) {
        answer.by = std::move(*text);
      } else if (text && !invalid_respondents_.contains(*text)) {
        reader_.Error(by, map.At("by"), UnknownRespondent(*text));
        ok = false;
      } else {
        ok = false;
      }
    } else {
      ok = false;
    }

    // The file's syntax is read here; every rule of an answer is CheckAnswer's.
    bool typed = true;  // Every part was of the type its key needs.
    YamlNode not_applicable = map.Optional("not_applicable");
    if (not_applicable.IsDefined()) {
      auto flag = reader_.ReadBool(not_applicable, map.At("not_applicable"));
      typed = typed && flag.has_value();
      answer.not_applicable = flag.value_or(false);
    }
    YamlNode reason = map.Optional("reason");
    if (reason.IsDefined()) {
      auto text = reader_.ReadString(reason, map.At("reason"));
      typed = typed && text.has_value();
      answer.reason = text.value_or("");
    }
    YamlNode level = map.Optional("level");
    if (level.IsDefined()) {
      answer.level = ReadLevel(level, map.At("level"));
      typed = typed && answer.level.has_value();
    }
    YamlNode value = map.Optional("value");
    if (value.IsDefined()) {
      answer.value = YamlReader::ParseNumber(value);
      if (!answer.value) {
        reader_.Error(value, map.At("value"),
                      "expected a number" +
                          (element.measure() ? " in " + element.measure()->unit.Default() : "") +
                          ", got " + YamlReader::Describe(value));
        typed = false;
      }
    }
    YamlNode checked = map.Optional("checked");
    if (checked.IsDefined()) {
      if (checked.IsNull()) {
        answer.checked.emplace();
      } else {
        answer.checked = reader_.ReadStringList(checked, map.At("checked"), false);
        typed = typed && answer.checked.has_value();
      }
    }
    YamlNode evidence = map.Optional("evidence");
    if (evidence.IsDefined()) {
      if (auto list = reader_.ReadStringViews(evidence, map.At("evidence"), true)) {
        if (detail_ == ResponseDetail::kFull) {
          answer.evidence.assign(list->begin(), list->end());
        } else {
          // Evidence is counted, not kept: each item is checked here as CheckAnswer would.
          answer.evidence_count = list->size();
          for (std::size_t i = 0; i < list->size(); ++i) {
            if (auto problem = CheckEvidenceItem((*list)[i])) {
              reader_.Error(evidence.IsSequence() ? evidence[i] : evidence,
                            map.At("evidence").Index(i), *problem);
              ok = false;
            }
          }
        }
      }
    }
    if (YamlNode note = map.Optional("note"); note.IsDefined()) {
      auto text = reader_.ReadStringView(note, map.At("note"));
      if (text && detail_ == ResponseDetail::kFull) answer.note = *text;
    }
    map.Finish();

    if (typed) {
      const YamlNode* parts[] = {&level, &value, &checked};
      for (const AnswerProblem& problem : CheckAnswer(framework_, element, answer)) {
        // A missing answer is said once `by` is there (MapReader has said that it is not).
        if (problem.rule == AnswerRule::kNoAnswer && !by.IsDefined()) {
          ok = false;
          continue;
        }
        std::string message = InFileTerms(problem, element);
        // Paths are built inside each call: a YamlPath refers to its parent, a temporary.
        switch (problem.part) {
          case AnswerPart::kWhole:
            reader_.Error(node, path, message);
            break;
          case AnswerPart::kLevel:
          case AnswerPart::kValue:
          case AnswerPart::kChecked: {
            const char* key = PartKey(problem.part);
            const YamlNode& part =
                *parts[static_cast<int>(problem.part) - static_cast<int>(AnswerPart::kLevel)];
            if (problem.rule == AnswerRule::kLevelOffScale) {
              message = "expected a level from " + std::to_string(framework_.lowest_level()) +
                        " to " + std::to_string(framework_.highest_level()) + ", got " +
                        YamlReader::Describe(part);
            }
            if (problem.rule == AnswerRule::kUnknownChecklistItem ||
                problem.rule == AnswerRule::kChecklistItemTwice) {
              reader_.Error(part[problem.index], map.At(key).Index(problem.index), message);
            } else {
              reader_.Error(part, map.At(key), message);
            }
            break;
          }
          case AnswerPart::kReason:
            if (reason.IsDefined()) {
              reader_.Error(reason, map.At("reason"), message);
            } else {
              reader_.Error(node, path, message);
            }
            break;
          case AnswerPart::kEvidence:
            reader_.Error(evidence.IsSequence() ? evidence[problem.index] : evidence,
                          map.At("evidence").Index(problem.index), message);
            break;
        }
        ok = false;
      }
    }
    if (!ok || !typed) return std::nullopt;
    if (auto warning = ValueBeyondEveryBand(framework_, element, answer)) {
      reader_.Warning(value, map.At("value"), *warning);
    }
    return answer;
  }

  /// A level as written: a plain integer (CheckAnswer checks it is on the scale), or the
  /// scale's own message for anything else.
  std::optional<int> ReadLevel(const YamlNode& node, const YamlPath& path) {
    if (node.IsScalar() && node.IsPlain()) {
      auto number = YamlReader::ParseInteger(node.Scalar());
      if (number && *number == static_cast<int>(*number)) return static_cast<int>(*number);
    }
    return ReadScaleLevel(reader_, framework_, node, path);
  }

  /// CheckAnswer's message with the file's own keys named.
  std::string InFileTerms(const AnswerProblem& problem, const Element& element) const {
    switch (problem.rule) {
      case AnswerRule::kNoAnswer:
        return "missing required key '" + std::string(AnswerKeyName(element.answer_type())) +
               "' (" + DescribeExpectedAnswer(framework_, element) +
               "), or not_applicable: true with a reason";
      case AnswerRule::kNotApplicableWithAnswer:
        return "a not_applicable answer cannot also give '" + std::string(PartKey(problem.part)) +
               "'";
      case AnswerRule::kNotApplicableWithoutReason:
        return "a not_applicable answer needs a 'reason'";
      case AnswerRule::kReasonWithoutNotApplicable:
        return "'reason' explains a not_applicable answer; add not_applicable: true or write the "
               "explanation as a note";
      default:
        return problem.message;
    }
  }

  static const char* PartKey(AnswerPart part) {
    return part == AnswerPart::kValue     ? "value"
           : part == AnswerPart::kChecked ? "checked"
                                          : "level";
  }

  /// A `YYYY-MM-DD` day of the calendar, or a located error.
  std::optional<std::string> ReadDate(const YamlNode& node, const std::string& path) {
    auto text = reader_.ReadString(node, path);
    if (text && IsDate(*text) && *text < kEarliestDate) {
      reader_.Error(node, path,
                    "expected a date from " + std::string(kEarliestDate) + " on, got " +
                        YamlReader::Describe(node));
      return std::nullopt;
    }
    if (text && !IsDate(*text)) {
      bool shaped = text->size() == 10 && (*text)[4] == '-' && (*text)[7] == '-';
      reader_.Error(node, path,
                    "expected a date as YYYY-MM-DD, got " + YamlReader::Describe(node) +
                        (shaped ? ", which is not a day of the calendar" : ""));
      return std::nullopt;
    }
    return text;
  }

  void ReadSignOff(const YamlNode& node) {
    if (!node.IsSequence()) {
      reader_.Error(node, "sign_off",
                    "expected a list of sign-offs, got " + YamlReader::Describe(node));
      return;
    }
    for (std::size_t i = 0; i < node.size(); ++i) {
      std::string path = IndexPath("sign_off", i);
      MapReader map(reader_, node[i], path);
      if (!map.valid()) continue;
      SignOff sign_off;
      bool ok = true;
      if (YamlNode perspective = map.Required("perspective"); perspective.IsDefined()) {
        auto text = ReadPerspective(perspective, map.PathOf("perspective"));
        ok = ok && text.has_value();
        sign_off.perspective = text.value_or("");
      } else {
        ok = false;
      }
      if (YamlNode name = map.Required("name"); name.IsDefined()) {
        auto text = reader_.ReadString(name, map.PathOf("name"));
        // A sign-off without a name is no sign-off: it would count as agreement.
        if (std::string problem = text ? MeaninglessText(*text) : ""; !problem.empty()) {
          reader_.Error(name, map.PathOf("name"),
                        "expected the name of the person who signed, got " + problem);
          text.reset();
        }
        ok = ok && text.has_value();
        sign_off.name = text.value_or("");
      } else {
        ok = false;
      }
      if (YamlNode date = map.Required("date"); date.IsDefined()) {
        auto text = ReadDate(date, map.PathOf("date"));
        // Signed before the period began, it cannot be about it (and would make every
        // action look on time).
        if (auto period = ParsePeriod(response_.period);
            text && period && *text < EarliestStart(*period)) {
          reader_.Error(date, map.PathOf("date"),
                        "expected a date on or after " + EarliestStart(*period) + ", when " +
                            response_.period + " starts at the earliest, got " + *text);
          text.reset();
        }
        ok = ok && text.has_value();
        sign_off.date = text.value_or("");
      } else {
        ok = false;
      }
      if (YamlNode agreed = map.Optional("agreed"); agreed.IsDefined()) {
        auto flag = reader_.ReadBool(agreed, map.PathOf("agreed"));
        ok = ok && flag.has_value();
        sign_off.agreed = flag.value_or(true);
      }
      YamlNode statement = map.Optional("statement");
      if (statement.IsDefined()) {
        auto text = reader_.ReadString(statement, map.PathOf("statement"));
        ok = ok && text.has_value();
        sign_off.statement = text.value_or("");
      }
      // A side that does not agree must say why: the published report carries the reason.
      if (!sign_off.agreed && !MeaninglessText(sign_off.statement).empty()) {
        if (statement.IsDefined()) {
          reader_.Error(statement, map.PathOf("statement"),
                        "expected the side's explanation of why it does not agree, got " +
                            MeaninglessText(sign_off.statement));
        } else {
          reader_.Error(node[i], path,
                        "'agreed: false' needs a 'statement': the side's explanation of why it "
                        "does not agree");
        }
        ok = false;
      }
      map.Finish();
      if (ok) response_.sign_off.push_back(std::move(sign_off));
    }
  }

  /// `actions: [{element, action, owner, due, status, note}]`: what the two sides agreed
  /// to do, carried from year to year.
  void ReadActions(const YamlNode& node) {
    if (!node.IsSequence()) {
      reader_.Error(node, "actions",
                    "expected a list of agreed actions such as [{element: ID, action: TEXT, "
                    "owner: NAME, due: YYYY-MM-DD, status: planned}], got " +
                        YamlReader::Describe(node));
      return;
    }
    for (std::size_t i = 0; i < node.size(); ++i) {
      std::string path = IndexPath("actions", i);
      MapReader map(reader_, node[i], path);
      if (!map.valid()) continue;
      AgreedAction action;
      action.location = reader_.Where(node[i]);
      bool ok = true;
      if (YamlNode element = map.Required("element"); element.IsDefined()) {
        auto id = reader_.ReadString(element, map.PathOf("element"));
        if (id && !framework_.FindElement(*id)) {
          std::string message = "unknown element '" + *id + "'; it is not in framework '" +
                                framework_.id + "' " + framework_.version;
          if (auto closest = ClosestMatch(*id, ElementIds())) {
            message += "; did you mean '" + *closest + "'?";
          }
          reader_.Error(element, map.PathOf("element"), message);
          id.reset();
        }
        ok = ok && id.has_value();
        action.element = id.value_or("");
      } else {
        ok = false;
      }
      auto text = [&](const char* key, bool required, std::string& into) {
        YamlNode value = required ? map.Required(key) : map.Optional(key);
        if (!value.IsDefined()) {
          ok = ok && !required;
          return;
        }
        auto read = reader_.ReadString(value, map.PathOf(key));
        if (std::string problem = read && required ? MeaninglessText(*read) : "";
            !problem.empty()) {
          reader_.Error(value, map.PathOf(key), "expected the action agreed, got " + problem);
          read.reset();
        }
        ok = ok && read.has_value();
        into = read.value_or("");
      };
      text("action", true, action.action);
      text("owner", false, action.owner);
      text("note", false, action.note);
      if (YamlNode due = map.Optional("due"); due.IsDefined()) {
        auto date = ReadDate(due, map.PathOf("due"));
        ok = ok && date.has_value();
        action.due = date.value_or("");
      }
      if (YamlNode status = map.Optional("status"); status.IsDefined()) {
        auto name = reader_.ReadString(status, map.PathOf("status"));
        std::optional<ActionStatus> named;
        if (name) named = ValueNamed(kActionStatusNames, *name);
        bool known = named.has_value();
        if (named) action.status = *named;
        if (name && !known) {
          reader_.Error(status, map.PathOf("status"),
                        "expected planned, in_progress, done or dropped, got " +
                            YamlReader::Describe(status));
        }
        ok = ok && known;
      }
      map.Finish();
      if (ok) response_.actions.push_back(std::move(action));
    }
  }

  YamlReader own_reader_;
  YamlReader& reader_;
  const Framework& framework_;
  Response response_;
  std::set<std::string> invalid_respondents_;
  std::unordered_set<std::string> valid_respondents_;  ///< Looked up once per answer.
  ResponseDetail detail_ = ResponseDetail::kFull;
  std::set<std::string> respondent_ids_;
};

}  // namespace

Response ParseResponse(const std::string& file, const std::string& content,
                       const Framework& framework, Diagnostics& diagnostics,
                       ResponseDetail detail) {
  ResponseLoader loader(file, framework, diagnostics);
  loader.set_detail(detail);
  Response response = loader.Load(content);
  if (diagnostics.HasErrors()) throw InputError(diagnostics);
  return response;
}

Response ReadResponseHeader(YamlReader& reader, MapReader& map, const Framework& framework) {
  return ResponseLoader(reader, framework).LoadHeader(map);
}

Response LoadResponse(const std::string& path, const Framework& framework, Diagnostics& diagnostics,
                      ResponseDetail detail) {
  // One buffer per thread for the file's text, as for the parsed document (ParseYaml):
  // a sector run reads thousands of files in turn. The response keeps none of it.
  thread_local std::string content;
  ReadInputFile(path, content);
  Response response = ParseResponse(path, content, framework, diagnostics, detail);
  if (content.capacity() > (8u << 20)) std::string().swap(content);  // After a large file.
  return response;
}

ResponseIdentity ReadResponseIdentity(const std::string& file, const std::string& content) {
  Diagnostics diagnostics;
  YamlReader reader(file, diagnostics);
  YamlNode root = reader.Parse(content);
  ResponseIdentity identity;
  if (root.IsDefined() && !root.IsMap()) {
    reader.Error(root, "", "expected a response (a mapping), got " + YamlReader::Describe(root));
  } else if (root.IsMap()) {
    for (auto [key, into] : {std::pair{"framework", &identity.framework_id},
                             std::pair{"framework_version", &identity.framework_version}}) {
      YamlNode node = root[key];
      if (!node.IsDefined()) {
        reader.Error(root, key, std::string("missing required key '") + key + "'");
      } else if (auto text = reader.ReadString(node, key)) {
        *into = *text;
      }
    }
  }
  if (diagnostics.HasErrors()) throw InputError(diagnostics);
  return identity;
}

bool LooksLikeResponse(const std::string& content) {
  YamlSyntaxError error;
  ParsedYaml parsed = ParseYaml(content, error);
  return parsed.root.IsMap() &&
         (parsed.root["answers"].IsDefined() || parsed.root["respondents"].IsDefined());
}

}  // namespace maturity
