#!/usr/bin/env bash
# Assembles the root filesystem that the reference server's image adds on top of "scratch":
#   /opt/java                a Java runtime made by jlink from the build's JDK, holding only the modules the server uses
#   /lib/x86_64-linux-gnu    the shared libraries that runtime loads (found with ldd), and /lib64 its dynamic loader
#   /usr/lib/locale/C.utf8   glibc's C.UTF-8 locale, so that LANG=C.UTF-8 gives the JVM UTF-8 file names and output
#   /etc/passwd, /etc/group  the numeric user 10001 (home /tmp), so that the JVM can name the user it runs as
#   /tmp                     scratch space (an emptyDir on Kubernetes, where the root filesystem is read-only)
#
# Usage: runtime.sh OUTPUT_DIR JAVA_HOME
# A second run with the same JDK and module list reuses OUTPUT_DIR. Linux x86-64 only: the libraries come from the
# build machine, and the image is linux/amd64.
set -euo pipefail

out=${1:?usage: runtime.sh OUTPUT_DIR JAVA_HOME}
java_home=${2:?usage: runtime.sh OUTPUT_DIR JAVA_HOME}

# The modules the server needs: jdeps --print-module-deps over the shaded jar, plus jdk.crypto.ec (TLS key exchange
# with OpenAI, Stripe and Keycloak) and jdk.zipfs. Refresh the list with
#   jdeps -q --multi-release 17 --ignore-missing-deps --print-module-deps target/reference-server-*-all.jar
modules=java.base,java.desktop,java.instrument,java.naming,java.rmi,java.scripting,java.security.jgss
modules+=,java.security.sasl,java.sql,jdk.httpserver,jdk.management,jdk.unsupported,jdk.crypto.ec,jdk.zipfs

# Native libraries of java.desktop's graphics and sound: the server never loads them, so their X11, font and ALSA
# dependencies stay out of the image.
desktop_only='libawt.so|libawt_headless.so|libawt_xawt.so|libjawt.so|libfontmanager.so|libsplashscreen.so|libjsound.so|liblcms.so|libjavajpeg.so|libmlib_image.so'

fail() {
  echo "runtime.sh: $*" >&2
  exit 1
}

[[ $(uname -s) == Linux && $(uname -m) == x86_64 ]] \
  || fail "the image is built on Linux x86-64 (this is $(uname -s) $(uname -m))"
[[ -x $java_home/bin/jlink ]] || fail "no jlink in $java_home: build with a full JDK"
[[ -d $java_home/jmods ]] \
  || fail "$java_home has no jmods directory; on Debian or Ubuntu: apt-get install openjdk-17-jmods"
command -v ldd >/dev/null || fail "ldd is missing"

stamp="$("$java_home/bin/java" -version 2>&1 | tr '\n' ' ')|$modules"
if [[ -f $out/.stamp && $(cat "$out/.stamp") == "$stamp" ]]; then
  echo "runtime.sh: $out is up to date"
  exit 0
fi

rm -rf "$out"
mkdir -p "$out/opt" "$out/etc" "$out/tmp"
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$out/opt/java"

# Every library the runtime's own binaries link against, copied (symlinks resolved) to the path ldd found it at.
libraries=$(
  for binary in "$out/opt/java/bin/java" "$out/opt/java/lib/jspawnhelper" "$out"/opt/java/lib/server/*.so \
      "$out"/opt/java/lib/*.so; do
    [[ $(basename "$binary") =~ ^($desktop_only)$ ]] && continue
    ldd "$binary" | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\/.*ld-linux/ { print $1 }'
  done | sort -u | grep -v "^$out/"
)
[[ -n $libraries ]] || fail "ldd found no libraries"
for library in $libraries; do
  target="$out${library/#\/usr\/lib\//\/lib\/}"
  mkdir -p "$(dirname "$target")"
  cp -L "$library" "$target"
done
[[ -f $out/lib64/ld-linux-x86-64.so.2 ]] || fail "the dynamic loader /lib64/ld-linux-x86-64.so.2 was not found"

[[ -d /usr/lib/locale/C.utf8 ]] || fail "glibc's C.UTF-8 locale (/usr/lib/locale/C.utf8) is missing"
mkdir -p "$out/usr/lib/locale"
cp -R /usr/lib/locale/C.utf8 "$out/usr/lib/locale/"

cat > "$out/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/sbin/nologin
konqer:x:10001:10001:Konqer reference server:/tmp:/sbin/nologin
PASSWD
cat > "$out/etc/group" <<'GROUP'
root:x:0:
konqer:x:10001:
GROUP
cat > "$out/etc/nsswitch.conf" <<'NSS'
passwd: files
group: files
hosts: files dns
NSS

echo "$stamp" > "$out/.stamp"
echo "runtime.sh: $(du -sh "$out" | cut -f1) in $out ($(echo "$libraries" | wc -l) shared libraries)"
