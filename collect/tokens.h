// The secrets of online collection: personal links' tokens, session ids and form tokens.
// Each carries 256 random bits (libsodium); the store keeps only a token's hash.
#pragma once

#include <string>
#include <string_view>

namespace maturity {

/// A new random token: 32 bytes from the system's generator, base64url without padding
/// (43 characters, safe in a URL path and a cookie).
std::string NewToken();
/// The hash the store keeps for `token` (BLAKE2b-256, hex): a stolen store gives no link.
std::string HashToken(std::string_view token);
/// Whether `a` and `b` are equal, in a time that does not depend on where they differ.
bool EqualInConstantTime(std::string_view a, std::string_view b);
/// Whether `text` has the shape of a token (43 base64url characters), checked before any
/// lookup so that nothing else reaches the store.
bool LooksLikeToken(std::string_view text);

}  // namespace maturity
