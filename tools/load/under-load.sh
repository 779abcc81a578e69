#!/usr/bin/env bash
# Runs a command while CPU-bound processes keep the cores busy, as on a shared CI runner:
#   tools/load/under-load.sh npm test
#   LOAD_PROCESSES=4 tools/load/under-load.sh npm run test:reliability
# It starts LOAD_PROCESSES (default 2) busy loops at normal priority, runs the command, stops them
# (also on Ctrl+C or failure) and exits with the command's exit code. Prints the load average and
# the command's wall time at the end.
set -u
count="${LOAD_PROCESSES:-2}"
if [ "$#" -eq 0 ]; then
  echo "usage: tools/load/under-load.sh COMMAND [ARGS...]" >&2
  exit 2
fi
pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  wait "${pids[@]}" 2>/dev/null
}
trap stop EXIT
trap 'exit 130' INT TERM
for _ in $(seq "$count"); do
  node -e 'for (;;) {}' &
  pids+=("$!")
done
echo "under-load: $count CPU-bound processes started (pids ${pids[*]})" >&2
start=$(date +%s)
"$@"
status=$?
echo "under-load: '$*' exited $status after $(($(date +%s) - start)) s; load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
exit "$status"
