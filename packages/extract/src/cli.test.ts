import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { input, encoding: 'utf8', timeout: 60_000 });

describe('extract CLI', () => {
  it('prints one JSON extraction for standard input, and logs only to stderr', () => {
    const result = run(['-'], 'Kremlin spokesman Dmitry Peskov said so.');
    expect(result.status).toBe(0);
    const parsed: unknown = JSON.parse(result.stdout);
    expect(parsed).toMatchObject({
      actors: expect.arrayContaining([expect.objectContaining({ name: 'Dmitry Peskov' })]),
    });
    expect(result.stderr).toMatch(/actors/);
  });

  it('fails with a clear message and no output on an unreadable file', () => {
    const result = run(['/nonexistent/article.txt']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/cannot read \/nonexistent\/article\.txt/);
  });
});
