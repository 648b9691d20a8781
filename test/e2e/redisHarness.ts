/**
 * What the Redis e2e tests share: a real redis-server on a free loopback port (AOF on, so a restart keeps the data,
 * as README "Scaling out with Redis" tells operators to run it) and bot processes started as in production
 * (`node --import tsx src/index.ts`). Everything started here is stopped by `stopAll`, also when a test failed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();

export function requireRedisServer(): void {
  const probe = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) throw new Error('Debian package redis-server is missing (apt-get install redis-server)');
}

export function makeTempDir(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `kmb-${name}-`));
  tempDirs.add(dir);
  return dir;
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns true or `timeoutMs` passes. */
export async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export interface RunningRedis {
  port: number;
  dir: string;
  url: string;
  /** SIGTERM, as an operator's restart would; with appendonly the data is on disk first. */
  stop(): Promise<void>;
  /** Starts it again on the same port and directory. */
  start(): Promise<void>;
}

export async function startRedis(): Promise<RunningRedis> {
  requireRedisServer();
  const port = await findFreePort();
  const dir = makeTempDir('redis');
  let child: ChildProcess | undefined;
  const start = async () => {
    const process = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--appendfsync', 'everysec', '--dir', dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    process.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    children.add(process);
    process.once('exit', () => children.delete(process));
    child = process;
    await waitFor(() => /Ready to accept connections/.test(output), 10_000, `redis-server on port ${port}`);
  };
  await start();
  return {
    port,
    dir,
    url: `redis://127.0.0.1:${port}/0`,
    async stop() {
      if (!child) return;
      child.kill('SIGTERM');
      await waitForExit(child, 10_000);
      child = undefined;
    },
    start,
  };
}

export interface RunningBot {
  base: string;
  output(): string;
  stop(): Promise<void>;
}

/** Starts `node --import tsx src/index.ts` with `env` and waits until /healthz answers 200. */
export async function startBot(env: Record<string, string>): Promise<RunningBot> {
  const port = await findFreePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'test', PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  children.add(child);
  child.once('exit', () => children.delete(child));
  const base = `http://127.0.0.1:${port}`;
  await waitFor(async () => {
    if (child.exitCode !== null) throw new Error(`bot exited early:\n${output}`);
    return (await fetch(`${base}/healthz`)).status === 200;
  }, 30_000, `the bot on port ${port}`).catch((error: Error) => {
    throw new Error(`${error.message}\n${output}`);
  });
  return {
    base,
    output: () => output,
    async stop() {
      child.kill('SIGTERM');
      await waitForExit(child, 15_000);
    },
  };
}

/** Kills whatever is still running and removes the temporary directories. */
export async function stopAll(): Promise<void> {
  await Promise.all(
    [...children].map((child) => {
      child.kill('SIGTERM');
      return waitForExit(child, 5000);
    }),
  );
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}
