#!/usr/bin/env bash
# The editor's AOT cache (JDK 25+, JEP 483/514/515): starts the app image's editor once, until its first frame is
# painted, with -XX:AOTCacheOutput, so that its JVM writes lib/app/brigade-editor.aot (the JDK's and JavaFX's
# classes and the app's, loaded and linked, with their method profiles); then the editor's launcher names it.
# The JVM accepts the cache wherever the image is copied: it matches the class path by the part after the
# image's folder. Run by the dist profile (see app/pom.xml) on a runtime of JDK 25 or newer:
#   app/src/dist/aot-train.sh IMAGE_DIR
# The editor needs a display: DISPLAY's, else a virtual one from xvfb-run; with neither the image is left
# without the cache (it starts, only slower) and this says so.
set -euo pipefail
image=${1:?usage: aot-train.sh IMAGE_DIR}
app=$image/lib/app
cfg=$app/brigade-editor.cfg
cache_name=brigade-editor.aot
cache=$app/$cache_name
[[ -f $cfg ]] || { echo "aot-train.sh: $cfg is missing: build the app image first" >&2; exit 1; }

if [[ -n ${DISPLAY:-} ]]; then
  display=()
elif command -v xvfb-run >/dev/null; then
  display=(xvfb-run -a -s "-screen 0 1440x900x24")
else
  echo "aot-train.sh: WARNING: no display (DISPLAY unset, no xvfb-run): the image has no AOT cache, so the" \
    "editor starts about twice as slowly; install xvfb (apt-get install xvfb) and build again" >&2
  exit 0
fi

# The training run keeps off the user's own recovery folder and preferences.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
rm -f "$cache"
# A start that never paints must not hold the build: it ends after five minutes and the build fails below.
JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$cache -Dbrigade.startup.report=exit -Dbrigade.recovery.dir=$scratch/recovery \
-Djava.util.prefs.userRoot=$scratch/prefs" timeout 300 "${display[@]}" "$image/bin/brigade-editor" </dev/null || true
[[ -s $cache ]] || { echo "aot-train.sh: the editor's training run wrote no $cache" >&2; exit 1; }

# The launcher's configuration: one more JVM option, in the [JavaOptions] section jpackage wrote.
grep -q "^java-options=-XX:AOTCache=" "$cfg" ||
  sed -i "/^\[JavaOptions\]\$/a java-options=-XX:AOTCache=\$APPDIR/$cache_name" "$cfg"
echo "aot-train.sh: $cache ($(du -h "$cache" | cut -f1)), named in $cfg"
