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

# The PDF tests read reports back with Poppler (pdftotext, pdftoppm); without it they are skipped, saying so.
if [ ! -x /usr/bin/pdftotext ] && [ "$(id -u)" = "0" ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils) > "$logs/apt-poppler.log" 2>&1 || tail -n 20 "$logs/apt-poppler.log"
fi
[ -x /usr/bin/pdftotext ] || echo "note: poppler-utils is not installed, so the PDF text checks are skipped (apt-get install poppler-utils)"

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
  # The benchmark harness (bench/, not run here in full): 2k rows through a real `zeno serve` and both baselines,
  # so a changed API or a baseline that no longer gives Zeno's answers shows up. pandas only if already installed.
  echo "== bench smoke"
  if bench/run.sh --no-build --smoke --no-install > "$logs/bench-smoke.log" 2>&1; then
    echo "bench smoke: 1 passed, 0 failed"
    add_counts 1 0
  else
    tail -n 30 "$logs/bench-smoke.log"
    echo "bench smoke: 0 passed, 1 failed"
    add_counts 0 1
  fi
else
  echo "the .NET build failed"
  add_counts 0 1
fi

# Web suites: unit tests (vitest), then browser end-to-end tests in Debian's Chromium against a real `zeno serve`.
echo "== web unit tests"
if [ ! -f web/node_modules/.package-lock.json ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then
  (cd web && npm ci --no-audit --no-fund --loglevel=error) || add_counts 0 1
fi
(cd web && npx vitest run --passWithNoTests --reporter=default --reporter=json --outputFile.json="$logs/vitest.json") > "$logs/vitest.log" 2>&1
if [ -f "$logs/vitest.json" ]; then
  read -r p f < <(node -e 'const r=require(process.argv[1]); console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0))' "$logs/vitest.json")
  echo "web unit tests: $p passed, $f failed"
  [ "$f" -gt 0 ] && grep -E "FAIL|✗|×|AssertionError|Error:" "$logs/vitest.log" | head -40
  add_counts "$p" "$f"
else
  tail -n 30 "$logs/vitest.log"; add_counts 0 1
fi

echo "== browser tests"
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = "0" ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) > "$logs/apt.log" 2>&1 || tail -n 20 "$logs/apt.log"
fi
if [ -x /usr/bin/chromium ]; then
  (cd web && node --test --test-concurrency=1 --test-reporter=tap e2e/) > "$logs/e2e.log" 2>&1
  p="$(grep -E '^# pass ' "$logs/e2e.log" | awk '{print $3}')"
  f="$(grep -E '^# fail ' "$logs/e2e.log" | awk '{print $3}')"
  echo "browser tests: ${p:-0} passed, ${f:-1} failed"
  [ "${f:-1}" != "0" ] && grep -E "^not ok|error:|Error|expected|actual" "$logs/e2e.log" | head -40
  add_counts "${p:-0}" "${f:-1}"
else
  echo "browser tests: Chromium is not installed (apt-get install chromium) and could not be installed here"
  add_counts 0 1
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
