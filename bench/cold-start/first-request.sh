#!/usr/bin/env bash
# Starts the cold-start app ("$@"), sends GET / with the bearer token until an answer comes, and stops the app.
# Exits 0 only when the first answer is a 200 (the token validated); what hyperfine times is this whole script: process
# start to first answered request, plus the few milliseconds of bash around it (the same for every variant).
# Needs COLDSTART_URL (http://127.0.0.1:PORT) and COLDSTART_TOKEN; the app reads its own COLDSTART_* settings.
set -u
port=${COLDSTART_URL##*:}
"$@" > /dev/null 2>&1 &
app=$!
status=""
# Bash's /dev/tcp: no process per attempt, so the polling itself is cheap (a refused connect returns at once).
for _ in $(seq 1 200000); do
  if { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; then
    printf 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer %s\r\nConnection: close\r\n\r\n' "$COLDSTART_TOKEN" >&3
    read -r _ status _ <&3
    exec 3<&-
    break
  fi
  kill -0 "$app" 2>/dev/null || break
done
kill "$app" 2>/dev/null
wait "$app" 2>/dev/null
[ "$status" = "200" ] || { echo "first answer was '${status:-none}', not 200" >&2; exit 1; }
