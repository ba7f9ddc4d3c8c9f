// `npm start`: build what is missing, then run the API in demo mode (SQLite by default, DB_URL for MySQL)
// with the H5 app served at `/` (H5_DIR set: that build, or none when empty, so ours is not built).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildApi, buildH5IfStale, ROOT } from './build-steps.mjs';

const env = { ...process.env };
const production = env.NODE_ENV === 'production';
if (!production) env.DEMO_MODE ??= '1';
const port = env.PORT ?? '3000';

buildApi();
if (env.H5_DIR === undefined) buildH5IfStale();

// The IPC channel tells the API when this process is gone, however it ended ('disconnect').
const api = spawn(process.execPath, [join(ROOT, 'apps/api/dist/main.js')], {
  cwd: ROOT,
  env,
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
});
// The API stops gracefully on these; we exit with it, once its requests in flight have finished.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

// npm passes a SIGTERM on to the shell that runs this script, and the shell dies without passing it
// on to us: notice that our parent is gone (we are handed to init) and stop the API as if signalled.
const parent = process.ppid;
const watchParent = setInterval(() => {
  if (process.ppid === parent) return;
  clearInterval(watchParent);
  api.kill('SIGTERM');
}, 500);

// Say where things are once the API answers, above the log lines that follow.
const deadline = Date.now() + 60_000;
async function announce() {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    if (res.ok) {
      const db = env.DB_URL ? 'MySQL (DB_URL)' : `SQLite (${env.SQLITE_PATH ?? 'data/zerowaste.sqlite'})`;
      console.info(
        [
          '',
          '  无废城市 Zero-Waste City is running',
          `  H5 app        http://localhost:${port}/`,
          `  API           http://localhost:${port}/api`,
          `  API docs      http://localhost:${port}/api/docs`,
          `  Database      ${db}${env.DEMO_MODE === '1' ? ', demo data and demo log-in on' : ''}`,
          '',
        ].join('\n'),
      );
      return;
    }
  } catch {
    // Not listening yet.
  }
  if (Date.now() < deadline) setTimeout(announce, 500);
}
void announce();
