#!/usr/bin/env bash
# Runs the image tar without a container runtime, as Kubernetes would run the Deployment in
# deploy/kubernetes.yaml: the layers unpacked into a root file system that is mounted read-only,
# writable directories on /tmp and /data, the image's user, environment and entrypoint, and a memory
# limit (a cgroup) that the JVM sizes its heap from. Then it waits for /health/ready, triages one
# conversation, prints what it measured and stops the service.
#
#   deploy/try-image.sh [IMAGE_TAR] [--memory 2G] [--port 18080]
#
# Needs root (mount and pid namespaces, chroot, a memory cgroup), tar, jq and curl. A test key is
# set, so the service binds 127.0.0.1 on this machine's network with authentication on.
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE=server/target/oncotriage-server-image.tar
MEMORY=2G
PORT=18080
while (($#)); do
  case "$1" in
    --memory) MEMORY=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    -*) echo "usage: deploy/try-image.sh [IMAGE_TAR] [--memory 2G] [--port 18080]" >&2; exit 2 ;;
    *) IMAGE=$1; shift ;;
  esac
done
[[ -f "$IMAGE" ]] || { echo "try-image: no image tar at $IMAGE (run deploy/build-image.sh)" >&2; exit 1; }
[[ $(id -u) -eq 0 ]] || { echo "try-image: needs root (namespaces, chroot, a cgroup)" >&2; exit 1; }

WORK=$(mktemp -d)
CGROUP=""
# Stops what this script started: every process in its cgroup (SIGTERM: the service shuts down
# gracefully; SIGKILL after 40 s), then removes the cgroup and the unpacked image.
cleanup() {
  if [[ -n "$CGROUP" && -d "$CGROUP" ]]; then
    local pids
    for signal in TERM KILL; do
      pids=$(cat "$CGROUP/cgroup.procs")
      [[ -z "$pids" ]] && break
      kill -s "$signal" $pids 2>/dev/null || true
      for _ in $(seq 1 400); do
        [[ -z "$(cat "$CGROUP/cgroup.procs")" ]] && break
        sleep 0.1
      done
    done
    rmdir "$CGROUP"
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

tar -xf "$IMAGE" -C "$WORK" manifest.json
CONFIG=$(jq -r '.[0].Config' "$WORK/manifest.json")
tar -xf "$IMAGE" -C "$WORK" "$CONFIG"
ROOTFS=$WORK/rootfs
# Writable directories on disk, as Kubernetes' emptyDir volumes are (a tmpfs would count the
# libtorch that DJL extracts against the memory limit).
mkdir -p "$ROOTFS" "$WORK/volumes/tmp" "$WORK/volumes/data"
chmod 1777 "$WORK/volumes/tmp"
for layer in $(jq -r '.[0].Layers[]' "$WORK/manifest.json"); do
  tar -xOf "$IMAGE" "$layer" | tar -xz --warning=no-unknown-keyword -C "$ROOTFS"
done
chown "$(jq -r '.config.User' "$WORK/$CONFIG")" "$WORK/volumes/data"

USER_SPEC=$(jq -r '.config.User' "$WORK/$CONFIG")
mapfile -t ENTRYPOINT < <(jq -r '.config.Entrypoint[]' "$WORK/$CONFIG")
mapfile -t ENVIRONMENT < <(jq -r '.config.Env[]' "$WORK/$CONFIG")
KEY=try-image-$RANDOM$RANDOM
ENVIRONMENT+=("ONCOTRIAGE_API_KEYS=$KEY" "ONCOTRIAGE_HOST=127.0.0.1" "ONCOTRIAGE_PORT=$PORT")
echo "try-image: user=$USER_SPEC entrypoint=${ENTRYPOINT[*]}"
echo "try-image: rootfs $(du -sm "$ROOTFS" | cut -f1) MB unpacked; memory limit $MEMORY"

bytes=$(numfmt --from=iec "$MEMORY")
if [[ -d /sys/fs/cgroup/memory ]]; then
  CGROUP=/sys/fs/cgroup/memory/oncotriage-try-$$
  mkdir "$CGROUP"
  echo "$bytes" > "$CGROUP/memory.limit_in_bytes"
else
  CGROUP=/sys/fs/cgroup/oncotriage-try-$$
  mkdir "$CGROUP"
  echo "$bytes" > "$CGROUP/memory.max"
fi

cat > "$WORK/inside.sh" <<'INSIDE'
set -euo pipefail
rootfs=$1 volumes=$2 user=$3; shift 3
mount --bind "$rootfs" "$rootfs"
mount -o remount,bind,ro "$rootfs"
mount --bind "$volumes/tmp" "$rootfs/tmp"
mount --bind "$volumes/data" "$rootfs/data"
mount -t proc proc "$rootfs/proc"
mount --rbind /sys "$rootfs/sys"
exec chroot --userspec="$user" "$rootfs" env -i "$@"
INSIDE

# Runs a command in the image's root file system, user and environment, inside the memory cgroup.
# Call it in a subshell ($(...) or &): it moves that shell into the cgroup and replaces it.
in_container() {
  echo $BASHPID > "$CGROUP/cgroup.procs"
  exec unshare --mount --pid --fork --kill-child=SIGTERM --propagation private \
    bash "$WORK/inside.sh" "$ROOTFS" "$WORK/volumes" "$USER_SPEC" "${ENVIRONMENT[@]}" "$@"
}

# The entrypoint's JVM flags (everything before -cp), asked for the heap they give under the limit.
jvm_flags=()
for arg in "${ENTRYPOINT[@]:1}"; do
  [[ "$arg" == -cp ]] && break
  jvm_flags+=("$arg")
done
heap=$(in_container java "${jvm_flags[@]}" -XX:+PrintFlagsFinal -version 2>/dev/null \
  | awk '$2 == "MaxHeapSize" {print int($4 / 1048576)}')
echo "try-image: ${jvm_flags[*]} under a $MEMORY limit: max heap ${heap} MB"

start=$(date +%s%N)
in_container "${ENTRYPOINT[@]}" > "$WORK/server.log" 2>&1 &
SERVER_PID=$!

ready=""
for _ in $(seq 1 1200); do
  if curl -fs -o /dev/null "http://127.0.0.1:$PORT/health/ready"; then
    ready=$(( ($(date +%s%N) - start) / 1000000 ))
    break
  fi
  kill -0 "$SERVER_PID" 2>/dev/null || break
  sleep 0.1
done
if [[ -z "$ready" ]]; then
  echo "try-image: the service did not become ready; its log:" >&2
  tail -20 "$WORK/server.log" >&2
  exit 1
fi
echo "try-image: /health/ready 200 after ${ready} ms"
grep -m1 -o 'ready port=.*load_ms=[0-9]*' "$WORK/server.log" || true
uid=$(ps -eo uid=,args= | awk '$2 == "java" && /org\.oncotriage\.server\.ServerMain/ {print $1; exit}')
echo "try-image: the service runs as uid $uid on a read-only root file system"
curl -fsS "http://127.0.0.1:$PORT/v1/triage" -H "Authorization: Bearer $KEY" \
  -H 'Content-Type: application/json' \
  -d '{"id":"try-1","messages":[{"from":"patient","text":"Day 9 after carboplatin and I am running 101.2 with chills"}]}' \
  | jq -c '{id, route, urgent: .urgent.flag, rules: [.urgent.findings[].rule], model: .model.name}'
used=$(cat "$CGROUP/memory.usage_in_bytes" 2>/dev/null || cat "$CGROUP/memory.current")
echo "try-image: memory in use after one triage $((used / 1048576)) MB (the cgroup's count, page cache included)"
