// Fills the manifest placeholders, validates manifest, localization file and icons, and writes
// the Teams app package. Called by ../package.sh, which checks the arguments and installs the
// npm dependencies first; run that script, not this one.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { decodePng } from './png.mjs';
import { createZip } from './zip.mjs';

const require = createRequire(import.meta.url);
const { AppManifestUtils } = require('@microsoft/app-manifest');
const schemaRoot = join(dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');

const { values: options } = parseArgs({
  options: {
    'app-id': { type: 'string' },
    'bot-id': { type: 'string' },
    domain: { type: 'string' },
    'app-version': { type: 'string' },
    'website-url': { type: 'string' },
    'privacy-url': { type: 'string' },
    'terms-url': { type: 'string' },
    'source-dir': { type: 'string' },
    out: { type: 'string' },
  },
  strict: true,
});

const problems = [];
const fail = (message) => problems.push(message);

function parseJson(text, label) {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${label} is not valid JSON: ${error.message}`);
  }
}

function fillPlaceholders(template) {
  const values = {
    TEAMS_APP_ID: options['app-id'],
    BOT_ID: options['bot-id'],
    BOT_DOMAIN: options.domain,
    APP_VERSION: options['app-version'],
    WEBSITE_URL: options['website-url'],
    PRIVACY_URL: options['privacy-url'],
    TERMS_URL: options['terms-url'],
  };
  return template.replace(/\$\{\{([A-Z_]+)\}\}/g, (placeholder, name) => {
    const value = values[name];
    if (value === undefined) throw new Error(`manifest.json uses unknown placeholder ${placeholder}`);
    return JSON.stringify(value).slice(1, -1);
  });
}

function readSchema(schemaFile) {
  // The shipped localization schema has patterns such as `\[\b([0-9]|…)\b]` whose lone `]` is
  // not a valid regular expression in the unicode mode Ajv compiles with; escape that bracket
  // (it means a literal `]` either way) so the schema compiles. Nothing else is changed.
  const text = readFileSync(schemaFile, 'utf8').replaceAll('\\\\b]', '\\\\b\\\\]');
  return JSON.parse(text);
}

async function validateSchema(document, schemaFile, label) {
  const schema = readSchema(schemaFile);
  const errors = await AppManifestUtils.validateAgainstSchema(document, schema);
  for (const error of errors) fail(`${label} does not match ${schemaFile.slice(schemaRoot.length + 1)}: ${error}`);
}

function checkIcon(path, label, size, whiteOnTransparent) {
  if (!existsSync(path)) {
    fail(`${label} ${path} is missing`);
    return null;
  }
  const data = readFileSync(path);
  let image;
  try {
    image = decodePng(data);
  } catch (error) {
    fail(`${label} ${path} cannot be read: ${error.message}`);
    return data;
  }
  if (image.width !== size || image.height !== size) {
    fail(`${label} must be ${size}x${size} pixels, ${path} is ${image.width}x${image.height}`);
  }
  if (whiteOnTransparent) {
    let transparent = 0;
    let white = 0;
    let other = 0;
    let firstOther;
    for (let i = 0; i < image.width * image.height; i++) {
      const [r, g, b, a] = image.rgba.subarray(i * 4, i * 4 + 4);
      if (a === 0) transparent++;
      else if (r === 255 && g === 255 && b === 255) white++;
      else {
        other++;
        firstOther ??= `(${i % image.width},${Math.floor(i / image.width)}) = rgba(${r},${g},${b},${a})`;
      }
    }
    if (other > 0) fail(`${label} may only have white or fully transparent pixels; ${other} pixels are neither, the first at ${firstOther}`);
    if (transparent === 0) fail(`${label} needs a transparent background; ${path} has no transparent pixel`);
    if (white === 0) fail(`${label} is empty: ${path} has no white pixel`);
  }
  return data;
}

async function main() {
  const manifestDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const sourceDir = resolve(options['source-dir'] ?? manifestDir);
  const outFile = resolve(options.out ?? join(manifestDir, 'build', 'ReIntegratie.zip'));

  // A failed run must not leave an older package behind that looks like its result.
  rmSync(outFile, { force: true });

  const manifestText = fillPlaceholders(readFileSync(join(sourceDir, 'manifest.json'), 'utf8'));
  const manifest = parseJson(manifestText, 'manifest.json');

  const schemaDir = join(schemaRoot, `v${manifest.manifestVersion}`);
  if (!existsSync(join(schemaDir, 'MicrosoftTeams.schema.json'))) {
    throw new Error(`@microsoft/app-manifest ships no schema for manifestVersion ${manifest.manifestVersion} (looked in ${schemaDir})`);
  }
  await validateSchema(manifest, join(schemaDir, 'MicrosoftTeams.schema.json'), 'manifest.json');

  if (manifest.id !== options['app-id']) fail(`manifest.json id is ${manifest.id}, expected ${options['app-id']}`);
  const bots = manifest.bots ?? [];
  if (bots.length !== 1 || bots[0].botId !== options['bot-id']) fail(`manifest.json must declare one bot with botId ${options['bot-id']}`);
  if (!(manifest.validDomains ?? []).includes(options.domain)) fail(`manifest.json validDomains must include ${options.domain}`);

  const files = [{ name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') }];
  const color = checkIcon(join(sourceDir, manifest.icons.color), 'the colour icon', 192, false);
  const outline = checkIcon(join(sourceDir, manifest.icons.outline), 'the outline icon', 32, true);
  if (color) files.push({ name: manifest.icons.color, data: color });
  if (outline) files.push({ name: manifest.icons.outline, data: outline });

  for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
    const path = join(sourceDir, language.file);
    if (!existsSync(path)) {
      fail(`localization file ${language.file} for ${language.languageTag} is missing`);
      continue;
    }
    const localization = parseJson(readFileSync(path, 'utf8'), `localization file ${language.file}`);
    await validateSchema(localization, join(schemaDir, 'MicrosoftTeams.Localization.schema.json'), language.file);
    files.push({ name: language.file, data: readFileSync(path) });
  }

  if (problems.length > 0) {
    console.error(`package.sh: the app package was not written, ${problems.length} problem(s):`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }

  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, createZip(files));
  console.log(`package.sh: wrote ${outFile}`);
  console.log(`  manifest ${manifest.manifestVersion}, app ${manifest.id} version ${manifest.version}, bot ${manifest.bots[0].botId}, domain ${options.domain}`);
  console.log(`  files: ${files.map((file) => file.name).join(', ')}`);
}

main().catch((error) => {
  console.error(`package.sh: ${error.message}`);
  process.exit(1);
});
