#!/usr/bin/env bash
# The container image's base, built from Debian's own packages (no container registry needed):
# Debian 12 (bookworm) with OpenJDK 17's headless runtime, CA certificates and one font family (the
# results page draws its chart with them), written as a `docker save` tarball that Jib builds on.
# Needs mmdebstrap (Debian's package of the same name) and either root or user namespaces.
# Usage: base-image.sh <output.tar>
set -euo pipefail
out="$1"
work="$(dirname "$out")/base-image-work"
rm -rf "$work" && mkdir -p "$work"

mmdebstrap --quiet --mode=auto --variant=apt \
  --include=openjdk-17-jre-headless,ca-certificates,fonts-dejavu-core,fontconfig \
  --aptopt='APT::Install-Recommends "false"' \
  --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
  --customize-hook='rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/*' \
  bookworm "$work/layer.tar" http://deb.debian.org/debian

arch="$(dpkg --print-architecture)" # Debian and OCI name amd64 and arm64 alike
diff_id="sha256:$(sha256sum "$work/layer.tar" | cut -d' ' -f1)"
cat > "$work/config.json" <<JSON
{"architecture":"$arch","os":"linux",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=/usr/lib/jvm/java-17-openjdk-$arch","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created_by":"mmdebstrap --variant=apt bookworm: openjdk-17-jre-headless ca-certificates fonts-dejavu-core fontconfig"}]}
JSON
echo '[{"Config":"config.json","RepoTags":["akim-elections-base:bookworm-jre17"],"Layers":["layer.tar"]}]' > "$work/manifest.json"
tar -C "$work" -cf "$out" manifest.json config.json layer.tar
rm -rf "$work"
echo "Base image written to $out ($diff_id)"
