/**
 * Child-process servers for the benchmarks: spawned on a free loopback port, ready when GET /healthz answers 200,
 * and always killed — at the end, on an error, on Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, fstatSync, mkdtempSync, openSync, readFileSync, readSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const children = new Set<ChildProcess>();

function killAll(): void {
  for (const child of children) if (child.exitCode === null && child.pid !== undefined) child.kill('SIGKILL');
}
process.once('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(130);
  });
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** USER_HZ: the unit of the CPU times in /proc/<pid>/stat; 100 on every Linux architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

export interface ChildServer {
  name: string;
  port: number;
  pid: number;
  url: string;
  /** Milliseconds from spawn to the first 200 from /healthz. */
  readyMs: number;
  /** The last few kilobytes the process wrote (for diagnosis; the bot logs no message text). */
  output(): string;
  /** Resident set size now, from /proc/<pid>/status (Linux), in MB; NaN elsewhere. */
  readRssMb(field?: 'VmRSS' | 'VmHWM'): number;
  /**
   * CPU time the process has used so far (user + system), from /proc/<pid>/stat (Linux), in ms; NaN elsewhere. All its
   * threads, or (`mainThread`) only the thread that runs JavaScript, which one request at a time must pass through.
   */
  readCpuMs(mainThread?: boolean): number;
  stop(): Promise<void>;
}

/**
 * Node's own options in a start script of the form `node <options> --import tsx <script>` (none for any other form):
 * what `npm start` gives Node besides the loader.
 */
export function nodeOptionsOf(startScript: string): string[] {
  const words = startScript.trim().split(/\s+/);
  if (words[0] !== 'node') return [];
  const options: string[] = [];
  for (let i = 1; i < words.length - 1; i++) {
    if (words[i] === '--import') i++;
    else options.push(words[i]!);
  }
  return options;
}

/**
 * The Node options of package.json's start script: the benchmarks start the bot as `npm start` does, read from
 * there so that the two cannot drift apart.
 */
export function startScriptNodeOptions(): string[] {
  const scripts = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts;
  return nodeOptionsOf(scripts.start ?? '');
}

/** Spawns `node [nodeOptions] --import tsx <script>` with PORT set and waits until it answers /healthz. */
export async function startChildServer(name: string, script: string, env: Record<string, string> = {}, timeoutMs = 60_000, nodeOptions: readonly string[] = []): Promise<ChildServer> {
  const port = await findFreePort();
  const started = process.hrtime.bigint();
  // The server's output goes to a file, as a service's log does, not through a pipe into this process: this process
  // is also the load generator, on the same two cores, and reading the bot's log lines here (one per turn at the
  // default level; the echo bot writes none) would slow the load on the bot only.
  const outputDir = mkdtempSync(path.join(tmpdir(), 'bench-output-'));
  const outputPath = path.join(outputDir, `${name}.log`);
  const outputFd = openSync(outputPath, 'w');
  const child = spawn(process.execPath, ['--no-deprecation', ...nodeOptions, '--import', 'tsx', script], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', outputFd, outputFd],
  });
  closeSync(outputFd);
  children.add(child);
  /** The last 4 kB the server wrote. */
  const tail = (): string => {
    try {
      const fd = openSync(outputPath, 'r');
      try {
        const size = fstatSync(fd).size;
        const buffer = Buffer.alloc(Math.min(size, 4096));
        readSync(fd, buffer, 0, buffer.length, size - buffer.length);
        return buffer.toString('utf8');
      } finally {
        closeSync(fd);
      }
    } catch {
      return '';
    }
  };
  /** A server that did not get ready: its last output in the error, its output directory removed. */
  const fail = (reason: string): never => {
    const output = tail();
    rmSync(outputDir, { recursive: true, force: true });
    throw new Error(`${name} ${reason}:\n${output}`);
  };
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) fail(`exited with code ${child.exitCode} before it was ready`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      fail(`was not ready after ${timeoutMs} ms`);
    }
    try {
      const response = await fetch(`${url}/healthz`);
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const readyMs = Number(process.hrtime.bigint() - started) / 1e6;
  return {
    name, port, pid: child.pid!, url, readyMs,
    output: tail,
    readRssMb(field = 'VmRSS') {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
        return kb / 1024;
      } catch {
        return NaN;
      }
    },
    readCpuMs(mainThread = false) {
      try {
        // Fields after the command name (which may contain spaces, so split after its closing parenthesis): utime is
        // the 14th field of the line and stime the 15th, in clock ticks (USER_HZ, 100 on Linux).
        const fields = readFileSync(mainThread ? `/proc/${child.pid}/task/${child.pid}/stat` : `/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
      } catch {
        return NaN;
      }
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
        await exited;
        clearTimeout(timer);
      }
      children.delete(child);
      rmSync(outputDir, { recursive: true, force: true });
    },
  };
}
