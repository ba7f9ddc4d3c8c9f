// `npm test`: type check, lint and format check, builds, then every Jest project (unit, API on SQLite,
// H5 in Chromium). Ends with one line: `N passed, N failed`.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildApi, buildH5IfStale, ROOT, run } from './build-steps.mjs';

const report = join(ROOT, 'test-results/jest.json');
mkdirSync(join(ROOT, 'test-results'), { recursive: true });

run('npm', ['run', 'typecheck']);
run('npx', ['tsc', '-p', 'test/tsconfig.json']);
run('npx', ['biome', 'ci', '.']);
buildApi();
if (existsSync(join(ROOT, 'apps/miniprogram/package.json'))) buildH5IfStale();

let jestFailed = false;
try {
  run('npx', ['jest', '--json', `--outputFile=${report}`, ...process.argv.slice(2)]);
} catch {
  jestFailed = true;
}
try {
  run(process.execPath, [join(ROOT, 'scripts/jest-summary.mjs'), report]);
} catch {
  jestFailed = true;
}
process.exit(jestFailed ? 1 : 0);
