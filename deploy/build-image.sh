#!/usr/bin/env bash
# Builds the OncoTriage server container image as a tar, without a Docker daemon or a registry.
#
#   deploy/build-image.sh [--rebuild-base] [MAVEN_OPTION...]
#
# 1. The base image (target/image/oncotriage-base.tar, built once, then reused): a minimal Debian
#    bookworm (mmdebstrap's essential set) with OpenJDK 17's headless runtime and the user
#    oncotriage (uid and gid 10001), as one layer (umoci), saved in the format that Jib reads as a
#    tar:// base image (skopeo, docker-archive).
# 2. The image (server/target/oncotriage-server-image.tar): Jib's Maven plugin (profile `image` of
#    server/pom.xml) lays the dependencies, the bundled model, the resources and the classes on it.
#
# The image is named oncotriage-server:VERSION; -Dimage.name=NAME:TAG names it otherwise.
# Needs root (mmdebstrap's root mode) and Debian's mmdebstrap, umoci and skopeo, installed here
# when absent. Load the result with `docker load -i` or `podman load -i`, or push it with
# `skopeo copy docker-archive:server/target/oncotriage-server-image.tar docker://REGISTRY/NAME:TAG`.
set -euo pipefail
cd "$(dirname "$0")/.."

BASE=target/image/oncotriage-base.tar
BASE_TAG=oncotriage-base:bookworm-jre17
SUITE=bookworm

if [[ "${1:-}" == "--rebuild-base" ]]; then
  rm -f "$BASE"
  shift
fi
# What is left goes to Maven, e.g. -Dimage.name=registry.example/oncotriage-server:1.0
maven_options=("$@")

missing=()
for tool in mmdebstrap umoci skopeo; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "build-image: needs ${missing[*]} (Debian packages); run as root or install them" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

build_base() {
  local work
  work=$(mktemp -d)
  trap 'rm -rf "$work"' RETURN
  # File times and dates written by the tools (mmdebstrap, useradd) come from SOURCE_DATE_EPOCH.
  local last_change
  last_change=$(git log -1 --format=%ct -- deploy/build-image.sh 2>/dev/null || true)
  export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-${last_change:-$(date +%s)}}
  local created
  created=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%dT%H:%M:%SZ)
  # openjdk's postinst links its man page into /usr/share/man/man1, which the excludes leave out.
  mmdebstrap --quiet --variant=essential --mode=root \
    --include=openjdk-17-jre-headless,passwd \
    --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/doc/*' \
    --dpkgopt='path-include=/usr/share/doc/*/copyright' \
    --dpkgopt='path-exclude=/usr/share/locale/*' \
    --dpkgopt='path-exclude=/usr/share/info/*' \
    --essential-hook='mkdir -p "$1/usr/share/man/man1"' \
    --customize-hook='chroot "$1" groupadd --system --gid 10001 oncotriage' \
    --customize-hook='chroot "$1" useradd --system --uid 10001 --gid 10001 --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin oncotriage' \
    --customize-hook='install -d -m 0750 -o 10001 -g 10001 "$1/data"' \
    "$SUITE" "$work/rootfs.tar"
  umoci init --layout "$work/oci"
  umoci new --image "$work/oci:base"
  umoci raw add-layer --image "$work/oci:base" --history.created "$created" \
    --history.created_by "mmdebstrap --variant=essential $SUITE + openjdk-17-jre-headless" "$work/rootfs.tar"
  umoci config --image "$work/oci:base" --created "$created" --history.created "$created" \
    --config.env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    --config.user 10001:10001 --config.workingdir /data
  mkdir -p "$(dirname "$BASE")"
  skopeo copy --quiet "oci:$work/oci:base" "docker-archive:$BASE.part:$BASE_TAG"
  mv "$BASE.part" "$BASE"
}

start=$(date +%s)
if [[ ! -f "$BASE" ]]; then
  echo "build-image: building the base image $BASE"
  build_base
fi
echo "build-image: base $BASE ($(du -m "$BASE" | cut -f1) MB)"
./mvnw -B -q -Pimage -pl server -am package -DskipTests -Djib.disableUpdateChecks=true "${maven_options[@]}"
IMAGE=server/target/oncotriage-server-image.tar
echo "build-image: $IMAGE ($(du -m "$IMAGE" | cut -f1) MB) in $(($(date +%s) - start)) s"
