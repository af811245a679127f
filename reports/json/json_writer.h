// A small streaming JSON writer: two-space indentation, shortest round-trip numbers.
#pragma once

#include <initializer_list>
#include <optional>
#include <ostream>
#include <string_view>
#include <utility>
#include <vector>

namespace maturity {

/// Writes one JSON document to a stream; the caller balances Begin and End calls.
class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out) {}

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  /// The key of the next value in an object.
  void Key(std::string_view key);
  void String(std::string_view value);
  /// A finite number in its shortest form that reads back to the same double.
  void Number(double value);
  void Number(std::optional<double> value);
  void Integer(long long value);
  void Integer(std::optional<int> value);
  void Bool(bool value);
  void Null();

  /// `key` followed by its value, in one call.
  void StringField(std::string_view key, std::string_view value) {
    Key(key);
    String(value);
  }
  void NumberField(std::string_view key, std::optional<double> value) {
    Key(key);
    Number(value);
  }
  void IntegerField(std::string_view key, std::optional<int> value) {
    Key(key);
    Integer(value);
  }
  void BoolField(std::string_view key, bool value) {
    Key(key);
    Bool(value);
  }
  /// NumberField for each `{key, value}` of `fields`, in order: a record's run of numbers.
  void NumberFields(
      std::initializer_list<std::pair<std::string_view, std::optional<double>>> fields) {
    for (const auto& [key, value] : fields) NumberField(key, value);
  }
  /// `key` followed by an object whose members `members()` writes.
  template <typename Members>
  void ObjectField(std::string_view key, Members&& members) {
    Key(key);
    BeginObject();
    members();
    EndObject();
  }
  /// `key` followed by an array of one object per item of `items`, whose members
  /// `members(item)` writes: the shape of every list of records in the results.
  template <typename Items, typename Members>
  void ObjectsField(std::string_view key, const Items& items, Members&& members) {
    Key(key);
    BeginArray();
    for (const auto& item : items) {
      BeginObject();
      members(item);
      EndObject();
    }
    EndArray();
  }

 private:
  void Open(char bracket);
  void Close(char bracket);
  void BeforeValue();
  void NewLine();

  std::ostream& out_;
  std::vector<bool> has_items_;  ///< Per open container: something written already.
  bool after_key_ = false;
};

}  // namespace maturity
