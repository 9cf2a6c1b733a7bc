#!/usr/bin/env bash
# Restores what the project needs (npm packages from the lock file, NuGet packages) and builds the thb tool.
# Quiet and quick when nothing changed; used by ./thb and ./test.sh.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "thb: installing npm packages (Azurite, MailDev, exceljs, SheetJS) from package-lock.json..." >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi

dll="artifacts/thb/thb.dll"
if [ ! -f "$dll" ] || [ -n "$(find src Directory.Build.props Directory.Packages.props -newer "$dll" \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.xlsx' -o -name '*.json' -o -name '*.html' -o -name '*.js' -o -name '*.css' -o -name '*.razor' -o -name '*.resx' \) -not -path '*/bin/*' -not -path '*/obj/*' -print -quit 2>/dev/null)" ]; then
  echo "thb: building the thb tool..." >&2
  # Quiet when it works; the whole log when it does not.
  # Published ReadyToRun (precompiled, framework-dependent): a command is a short-lived process, and precompiled code
  # spares it most of the JIT's start-up (`thb check` of 1,000 rows: 0.80x the CPU of a plain build; bench/README.md).
  if ! log=$(dotnet publish src/Thb.Cli/Thb.Cli.csproj -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true \
      -o artifacts/thb -nologo -v quiet -tl:off 2>&1); then
    echo "$log" >&2
    exit 1
  fi
  touch "$dll"
fi
