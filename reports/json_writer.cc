#include "reports/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>

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
  Quote(out_, key);
  out_ << ": ";
  after_key_ = true;
}

void JsonWriter::String(std::string_view value) {
  BeforeValue();
  Quote(out_, value);
}

std::string JsonWriter::FormatNumber(double value) {
  if (value == 0) return "0";  // Also turns -0 into 0.
  char buffer[64];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, end);
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

void JsonWriter::Quote(std::ostream& out, std::string_view text) {
  out << '"';
  for (char c : text) {
    switch (c) {
      case '"':
        out << "\\\"";
        break;
      case '\\':
        out << "\\\\";
        break;
      case '\n':
        out << "\\n";
        break;
      case '\r':
        out << "\\r";
        break;
      case '\t':
        out << "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned char>(c));
          out << escaped;
        } else {
          out << c;
        }
    }
  }
  out << '"';
}

}  // namespace maturity
