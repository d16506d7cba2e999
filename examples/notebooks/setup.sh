#!/usr/bin/env bash
# Installs what the notebooks and the browser check need, idempotently and quietly:
#   - Debian's chromium, jupyter-nbconvert and jupyter-client (apt-get, as root; skipped when present),
#   - the rapaio Java kernel jar from Maven Central (via ./mvnw dependency:copy),
#   - a kernelspec for it in examples/notebooks/target/jupyter (used through JUPYTER_PATH; nothing global).
# The kernel needs a JDK >= 21: $PARALLAX_KERNEL_JAVA, else Temurin 25, else the newest JDK >= 21 under /usr/lib/jvm.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
kernel_version="3.0.1"
target="$here/target"
log() { echo "notebooks/setup: $*"; }

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/jupyter-nbconvert ] || need+=(jupyter-nbconvert)
python3_has() { /usr/bin/python3 -c "import $1" >/dev/null 2>&1; }
python3_has jupyter_client || need+=(jupyter-client python3-jupyter-client)
python3_has nbclient || need+=(python3-nbclient)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    log "missing ${need[*]}; run as root (or: sudo apt-get install -y --no-install-recommends ${need[*]})" >&2
    exit 1
  fi
  log "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || { sleep 5; apt-get update -qq >/dev/null; }
  apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-dejavu-core >/dev/null \
    || { sleep 5; apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-dejavu-core >/dev/null; }
fi

jar="$target/kernel/rapaio-jupyter-kernel-$kernel_version.jar"
if [ ! -s "$jar" ]; then
  log "fetching io.github.padreati:rapaio-jupyter-kernel:$kernel_version from Maven Central"
  mkdir -p "$target/kernel"
  (cd "$root" && ./mvnw -q -B dependency:copy \
      -Dartifact="io.github.padreati:rapaio-jupyter-kernel:$kernel_version" \
      -DoutputDirectory="$target/kernel" </dev/null)
fi

java_bin="${PARALLAX_KERNEL_JAVA:-}"
if [ -z "$java_bin" ]; then
  for j in /usr/lib/jvm/temurin-25-jdk-amd64/bin/java $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
    if [ -x "$j" ]; then
      v="$("$j" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
      if [ -n "$v" ] && [ "${v%%.*}" -ge 21 ]; then java_bin="$j"; break; fi
    fi
  done
fi
if [ -z "$java_bin" ]; then
  log "no JDK >= 21 found under /usr/lib/jvm; set PARALLAX_KERNEL_JAVA" >&2
  exit 1
fi

spec="$target/jupyter/kernels/rapaio-jupyter-kernel"
mkdir -p "$spec"
cat > "$spec/kernel.json.tmp" <<JSON
{
  "argv": ["$java_bin", "-Xmx2g", "--add-opens", "jdk.jshell/jdk.jshell=ALL-UNNAMED", "-jar", "$jar", "{connection_file}"],
  "display_name": "Java (rapaio $kernel_version)",
  "language": "java",
  "interrupt_mode": "message",
  "env": {
    "RJK_COMPILER_OPTIONS": "",
    "RJK_INIT_SCRIPT": "",
    "RJK_TIMEOUT_MILLIS": "-1",
    "RJK_MIMA_CACHE": "$target/mima_cache"
  }
}
JSON
mv "$spec/kernel.json.tmp" "$spec/kernel.json"
log "kernel ready: $java_bin, $(basename "$jar")"
