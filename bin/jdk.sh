# Sourced by ./readout and .ci/run: points JAVA_HOME at a JDK 21 or newer.
# Order: $JAVA_HOME, the java on PATH, then the JDKs under /usr/lib/jvm and /opt (newest first).

readout_java_major() { # prints the feature version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1
}

readout_find_jdk() {
  local candidate major
  local -a candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for candidate in $(ls -d /usr/lib/jvm/*/ /opt/*jdk*/ /opt/java/*/ 2>/dev/null | sort -rV); do
    candidates+=("${candidate%/}")
  done
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(readout_java_major "$candidate/bin/java")
    major=${major#1.}
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  return 1
}

if ! READOUT_JDK=$(readout_find_jdk); then
  echo "readout: no JDK 21 or newer found (looked at JAVA_HOME, the javac on PATH, /usr/lib/jvm and /opt)." >&2
  echo "readout: install one (for example: apt-get install openjdk-21-jdk-headless) or set JAVA_HOME to it." >&2
  exit 1
fi
export JAVA_HOME="$READOUT_JDK"
READOUT_JAVA_MAJOR=$(readout_java_major "$JAVA_HOME/bin/java")
# Maven 3.8's bundled Guava warns about sun.misc.Unsafe on JDK 24+.
if [ "${READOUT_JAVA_MAJOR%%.*}" -ge 24 ] 2>/dev/null; then
  case "${MAVEN_OPTS:-}" in *sun-misc-unsafe*) ;; *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;; esac
fi
export PATH="$JAVA_HOME/bin:$PATH"
