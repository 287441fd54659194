#!/usr/bin/env bash
# Runs every test suite and ends with one line: "N passed, N failed". Exits non-zero when anything fails.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
logs="$root/artifacts/test-logs"
rm -rf "$logs" && mkdir -p "$logs"
passed=0
failed=0

add_counts() { passed=$((passed + $1)); failed=$((failed + $2)); }

# .NET suites: build once, then run each test project; counts come from each run's summary line.
if dotnet build Zeno.slnx -c Release -nologo -v q -clp:ErrorsOnly; then
  for project in tests/*/*.Tests.csproj; do
    name="$(basename "$project" .csproj)"
    echo "== $name"
    dotnet test "$project" -c Release --no-build -nologo --logger "console;verbosity=normal" > "$logs/$name.log" 2>&1
    code=$?
    grep -E "^\s+Failed |^\s*(Error Message|Assert)" "$logs/$name.log" | head -40
    summary="$(grep -E "(Passed|Failed)!\s+-\s+Failed:" "$logs/$name.log" | tail -1)"
    echo "${summary:-no summary (see $logs/$name.log)}"
    if [ -n "$summary" ]; then
      f="$(sed -E 's/.*Failed:\s+([0-9]+),.*/\1/' <<<"$summary")"
      p="$(sed -E 's/.*Passed:\s+([0-9]+),.*/\1/' <<<"$summary")"
      add_counts "$p" "$f"
      if [ "$code" -ne 0 ] && [ "$f" -eq 0 ]; then add_counts 0 1; tail -30 "$logs/$name.log"; fi
    else
      tail -30 "$logs/$name.log"
      add_counts 0 1
    fi
  done
else
  echo "the .NET build failed"
  add_counts 0 1
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
