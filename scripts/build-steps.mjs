// Build steps shared by `npm start` and `npm test`: each builds only what is missing or stale.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const H5_INDEX = join(ROOT, 'apps/miniprogram/dist/h5/index.html');

/** Runs a command in the repo root with inherited output; throws when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
  }
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** TypeScript's incremental build: near-instant when nothing changed. */
export function buildApi() {
  run('npx', ['tsc', '-b', 'libs/shared', 'apps/api']);
}

/** The H5 build takes a minute, so it runs only when the app or the shared code changed since. */
export function buildH5IfStale() {
  const built = existsSync(H5_INDEX) ? statSync(H5_INDEX).mtimeMs : 0;
  const sources = Math.max(
    newestMtime(join(ROOT, 'apps/miniprogram/src')),
    newestMtime(join(ROOT, 'apps/miniprogram/config')),
    newestMtime(join(ROOT, 'libs/shared/src')),
  );
  if (built && built >= sources) return;
  console.info(built ? 'H5 app is out of date: rebuilding…' : 'Building the H5 app (first run)…');
  run('npm', ['run', 'build:h5']);
}
