// Must not compile: a key missing from the catalogue is a build error, not a crash.
// The CTest common.unknown-message-key-does-not-compile builds this and expects failure.
#include "common/messages.h"

std::string Use() { return maturity::Messages::For("en")("no.such.key"); }
