#!/bin/bash
# Over HTTP, alternating: the server on H2 forced to disk (--durability machine), written to the OS only
# (--durability process) and in memory; AdminCreateUser with 1 and 16 connections. Usage: bench/durability-ab.sh [rounds]
# (SECS per figure, default 8). Needs wrk and a built engine-http/target/cairn.
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PORT=19331; SECS=${SECS:-8}; R=${1:-2}
call() { curl -s -X POST "localhost:$PORT/" -H "X-Amz-Target: AWSCognitoIdentityProviderService.$1" -H 'Content-Type: application/x-amz-json-1.1' -d "$2"; }
for r in $(seq $R); do for mode in machine process memory; do
  D=$(mktemp -d /tmp/cairn-dur-XXXX)
  args="--data $D/data --durability $mode"; [ $mode = memory ] && args="--memory"
  CAIRN_JAVA_OPTS=-Dcairn.bench.server=exp $ROOT/engine-http/target/cairn --port $PORT $args > $D/log 2>&1 &
  for i in $(seq 300); do curl -sf localhost:$PORT/health >/dev/null && break; sleep 0.1; done
  export POOL=$(call CreateUserPool '{"PoolName":"b"}' | python3 -c 'import sys,json;print(json.load(sys.stdin)["UserPool"]["Id"])')
  PREFIX=w wrk -t2 -c16 -d3s -s $ROOT/bench/wrk/admin-create-user.lua http://localhost:$PORT/ >/dev/null 2>&1
  c1=$(PREFIX=a wrk -t1 -c1 -d${SECS}s -s $ROOT/bench/wrk/admin-create-user.lua http://localhost:$PORT/ 2>&1 | awk '/Requests\/sec/{print $2}')
  c16=$(PREFIX=b wrk -t2 -c16 -d${SECS}s -s $ROOT/bench/wrk/admin-create-user.lua http://localhost:$PORT/ 2>&1 | awk '/Requests\/sec/{print $2}')
  echo "$r $mode c1 $c1 c16 $c16"
  pkill -f "cairn.bench.server=exp"; sleep 1; rm -rf $D
done; done
