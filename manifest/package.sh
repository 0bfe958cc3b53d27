#!/usr/bin/env bash
# Builds the Teams app package manifest/build/ReIntegratie.zip:
# fills the placeholders in manifest.json, validates it and nl-nl.json against the JSON schemas
# shipped in @microsoft/app-manifest, checks the icons, and zips manifest, icons and localization.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: manifest/package.sh --app-id GUID --bot-id GUID --domain HOST [options]

Required:
  --app-id GUID        the Teams app id (a GUID of your own; keep it for every update)
  --bot-id GUID        the Azure Bot's Microsoft App ID (for a managed identity: its client id)
  --domain HOST        the bot's host name, e.g. reintegratie-abc.azurewebsites.net

Optional:
  --app-version X.Y.Z  the app version; raise it for every update (default 1.0.0)
  --website-url URL    developer website (default https://HOST/)
  --privacy-url URL    privacy statement (default https://HOST/privacy)
  --terms-url URL      terms of use (default https://HOST/terms)
  --source-dir DIR     folder with manifest.json, icons and nl-nl.json (default: this folder)
  --out FILE           where to write the zip (default manifest/build/ReIntegratie.zip)

The infra deployment prints these values: see "Deploy to Azure" in README.md.
USAGE
}

die() {
  echo "package.sh: $1" >&2
  [[ "${2:-}" == usage ]] && { echo >&2; usage >&2; }
  exit 2
}

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
app_id="" bot_id="" domain="" app_version="1.0.0"
website_url="" privacy_url="" terms_url="" source_dir="$here" out="$here/build/ReIntegratie.zip"

while [[ $# -gt 0 ]]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --app-id|--bot-id|--domain|--app-version|--website-url|--privacy-url|--terms-url|--source-dir|--out)
      [[ $# -ge 2 && "$2" != --* ]] || die "$1 needs a value" usage
      case "$1" in
        --app-id) app_id="$2" ;;
        --bot-id) bot_id="$2" ;;
        --domain) domain="$2" ;;
        --app-version) app_version="$2" ;;
        --website-url) website_url="$2" ;;
        --privacy-url) privacy_url="$2" ;;
        --terms-url) terms_url="$2" ;;
        --source-dir) source_dir="$2" ;;
        --out) out="$2" ;;
      esac
      shift 2 ;;
    *) die "unknown argument '$1'" usage ;;
  esac
done

guid_pattern='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
check_guid() { # name value
  [[ -n "$2" ]] || die "missing $1: pass $1 GUID" usage
  [[ "$2" =~ $guid_pattern ]] || die "$1 '$2' is not a GUID (expected 8-4-4-4-12 hexadecimal digits, e.g. 3f2504e0-4f89-41d3-9a0c-0305e82c3301)"
  [[ "$2" != "00000000-0000-0000-0000-000000000000" ]] || die "$1 must not be the empty GUID 00000000-0000-0000-0000-000000000000"
}
check_guid --app-id "$app_id"
check_guid --bot-id "$bot_id"
app_id="${app_id,,}"
bot_id="${bot_id,,}"

[[ -n "$domain" ]] || die "missing --domain: pass the bot's host name, e.g. reintegratie-abc.azurewebsites.net" usage
label='[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?'
host_pattern="^($label\.)+[A-Za-z]{2,63}$"
if [[ ${#domain} -gt 253 || ! "$domain" =~ $host_pattern ]]; then
  die "--domain '$domain' is not a host name: give only the host (letters, digits, hyphens and dots, e.g. reintegratie-abc.azurewebsites.net), without https://, port or path"
fi
domain="${domain,,}"

[[ "$app_version" =~ ^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$ ]] \
  || die "--app-version '$app_version' must be MAJOR.MINOR.PATCH, e.g. 1.0.1"
website_url="${website_url:-https://$domain/}"
privacy_url="${privacy_url:-https://$domain/privacy}"
terms_url="${terms_url:-https://$domain/terms}"
for url in "$website_url" "$privacy_url" "$terms_url"; do
  [[ "$url" =~ ^https://[^[:space:]\"]+$ ]] || die "'$url' is not an https:// URL"
done
[[ -f "$source_dir/manifest.json" ]] || die "--source-dir '$source_dir' has no manifest.json"

command -v node >/dev/null 2>&1 || die "node is not installed (Node.js 20 or later is needed)"
command -v npm >/dev/null 2>&1 || die "npm is not installed (it comes with Node.js)"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[[ "$node_major" -ge 20 ]] || die "Node.js 20 or later is needed, found $(node --version)"

# Install the pinned validator (package-lock.json) once per lock file change.
stamp="$here/node_modules/.package-lock.sha256"
lock_hash="$(node -e 'const c=require("crypto"),f=require("fs");process.stdout.write(c.createHash("sha256").update(f.readFileSync(process.argv[1])).digest("hex"))' "$here/package-lock.json")"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$lock_hash" ]]; then
  echo "package.sh: installing the manifest validator (npm ci)" >&2
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2) || die "npm ci failed in $here"
  printf '%s' "$lock_hash" > "$stamp"
fi

exec node "$here/scripts/package.mjs" \
  --app-id "$app_id" --bot-id "$bot_id" --domain "$domain" --app-version "$app_version" \
  --website-url "$website_url" --privacy-url "$privacy_url" --terms-url "$terms_url" \
  --source-dir "$source_dir" --out "$out"
