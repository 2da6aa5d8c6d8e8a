#!/usr/bin/env bash
# Installs what the browser suite needs, from Debian's packages, if it is missing: chromium,
# chromium-driver (the suite gives Selenium both paths, so nothing is downloaded at test time) and
# a CJK font (fonts-noto-cjk) so that the screenshots show the Chinese pages as a user sees them.
# Idempotent; needs root (as on CI) when something is missing.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} for the browser suite" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
echo "$(chromium --version 2>/dev/null | sed -n 1p); $(chromedriver --version 2>/dev/null | sed -n 1p)"
