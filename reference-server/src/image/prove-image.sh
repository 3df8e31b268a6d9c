#!/usr/bin/env bash
# Runs the reference server's container image without a container engine and checks that it serves.
#
# The image tar's layers are unpacked into a root filesystem; its entrypoint runs there as the image's user, in new
# mount and PID namespaces with /proc and /dev mounted, as a container runtime would start it, and as the Kubernetes
# manifests run it: the root filesystem read-only, a small tmpfs on /tmp (the manifests' emptyDir). The server is pointed
# at an external PostgreSQL: an embedded one that this script starts on loopback (shared with the "container"). Then
#   GET /health       must answer 200 with the database up,
#   GET /health/live  must answer 200,
#   SIGTERM           must stop the server with exit code 0 within its grace period.
#
# Usage (as root, on Linux, after `mvn -B -pl reference-server -am -Pimage package -DskipTests`):
#   reference-server/src/image/prove-image.sh [IMAGE_TAR]
# Environment: PROOF_PORT (default 4000, the image's port), PROOF_DB_PORT (default 54329).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
target=$(cd "$here/../.." && pwd)/target
image_tar=${1:-$target/jib/reference-server-image.tar}
port=${PROOF_PORT:-4000}
db_port=${PROOF_DB_PORT:-54329}

fail() {
  echo "prove-image: FAILED: $*" >&2
  exit 1
}
say() {
  echo "prove-image: $*"
}

[[ $(id -u) == 0 ]] || fail "run as root: unpacking the image and entering its root filesystem need it"
for tool in jq curl unshare tar java; do
  command -v "$tool" >/dev/null || fail "$tool is missing"
done
[[ -f $image_tar ]] || fail "no image at $image_tar: mvn -B -pl reference-server -am -Pimage package -DskipTests"
server_jar=$(ls "$target"/reference-server-*-all.jar 2>/dev/null | head -n 1)
[[ -n $server_jar && -f $target/test-classes/app/konqer/server/image/ImageProofDatabase.class ]] \
  || fail "build the module first (its shaded jar and test classes start the database)"
for p in "$port" "$db_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    fail "port $p is taken on this machine; choose another with PROOF_PORT or PROOF_DB_PORT"
  fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/konqer-image-proof.XXXXXX")
db_pid=
runner_pid=
cleanup() {
  [[ -n $runner_pid ]] && kill -KILL "$runner_pid" 2>/dev/null || true
  [[ -n $db_pid ]] && kill -TERM "$db_pid" 2>/dev/null && wait "$db_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# 1. The root filesystem, layer after layer, as the manifest lists them.
mkdir -p "$work/image" "$work/rootfs"
tar -xf "$image_tar" -C "$work/image"
config=$work/image/$(jq -r '.[0].Config' "$work/image/manifest.json")
while read -r layer; do
  tar --warning=no-unknown-keyword -xzf "$work/image/$layer" -C "$work/rootfs"
done < <(jq -r '.[0].Layers[]' "$work/image/manifest.json")
mkdir -p "$work/rootfs/proc" "$work/rootfs/dev"
mapfile -t entrypoint < <(jq -r '.config.Entrypoint[]' "$config")
mapfile -t image_env < <(jq -r '.config.Env[]' "$config")
user=$(jq -r '.config.User' "$config")
workdir=$(jq -r '.config.WorkingDir // "/"' "$config")
say "image $(du -h "$image_tar" | cut -f1) as a tar, $(du -sh "$work/rootfs" | cut -f1) unpacked," \
  "$(jq -r '.[0].Layers | length' "$work/image/manifest.json") layers; user $user; entrypoint ${entrypoint[*]}"

# 2. The database, on this machine's loopback.
java -cp "$target/test-classes:$server_jar" app.konqer.server.image.ImageProofDatabase "$db_port" "$work/postgres" \
  > "$work/db.log" 2>&1 &
db_pid=$!
for _ in $(seq 1 120); do
  grep -q '^ready ' "$work/db.log" && break
  kill -0 "$db_pid" 2>/dev/null || { cat "$work/db.log" >&2; fail "the database did not start"; }
  sleep 1
done
jdbc_url=$(sed -n 's/^ready //p' "$work/db.log")
[[ -n $jdbc_url ]] || fail "the database did not start within 120 s"
say "PostgreSQL at $jdbc_url"
say "starting the entrypoint as $user in $workdir, root filesystem read-only, tmpfs on /tmp"

# 3. The image's entrypoint, as its user, in its root filesystem, with only its environment and the deployment's.
container_env=("${image_env[@]}"
  "PORT=$port"
  "KONQER_DATABASE_URL=$jdbc_url"
  "KONQER_DATABASE_USER=postgres"
  "KONQER_DATABASE_PASSWORD=not-checked-by-the-proof-database"
  "KONQER_JWT_ISSUER=https://login.example.com/realms/konqer"
  "KONQER_JWT_JWKS_URL=https://login.example.com/realms/konqer/protocol/openid-connect/certs"
  "KONQER_SHUTDOWN_GRACE_SECONDS=5")
started=$(date +%s%N)
env -i "${container_env[@]}" unshare --mount --pid --fork --kill-child -- /bin/sh -c '
  root=$1 workdir=$2 user=$3
  shift 3
  mount --bind "$root" "$root" && mount --rbind /dev "$root/dev" && mount -t proc proc "$root/proc" \
    && mount -t tmpfs -o mode=1777,size=64m tmpfs "$root/tmp" && mount -o remount,bind,ro "$root" || exit 97
  exec unshare --root="$root" --wd="$workdir" --setuid="${user%%:*}" --setgid="${user##*:}" -- "$@"
' proof "$work/rootfs" "$workdir" "$user" "${entrypoint[@]}" > "$work/server.log" 2>&1 &
runner_pid=$!

health=
for _ in $(seq 1 240); do
  health=$(curl -s -o "$work/health.json" -w '%{http_code}' "http://127.0.0.1:$port/health" || true)
  [[ $health == 200 ]] && break
  kill -0 "$runner_pid" 2>/dev/null || { cat "$work/server.log" >&2; fail "the server exited"; }
  sleep 0.25
done
ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
[[ $health == 200 ]] || { cat "$work/server.log" >&2; fail "/health answered $health"; }
say "GET /health -> 200 $(cat "$work/health.json") after ${ready_ms} ms"
live=$(curl -s -o "$work/live.json" -w '%{http_code}' "http://127.0.0.1:$port/health/live")
[[ $live == 200 ]] || fail "/health/live answered $live"
say "GET /health/live -> 200 $(cat "$work/live.json")"
java_pid=$(ps -o pid= --ppid "$runner_pid" | head -n 1 | tr -d ' ')
say "the server runs as $(ps -o user=,comm= -p "$java_pid" | tr -s ' '), $(( $(ps -o rss= -p "$java_pid") / 1024 )) MiB resident"

# 4. A graceful stop.
kill -TERM "$java_pid"
for _ in $(seq 1 60); do
  kill -0 "$runner_pid" 2>/dev/null || break
  sleep 0.25
done
kill -0 "$runner_pid" 2>/dev/null && fail "the server did not stop within 15 s of SIGTERM"
set +e
wait "$runner_pid"
code=$?
set -e
runner_pid=
[[ $code == 0 ]] || { cat "$work/server.log" >&2; fail "the server exited with $code after SIGTERM"; }
grep -q 'Konqer stopped' "$work/server.log" || fail "the server did not log its orderly stop"
say "SIGTERM -> stopped, exit code 0"
say "server log:"
sed 's/^/  | /' "$work/server.log"
say "PASSED"
