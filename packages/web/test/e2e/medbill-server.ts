import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './paths.ts';

export interface RunningServer {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Runs `medbill start` exactly as a practice would: a fresh embedded database in a temporary
 * folder, the demo practice and the official code sets loaded on first start, a free port.
 */
export async function startMedbill(codesetsDir: string): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'medbill-e2e-'));
  const child = spawn(process.execPath, ['packages/cli/src/main.ts', 'start'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      MEDBILL_DATA_DIR: dataDir,
      MEDBILL_CODESETS_DIR: codesetsDir,
      PORT: '0',
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`medbill did not start:\n${output}`)), 120_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`medbill exited with ${String(code)}:\n${output}`));
    });
  });
  return {
    url,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
