#!/usr/bin/env bash
# Start and idle: how soon a launched server answers its first request, and how much memory it
# holds once it has served a few requests and idled.
#
#   bench/start-idle.sh [-n RUNS] [-i IDLE_SECONDS] [-p PORT] COMMAND [COMMAND...]
#
# Each COMMAND starts the server in the foreground from the repository root, as env(1) runs it
# (variables first, then the program and its arguments), e.g. 'java -jar engine-http/target/cairn-server.jar'
# or 'MALLOC_ARENA_MAX=2 java -XX:+UseSerialGC -jar ...'; give it as 'label=command' to name it
# in the report. The server gets its port and data folder from CAIRN_PORT and CAIRN_DATA (both read
# by the server as --port and --data), so the command itself is the one a user types. With several
# commands, the runs alternate (round 1 of each, then round 2 of each...), so a machine busy with
# something else slows them alike; the report gives each one's ratio to the first.
#
# Each round launches the command on a fresh data folder, then once more on the folder the first
# launch left behind. Each launch: the clock starts just before the process is created and stops
# when POST ListUserPools first answers 200 (polled every ~10 ms); then a few requests a developer
# would make (a pool, a client, a user with a password, a USER_PASSWORD_AUTH sign-in, ListUsers,
# AdminGetUser, the pool's JWKS); then IDLE_SECONDS of nothing; then VmRSS of the java process from
# /proc/PID/status. The report prints the median (and the range) of RUNS rounds.
set -euo pipefail

runs=5 idle=10 port=19300
while getopts n:i:p: opt; do
  case $opt in
    n) runs=$OPTARG ;; i) idle=$OPTARG ;; p) port=$OPTARG ;;
    *) sed -n '2,9p' "$0" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || { sed -n '2,9p' "$0" >&2; exit 2; }
cd "$(dirname "$0")/.."

labels=() commands=()
for c in "$@"; do
  if [[ $c =~ ^([A-Za-z0-9_.+-]+)=(.*)$ ]]; then labels+=("${BASH_REMATCH[1]}"); commands+=("${BASH_REMATCH[2]}")
  else labels+=("cmd${#labels[@]}"); commands+=("$c"); fi
done

work=$(mktemp -d /tmp/start-idle.XXXXXX)
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill -KILL -- "-$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

call() { # call OPERATION JSON: the body of a 200 answer, else fails
  curl -sf --max-time 10 -X POST "http://127.0.0.1:$port/" \
    -H "X-Amz-Target: AWSCognitoIdentityProviderService.$1" -H 'Content-Type: application/x-amz-json-1.1' -d "$2"
}

field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }

java_pid() { # the process itself if it is java, else its java descendant (a launcher that did not exec)
  local pid=$1 child
  if [ "$(cat /proc/"$pid"/comm 2>/dev/null)" = java ]; then echo "$pid"; return; fi
  for child in $(pgrep -P "$pid"); do java_pid "$child"; done
}

workload() {
  local pool client
  pool=$(call CreateUserPool '{"PoolName":"bench"}' | field Id)
  client=$(call CreateUserPoolClient '{"UserPoolId":"'"$pool"'","ClientName":"web","ExplicitAuthFlows":["ALLOW_USER_PASSWORD_AUTH","ALLOW_REFRESH_TOKEN_AUTH"]}' | field ClientId)
  call AdminCreateUser '{"UserPoolId":"'"$pool"'","Username":"alice","MessageAction":"SUPPRESS"}' >/dev/null
  call AdminSetUserPassword '{"UserPoolId":"'"$pool"'","Username":"alice","Password":"Corr3ct-Horse!","Permanent":true}' >/dev/null
  call InitiateAuth '{"ClientId":"'"$client"'","AuthFlow":"USER_PASSWORD_AUTH","AuthParameters":{"USERNAME":"alice","PASSWORD":"Corr3ct-Horse!"}}' | grep -q AccessToken
  call ListUsers '{"UserPoolId":"'"$pool"'"}' >/dev/null
  call AdminGetUser '{"UserPoolId":"'"$pool"'","Username":"alice"}' >/dev/null
  curl -sf --max-time 10 "http://127.0.0.1:$port/$pool/.well-known/jwks.json" | grep -q '"kid"'
}

launch() { # launch COMMAND DATA_DIR LOG: sets first_ms (launch to first answer) and rss_kb (after the idle)
  local t0 pid
  t0=$(now_ms)
  CAIRN_PORT=$port CAIRN_DATA=$2 setsid bash -c "exec env $1" >"$3" 2>&1 &
  server=$!
  until call ListUserPools '{"MaxResults":1}' >/dev/null 2>&1; do
    if ! kill -0 "$server" 2>/dev/null; then echo "the server exited; its output:" >&2; cat "$3" >&2; exit 1; fi
    if (( $(now_ms) - t0 > 60000 )); then echo "no answer within 60 s; its output:" >&2; cat "$3" >&2; exit 1; fi
    sleep 0.01
  done
  first_ms=$(( $(now_ms) - t0 ))
  workload || { echo "the workload failed; the server's output:" >&2; cat "$3" >&2; exit 1; }
  sleep "$idle"
  pid=$(java_pid "$server" | head -1)
  rss_kb=$(awk '/^VmRSS/ {print $2}' /proc/"${pid:-none}"/status 2>/dev/null || true)
  kill -TERM -- "-$server" 2>/dev/null || true
  for _ in $(seq 100); do kill -0 "$server" 2>/dev/null || break; sleep 0.2; done
  kill -KILL -- "-$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  server=""
}

measure() { # measure COMMAND DATA_DIR LOG fresh|existing: launch, again if the server vanished while idle
  local attempt
  for attempt in 1 2 3; do
    [ "$4" = fresh ] && rm -rf "$2"
    launch "$1" "$2" "$3"
    [ -n "$rss_kb" ] && return
    echo "the server was gone after its idle (killed by someone else?); launching it again" >&2
  done
  exit 1
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
range() { sort -n | awk 'NR==1 {lo=$1} {hi=$1} END {print lo "-" hi}'; }

for ((r = 1; r <= runs; r++)); do
  for i in "${!commands[@]}"; do
    measure "${commands[$i]}" "$work/data-$i" "$work/log-$i" fresh; fresh_ms=$first_ms fresh_rss=$rss_kb
    measure "${commands[$i]}" "$work/data-$i" "$work/log-$i" existing; again_ms=$first_ms again_rss=$rss_kb
    echo "$fresh_ms" >>"$work/fresh-ms-$i"; echo "$fresh_rss" >>"$work/fresh-rss-$i"
    echo "$again_ms" >>"$work/again-ms-$i"; echo "$again_rss" >>"$work/again-rss-$i"
    printf 'round %d %-12s first answer %5d ms fresh, %5d ms existing data; idle RSS %4d MB fresh, %4d MB existing\n' \
      "$r" "${labels[$i]}" "$fresh_ms" "$again_ms" $((fresh_rss / 1024)) $((again_rss / 1024)) >&2
  done
done

echo "Start and idle: median of $runs rounds (range), idle ${idle} s, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-12s %-22s %-22s %-18s %-18s %s\n' command "first answer, fresh" "first answer, existing" "idle RSS, fresh" "idle RSS, existing" "ratio to ${labels[0]} (time, RSS)"
for i in "${!commands[@]}"; do
  fm=$(median <"$work/fresh-ms-$i"); am=$(median <"$work/again-ms-$i")
  fr=$(( $(median <"$work/fresh-rss-$i") / 1024 )); ar=$(( $(median <"$work/again-rss-$i") / 1024 ))
  [ "$i" = 0 ] && { bm=$fm; br=$fr; }
  printf '%-12s %-22s %-22s %-18s %-18s %s\n' "${labels[$i]}" \
    "$fm ms ($(range <"$work/fresh-ms-$i"))" "$am ms ($(range <"$work/again-ms-$i"))" \
    "$fr MB ($(( $(sort -n "$work/fresh-rss-$i" | head -1) / 1024 ))-$(( $(sort -n "$work/fresh-rss-$i" | tail -1) / 1024 )))" \
    "$ar MB ($(( $(sort -n "$work/again-rss-$i" | head -1) / 1024 ))-$(( $(sort -n "$work/again-rss-$i" | tail -1) / 1024 )))" \
    "$(awk -v a="$fm" -v b="$bm" -v c="$fr" -v d="$br" 'BEGIN {printf "%.2f, %.2f", a / b, c / d}')"
  # With MEDIANS=FILE, the medians also go there as label, fresh ms, existing ms, fresh MB, existing MB (tab-separated).
  [ -n "${MEDIANS:-}" ] && printf '%s\t%s\t%s\t%s\t%s\n' "${labels[$i]}" "$fm" "$am" "$fr" "$ar" >>"$MEDIANS"
done
for i in "${!commands[@]}"; do echo "${labels[$i]}: ${commands[$i]}"; done
