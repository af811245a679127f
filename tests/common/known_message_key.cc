// The control for unknown_message_key.cc: the same use with a catalogue key compiles.
#include "common/messages.h"

std::string Use() { return maturity::Messages::For("en")("questionnaire.yes"); }
