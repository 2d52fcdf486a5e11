#!/usr/bin/env bash
# How many accounts one politikområde's "Specifikation af regnskabet" takes under a heap limit: the 2015 sample
# with its ledger (no typed Regnskab), Kontospecifikation = ja, and N accounts more on the line Sygedagpenge (in
# pairs that cancel, so every printed total stays as it was and nothing is held back). Runs the built jar once;
# prints the exit status, the run's last line and the page count of that politikområde's PDF.
#
# Usage: scripts/appendix-memory.sh N [heap, default 512m]   (after mvn -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
n=$1
heap=${2:-512m}
jar=$(ls target/aarsrapport-*.jar | grep -v original | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
cp src/test/resources/sample-2015-csv/* src/test/resources/sample-2015-ledger-csv/* "$work/in/"
rm "$work/in/regnskab.csv"
printf '\nKontospecifikation;ja\n' >> "$work/in/rapport.csv"
awk -v n="$n" 'BEGIN {
  for (i = 0; i < n; i++) {
    a = 1000 * (int(i / 2) % 9000 + 1); s = (i % 2 == 0) ? "" : "-"
    t = sprintf("%d", a); d = ""
    while (length(t) > 3) { d = "." substr(t, length(t) - 2) d; t = substr(t, 1, length(t) - 3) }
    v = s t d
    printf "5.57.72;1;5.2;S%07d;Sygedagpenge, sted %d;%s;%s;%s;%s\n", i, i, v, v, v, v
  }
}' >> "$work/in/konti.csv"
set +e
AARSRAPPORT_DATA_DIR="$work/data" java -Xmx"$heap" -jar "$jar" generate --year 2015 --input "$work/in" \
  --output "$work/out" > "$work/log" 2>&1
status=$?
set -e
echo "accounts added: $n, heap: $heap, exit: $status"
tail -1 "$work/log"
grep -m1 '10 Arbejdsmarkeds' "$work/log" || true
