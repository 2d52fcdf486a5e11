#!/usr/bin/env bash
# Rebuilds a bundled sample workbook from its CSV source of truth:
#   src/test/resources/sample-2015-csv/*.csv  ->  input/2015/aarsregnskab.xlsx  (the default)
#   scripts/build-sample.sh src/test/resources/sample-2017-csv input/2017/aarsberetning.xlsx
#   scripts/build-sample.sh src/test/resources/sample-2016-csv input/2016/social-mobilitet.xlsx
#   scripts/build-sample.sh src/test/resources/sample-2021-csv input/2021/sammenhaengsmodellen.xlsx
# Edit the CSV files, never the workbook: this script overwrites it.
# The result is byte-identical for unchanged CSVs, so an unchanged rebuild shows no git diff.
#
# Usage: scripts/build-sample.sh [csv-folder] [xlsx-file]
set -euo pipefail

cd "$(dirname "$0")/.."

CSV_DIR="${1:-src/test/resources/sample-2015-csv}"
XLSX_FILE="${2:-input/2015/aarsregnskab.xlsx}"

# The Spring Boot parent does not manage exec-maven-plugin, so the version is pinned here;
# a bare "exec:java" would pick whatever is newest on Maven Central that day.
EXEC_PLUGIN="org.codehaus.mojo:exec-maven-plugin:3.6.4"

# Two calls: on the command line exec.args would also replace the arguments of the build's own
# template-compiling exec execution (process-classes), which then compiled into the workbook path.
mvn -q -B test-compile
mvn -q -B "${EXEC_PLUGIN}:java" \
  -Dexec.mainClass=dk.aarsrapport.sample.SampleWorkbookBuilder \
  -Dexec.classpathScope=test \
  -Dexec.args="'${CSV_DIR}' '${XLSX_FILE}'"
