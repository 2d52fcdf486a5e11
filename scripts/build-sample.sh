#!/usr/bin/env bash
# Rebuilds the bundled 2015 sample workbook from its CSV source of truth:
#   src/test/resources/sample-2015-csv/*.csv  ->  input/2015/aarsregnskab.xlsx
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

mvn -q -B test-compile "${EXEC_PLUGIN}:java" \
  -Dexec.mainClass=dk.aarsrapport.sample.SampleWorkbookBuilder \
  -Dexec.classpathScope=test \
  -Dexec.args="'${CSV_DIR}' '${XLSX_FILE}'"
