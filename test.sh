#!/usr/bin/env bash
# Runs every test: unit tests, and integration tests against Azurite and MailDev (started by the tests themselves
# from node_modules, in memory, on free ports, and stopped afterwards). Installs what the tests need where missing:
# npm packages from the lock file, NuGet packages, LibreOffice (to open generated workbooks and documents as an
# independent program), python3 with openpyxl and pandas (the corpus scorer and the interop tests), and libgdiplus
# (ClosedXML 0.95.4 reads a workbook's pictures, e.g. the annex's world map, through System.Drawing).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "test.sh: installing ${missing[*]} (apt)..." >&2
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}
if command -v apt-get >/dev/null 2>&1; then
  apt_install libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils chromium fonts-liberation fonts-dejavu-core libgdiplus python3 python3-openpyxl python3-pandas
fi

"$root/build.sh"
export THB_TOOLS_DIR="$root"
dotnet test ThbFunctions.sln -c Release -nologo --logger "console;verbosity=minimal" "$@"
