#!/usr/bin/env bash
# Builds jlinked runtime images of the ado4j demo on the JDK in use (JAVA_HOME, else the `java` on PATH):
#   floor   java.base + java.net.http (+ jdk.crypto.ec below JDK 22): the bar image (a) is measured against
#   a-core  ado.demo with ado.oop, ado.model, ado.core (no emulator, no Jackson)
#   b-json  a-core + ado.json + Jackson (named explicitly: jlink does not bind services)
#   c-cds   a-core + a CDS archive (--generate-cds-archive), only with --cds
# It prints each image's size, fails if image a-core is more than 1.5 MB larger than the floor, and fails if an
# image does not start. With --smoke it also starts the emulator in its own process and runs every demo image against
# it (AZURE_DEVOPS_ORG / AZURE_DEVOPS_EXT_PAT), checking that the projects are listed. With --startup[=N] (implies
# --cds) it also links `hello` (a hello-world java.net.http GET, jlink/src/hello, floor modules) and `hello-cds`, and
# times N interleaved rounds (default 10) of each image's process from start to exit after its first request against
# the emulator (demo images run `ado-demo --first-request`), printing medians and the ratios: a benchmark, never
# a pass/fail check. It also trains an AppCDS archive for c-cds (one first request) and times `c-appcds`; on JDK 25
# and later it also trains an AOT cache (JEP 514) for a-core and times `a-core-aot`;
# with node and the emulator's pinned azure-devops-node-api installed it times Node's client too (src/node).
#
# Needs the module jars first: mvn -B -q -pl jlink -am -DskipTests package   (`mvn -B verify` runs this script
# with --smoke --cds). Without jlink in the JDK it says so and exits 0.
set -euo pipefail

smoke=false
cds=false
startup=0
for arg in "$@"; do
    case "$arg" in
        --smoke) smoke=true ;;
        --cds) cds=true ;;
        --startup) startup=10; cds=true ;;
        --startup=*) startup="${arg#--startup=}"; cds=true
            [[ "$startup" =~ ^[1-9][0-9]*$ ]] || { echo "build.sh: --startup=N needs a positive count, got '$startup'" >&2; exit 64; } ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) echo "build.sh: unknown option $arg (use --smoke, --cds, --startup[=N])" >&2; exit 64 ;;
    esac
done

here="$(cd "$(dirname "$0")" && pwd)"
target="$here/target"
modules="$target/modules"
images="$target/images"
max_extra_bytes=1500000

if [[ -z "${JAVA_HOME:-}" ]]; then
    JAVA_HOME="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')"
fi
java="$JAVA_HOME/bin/java"
jlink="$JAVA_HOME/bin/jlink"
if [[ ! -x "$jlink" ]]; then
    echo "build.sh: SKIPPED: no jlink in $JAVA_HOME (a JRE?); set JAVA_HOME to a JDK to build the images"
    exit 0
fi

demo_jar="$(ls "$target"/ado4j-demo-*.jar 2>/dev/null | grep -v -e '-sources' -e '-javadoc' | head -n 1 || true)"
if [[ -z "$demo_jar" || ! -d "$modules" ]]; then
    echo "build.sh: no module jars in $target; run first: mvn -B -q -pl jlink -am -DskipTests package" >&2
    exit 1
fi
module_path="$demo_jar:$modules"

version="$("$jlink" --version)"
feature="${version%%[.+-]*}"
flags=(--strip-debug --no-header-files --no-man-pages)
tls=()
if (( feature >= 21 )); then
    flags+=(--compress=zip-9)      # "2" is deprecated from JDK 21 on
else
    flags+=(--compress=2)          # zip-N is not known before JDK 21
fi
if (( feature < 22 )); then
    tls=(jdk.crypto.ec)            # SunEC: TLS to real servers fails without it; part of java.base from JDK 22 on
fi
join() { local IFS=,; echo "$*"; }
# The demo and hello images are short-lived command-line programs: baked-in JVM options (jlink --add-options) keep
# the JIT to C1 (no C2 compiler threads competing for the cores during the first second) and skip the hsperfdata
# file. A long-running service linked the same way would leave these out: C2 is what makes it fast later.
cli=(--add-options="-XX:TieredStopAtLevel=1 -XX:-UsePerfData")

link() { # name, modules, extra jlink options...; runs in the background, output in target/images/<name>.log
    local name="$1" add="$2"; shift 2
    rm -rf "${images:?}/$name"
    "$jlink" --module-path "$module_path" --add-modules "$add" "${flags[@]}" "$@" --output "$images/$name" \
        >"$images/$name.log" 2>&1 &
    pids+=("$!:$name")
}

size() { du -sb "$1" | cut -f1; }
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }

started=$(date +%s)
mkdir -p "$images"
echo "build.sh: JDK $version at $JAVA_HOME, flags: ${flags[*]}${tls:+, plus ${tls[*]}}"

pids=()
link floor "$(join java.base java.net.http "${tls[@]}")"
link a-core "$(join ado.demo "${tls[@]}")" --launcher ado-demo=ado.demo/ado.demo.Demo "${cli[@]}"
link b-json "$(join ado.demo ado.json "${tls[@]}")" --launcher ado-demo=ado.demo/ado.demo.Demo "${cli[@]}"
demo_images=(a-core b-json)
if $cds; then
    # Its log has harmless warnings about java.logging classes the default class list names: no java.logging here.
    link c-cds "$(join ado.demo "${tls[@]}")" --launcher ado-demo=ado.demo/ado.demo.Demo --generate-cds-archive \
        "${cli[@]}"
    demo_images+=(c-cds)
fi
if (( startup > 0 )); then
    # The start-up bar: a hello-world GET on the floor's modules, linked with the same flags (and once with CDS).
    rm -rf "$target/hello-classes" && mkdir -p "$target/hello-classes"
    "$JAVA_HOME/bin/javac" --release 17 -d "$target/hello-classes" $(find "$here/src/hello/java" -name '*.java')
    "$JAVA_HOME/bin/jar" --create --file "$target/hello.jar" -C "$target/hello-classes" .
    module_path="$module_path:$target/hello.jar"
    link hello "$(join ado.hello "${tls[@]}")" --launcher hello=ado.hello/ado.hello.Hello "${cli[@]}"
    link hello-cds "$(join ado.hello "${tls[@]}")" --launcher hello=ado.hello/ado.hello.Hello --generate-cds-archive \
        "${cli[@]}"
fi
for entry in "${pids[@]}"; do
    wait "${entry%%:*}" || { cat "$images/${entry#*:}.log" >&2; echo "build.sh: FAILED to link ${entry#*:}" >&2; exit 1; }
done
if $cds; then
    rm -f "$images"/{c-cds,hello-cds}/lib/server/classes_nocoops.jsa # used only with heaps over 32 GB
fi
echo "build.sh: linked ${#pids[@]} images in $(( $(date +%s) - started )) s"

fail() { echo "build.sh: FAILED: $*" >&2; exit 1; }

# Every image must start: the floor runs java -version; the demo images, with no organisation and no emulator in
# the image, must explain what to set and exit with status 2.
"$images/floor/bin/java" -version >/dev/null 2>&1 || fail "floor image does not start"
for name in "${demo_images[@]}"; do
    set +e
    out="$(env -u AZURE_DEVOPS_ORG -u SYSTEM_TEAMFOUNDATIONCOLLECTIONURI "$images/$name/bin/ado-demo" 2>&1)"
    status=$?
    set -e
    [[ $status -eq 2 && "$out" == *"set AZURE_DEVOPS_ORG"* ]] || fail "$name does not start (status $status): $out"
done
if $cds; then
    "$images/c-cds/bin/java" -Xshare:on -version >/dev/null 2>&1 || fail "c-cds does not start with its CDS archive"
fi
for name in "${demo_images[@]}"; do # the baked-in options are in effect
    level="$("$images/$name/bin/java" -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 == "TieredStopAtLevel" { print $4 }')"
    [[ "$level" == 1 ]] || fail "$name runs without its command-line JVM options (TieredStopAtLevel=$level)"
done

echo
printf '%-8s %10s  %s\n' image size modules
for name in floor "${demo_images[@]}"; do
    printf '%-8s %10s  %s\n' "$name" "$(mb "$(size "$images/$name")")" \
        "$("$images/$name/bin/java" --list-modules | sed 's/@.*//' | tr '\n' ' ')"
done
floor_bytes=$(size "$images/floor")
core_bytes=$(size "$images/a-core")
extra=$((core_bytes - floor_bytes))
echo "a-core - floor = $(mb "$extra") ($extra bytes; the bar is $(mb "$max_extra_bytes"))"
(( extra <= max_extra_bytes )) || fail "image a-core is $(mb "$extra") larger than the floor image"

start_emulator() { # sets url, pat and emulator_pid; the emulator runs in its own process until stop_emulator
    emulator_out="$target/emulator.out"
    emulator_path="$(ls "$modules"/ado-emulator-*.jar):$(ls "$modules"/ado-core-*.jar)"
    "$java" -p "$emulator_path" -m ado.emulator --port 0 >"$emulator_out" 2>&1 &
    emulator_pid=$!
    trap 'kill "$emulator_pid" 2>/dev/null || true' EXIT
    for _ in $(seq 1 600); do # up to 60 s on a loaded machine
        grep -q 'PAT:' "$emulator_out" && break
        kill -0 "$emulator_pid" 2>/dev/null || fail "the emulator did not start: $(cat "$emulator_out")"
        sleep 0.1
    done
    url="$(sed -n 's/^ *organisation URL: *//p' "$emulator_out")"
    pat="$(sed -n 's/^ *PAT: *//p' "$emulator_out")"
    [[ -n "$url" && -n "$pat" ]] || fail "no URL and PAT from the emulator within 60 s: $(cat "$emulator_out")"
}

stop_emulator() {
    kill "$emulator_pid" 2>/dev/null || true
    wait "$emulator_pid" 2>/dev/null || true
    trap - EXIT
}

if $smoke; then
    start_emulator
    echo
    echo "smoke test against the emulator at $url (pid $emulator_pid)"
    for name in "${demo_images[@]}"; do
        codec=ado.core
        [[ "$name" == b-json ]] && codec=ado.json
        set +e
        out="$(AZURE_DEVOPS_ORG="$url" AZURE_DEVOPS_EXT_PAT="$pat" "$images/$name/bin/ado-demo" 2>&1)"
        status=$?
        set -e
        for expected in "(read-only)" "JSON codec from module $codec" "  Fabrikam-Fiber-Git" "  Contoso-Web"; do
            [[ $status -eq 0 && "$out" == *"$expected"* ]] \
                || fail "$name against the emulator (status $status) lacks '$expected':"$'\n'"$out"
        done
        echo "  $name: ok (lists the projects; JSON codec from $codec)"
    done
    stop_emulator
fi

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

if (( startup > 0 )); then
    start_emulator
    echo
    echo "start-up: $startup interleaved rounds (after one warm-up round) against the emulator at $url"
    timed=(hello hello-cds a-core c-cds)
    # AppCDS (JDK 13 and later): a dynamic archive of the classes and lambdas of one training run of the first
    # request, on top of c-cds's default archive; what JDK 17 has instead of an AOT cache. From JDK 25 on the AOT
    # cache below replaces it (and JDK 25 refuses the image's base archive's module handling for a run with -m).
    app_archive="$images/c-cds-app.jsa"
    if (( feature < 25 )); then
        rm -f "$app_archive"
        AZURE_DEVOPS_ORG="$url" AZURE_DEVOPS_EXT_PAT="$pat" "$images/c-cds/bin/java" -XX:ArchiveClassesAtExit="$app_archive" \
            -m ado.demo/ado.demo.Demo --first-request >"$images/c-appcds-training.log" 2>&1 \
            || fail "the AppCDS training run failed: $(cat "$images/c-appcds-training.log")"
        [[ -s "$app_archive" ]] || fail "the AppCDS training run wrote no archive: $(cat "$images/c-appcds-training.log")"
        echo "AppCDS archive for c-cds: $(mb "$(size "$app_archive")")"
        timed+=(c-appcds)
    fi
    aot_cache="$images/a-core.aot"
    if (( feature >= 25 )); then
        # JDK 25's one-step AOT cache (JEP 514): one training run of the first request, then every timed run maps it.
        rm -f "$aot_cache"
        AZURE_DEVOPS_ORG="$url" AZURE_DEVOPS_EXT_PAT="$pat" "$images/a-core/bin/java" -XX:AOTCacheOutput="$aot_cache" \
            -m ado.demo/ado.demo.Demo --first-request >"$images/a-core-aot-training.log" 2>&1 \
            || fail "the AOT training run failed: $(cat "$images/a-core-aot-training.log")"
        [[ -s "$aot_cache" ]] || fail "the AOT training run wrote no cache: $(cat "$images/a-core-aot-training.log")"
        echo "AOT cache for a-core: $(mb "$(size "$aot_cache")")"
        # The same for the bar, so that a-core-aot / hello-aot is ado4j's own share once both are archived.
        hello_aot="$images/hello.aot"
        rm -f "$hello_aot"
        AZURE_DEVOPS_ORG="$url" AZURE_DEVOPS_EXT_PAT="$pat" "$images/hello/bin/java" -XX:AOTCacheOutput="$hello_aot" \
            -m ado.hello/ado.hello.Hello >"$images/hello-aot-training.log" 2>&1 \
            || fail "the AOT training run of hello failed: $(cat "$images/hello-aot-training.log")"
        timed+=(hello-aot a-core-aot)
    fi
    node_modules="$here/../ado.emulator/src/test/node/node_modules"
    if command -v node >/dev/null && [[ -d "$node_modules/azure-devops-node-api" ]]; then
        timed+=(node)
    else
        echo "no node, or no azure-devops-node-api in $node_modules (npm ci there): Node's client not timed"
    fi
    declare -A times=() cpus=()
    timer=()
    if [[ -x /usr/bin/time ]]; then timer=(/usr/bin/time -f "%U %S" -o "$images/cpu.txt"); fi
    for round in $(seq 0 "$startup"); do
        for name in "${timed[@]}"; do
            case "$name" in
                hello-aot) cmd=("$images/hello/bin/java" -XX:AOTCache="$hello_aot" -XX:AOTMode=on
                                -m ado.hello/ado.hello.Hello) ;;
                hello*) cmd=("$images/$name/bin/hello") ;;
                c-appcds) cmd=("$images/c-cds/bin/java" -XX:SharedArchiveFile="$app_archive" -Xshare:auto
                               -m ado.demo/ado.demo.Demo --first-request) ;;
                a-core-aot) cmd=("$images/a-core/bin/java" -XX:AOTCache="$aot_cache" -XX:AOTMode=on
                                 -m ado.demo/ado.demo.Demo --first-request) ;;
                node) cmd=(env NODE_PATH="$node_modules" node "$here/src/node/first-request.js") ;;
                *) cmd=("$images/$name/bin/ado-demo" --first-request) ;;
            esac
            t0=$(date +%s%N)
            out="$(AZURE_DEVOPS_ORG="$url" AZURE_DEVOPS_EXT_PAT="$pat" "${timer[@]}" "${cmd[@]}" 2>&1)" \
                || fail "$name failed its first request: $out"
            t1=$(date +%s%N)
            [[ "$out" == "first request: "* ]] || fail "$name printed no first request: $out"
            (( round == 0 )) || times[$name]+="$(( (t1 - t0) / 1000 )) "
            if (( round > 0 )) && [[ ${#timer[@]} -gt 0 ]]; then
                cpus[$name]+="$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$images/cpu.txt") "
            fi
        done
    done
    stop_emulator
    declare -A med=()
    printf '%-10s %12s %14s  %s\n' image "median ms" "median CPU ms" "all runs, ms"
    for name in "${timed[@]}"; do
        med[$name]=$(tr ' ' '\n' <<<"${times[$name]}" | grep . | median)
        cpu="-"
        if [[ -n "${cpus[$name]:-}" ]]; then cpu=$(tr ' ' '\n' <<<"${cpus[$name]}" | grep . | median); fi
        printf '%-10s %12s %14s  %s\n' "$name" "$(awk -v u="${med[$name]}" 'BEGIN { printf "%.1f", u / 1000 }')" "$cpu" \
            "$(tr ' ' '\n' <<<"${times[$name]}" | grep . | awk '{ printf "%.0f ", $1 / 1000 }')"
    done
    ratio() { awk -v a="${med[$1]}" -v b="${med[$2]}" 'BEGIN { printf "%.2fx", a / b }'; }
    echo "c-cds / hello     = $(ratio c-cds hello) (the bar: <= 2.50x)"
    echo "c-cds / hello-cds = $(ratio c-cds hello-cds)"
    echo "a-core / hello    = $(ratio a-core hello)"
    if [[ -n "${med[a-core-aot]:-}" ]]; then echo "a-core-aot / hello-aot = $(ratio a-core-aot hello-aot)"; fi
    if [[ -n "${med[node]:-}" ]]; then
        bar=""
        if (( feature < 25 )); then bar=" (the bar on JDK 17 with CDS: <= 2.00x)"; fi
        echo "c-cds / node      = $(ratio c-cds node)"
        if [[ -n "${med[c-appcds]:-}" ]]; then echo "c-appcds / node   = $(ratio c-appcds node)$bar"; fi
        if [[ -n "${med[a-core-aot]:-}" ]]; then
            echo "a-core-aot / node = $(ratio a-core-aot node) (the bar on JDK 25 with an AOT cache: <= 1.50x)"
            echo "hello-aot / node  = $(ratio hello-aot node) (the JDK's own share: a plain java.net.http GET)"
        fi
    fi
fi
echo "build.sh: done in $(( $(date +%s) - started )) s; images in $images"
