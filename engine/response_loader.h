// Loading and validating response files against their framework (see docs/formats.md).
#pragma once

#include <string>

#include "engine/diagnostics.h"
#include "engine/framework.h"
#include "engine/response.h"
#include "engine/yaml_reader.h"

namespace maturity {

/// What a loaded response keeps. Every check is made, and every message is the same,
/// either way.
enum class ResponseDetail {
  kFull,    ///< Everything written.
  kScores,  ///< What scoring needs: evidence counted and notes checked, their texts not
            ///< kept (a sector run keeps only each institution's summary).
};

/// Parses response YAML and checks it against `framework`. Warnings are added to
/// `diagnostics`; when any error is found, throws InputError with every diagnostic.
Response ParseResponse(const std::string& file, const std::string& content,
                       const Framework& framework, Diagnostics& diagnostics,
                       ResponseDetail detail = ResponseDetail::kFull);

/// Reads `framework`, `framework_version`, `institution` and `period` from `map` exactly
/// as a response file gives them, reporting through `reader` (the survey mapping file
/// shares these keys with response files).
Response ReadResponseHeader(YamlReader& reader, MapReader& map, const Framework& framework);

/// The framework a response names, read before the framework is known.
struct ResponseIdentity {
  std::string framework_id;
  std::string framework_version;
};

/// The `framework` and `framework_version` of response `content` (located InputError when
/// either is missing or not a text).
ResponseIdentity ReadResponseIdentity(const std::string& file, const std::string& content);

/// True when YAML `content` looks like a response (it has `answers` or `respondents`)
/// rather than a framework: for the message when one is given where the other belongs.
bool LooksLikeResponse(const std::string& content);

/// Reads and parses the response file at `path`.
Response LoadResponse(const std::string& path, const Framework& framework, Diagnostics& diagnostics,
                      ResponseDetail detail = ResponseDetail::kFull);

}  // namespace maturity
