// Prints the size of the weapp main package and of each subpackage, and fails when the
// main package outgrows our budget (WeChat's own limit is 2 MB per package).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN_BUDGET = 1024 * 1024;
const SUB_BUDGET = 1024 * 1024;
const distDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'weapp');

function sizeOf(target) {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(target).reduce((sum, entry) => sum + sizeOf(path.join(target, entry)), 0);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

let appJson;
try {
  appJson = JSON.parse(readFileSync(path.join(distDir, 'app.json'), 'utf8'));
} catch {
  console.error(`No weapp build at ${distDir}: run \`npm run build:weapp\` first.`);
  process.exit(1);
}

const subRoots = (appJson.subPackages ?? appJson.subpackages ?? []).map((sub) => sub.root.replace(/\/$/, ''));
// Files the upload leaves out: project settings and source maps.
const ignored = (name) =>
  name === 'project.config.json' || name === 'project.private.config.json' || name.endsWith('.map');

function mainPackageSize(dir, rel = '') {
  let total = 0;
  for (const entry of readdirSync(dir)) {
    const relPath = rel ? `${rel}/${entry}` : entry;
    if (subRoots.includes(relPath) || ignored(entry)) continue;
    const full = path.join(dir, entry);
    total += statSync(full).isDirectory() ? mainPackageSize(full, relPath) : statSync(full).size;
  }
  return total;
}

const main = mainPackageSize(distDir);
let failed = false;
console.info(`weapp main package: ${kb(main)} (budget ${kb(MAIN_BUDGET)})`);
if (main > MAIN_BUDGET) failed = true;
let total = main;
for (const root of subRoots) {
  const size = sizeOf(path.join(distDir, root));
  total += size;
  console.info(`weapp subpackage ${root}: ${kb(size)} (budget ${kb(SUB_BUDGET)})`);
  if (size > SUB_BUDGET) failed = true;
}
console.info(`weapp total: ${kb(total)}`);
if (failed) {
  console.error('A weapp package is over its 1 MB budget.');
  process.exit(1);
}
