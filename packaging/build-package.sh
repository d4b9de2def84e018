#!/usr/bin/env bash
# Builds FlowDeck's self-contained app image and .deb under target/dist/ (mvn -Ppackage package runs it
# after the jar). Steps: JavaFX jars → jmods (native libraries into the runtime's lib/), a jlink'd runtime
# with its own CDS archive, the app image, a class list for the app's CDS archive (when Xvfb is there),
# and the .deb whose postinst dumps that archive at the installed paths.
# Usage: packaging/build-package.sh VERSION   (from the project root, after mvn package)
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:?usage: build-package.sh VERSION}
deb_version=${version%-SNAPSHOT}
work=target/packaging
dist=target/dist
jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
rm -rf "$work" "$dist"
mkdir -p "$work/input/lib" "$work/jmods" "$dist"

step() { printf '\n== %s\n' "$*"; }

step "app input: flowdeck.jar and its libraries (JavaFX goes into the runtime instead)"
cp target/flowdeck.jar "$work/input/"
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in javafx-*) ;; *) cp "$jar" "$work/input/lib/" ;; esac
done
cp packaging/linux/flowdeck.desktop packaging/linux/flowdeck-wall-kiosk packaging/linux/autostart/flowdeck-wall.desktop \
   packaging/icons/flowdeck-*.png packaging/icons/flowdeck.svg "$work/input/"

step "JavaFX jars as jmods, so that their native libraries land in the runtime's lib/"
for module in base graphics controls; do
  jar=$(ls target/lib/javafx-$module-*-linux.jar)
  dir=$work/fx-$module
  mkdir -p "$dir/classes" "$dir/libs"
  (cd "$dir/classes" && jar xf "$OLDPWD/$jar")
  find "$dir/classes" -maxdepth 1 -name '*.so' -exec mv {} "$dir/libs/" \;
  rm -rf "$dir/classes/META-INF"
  jmod create --class-path "$dir/classes" --libs "$dir/libs" "$work/jmods/javafx.$module.jmod"
done

step "jlink: the runtime (JDK modules the app and its libraries use, JavaFX, HTTPS curves, the demo's HTTP server, Japanese locale data)"
modules=$("$jdk/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
          --class-path "$work/input/lib/*" "$work/input/flowdeck.jar" 2>/dev/null | tail -1)
modules="$modules,javafx.controls,jdk.crypto.ec,jdk.httpserver,jdk.unsupported,jdk.localedata,java.management,jdk.zipfs"
modules=$(tr ',' '\n' <<<"$modules" | sort -u | paste -sd, -)
echo "modules: $modules"
"$jdk/bin/jlink" --module-path "$jdk/jmods:$work/jmods" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  --include-locales=en,ja --output "$work/runtime"

step "app image"
jpackage --type app-image @packaging/jpackage-common.args @packaging/java-options.args \
  --app-version "$deb_version" --input "$work/input" --runtime-image "$work/runtime" \
  --icon packaging/icons/flowdeck-256.png --dest "$work/image"
app=$work/image/flowdeck
cfg=$app/lib/app/flowdeck.cfg

step "class list for the app's CDS archive (one demo start under Xvfb)"
classpath=$(sed -n 's/^app.classpath=//p' "$cfg" | sed "s#\$APPDIR#$app/lib/app#g" | paste -sd: -)
javaopts=$(sed -n 's/^java-options=//p' "$cfg" | grep -v -e SharedArchiveFile -e Xshare | sed "s#\$APPDIR#$app/lib/app#g")
if command -v xvfb-run >/dev/null; then
  # shellcheck disable=SC2086
  xvfb-run -a "$app/lib/runtime/bin/java" $javaopts -XX:DumpLoadedClassList="$app/lib/app/flowdeck.classlist" \
    -cp "$classpath" dev.flowdeck.Launcher --demo --smoke >/dev/null 2>&1 || echo "class list run failed: the archive will hold JDK and JavaFX classes only"
fi
[ -s "$app/lib/app/flowdeck.classlist" ] || : > "$app/lib/app/flowdeck.classlist"
echo "$(wc -l < "$app/lib/app/flowdeck.classlist") classes listed"
# Shipped archive: the runtime's own classes (valid at any install path); postinst replaces it with a full one.
# shellcheck disable=SC2086
"$app/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/lib/app/flowdeck.classlist" \
  -XX:SharedArchiveFile="$app/lib/app/flowdeck.jsa" $javaopts >/dev/null

step ".deb"
jpackage --type deb --app-image "$app" @packaging/linux/jpackage-deb.args --name flowdeck --app-version "$deb_version" \
  --description "Desktop console for AWS Elemental MediaConnect over PrivateLink" --vendor FlowDeck \
  --resource-dir packaging/linux/resources --dest "$dist"
cp -r "$app" "$dist/"
ls -la "$dist"
du -sh "$dist"/*.deb "$dist/flowdeck"
