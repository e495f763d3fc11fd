#!/usr/bin/env bash
# MarketSim entry point.
#   ./run.sh                 restore, build (Release, only when sources changed) and run the default scenario
#   ./run.sh test [args]     run the whole test suite (TRX results in TestResults/)
#   ./run.sh <command> ...   any program command: run, plot, sweep, merge, compare, validate, list, bench
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

bin_dir="$root/.build/bin"
stamp="$root/.build/stamp"

build() {
  # Rebuild only when a source or build file is newer than the last successful build.
  if [[ -f "$stamp" && -f "$bin_dir/marketsim.dll" ]]; then
    local newer
    newer=$(find Simulation Directory.Build.props Directory.Packages.props global.json \
      \( -path '*/bin' -o -path '*/obj' \) -prune -o -type f -newer "$stamp" -print -quit)
    [[ -z "$newer" ]] && return 0
  fi
  mkdir -p "$root/.build"
  echo "Building MarketSim (Release)..." >&2
  if ! dotnet build Simulation/Simulation.csproj -c Release -o "$bin_dir" -nologo -clp:ErrorsOnly -v:q >"$root/.build/build.log" 2>&1; then
    cat "$root/.build/build.log" >&2
    echo "Build failed (log: .build/build.log)." >&2
    exit 1
  fi
  touch "$stamp"
}

run_program() {
  build
  exec dotnet "$bin_dir/marketsim.dll" "$@"
}

case "${1:-}" in
  "")
    run_program run scenarios/baseline-2025.json
    ;;
  test)
    shift
    rm -rf "$root/TestResults"
    dotnet test MarketSim.sln -c Release -nologo \
      --logger "trx;LogFileName=results.trx" --logger "console;verbosity=minimal" \
      --results-directory "$root/TestResults" "$@"
    ;;
  *)
    run_program "$@"
    ;;
esac
