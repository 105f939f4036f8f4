# Sourced by ./mvnw and .ci/run: Sakuin needs a JDK >= 21 (Lucene 10, Vaadin 25).
# Keeps JAVA_HOME when it already points at one; otherwise picks the newest JDK >= 21 found in
# the usual install locations, so that a machine whose default `java` is older still builds.
sakuin_java_feature() { # prints the feature release of the java binary $1, e.g. 25
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}
sakuin_select_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ] &&
    [ "$(sakuin_java_feature "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  best="" best_version=0
  case $- in *f*) set +f; sakuin_restore_noglob=1 ;; esac # mvnw runs with globbing off
  for home in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -x "$home/bin/javac" ] || continue
    version=$(sakuin_java_feature "$home/bin/java")
    if [ "${version:-0}" -ge 21 ] 2>/dev/null && [ "$version" -gt "$best_version" ]; then
      best=$home best_version=$version
    fi
  done
  [ -z "${sakuin_restore_noglob-}" ] || set -f
  if [ -n "$best" ]; then
    JAVA_HOME=$best
    export JAVA_HOME
  else
    echo "Sakuin needs a JDK 21 or newer: install one or set JAVA_HOME to it." >&2
    return 1
  fi
}
sakuin_select_jdk
