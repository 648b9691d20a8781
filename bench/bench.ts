/**
 * `npm run bench [-- --duration 5 --runs 5 --connections 10 --startups 3 --bot-script src/index.ts --understanding-thread off]`: the real bot against an echo bot on the
 * same stack (bench/echoBot.ts), both as child processes on loopback, driven by autocannon from this process over
 * POST /api/messages with deliveryMode "expectReplies" and a mix of resident questions in sv, en and se.
 * Runs alternate bot/echo and the medians are reported, because the machine is shared and noisy. Also measured:
 * start-up to ready, reloading the real knowledge base in-process, and the bot's memory after the load.
 *
 * `--against <script>` puts another entry point of the bot (a copy of the tree before a change, say) in the echo
 * bot's place: the same runs then compare two versions of the bot directly, which is far steadier on a shared machine
 * than comparing each with the echo bot in runs minutes apart. The goals are not judged in that mode.
 *
 * The bot runs with Node's options from package.json's start script (none at present: a larger young generation was
 * measured and not kept, see docs/benchmarks.md), the echo bot with none, as a stock bot runs;
 * `--bot-node-options="<options>"` or `--echo-node-options="<options>"` measure Node's options either way round.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createAnswerEngine } from '../src/knowledge/createAnswerEngine.js';
import { loadRealKnowledge } from './lib/loadRealKnowledge.js';
import { readBenchQuestions, type BenchQuestion } from './lib/questions.js';
import { startChildServer, startScriptNodeOptions, type ChildServer } from './lib/childServer.js';
import { createRandom, formatNumber, formatTable, median } from './lib/stats.js';

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    runs: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    startups: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '3' },
    reloads: { type: 'string', default: '20' },
    // Another entry point of the bot (e.g. a copy of the tree with a change), to compare before and after.
    'bot-script': { type: 'string', default: 'src/index.ts' },
    // Instead of the echo bot: another version of the bot, measured side by side with --bot-script.
    against: { type: 'string' },
    // The echo bot with the bot's two framework savings (clients reused, no second zod check): a stricter yardstick.
    'lean-echo': { type: 'boolean', default: false },
    // Node's options for the bot (default: those of `npm start`, see startScriptNodeOptions) and for the echo bot
    // (default: none, as a stock bot runs) or the other bot of --against (default: the bot's). Space-separated; "" for none.
    'bot-node-options': { type: 'string' },
    'echo-node-options': { type: 'string' },
    // The bot's LOG_LEVEL: by default what `npm start` runs with (info: one line per turn, as in production).
    'log-level': { type: 'string', default: 'info' },
    // The bot's UNDERSTANDING_THREAD (auto, on, off): by default what `npm start` runs with (auto).
    'understanding-thread': { type: 'string' },
  },
});
const duration = Number(flags.duration);
const runs = Math.max(1, Number(flags.runs));
const connections = Math.max(1, Number(flags.connections));
const startups = Math.max(1, Number(flags.startups));
const warmup = Math.max(0, Number(flags.warmup));
const reloads = Math.max(1, Number(flags.reloads));
const splitOptions = (text: string): string[] => text.split(/\s+/).filter(Boolean);
/** The bot is started as `npm start` starts it, with the same options for Node. */
const botNodeOptions = flags['bot-node-options'] === undefined ? startScriptNodeOptions() : splitOptions(flags['bot-node-options']);

const THROUGHPUT_GOAL = 0.9;
const P99_GOAL = 1.5;
/** Three turns per conversation, then a new conversation and user: state is read and written as in real use. */
const TURNS_PER_CONVERSATION = 3;
const POOL_SIZE = 3000;
/**
 * Both servers get at least this many requests before the measured runs. Node 20 captures a stack trace on each of
 * the first 10,000 calls of the deprecated `Buffer()` constructor (to decide whether to warn, DEP0005), and restify's
 * body reader calls it once per request: until then every request of either server costs more, and the slower server
 * would pay it in more of its measured runs.
 */
const WARMUP_REQUESTS = 11_000;
/** The load right after start-up is measured for this many seconds (see firstBot). */
const FIRST_SECONDS = 3;

const BOT_ENV: Record<string, string> = {
  LOG_LEVEL: flags['log-level'],
  KNOWLEDGE_DIR: 'knowledge',
  ...(flags['understanding-thread'] ? { UNDERSTANDING_THREAD: flags['understanding-thread'] } : {}),
};
/** The yardstick: the echo bot, or with --against another version of the bot. */
const echoNodeOptions = splitOptions(flags['echo-node-options'] ?? '');
const other: { name: string; script: string; env: Record<string, string>; nodeOptions: string[] } = flags.against
  ? { name: 'other', script: flags.against, env: BOT_ENV, nodeOptions: flags['echo-node-options'] === undefined ? botNodeOptions : echoNodeOptions }
  : flags['lean-echo']
    ? { name: 'lean-echo', script: 'bench/echoBot.ts', env: { ECHO_LEAN: 'true' }, nodeOptions: echoNodeOptions }
    : { name: 'echo', script: 'bench/echoBot.ts', env: {}, nodeOptions: echoNodeOptions };

/** Prebuilt request bodies (so that building them costs the load generator nothing during the run). */
function buildBodies(questions: BenchQuestion[], serviceUrl: string): string[] {
  const random = createRandom(42);
  const order = questions.map((q) => ({ q, key: random() })).sort((a, b) => a.key - b.key).map((x) => x.q);
  const locales = { sv: 'sv-SE', en: 'en-US', se: 'se-NO' } as const;
  return Array.from({ length: POOL_SIZE }, (_, k) => {
    const q = order[k % order.length]!;
    const conversation = Math.floor(k / TURNS_PER_CONVERSATION);
    return JSON.stringify({
      type: 'message',
      id: `bench-${k}`,
      timestamp: new Date(0).toISOString(),
      channelId: 'emulator',
      serviceUrl,
      conversation: { id: `bench-conversation-${conversation}` },
      from: { id: `bench-user-${conversation % 997}`, name: 'Bench' },
      recipient: { id: 'bot', name: 'Bot' },
      locale: locales[q.lang],
      text: q.text,
      deliveryMode: 'expectReplies',
    });
  });
}

interface RunResult {
  rps: number;
  p50: number;
  p99: number;
  total: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  noReplies: number;
  kbAnswers: number;
  /** The server's CPU time per request during the run (NaN when /proc is not there). */
  cpuMsPerRequest: number;
  /** The same, of its main thread only (JavaScript; garbage collection helpers and I/O threads left out). */
  mainCpuMsPerRequest: number;
}

/** Drives one server for `seconds`, or for exactly `amount` requests when given. */
async function load(server: ChildServer, bodies: string[], seconds: number, amount?: number): Promise<RunResult> {
  let next = 0;
  let noReplies = 0;
  let kbAnswers = 0;
  const cpuBefore = server.readCpuMs();
  const mainCpuBefore = server.readCpuMs(true);
  const result = await autocannon({
    url: server.url,
    connections,
    duration: seconds,
    ...(amount ? { amount } : {}),
    timeout: 10,
    requests: [{
      method: 'POST',
      path: '/api/messages',
      headers: { 'content-type': 'application/json' },
      setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length]! }),
      onResponse: (status, body) => {
        if (status !== 200 || !body.includes('"activities":[{')) noReplies++;
        if (body.includes('"kb-answer"')) kbAnswers++;
      },
    }],
  });
  const cpuMs = server.readCpuMs() - cpuBefore;
  const mainCpuMs = server.readCpuMs(true) - mainCpuBefore;
  return {
    cpuMsPerRequest: cpuMs / Math.max(result.requests.total, 1),
    mainCpuMsPerRequest: mainCpuMs / Math.max(result.requests.total, 1),
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    noReplies,
    kbAnswers,
  };
}

/** Responses that were not a 200 with a reply: errors, non-2xx, timeouts and empty replies. */
function badOf(r: RunResult): number {
  return r.errors + r.non2xx + r.timeouts + r.noReplies;
}

function readMb(server: ChildServer): string {
  return `${formatNumber(server.readRssMb('VmRSS'), 1)} MB (peak ${formatNumber(server.readRssMb('VmHWM'), 1)} MB)`;
}

const servers: ChildServer[] = [];
try {
  const questions = readBenchQuestions();

  // Start-up to ready: the bot several times (the median counts), the echo bot once for reference.
  const startTimes: number[] = [];
  let bot!: ChildServer;
  for (let i = 0; i < startups; i++) {
    bot = await startChildServer('bot', flags['bot-script'], BOT_ENV, undefined, botNodeOptions);
    startTimes.push(bot.readyMs);
    if (i < startups - 1) await bot.stop();
  }
  servers.push(bot);
  const idleRss = readMb(bot);
  const botBodies = buildBodies(questions, bot.url);
  // Straight after start-up, before any warm-up load: what the residents of the first seconds after a (re)start get.
  // One sample per server, so only a rough view; the bot warms up before it listens (WARMUP_MS, src/bot/warmUp.ts).
  const firstBot = await load(bot, botBodies, FIRST_SECONDS);
  const echo = await startChildServer(other.name, other.script, other.env, undefined, other.nodeOptions);
  servers.push(echo);
  const echoBodies = buildBodies(questions, echo.url);
  const firstEcho = await load(echo, echoBodies, FIRST_SECONDS);

  const targets = [
    { name: 'bot', server: bot, bodies: botBodies, results: [] as RunResult[] },
    { name: other.name, server: echo, bodies: echoBodies, results: [] as RunResult[] },
  ];
  const shownOptions = (options: readonly string[]) => (options.length > 0 ? options.join(' ') : 'none');
  console.log(`Node options: bot ${shownOptions(botNodeOptions)}${flags['bot-node-options'] === undefined ? ' (as npm start)' : ''}, ` +
    `${other.name} ${shownOptions(other.nodeOptions)}; the bot's understanding thread ${flags['understanding-thread'] ?? 'auto (as npm start)'}, ` +
    `${availableParallelism()} cores`);
  console.log(`bot pid ${bot.pid} on ${bot.url}, ${other.name} pid ${echo.pid} on ${echo.url}; ${questions.length} distinct questions, ` +
    `${connections} connections, ${runs} × ${duration} s each, alternating`);
  if (warmup > 0) {
    for (const t of targets) {
      // At least WARMUP_REQUESTS per server, whatever the seconds: see WARMUP_REQUESTS.
      const first = await load(t.server, t.bodies, warmup);
      if (first.total < WARMUP_REQUESTS) await load(t.server, t.bodies, warmup, WARMUP_REQUESTS - first.total);
    }
  }
  for (let run = 0; run < runs; run++) {
    // Alternate who goes first, so that drift in the machine's load does not always favour the same one.
    const order = run % 2 === 0 ? targets : [...targets].reverse();
    for (const t of order) {
      const r = await load(t.server, t.bodies, duration);
      t.results.push(r);
      console.log(`  run ${run + 1} ${t.name.padEnd(4)} ${formatNumber(r.rps, 0).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms` +
        `  CPU ${formatNumber(r.cpuMsPerRequest, 3)} ms/request (main thread ${formatNumber(r.mainCpuMsPerRequest, 3)})  (${r.total} requests, ${r.kbAnswers} kb answers, ` +
        `${badOf(r)} bad)`);
    }
  }
  const afterRss = readMb(bot);
  const echoRss = readMb(echo);

  const summary = targets.map((t) => ({
    name: t.name,
    rps: median(t.results.map((r) => r.rps)),
    p50: median(t.results.map((r) => r.p50)),
    p99: median(t.results.map((r) => r.p99)),
    cpu: median(t.results.map((r) => r.cpuMsPerRequest)),
    mainCpu: median(t.results.map((r) => r.mainCpuMsPerRequest)),
    bad: t.results.reduce((s, r) => s + badOf(r), 0),
    total: t.results.reduce((s, r) => s + r.total, 0),
  }));
  const [b, e] = summary as [typeof summary[0], typeof summary[0]];
  const throughputRatio = b.rps / e.rps;
  const p99Ratio = b.p99 / e.p99;
  const cpuRatio = e.cpu / b.cpu;

  for (const s of servers.splice(0)) await s.stop();

  // Reloading the real knowledge base, in this process: what a file change costs before the new index answers.
  const reloadTimes: number[] = [];
  const loadTimes: number[] = [];
  let entries = 0;
  for (let i = 0; i < reloads; i++) {
    const start = process.hrtime.bigint();
    const { knowledge } = await loadRealKnowledge(BOT_ENV.KNOWLEDGE_DIR);
    const loaded = process.hrtime.bigint();
    createAnswerEngine(knowledge);
    reloadTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
    loadTimes.push(Number(loaded - start) / 1e6);
    entries = knowledge.entries.length;
  }

  console.log(`\nBot vs ${other.name} — median of ${runs} alternating runs of ${duration} s, ${connections} connections, expectReplies\n`);
  console.log(formatTable(
    ['server', 'requests/s', 'p50 ms', 'p99 ms', 'server CPU ms/request', 'of it main thread', 'requests', 'bad responses'],
    summary.map((s) => [s.name, formatNumber(s.rps, 0), formatNumber(s.p50, 1), formatNumber(s.p99, 1), formatNumber(s.cpu, 3), formatNumber(s.mainCpu, 3), String(s.total), String(s.bad)]),
  ));
  if (flags.against) {
    console.log(`\nbot/other throughput ${formatNumber(throughputRatio, 3)}, p99 ${formatNumber(p99Ratio, 3)} (--against: no goals judged)`);
  } else {
    // The goals are judged against the echo bot as botbuilder's samples write it; the lean echo is a stricter view.
    const judged = flags['lean-echo'] ? ' (stricter than the goal\'s yardstick)' : '';
    console.log(`\nbot/${other.name} throughput ${formatNumber(throughputRatio, 3)} (goal ≥ ${THROUGHPUT_GOAL}) — ${throughputRatio >= THROUGHPUT_GOAL ? 'met' : 'NOT MET'}${judged}`);
    console.log(`bot/${other.name} p99        ${formatNumber(p99Ratio, 3)} (goal ≤ ${P99_GOAL}) — ${p99Ratio <= P99_GOAL ? 'met' : 'NOT MET'}${judged}`);
  }
  // Not a goal: a steadier view of the same gap on a shared machine. requests/s moves with whatever else runs (and
  // the load generator shares the cores); the CPU time each server spends per request moves much less.
  console.log(`${other.name}/bot CPU per request ${formatNumber(cpuRatio, 3)} (the throughput ratio if only the server's own CPU time limited it)`);
  console.log(`${other.name}/bot main-thread CPU per request ${formatNumber(e.mainCpu / b.mainCpu, 3)} (the same, for the thread that runs JavaScript)`);
  console.log('\n' + formatTable(['measure', 'value'], [
    [`bot start-up to ready (spawn → 200 /healthz), median of ${startups}`, `${formatNumber(median(startTimes), 0)} ms (${startTimes.map((t) => formatNumber(t, 0)).join(', ')})`],
    [`${other.name} start-up to ready`, `${formatNumber(echo.readyMs, 0)} ms`],
    [`first ${FIRST_SECONDS} s after ready, before any warm-up load (one run each): bot / ${other.name}`,
      `${formatNumber(firstBot.rps, 0)} / ${formatNumber(firstEcho.rps, 0)} requests/s (${formatNumber(firstBot.rps / firstEcho.rps, 3)})`],
    [`reload of the real knowledge base (${entries} entries: loadKnowledge + createAnswerEngine), median of ${reloads}`, `${formatNumber(median(reloadTimes), 1)} ms (of which loadKnowledge ${formatNumber(median(loadTimes), 1)} ms)`],
    ['bot RSS idle after start-up', idleRss],
    ['bot RSS after the load', afterRss],
    [`${other.name} RSS after the load`, echoRss],
  ]));
  if (b.bad + e.bad + badOf(firstBot) + badOf(firstEcho) > 0) {
    console.error(`\nINVALID: ${b.bad + badOf(firstBot)} bad responses from the bot, ${e.bad + badOf(firstEcho)} from the ${other.name} (errors, non-2xx, timeouts or no replies).`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  for (const s of servers) await s.stop();
}
