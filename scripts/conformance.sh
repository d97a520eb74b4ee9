#!/usr/bin/env bash
# Runs the outside SCIM suites (Microsoft's Postman collection, Okta's spec test) against a fresh
# scimdesk, each on its own new `standard` tenant. Not part of `pnpm test:all`: the suites live
# outside this repository. Usage: scripts/conformance.sh <conformance dir> [DATABASE_URL]
# (the directory holding run-ms-postman.sh and run-okta.sh; DATABASE_URL defaults to a temp SQLite file).
set -euo pipefail
suites="$(cd "${1:?conformance directory}" && pwd)"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
export DATABASE_URL="${2:-sqlite:$work/conformance.db}" LOG_LEVEL=warn PORT="${PORT:-18080}"
cd "$root/packages/server"
cli() { node --import tsx src/cli/main.ts "$@"; }
for t in ms okta; do
  cli tenant create "$t" --rules standard >/dev/null
  cli admin create scimops --tenant "$t" >/dev/null
  cli token create --tenant "$t" --owner scimops | tail -1 >"$work/$t.tok"
done
node --import tsx src/cli/main.ts serve >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 60); do curl -sf "localhost:$PORT/healthz" >/dev/null && break; sleep 0.5; done
base="http://127.0.0.1:$PORT/scim/v2"
echo "== Microsoft SCIM Postman collection"
"$suites/run-ms-postman.sh" "$base/ms" "$(cat "$work/ms.tok")" | grep -E "requests|assertions|AssertionError" || true
echo "== Okta SCIM 2.0 spec test (needs one group first)"
curl -sf -o /dev/null -X POST -H "authorization: Bearer $(cat "$work/okta.tok")" -H 'content-type: application/scim+json' \
  -d '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Okta seed group"}' "$base/okta/Groups"
"$suites/run-okta.sh" "$base/okta" "$(cat "$work/okta.tok")" | grep -E "FAIL|passed" || true
