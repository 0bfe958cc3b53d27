#!/usr/bin/env bash
# Builds the Teams app package manifest/build/ReIntegratie.zip with the packager in manifest/Packager
# (a small .NET tool): fills the placeholders in manifest.json, validates it and nl-nl.json against the
# Teams JSON schemas, checks the icons, and zips manifest, icons and localization.
# Run it with --help for the options. The schemas come from the npm package @microsoft/app-manifest,
# pinned in package-lock.json and installed here once per lock file change.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
die() { echo "package.sh: $1" >&2; exit 2; }

command -v dotnet >/dev/null 2>&1 || die "dotnet is not installed (the .NET 10 SDK is needed)"
command -v npm >/dev/null 2>&1 || die "npm is not installed (Node.js 20 or later is needed for the Teams schemas)"

stamp="$here/node_modules/.package-lock.sha256"
lock_hash="$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$lock_hash" ]]; then
  echo "package.sh: installing the Teams schemas (npm ci in $here)" >&2
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2) || die "npm ci failed in $here"
  printf '%s' "$lock_hash" > "$stamp"
fi

exec dotnet run --project "$here/Packager/ReIntegratie.ManifestPackager.csproj" --configuration Release --verbosity quiet \
  -- --manifest-dir "$here" "$@"
