#!/usr/bin/env bash
# Brigade's start-up, from the app image and from Maven, each variant in turn (interleaved, so a machine's changing
# load falls on all of them): the editor from its process's start to its first painted frame (the app reports it
# when -Dbrigade.startup.report=exit asks), and `brigade --version`. Prints one line per run: variant, the figure,
# the whole run's wall and CPU seconds. Needs a display for the editor (DISPLAY, such as an Xvfb) and the image
# (./mvnw -B -Pdist package -DskipTests), and the engine's jar (./mvnw -B package -DskipTests).
#   app/src/dist/measure-startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-5}
image=app/target/dist/brigade-editor
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
report=-Dbrigade.startup.report=exit
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# variant command...: runs it, prints the first-frame line it printed (if any), wall and CPU seconds
measure() {
  local variant=$1
  shift
  /usr/bin/time -f "%e %U %S" -o "$log.time" "$@" >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
  local frame wall user sys
  frame=$(sed -n 's/^Brigade: first frame painted \([0-9]*\) ms.*/\1 ms to first frame/p' "$log")
  read -r wall user sys <"$log.time"
  echo "$variant: ${frame:-done}, wall ${wall} s, cpu $(echo "$user + $sys" | bc) s"
}

for ((run = 1; run <= runs; run++)); do
  measure "image  brigade --version" env -i PATH=/nonexistent "$image/bin/brigade" --version
  measure "maven  java -jar brigade-engine.jar --version" "$java" -jar render-engine/target/brigade-engine.jar --version
  measure "image  editor" env -i PATH=/nonexistent HOME="$HOME" DISPLAY="$DISPLAY" JAVA_TOOL_OPTIONS="$report" \
    "$image/bin/brigade-editor"
  measure "maven  editor (-Prun)" env JAVA_TOOL_OPTIONS="$report" ./mvnw -q -pl app -am -Prun compile
done
rm -f "$log.time"
