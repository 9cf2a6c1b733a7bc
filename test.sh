#!/usr/bin/env bash
# Runs every test: unit tests, and integration tests against Azurite and MailDev (started by the tests themselves
# from node_modules, in memory, on free ports, and stopped afterwards).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
"$root/build.sh"
export THB_TOOLS_DIR="$root"
dotnet test ThbFunctions.sln -c Release -nologo -clp:ErrorsOnly --logger "console;verbosity=minimal" "$@"
