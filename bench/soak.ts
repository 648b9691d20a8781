/**
 * npm run soak -- [--seconds 30] [--conversations 10] [--old-space-mb 128]
 *
 * Starts the real bot (src/index.ts) as a child process and keeps N residents talking to it at once, the way the
 * channels do: each one a Direct Line conversation as Web Chat runs it (token, start, post, poll every 250 ms until the
 * reply is there, a new conversation now and then) plus a question on /api/messages with expectReplies. Asserts that
 * nothing failed, samples the bot's RSS every second from /proc/<pid>/status and checks that memory stays flat after
 * warm-up (mean of the last third at most 20 % above the first third). Exits non-zero on any failure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startChildServer, startScriptNodeOptions } from './lib/childServer.js';
import { readBenchQuestions } from './lib/questions.js';
import { createRandom, formatNumber, pick } from './lib/stats.js';

function readFlag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const seconds = readFlag('seconds', 30);
const conversations = readFlag('conversations', 10);
const WARM_UP_SECONDS = Math.min(10, seconds / 5);
const REPLY_TIMEOUT_MS = 5000;
const QUESTIONS_PER_CONVERSATION = 8;
const OLD_SPACE_MB = readFlag('old-space-mb', 128);

const errors: string[] = [];
const counts = { directLineTurns: 0, apiTurns: 0, conversations: 0, polls: 0 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kiruna-soak-'));
  // One machine plays many residents from one address: the per-address and per-conversation limits are off here
  // (their behaviour is tested in test/hardening); everything else runs with its production defaults.
  const bot = await startChildServer('bot', 'src/index.ts', {
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    RATE_LIMIT_WEBCHAT_POST_PER_MIN: '0',
    RATE_LIMIT_WEBCHAT_POLL_PER_MIN: '0',
    RATE_LIMIT_TOKEN_PER_MIN: '0',
    DIRECT_LINE_TOKEN_SECRET: 'soak-secret-soak-secret-soak-secret-0123',
    // A heap cap like a small container's: V8 then collects garbage as it would under memory pressure, instead of
    // growing the heap for the whole (short) run, so that growth in RSS means memory that is really kept.
    NODE_OPTIONS: `--max-old-space-size=${OLD_SPACE_MB}`,
  }, undefined, startScriptNodeOptions());
  const questions = readBenchQuestions();
  const deadline = Date.now() + seconds * 1000;
  const samples: Array<{ at: number; rssMb: number }> = [];
  const started = Date.now();
  const sampler = setInterval(() => samples.push({ at: (Date.now() - started) / 1000, rssMb: bot.readRssMb() }), 1000);

  async function call(label: string, url: string, init: RequestInit = {}): Promise<unknown> {
    try {
      const response = await fetch(url, init);
      const body = await response.text();
      if (!response.ok) {
        errors.push(`${label}: HTTP ${response.status} ${body.slice(0, 120)}`);
        return undefined;
      }
      return body ? JSON.parse(body) : {};
    } catch (error) {
      errors.push(`${label}: ${(error as Error).message}`);
      return undefined;
    }
  }

  async function resident(index: number): Promise<void> {
    const random = createRandom(1000 + index);
    while (Date.now() < deadline) {
      const grant = (await call('token', `${bot.url}/api/webchat/token`, { method: 'POST' })) as { token: string; conversationId: string } | undefined;
      if (!grant) return;
      const auth = { authorization: `Bearer ${grant.token}` };
      const dl = `${bot.url}/v3/directline/conversations`;
      if (!(await call('start', dl, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{"locale":"sv-SE"}' }))) return;
      counts.conversations += 1;
      let watermark = '';
      for (let turn = 0; turn < QUESTIONS_PER_CONVERSATION && Date.now() < deadline; turn++) {
        const question = pick(random, questions);
        const posted = (await call('post', `${dl}/${grant.conversationId}/activities`, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'message', text: question.text, locale: 'sv-SE', from: { id: 'ignored', role: 'user' }, channelData: { clientActivityID: `soak-${index}-${turn}` } }),
        })) as { id: string } | undefined;
        if (!posted) return;
        // Poll like Web Chat until the bot's reply to this message is in.
        const waitUntil = Date.now() + REPLY_TIMEOUT_MS;
        let isAnswered = false;
        while (!isAnswered && Date.now() < waitUntil) {
          await sleep(250);
          const page = (await call('poll', `${dl}/${grant.conversationId}/activities?watermark=${watermark}`, { headers: auth })) as
            | { activities: Array<{ from?: { role?: string }; replyToId?: string }>; watermark: string }
            | undefined;
          if (!page) return;
          counts.polls += 1;
          watermark = page.watermark;
          isAnswered = page.activities.some((activity) => activity.from?.role === 'bot' && activity.replyToId === posted.id);
        }
        if (!isAnswered) errors.push(`directline: no reply within ${REPLY_TIMEOUT_MS} ms to "${question.text}"`);
        counts.directLineTurns += 1;

        const api = (await call('api/messages', `${bot.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            type: 'message', id: `soak-${index}-${turn}`, text: pick(random, questions).text, channelId: 'emulator',
            serviceUrl: 'http://127.0.0.1:9', deliveryMode: 'expectReplies', conversation: { id: `soak-api-${index}-${counts.conversations}` },
            from: { id: `soak-user-${index}-${counts.conversations}` }, recipient: { id: 'bot' },
          }),
        })) as { activities?: unknown[] } | undefined;
        if (api && !(api.activities && api.activities.length > 0)) errors.push('api/messages: no reply');
        counts.apiTurns += 1;
      }
    }
  }

  try {
    await Promise.all(Array.from({ length: conversations }, (_, index) => resident(index)));
  } finally {
    clearInterval(sampler);
    await bot.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }

  const steady = samples.filter((sample) => sample.at >= WARM_UP_SECONDS && Number.isFinite(sample.rssMb));
  const third = Math.max(1, Math.floor(steady.length / 3));
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  const first = mean(steady.slice(0, third).map((sample) => sample.rssMb));
  const last = mean(steady.slice(-third).map((sample) => sample.rssMb));
  const peak = Math.max(...samples.map((sample) => sample.rssMb).filter(Number.isFinite));
  const growth = first > 0 ? (last - first) / first : 0;
  const isFlat = steady.length < 3 || growth <= 0.2;

  console.log(`soak: ${seconds} s, ${conversations} residents at once, bot heap capped at ${OLD_SPACE_MB} MB`);
  console.log(`  Direct Line turns ${counts.directLineTurns} (${counts.conversations} conversations, ${counts.polls} polls), /api/messages turns ${counts.apiTurns}`);
  console.log(`  RSS after ${WARM_UP_SECONDS} s warm-up: first third ${formatNumber(first, 1)} MB, last third ${formatNumber(last, 1)} MB (${growth >= 0 ? '+' : ''}${formatNumber(growth * 100, 1)} %), peak ${formatNumber(peak, 1)} MB`);
  console.log(`  RSS per second (MB): ${samples.map((sample) => Math.round(sample.rssMb)).join(' ')}`);
  console.log(`  errors: ${errors.length}`);
  for (const error of errors.slice(0, 10)) console.log(`    ${error}`);
  if (counts.directLineTurns === 0 || counts.apiTurns === 0) errors.push('no turns were completed');
  if (!isFlat) console.log(`  FAIL: memory grew by more than 20 % after warm-up`);
  if (errors.length > 0 || !isFlat) process.exit(1);
  console.log('  OK');
}

main().catch((error: unknown) => {
  console.error((error as Error)?.stack ?? error);
  process.exit(1);
});
