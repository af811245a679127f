#include "app/authoring.h"

#include <filesystem>

#include "app/errors.h"
#include "app/framework_input.h"
#include "app/output_set.h"
#include "common/strings.h"
#include "engine/framework_diff.h"
#include "engine/input_file.h"
#include "engine/lint.h"
#include "engine/migration.h"
#include "reports/html/framework_document.h"
#include "reports/text/framework_diff_text.h"
#include "reports/yaml/framework_yaml.h"

namespace maturity {

bool RunLint(const std::vector<std::string>& files, bool strict, std::ostream& out,
             std::ostream& err) {
  bool failed = false;
  for (const std::string& file : files) {
    try {
      Framework framework = LoadFrameworkReporting(file, err);
      std::size_t errors = 0;
      std::size_t warnings = 0;
      for (const Diagnostic& finding : LintFramework(framework)) {
        err << finding.Format() << "\n";
        (finding.severity == Severity::kError ? errors : warnings) += 1;
      }
      out << file << ": " << CountOf(errors, "error", "errors") << ", "
          << CountOf(warnings, "warning", "warnings");
      if (framework.sources.size() > 1) {
        // A variant's base is linted on its own, and its warnings are not repeated here.
        std::vector<std::string> bases(framework.sources.begin() + 1, framework.sources.end());
        out << " (the warnings of its base " << Join(bases, ", ")
            << " are not repeated: lint the base on its own)";
      }
      out << "\n";
      failed = failed || errors > 0 || (warnings > 0 && strict);
    } catch (const InputError& error) {
      err << error.diagnostics().Format();
      failed = true;
    }
  }
  return !failed;
}

void RunShow(const std::string& path, std::ostream& out, std::ostream& err) {
  WriteFrameworkYaml(LoadFrameworkReporting(path, err), out);
}

void RunDiff(const std::string& old_path, const std::string& new_path, std::ostream& out,
             std::ostream& err) {
  Framework old_framework = LoadFrameworkReporting(old_path, err);
  Framework new_framework = LoadFrameworkReporting(new_path, err);
  out << FormatDiff(DiffFrameworks(old_framework, new_framework));
}

std::string RunDocs(const DocsRequest& request, std::ostream& err) {
  std::string extension = std::filesystem::path(request.output).extension().string();
  if (extension != ".html" && extension != ".htm" && extension != ".md") {
    throw UsageError("-o " + request.output + ": name the document .html or .md");
  }
  Framework framework;
  std::string language;
  OutputSet outputs({request.framework});
  outputs.Declare({"-o", request.output}, OutputSet::Text([&](std::ostream& file) {
                    std::vector<DocumentBlock> blocks = DescribeFramework(framework, language);
                    if (extension == ".md") {
                      WriteMarkdown(blocks, file);
                    } else {
                      WriteHtml(blocks, framework.title.In(language) + " " + framework.version,
                                file, language);
                    }
                  }));
  framework = LoadFrameworkReporting(request.framework, err);
  outputs.ProtectInputs(framework.sources);
  language = OutputLanguage(request.language, framework);
  WarnOfFallbacks(framework, language, err);
  for (const std::string& warning : outputs.Commit()) err << warning << "\n";
  return language;
}

std::string RunMigrate(const MigrateRequest& request, std::ostream& err) {
  std::string migrated;
  OutputSet outputs({request.framework, request.response});
  outputs.Declare({"-o", request.output},
                  OutputSet::Text([&](std::ostream& file) { file << migrated; }));
  Framework framework = LoadFrameworkReporting(request.framework, err);
  outputs.ProtectInputs(framework.sources);
  Diagnostics diagnostics;
  MigrationOptions options;
  options.comment_out_uncarried = request.comment_out_uncarried;
  migrated = MigrateResponse(request.response, ReadInputFile(request.response), framework, options,
                             diagnostics);
  err << diagnostics.Format();
  for (const std::string& warning : outputs.Commit()) err << warning << "\n";
  return framework.id + " " + framework.version;
}

}  // namespace maturity
