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
echo "== building"
if dotnet build Zeno.slnx -c Release -nologo -v q > "$logs/build.log" 2>&1 || { cat "$logs/build.log"; false; }; then
  for project in tests/*/*.Tests.csproj; do
    name="$(basename "$project" .csproj)"
    echo "== $name"
    dotnet test "$project" -c Release --no-build -nologo --results-directory "$logs" \
      --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" > "$logs/$name.log" 2>&1
    code=$?
    # Each failed test with its message, so a CI log shows what broke without opening the artifacts.
    grep -E "^\s+Failed |^\s+(Error Message|Assert\.)" "$logs/$name.log" | head -60
    counters="$(grep -o '<Counters [^>]*>' "$logs/$name.trx" 2>/dev/null)"
    if [ -n "$counters" ]; then
      p="$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")"
      f="$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")"
      echo "$name: $p passed, $f failed"
      add_counts "$p" "$f"
      if [ "$code" -ne 0 ] && [ "$f" -eq 0 ]; then tail -n 30 "$logs/$name.log"; add_counts 0 1; fi
    else
      tail -n 30 "$logs/$name.log"
      add_counts 0 1
    fi
  done
else
  echo "the .NET build failed"
  add_counts 0 1
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
