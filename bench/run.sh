#!/usr/bin/env bash
# The benchmark suite of issue 6, in one command. See bench/README.md for what it measures and the latest figures.
#   bench/run.sh                     1M and 10M rows: about 15 minutes on 2 idle cores; writes bench/results/ and bench/README.md
#   bench/run.sh --rows 100k,1M      other sizes (k and M suffixes)
#   bench/run.sh --quick             20k rows, few repeats, in about a minute: checks that the harness works
#                                    (results in artifacts/bench/, README untouched; exits 1 if an engine disagrees)
#   bench/run.sh --smoke             2k rows, one sample each, no pipeline measures: the check ./test.sh runs
#   bench/run.sh --no-build          use the harness and the CLI already built by `dotnet build` (./test.sh builds them);
#                                    without it the CLI measured is the one ./zeno builds, as users run it
#   bench/run.sh --no-pandas         skip the pandas baseline
#   bench/run.sh --no-install        use pandas if it is there, but do not apt-get install it
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

build=1
pandas=1
install=1
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --no-pandas) pandas=0 ;;
    --no-install) install=0 ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) args+=("$arg") ;;
  esac
done

if [ "$build" = 1 ]; then
  echo "building the CLI and the harness (Release)..." >&2
  mkdir -p artifacts
  dotnet build bench/Zeno.Bench -c Release -nologo -v q > artifacts/bench-build.log 2>&1 \
    || { grep -E "error" artifacts/bench-build.log >&2 || cat artifacts/bench-build.log >&2; exit 2; }
  # The CLI as users run it: ./zeno builds it (ReadyToRun) into artifacts/cli when a source changed.
  ./zeno --help > /dev/null || exit 2
  args+=(--cli "$root/artifacts/cli/zeno.dll")
fi

# The pandas baseline runs on Debian's python3-pandas (not pip's): install it when missing and we may.
python=/usr/bin/python3
if [ "$pandas" = 1 ]; then
  if ! "$python" -c "import pandas" 2>/dev/null; then
    if [ "$install" = 1 ] && [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
      echo "installing python3-pandas with apt-get..." >&2
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pandas) > artifacts/bench-apt.log 2>&1 \
        || tail -n 5 artifacts/bench-apt.log >&2
    fi
  fi
  if "$python" -c "import pandas" 2>/dev/null; then
    args+=(--python "$python")
  else
    args+=(--pandas-missing "python3-pandas is not installed (bench/run.sh installs it when run as root; otherwise run 'sudo apt-get install python3-pandas')")
  fi
else
  args+=(--pandas-missing "skipped with --no-pandas")
fi

commit="$(git rev-parse --short HEAD 2>/dev/null || true)"
[ -n "$commit" ] && [ -n "$(git status --porcelain 2>/dev/null)" ] && commit="$commit+changes"
exec dotnet bench/Zeno.Bench/bin/Release/net10.0/zeno-bench.dll --repo "$root" ${commit:+--commit "$commit"} "${args[@]}"
