#!/usr/bin/env bash
# Writes the package's debian/copyright: FlowDeck's own notice, the bundled Java runtime, and every bundled
# library with its licence as its Maven POM declares it (THIRD-PARTY.txt from license-maven-plugin).
#   packaging/linux/copyright.sh target/generated-sources/license/THIRD-PARTY.txt
set -euo pipefail
third_party=${1:?usage: copyright.sh THIRD-PARTY.txt}
cat <<'HEAD'
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: FlowDeck
Comment: FlowDeck bundles a Java runtime and libraries; each keeps its own licence, listed below.

Files: /opt/flowdeck/lib/app/flowdeck.jar
Copyright: FlowDeck contributors
License: other
 FlowDeck's own code. Its licence has not been chosen yet; ask the FlowDeck team before redistributing it.

Files: /opt/flowdeck/lib/runtime/*
Copyright: Oracle and/or its affiliates, and the OpenJDK and OpenJFX contributors
License: GPL-2 with Classpath exception
 The runtime is an OpenJDK 17 image made with jlink, with OpenJFX 21. The full texts and the notices of
 each module are in /opt/flowdeck/lib/runtime/legal/.

Files: /opt/flowdeck/lib/app/lib/*
Copyright: their authors, as named below
License: various
 The libraries in /opt/flowdeck/lib/app/lib/ and their licences (group:artifact:version - home page):
HEAD
grep -E '^\s+\(' "$third_party" | sed -E 's/^\s+/ /'
