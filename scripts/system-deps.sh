#!/usr/bin/env bash
# Installs the Debian packages the project needs when they are missing.
#   run:     Pango and fonts for WeasyPrint (PDF certificates), gettext
#   browser: headless Chromium for the browser tests (Playwright drives Debian's build)
#   bench:   wrk, the HTTP load generator of `make bench`
set -euo pipefail
want=()
case "${1:-run}" in
  run) pkgs=(libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core gettext) ;;
  browser) pkgs=(chromium-headless-shell fonts-dejavu-core) ;;
  bench) pkgs=(wrk) ;;
  *) echo "usage: $0 run|browser|bench" >&2; exit 2 ;;
esac
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || want+=("$p")
done
[ ${#want[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${want[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get -o DPkg::Lock::Timeout=900 update -qq
$sudo apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends "${want[@]}" >/dev/null
