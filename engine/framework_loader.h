// Loading and validating framework files (see docs/formats.md).
#pragma once

#include <optional>
#include <string>
#include <vector>

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
                                  const YamlNode& node, const YamlPath& key_path);

/// The folders searched for a framework named by id: MATURITY_FRAMEWORK_PATH (separated
/// by ':'), the folder of `from_file`, then the bundled frameworks beside the executable
/// (`../share/maturity/frameworks`, so that an install can be moved), and for a program in
/// the build tree, the source tree's.
std::vector<std::string> FrameworkSearchPath(const std::string& from_file);

/// Where a framework reference led.
struct FrameworkLookup {
  std::optional<std::string> path;  ///< None when nothing matches or the match is ambiguous.
  std::string searched;             ///< Where it looked, for the message when none matched.
  /// Set when two files on the search path are the same ID@VERSION with different
  /// content: names both (`a.yaml and b.yaml are both tiny@1.0.0 but differ`).
  std::string conflict;
};

/// The file an `extends:` names: a path (relative to `from_file`'s folder) when it ends in
/// .yaml or .yml or holds a '/', else `ID` or `ID@VERSION` looked up on the search path
/// (the first folder that has it; for ID@VERSION every folder is read, so that a second,
/// different file of that id and version is found and refused rather than chosen by the
/// order of the folders or of the file names).
FrameworkLookup ResolveFrameworkReference(const std::string& reference,
                                          const std::string& from_file);

/// Reads and parses the framework file at `path`.
Framework LoadFramework(const std::string& path, Diagnostics& diagnostics);

}  // namespace maturity
