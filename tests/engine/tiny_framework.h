// A small framework whose scores can be computed by hand, shared by the engine tests.
#pragma once

#include <string>

#include "engine/diagnostics.h"
#include "engine/framework_loader.h"
#include "engine/response_loader.h"

namespace maturity::testing {

/// The five-level scale of the fixtures, as a framework file's `scale:` list.
inline const std::string kFiveLevelScale = R"(  - {level: 1, key: one, label: One}
  - {level: 2, key: two, label: Two}
  - {level: 3, key: three, label: Three}
  - {level: 4, key: four, label: Four}
  - {level: 5, key: five, label: Five}
)";

/// The keys every small fixture framework opens with: `id` (version 1.0.0) and `title`,
/// the `scale` list, management as the only perspective and a default target; the
/// fixture's own `dimensions:` follow.
inline std::string FixtureHead(const std::string& id, const std::string& title,
                               const std::string& scale, const std::string& target) {
  return "id: " + id + "\nversion: 1.0.0\ntitle: " + title + "\nscale:\n" + scale +
         "perspectives:\n  - {key: management, label: Management}\ntargets: {default: " + target +
         "}\n";
}

/// A nested fixture's `dimensions:`: a (weight 2) holds a1 and a-inner (weight 3), which
/// holds ai1 and ai2; b holds b1. For tests of sub-dimensions and the order of the walk.
inline const std::string kNestedDimensions = R"(dimensions:
  - id: a
    title: A
    weight: 2
    elements:
      - {id: a1, kind: process, title: A1}
    dimensions:
      - id: a-inner
        title: A inner
        weight: 3
        elements:
          - {id: ai1, kind: process, title: AI1}
          - {id: ai2, kind: process, title: AI2}
  - id: b
    title: B
    elements:
      - {id: b1, kind: process, title: B1}
)";

/// Five levels; two perspectives; alpha (weight 2) holds a1 (weight 2) and a2 (weight 1,
/// target 5); beta (weight 1) holds a higher-better measure, a lower-better measure, a
/// checklist whose bands skip level 3, and an element for large institutions only.
inline const std::string kTinyFramework = R"(id: tiny
version: 1.0.0
title: Tiny framework
scale:
)" + kFiveLevelScale + R"(perspectives:
  - {key: management, label: Management}
  - {key: trade_union, label: Trade union}
profile:
  sector: {values: [fe, he]}
  staff: {type: integer, bands: {small: [0, 249], medium: [250, 999], large: [1000, null]}}
scoring:
  aggregate: weighted_mean
  missing: exclude
  divergence_threshold: 1.0
  evidence_required_from: 4
targets:
  default: 3
  rules:
    - {when: {staff: large}, target: 4}
    - {when: {sector: he}, target: 3.5}
dimensions:
  - id: alpha
    title: Alpha
    weight: 2
    elements:
      - {id: a1, kind: behaviour, title: A1, weight: 2, actions: {2: [Do A1 things.]}}
      - {id: a2, kind: behaviour, title: A2, weight: 1, target: 5}
  - id: beta
    title: Beta
    weight: 1
    elements:
      - id: b-facility
        kind: resource
        title: Facility time
        measure: {unit: hours, better: higher, bands: {1: 0, 2: 5, 3: 10, 4: 20, 5: 30}}
      - id: b-disputes
        kind: indicator
        title: Disputes
        measure: {unit: disputes, better: lower, bands: {2: 6, 3: 3, 4: 1, 5: 0}}
      - id: b-tor
        kind: process
        title: Terms of reference
        checklist: {items: {x: X, y: Y, z: Z}, bands: {1: 0, 2: 1, 4: 2, 5: 3}}
      - {id: b-large, kind: process, title: Large only, applies_when: {staff: large}}
)";

/// A response header for the tiny framework; append `answers:` and what follows.
inline std::string TinyResponse(const std::string& profile, const std::string& rest) {
  return "framework: tiny\nframework_version: 1.0.0\ninstitution:\n  id: inst\n  name: Inst\n"
         "  profile: " +
         profile +
         "\nperiod: 2025-26\nrespondents:\n"
         "  - {id: m1, perspective: management}\n  - {id: m2, perspective: management}\n"
         "  - {id: m3, perspective: management}\n  - {id: t1, perspective: trade_union}\n" +
         rest;
}

/// Replaces the first `from` in `text` by `to`.
inline std::string Replace(std::string text, const std::string& from, const std::string& to) {
  std::size_t at = text.find(from);
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

/// Parses framework text; on error, returns the formatted diagnostics through `errors`.
inline Framework ParseTestFramework(const std::string& text) {
  Diagnostics diagnostics;
  return ParseFramework("framework.yaml", text, diagnostics);
}

/// The formatted errors from parsing `text` as a framework ("" when it is valid).
inline std::string FrameworkErrors(const std::string& text) {
  Diagnostics diagnostics;
  try {
    ParseFramework("framework.yaml", text, diagnostics);
  } catch (const InputError& error) {
    return error.diagnostics().Format();
  }
  return "";
}

/// The formatted errors (and warnings) from parsing `text` as a response.
inline std::string ResponseErrors(const Framework& framework, const std::string& text) {
  Diagnostics diagnostics;
  try {
    ParseResponse("response.yaml", text, framework, diagnostics);
  } catch (const InputError& error) {
    return error.diagnostics().Format();
  }
  return diagnostics.Format();
}

}  // namespace maturity::testing
