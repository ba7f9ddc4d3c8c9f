// Compiles the weapp build with WeChat's own compiler (miniprogram-ci), offline, and fails on any error.
// Usage: npm ci --prefix tools/wechat-compile-check && node tools/wechat-compile-check/check.mjs [dist/weapp dir]
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const projectPath = path.resolve(process.argv[2] ?? path.join(repoRoot, 'apps', 'miniprogram', 'dist', 'weapp'));

function fail(message) {
  console.error(`wechat-compile-check: ${message}`);
  process.exit(1);
}

for (const file of ['app.json', 'project.config.json']) {
  if (!existsSync(path.join(projectPath, file))) {
    fail(`${path.join(projectPath, file)} is missing: run \`npm run build:weapp\` first.`);
  }
}

if (!existsSync(path.join(here, 'node_modules', 'miniprogram-ci'))) {
  fail('miniprogram-ci is not installed: run `npm ci --prefix tools/wechat-compile-check` first.');
}
// Keep this process and the compiler processes miniprogram-ci forks off the network.
const offline = path.join(here, 'offline.cjs');
process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(offline)}`.trim();
require(offline);
const ci = require('miniprogram-ci');

const projectConfig = JSON.parse(readFileSync(path.join(projectPath, 'project.config.json'), 'utf8'));
const appJson = JSON.parse(readFileSync(path.join(projectPath, 'app.json'), 'utf8'));

// CIProject.attr() asks WeChat's server for the app's attributes (signed with the upload key) unless
// the project options carry an `attr` function; the package's own defaults are what that fetch falls
// back to, so the check needs no key and no network.
const project = new ci.Project({
  appid: projectConfig.appid,
  type: 'miniProgram',
  projectPath,
  privateKey: 'offline-compile-check-needs-no-key',
  ignores: ['node_modules/**/*', '**/*.map'],
  attr: async () => ci.DefaultProjectAttr,
});

const started = Date.now();
let result;
try {
  result = await ci.getCompiledResult({
    project,
    setting: {
      es6: false,
      es7: false,
      minify: false,
      minifyWXML: true,
      minifyWXSS: true,
      autoPrefixWXSS: true,
      ignoreUploadUnusedFiles: false,
    },
    onProgressUpdate: (p) => process.env.DEBUG_CHECK && console.info('progress', JSON.stringify(p)),
  });
} catch (error) {
  const detail = error && typeof error === 'object' && 'message' in error ? error.message : String(error);
  console.error(`wechat-compile-check: WeChat's compiler rejected ${projectPath}:\n${detail}`);
  process.exit(1);
}

const files = Object.keys(result);
const bytes = files.reduce((sum, name) => {
  const content = result[name];
  return sum + (typeof content === 'string' ? Buffer.byteLength(content) : content.length);
}, 0);
const subPackages = appJson.subPackages ?? appJson.subpackages ?? [];
const pageCount = appJson.pages.length + subPackages.reduce((n, sub) => n + sub.pages.length, 0);

console.info(
  `wechat-compile-check: compiled ${projectPath} (appid ${projectConfig.appid}) in ${Date.now() - started} ms`,
);
console.info(`  ${pageCount} pages (${appJson.pages.length} in the main package, ${subPackages.length} subpackage(s))`);
console.info(`  ${files.length} output files, ${(bytes / 1024).toFixed(1)} KB`);
for (const name of files.filter((f) => f.endsWith('.json') || f.endsWith('.wxml'))) {
  console.info(`    ${name}`);
}
// The compiler leaves worker processes running; the check is done.
process.exit(0);
