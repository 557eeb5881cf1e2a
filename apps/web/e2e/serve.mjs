// Test server for the end-to-end suite: builds the web app, then starts the real API server
// (`pnpm --filter @newsgraph/server start`) on PORT with a fresh, temporary database, which it
// removes on exit. On an empty database the server stores the seed article.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.PORT;
if (!port) throw new Error('serve.mjs needs PORT');

if (!process.env.E2E_SKIP_BUILD) {
  execFileSync('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], { cwd: webDir, stdio: 'inherit' });
}

const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-e2e-'));
// Its own process group, so stopping it stops pnpm, tsx and node together.
const server = spawn('pnpm', ['--filter', '@newsgraph/server', 'start'], {
  cwd: webDir,
  env: { ...process.env, PORT: port, DATA_DIR: dataDir, WEB_DIST: join(webDir, 'dist') },
  stdio: 'inherit',
  detached: true,
});

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  try {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
  setTimeout(() => {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(code);
  }, 500);
}

process.on('SIGTERM', () => stop(0));
process.on('SIGINT', () => stop(0));
server.on('exit', (code) => {
  if (!stopping) {
    console.error(`The newsgraph server exited early (code ${code}).`);
    stop(1);
  }
});
