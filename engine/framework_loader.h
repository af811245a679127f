// Loading and validating framework files (see docs/formats.md).
#pragma once

#include <optional>
#include <string>

#include "engine/diagnostics.h"
#include "engine/framework.h"
#include "engine/yaml_reader.h"

namespace maturity {

/// Parses framework YAML. Warnings are added to `diagnostics`; when any error is
/// found, throws InputError holding every diagnostic found (up to the cap).
Framework ParseFramework(const std::string& file, const std::string& content,
                         Diagnostics& diagnostics);

/// A level on `framework`'s scale (a plain integer that the scale declares); reports
/// `expected a level from 1 to 5, got "three"` otherwise.
std::optional<int> ReadScaleLevel(YamlReader& reader, const Framework& framework,
                                  const YamlNode& node, const std::string& key_path);

/// Reads and parses the framework file at `path`.
Framework LoadFramework(const std::string& path, Diagnostics& diagnostics);

}  // namespace maturity
