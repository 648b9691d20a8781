/**
 * Graceful shutdown of the real bot process: SIGTERM during a slow turn lets that turn finish and its reply arrive,
 * refuses new connections, flushes, and exits 0.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, expect, it } from '@jest/globals';
import { createServer as createNetServer } from 'node:net';

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kiruna-shutdown-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it('SIGTERM during a slow turn: the turn completes, the reply is delivered, the process exits 0', async () => {
  // A Bot Framework channel stand-in that takes 1.5 s to accept each reply, so the turn is still running at SIGTERM.
  const received: string[] = [];
  let sawReply!: () => void;
  const replyArrived = new Promise<void>((resolve) => (sawReply = resolve));
  const channel = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      sawReply();
      setTimeout(() => {
        received.push((JSON.parse(raw) as { text: string }).text);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id":"r1"}');
      }, 1500);
    });
  });
  await new Promise<void>((resolve) => channel.listen(0, '127.0.0.1', resolve));
  const channelPort = (channel.address() as AddressInfo).port;

  const port = await findFreePort();
  const child = spawn(process.execPath, ['--no-deprecation', '--import', 'tsx', 'src/index.ts'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'info', SHUTDOWN_TIMEOUT_MS: '8000', NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      if (i > 600) throw new Error(`bot not ready:\n${output}`);
      const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    const slow = fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', id: 'slow-1', text: 'Tack!', channelId: 'emulator', serviceUrl: `http://127.0.0.1:${channelPort}`,
        conversation: { id: 'shutdown-c1' }, from: { id: 'shutdown-u1' }, recipient: { id: 'bot' },
      }),
    });
    await replyArrived;
    const signalledAt = Date.now();
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Stopped accepting: a new connection is refused while the slow turn is still running.
    const late = await fetch(`${base}/healthz`).then((r) => r.status, (error: Error) => error.name);
    expect(late).not.toBe(200);

    const response = await slow;
    expect(response.status).toBe(200);
    expect(received).toHaveLength(1);
    expect(await exited).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(8000);
    expect(output).toContain('"msg":"shut down"');
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    channel.close();
  }
}, 90_000);
