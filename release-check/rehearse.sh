#!/usr/bin/env bash
# Release rehearsal, run by `mvn verify` in release-check (the last module of the reactor), or by hand after it:
#   1. rebuilds the published modules (ado4j-parent, the six modules, ado4j-bom) from source into
#      <module>/target/rebuild (tests neither compiled nor run) and deploys them with maven-deploy-plugin to a file repository,
#      release-check/target/staging-repo: a real deploy layout with maven-metadata.xml;
#   2. reproducibility: compares every main, -sources and -javadoc jar of that rebuild with the one the reactor built,
#      byte for byte, and fails naming the entries that differ;
#   3. checks the staged repository: each artifact's pom, jars, metadata, and that ado4j-bom lists exactly the
#      staged jar artifacts;
#   4. builds src/consumer (imports ado4j-bom) from the staged repository, the only place ado4j artifacts may come
#      from, and runs it on the module path, on the class path, and as a jlinked runtime image.
# The nested builds use their own local repository (target/local-repo); the caller's local repository (~/.m2) serves
# them as a read-only file repository for third-party jars and plugins, next to Maven Central. Nothing is written to
# the caller's local repository. Environment (set by release-check/pom.xml):
#   ROOT (the project root), WORK (release-check/target), MVN, JAVA_HOME, OUTER_REPO (the caller's local repository),
#   OFFLINE (true/false, also as offline=true/false), VERSION (the project version),
#   LIB_FLAGS (extra -D flags for the rebuild, e.g. javadoc's).
set -euo pipefail

: "${ROOT:?}" "${WORK:?}" "${MVN:?}" "${JAVA_HOME:?}" "${OUTER_REPO:?}" "${VERSION:?}"
OFFLINE="${OFFLINE:-false}"; OFFLINE="${OFFLINE#offline=}" # true or false
LIB_FLAGS="${LIB_FLAGS:-}"
here="$(cd "$(dirname "$0")" && pwd)"
java="$JAVA_HOME/bin/java"
modules=(ado.core ado.model ado.json ado.identity ado.oop ado.emulator)
staging="$WORK/staging-repo"
local_repo="$WORK/local-repo"
settings="$WORK/rehearsal-settings.xml"
started=$(date +%s)

fail() { echo "release-check: FAILED: $*" >&2; exit 1; }
elapsed() { echo $(( $(date +%s) - $1 )); }

# Never -o (the deploy plugin refuses to run offline): an offline caller gets no network repository instead.
mvn_flags=(-B -q -s "$settings" "-Dmaven.repo.local=$local_repo")
nested() { # log name, then mvn arguments; prints the log on failure
    local log="$WORK/$1.log"; shift
    JAVA_HOME="$JAVA_HOME" "$MVN" "${mvn_flags[@]}" "$@" >"$log" 2>&1 \
        || { tail -n 60 "$log" >&2; fail "nested build failed, full log: $log"; }
}

rm -rf "$staging" "$WORK/consumer" "$local_repo/io/github/ado4j" "$ROOT/target/rebuild" "$ROOT/ado4j-bom/target/rebuild"
for m in "${modules[@]}"; do
    rm -rf "${ROOT:?}/$m/target/rebuild" # a rebuild from scratch, never an up-to-date jar of an earlier run
done
mkdir -p "$WORK"
outer_url="file://$OUTER_REPO"
central_url=https://repo.maven.apache.org/maven2
if [[ "$OFFLINE" == true ]]; then
    central_url="$outer_url" # replaces the super POM's central: nothing goes to the network
fi
repos() { # the repositories of the nested builds; only the staged repository may serve snapshots
    local kind="$1" # repository or pluginRepository
    cat <<EOF
        <$kind><id>outer-local</id><url>$outer_url</url>
          <releases><enabled>true</enabled></releases><snapshots><enabled>false</enabled></snapshots></$kind>
        <$kind><id>central</id><url>$central_url</url>
          <releases><enabled>true</enabled></releases><snapshots><enabled>false</enabled></snapshots></$kind>
EOF
}
cat >"$settings" <<EOF
<settings>
  <profiles>
    <profile>
      <id>rehearsal</id>
      <repositories>
$(repos repository)
        <repository><id>rehearsal</id><url>file://$staging</url>
          <releases><enabled>true</enabled></releases><snapshots><enabled>true</enabled></snapshots></repository>
      </repositories>
      <pluginRepositories>
$(repos pluginRepository)
      </pluginRepositories>
    </profile>
  </profiles>
  <activeProfiles><activeProfile>rehearsal</activeProfile></activeProfiles>
</settings>
EOF

# 1. Rebuild and stage, as a release would (mvn deploy; the release profile adds only signing, skipped unless asked,
#    and the API site, so it is left out: its gpg plugin need not be in a warm ~/.m2 for offline builds).
t0=$(date +%s)
excluded='!jlink,!benchmarks,!release-check'
# shellcheck disable=SC2086 # LIB_FLAGS is a list of flags
nested rebuild -f "$ROOT/pom.xml" -pl "$excluded" deploy \
    -Dado.build.directory=target/rebuild "-Dado.staging.url=file://$staging" \
    -Dmaven.test.skip=true -Dmaven.install.skip=true $LIB_FLAGS
rebuild_s=$(elapsed "$t0")
echo "release-check: rebuilt and staged the published modules in $rebuild_s s"

# 2. Reproducibility: the reactor's jars and the rebuild's must be identical.
t0=$(date +%s)
compared=0
for m in "${modules[@]}"; do
    artifact="$(sed -n 's:^  <artifactId>\(.*\)</artifactId>.*:\1:p' "$ROOT/$m/pom.xml" | head -n 1)"
    for classifier in "" -sources -javadoc; do
        jar="$artifact-$VERSION$classifier.jar"
        [[ -f "$ROOT/$m/target/$jar" ]] || fail "$m/target/$jar is missing: build the modules first (mvn verify)"
        [[ -f "$ROOT/$m/target/rebuild/$jar" ]] || fail "the rebuild made no $m/target/rebuild/$jar"
        if ! cmp -s "$ROOT/$m/target/$jar" "$ROOT/$m/target/rebuild/$jar"; then
            "$java" "$here/src/check/JarDiff.java" "$ROOT/$m/target/$jar" "$ROOT/$m/target/rebuild/$jar" || true
            fail "$m/target/$jar is not reproducible: rebuilt from the same sources it differs (see above)"
        fi
        compared=$((compared + 1))
    done
done
echo "release-check: $compared jars (main, -sources, -javadoc of ${#modules[@]} modules) identical when rebuilt ($(elapsed "$t0") s)"

# 3. The staged repository: a deploy layout, every published artifact, and a BOM that lists exactly the jars.
group_dir="$staging/io/github/ado4j"
staged_jars=()
for m in "${modules[@]}"; do
    artifact="$(sed -n 's:^  <artifactId>\(.*\)</artifactId>.*:\1:p' "$ROOT/$m/pom.xml" | head -n 1)"
    staged_jars+=("$artifact")
done
for artifact in ado4j-parent ado4j-bom "${staged_jars[@]}"; do
    dir="$group_dir/$artifact/$VERSION"
    [[ -f "$group_dir/$artifact/maven-metadata.xml" && -f "$dir/maven-metadata.xml" ]] \
        || fail "$artifact: no maven-metadata.xml in the staged repository"
    ls "$dir"/*.pom >/dev/null 2>&1 || fail "$artifact: no pom staged"
done
for artifact in "${staged_jars[@]}"; do
    dir="$group_dir/$artifact/$VERSION"
    for classifier in "" -sources -javadoc; do
        ls "$dir/$artifact"-*"$classifier".jar 2>/dev/null | grep -q . || fail "$artifact: no $classifier jar staged"
    done
done
bom="$(ls "$group_dir/ado4j-bom/$VERSION"/*.pom | head -n 1)"
in_bom="$(sed -n '/<dependencyManagement>/,/<\/dependencyManagement>/s:.*<artifactId>\(.*\)</artifactId>.*:\1:p' "$bom" \
    | sort | tr '\n' ' ')"
expected="$(printf '%s\n' "${staged_jars[@]}" | sort | tr '\n' ' ')"
[[ "$in_bom" == "$expected" ]] || fail "ado4j-bom manages [$in_bom] but the published jars are [$expected]"
grep -q '<parent>' "$bom" && fail "ado4j-bom has a parent: importing it would import the parent's dependencyManagement"
# full metadata: the modules inherit it from ado4j-parent; ado4j-bom has no parent and carries its own
for artifact in ado4j-parent ado4j-bom; do
    pom="$(ls "$group_dir/$artifact/$VERSION"/*.pom | head -n 1)"
    for element in name description url licenses scm developers issueManagement; do
        grep -Eq "<$element[ >]" "$pom" || fail "the staged $artifact pom has no <$element>"
    done
done
echo "release-check: staged $(find "$staging" -type f -name '*.jar' | wc -l) jars and $(find "$staging" -type f -name '*.pom' | wc -l) poms with maven-metadata.xml in $staging"

# 4. The consumer, from the staged repository only.
t0=$(date +%s)
cp -r "$here/src/consumer" "$WORK/consumer"
rm -rf "$local_repo/io/github/ado4j"
nested consumer -f "$WORK/consumer/pom.xml" package "-Dado4j.version=$VERSION"
while IFS= read -r line; do # every ado4j file of the consumer's local repository came from the staged repository
    [[ "$line" == *'>rehearsal=' ]] || fail "an ado4j artifact was not resolved from the staged repository: $line"
done < <(find "$local_repo/io/github/ado4j" -name _remote.repositories -exec grep -h '>' {} +)
target="$WORK/consumer/target"
check_output() { # what, output, expected 'loaded as' line
    local what="$1" out="$2" loaded="$3"
    for expected in "ado.oop loaded as: $loaded" "json codec: ado.json." \
            "raw layer projects: " "object layer projects: " "Contoso-Web" "Fabrikam-Fiber-Git"; do
        [[ "$out" == *"$expected"* ]] || fail "the consumer on the $what lacks '$expected':"$'\n'"$out"
    done
    local raw objects
    raw="$(sed -n 's/^raw layer projects: //p' <<<"$out")"
    objects="$(sed -n 's/^object layer projects: //p' <<<"$out")"
    [[ "$raw" == "$objects" ]] || fail "the consumer on the $what: the layers disagree: $raw vs $objects"
    echo "release-check: consumer on the $what: ok ($raw; codec from ado.json)"
}
out="$("$java" -p "$target/consumer.jar:$target/modules" -m example.consumer/example.consumer.Main 2>&1)" \
    || fail "the consumer failed on the module path:"$'\n'"$out"
check_output "module path" "$out" "module ado.oop"
out="$("$java" -cp "$target/consumer.jar:$target/modules/*" example.consumer.Main 2>&1)" \
    || fail "the consumer failed on the class path:"$'\n'"$out"
check_output "class path" "$out" "class path"
if [[ -x "$JAVA_HOME/bin/jlink" ]]; then
    rm -rf "$target/image"
    # ado.json is bound by ServiceLoader, so it is named; no compression: this checks linking, not size
    "$JAVA_HOME/bin/jlink" -p "$target/consumer.jar:$target/modules" --add-modules example.consumer,ado.json \
        --launcher consumer=example.consumer/example.consumer.Main \
        --strip-debug --no-header-files --no-man-pages --output "$target/image" >"$WORK/jlink.log" 2>&1 \
        || { cat "$WORK/jlink.log" >&2; fail "jlink of the consumer failed"; }
    out="$("$target/image/bin/consumer" 2>&1)" || fail "the consumer's runtime image failed:"$'\n'"$out"
    check_output "jlinked image" "$out" "module ado.oop"
else
    echo "release-check: no jlink in $JAVA_HOME (a JRE?): the runtime image is SKIPPED"
fi
echo "release-check: consumer built and run in $(elapsed "$t0") s"
echo "release-check: done in $(elapsed "$started") s (rebuild and staging $rebuild_s s)"
