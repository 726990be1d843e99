#!/usr/bin/env bash
# Kill -9 soak: runs interviews in line mode and kills them with SIGKILL at random moments,
# KILLS times (default 200), half of them on a resumed case. Then checks that
#   1. every record parses (`ruta records` reports no unreadable file),
#   2. temporary files of killed saves are gone after the next start,
#   3. every record resumes (`ruta resume CODE --plain` exits 0),
#   4. no answer shown as taken is missing: line mode prints a screen only after the answers
#      before it are saved, so a run that showed "Step N" left at least N-1 answers on disk.
# Usage: scripts/kill-soak.sh [KILLS] [path/to/ruta]   (default: target/debug/ruta)
set -euo pipefail
shopt -s nullglob

kills=${1:-200}
ruta=${2:-target/debug/ruta}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

# Answers for ever: an option, then Enter (goes on from an info screen).
answers() { while :; do printf '1\n\n'; done; }

leftovers_seen=0
checked=0
for ((i = 1; i <= kills; i++)); do
    code=$(ls "$data/records" 2>/dev/null | grep -E '^[0-9A-Z]{4}-[0-9A-Z]{4}\.yaml$' | shuf -n 1 | sed 's/\.yaml$//' || true)
    if [[ -n "$code" && $((RANDOM % 2)) -eq 0 ]]; then
        args=(resume "$code")
    else
        args=(interview)
    fi
    answers | "$ruta" --plain --lang en --location hn --data-dir "$data" "${args[@]}" >"$data/out" 2>/dev/null &
    pid=$!
    # 0 to 1.5 s: during start-up, during the first save (fsync takes a while), between and
    # during later saves.
    sleep "$(awk -v r=$RANDOM 'BEGIN { printf "%.3f", (r % 1500) / 1000 }')"
    # The pipeline's ruta is the child of the subshell: kill the whole job's processes.
    pkill -KILL -P "$pid" 2>/dev/null || true
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    leftovers_seen=$((leftovers_seen + $(find "$data" -name '.ruta-*' | wc -l)))
    shown=$({ grep -o 'Step [0-9]*' "$data/out" || true; } | awk '{ if ($2 > max) max = $2 } END { print max + 0 }')
    if [[ "$shown" -gt 1 ]]; then
        [[ -n "$code" && "${args[0]}" == resume ]] || code=$(ls -t "$data/records" | grep -E '\.yaml$' | head -n 1 | sed 's/\.yaml$//')
        saved=$(grep -c '^- node:' "$data/records/$code.yaml" || true)
        if [[ "$saved" -lt $((shown - 1)) ]]; then
            echo "FAIL: kill $i showed step $shown of $code but only $saved answers are on disk"; exit 1
        fi
        checked=$((checked + 1))
    fi
done

records=$(find "$data/records" -name '*.yaml' | wc -l)
before=$(find "$data" -name '.ruta-*' | wc -l)
listing=$("$ruta" --data-dir "$data" records 2>&1 >/dev/null || true)
after=$(find "$data" -name '.ruta-*' | wc -l)
echo "kills: $kills; records: $records; temporary files seen after kills: $leftovers_seen; left before the next start: $before, after: $after"
if grep -q 'warning' <<<"$listing"; then
    echo "FAIL: unreadable records:"; echo "$listing"; exit 1
fi
if [[ "$after" -ne 0 ]]; then
    echo "FAIL: temporary files remain after the next start"; exit 1
fi
for file in "$data"/records/*.yaml; do
    code=$(basename "$file" .yaml)
    if ! printf 'quit\ny\n' | "$ruta" --plain --lang en --data-dir "$data" resume "$code" >/dev/null 2>&1; then
        echo "FAIL: $code does not resume"; exit 1
    fi
done
echo "ok: every record parses and resumes; no temporary file remains; $checked runs showed a step and kept every answer before it"
