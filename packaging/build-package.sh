#!/usr/bin/env bash
# Builds FlowDeck's self-contained app image and .deb under target/dist/ (mvn -Ppackage package runs it
# after the jar). Steps: JavaFX jars → jmods (native libraries into the runtime's lib/), a jlink'd runtime
# with its own CDS archive, the app image, a class list for the app's CDS archive (when Xvfb is there),
# and the .deb whose postinst dumps that archive at the installed paths. The .deb is then opened once to
# ship, as the package's own files, what belongs outside /opt (commands on PATH, menu entry, icons,
# copyright with the third-party licences), and to give it a full description.
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
cp packaging/linux/flowdeck-wall-kiosk packaging/linux/autostart/flowdeck-wall.desktop "$work/input/"

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
# No archive is shipped: on Java 17 it only counts for the class path it was dumped with, so postinst dumps it
# at the installed paths (a missing archive is silently skipped by -Xshare:auto).

step ".deb"
jpackage --type deb --app-image "$app" @packaging/linux/jpackage-deb.args --name flowdeck --app-version "$deb_version" \
  --description "Desktop console for AWS Elemental MediaConnect over PrivateLink" --vendor FlowDeck \
  --resource-dir packaging/linux/resources --dest "$dist"
deb=$(ls "$dist"/flowdeck_*.deb)

step ".deb: commands, menu entry, icons and copyright as the package's own files; full description"
root=$work/deb-root
rm -rf "$root"
dpkg-deb -R "$deb" "$root"
mkdir -p "$root/usr/bin"
ln -s ../../opt/flowdeck/bin/flowdeck "$root/usr/bin/flowdeck"
ln -s ../../opt/flowdeck/lib/app/flowdeck-wall-kiosk "$root/usr/bin/flowdeck-wall-kiosk"
install -D -m 644 packaging/linux/flowdeck.desktop "$root/usr/share/applications/flowdeck.desktop"
for size in 16 24 32 48 64 128 256 512; do
  install -D -m 644 "packaging/icons/flowdeck-$size.png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/flowdeck.png"
done
install -D -m 644 packaging/icons/flowdeck.svg "$root/usr/share/icons/hicolor/scalable/apps/flowdeck.svg"
packaging/linux/copyright.sh target/generated-sources/license/THIRD-PARTY.txt > "$work/copyright"
install -D -m 644 "$work/copyright" "$root/usr/share/doc/flowdeck/copyright"
# jpackage's own preinst and postrm do nothing for this package; prerm cleans up what postinst made.
rm -f "$root/DEBIAN/preinst" "$root/DEBIAN/postrm"
python3 - "$root/DEBIAN/control" "$(du -sk --exclude=DEBIAN "$root" | cut -f1)" <<'PY'
import sys
path, size = sys.argv[1], sys.argv[2]
lines = open(path).read().rstrip("\n").split("\n")
extended = [
    " FlowDeck lists AWS Elemental MediaConnect flows with their sources, outputs,",
    " entitlements and signal health, starts and stops them with confirmation, and",
    " shows for every API call which address it really reached: an interface VPC",
    " endpoint's ENI (PrivateLink) or a public address. It also runs as a read-only",
    " NOC wall (flowdeck --wall) and diagnoses the network path (flowdeck doctor).",
    " Includes its own Java runtime with JavaFX.",
]
out = []
for line in lines:
    if line.startswith("Installed-Size:"):
        line = "Installed-Size: " + size
    out.append(line)
    if line.startswith("Description:"):
        out.extend(extended)
open(path, "w").write("\n".join(out) + "\n")
PY
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum > DEBIAN/md5sums)
dpkg-deb --root-owner-group -b "$root" "$deb" >/dev/null
cp -r "$app" "$dist/"
ls -la "$dist"
du -sh "$dist"/*.deb "$dist/flowdeck"
