#include "reports/json/json_writer.h"

#include <cmath>
#include <string>

#include "common/numbers.h"
#include "common/strings.h"

namespace maturity {

void JsonWriter::NewLine() {
  out_ << '\n';
  for (std::size_t i = 0; i < has_items_.size(); ++i) out_ << "  ";
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_items_.empty()) {
    if (has_items_.back()) out_ << ',';
    has_items_.back() = true;
    NewLine();
  }
}

void JsonWriter::Open(char bracket) {
  BeforeValue();
  out_ << bracket;
  has_items_.push_back(false);
}

void JsonWriter::Close(char bracket) {
  bool had_items = has_items_.back();
  has_items_.pop_back();
  if (had_items) NewLine();
  out_ << bracket;
  if (has_items_.empty()) out_ << '\n';
}

void JsonWriter::Key(std::string_view key) {
  BeforeValue();
  out_ << Quoted(key);
  out_ << ": ";
  after_key_ = true;
}

void JsonWriter::String(std::string_view value) {
  BeforeValue();
  out_ << Quoted(value);
}

void JsonWriter::Number(double value) {
  BeforeValue();
  if (!std::isfinite(value)) {
    out_ << "null";
    return;
  }
  out_ << FormatNumber(value);
}

void JsonWriter::Number(std::optional<double> value) {
  if (value) {
    Number(*value);
  } else {
    Null();
  }
}

void JsonWriter::Integer(long long value) {
  BeforeValue();
  out_ << value;
}

void JsonWriter::Integer(std::optional<int> value) {
  if (value) {
    Integer(static_cast<long long>(*value));
  } else {
    Null();
  }
}

void JsonWriter::Bool(bool value) {
  BeforeValue();
  out_ << (value ? "true" : "false");
}

void JsonWriter::Null() {
  BeforeValue();
  out_ << "null";
}

}  // namespace maturity
