import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LiveKnowledge } from '../../src/knowledge/LiveKnowledge.js';
import { makeTempDirSync } from '../support/tempDirs.js';

const fixture = 'test/fixtures/knowledge-with-followups';

function copyFixture(): string {
  const dir = makeTempDirSync('live');
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

async function waitFor(check: () => boolean, ms = 1000): Promise<number> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - start;
}

const answerText = (live: LiveKnowledge, q: string) => {
  const r = live.engine().ask(q);
  return r.kind === 'answer' ? r.entry.answer.sv : r.kind;
};

describe('LiveKnowledge', () => {
  let live: LiveKnowledge | undefined;
  afterEach(() => live?.close());

  test('a valid change is live within a second, without restart', async () => {
    const dir = copyFixture();
    live = await LiveKnowledge.open(dir, { watch: true, debounceMs: 50 });
    const before = live.status().version;
    expect(answerText(live, 'rattfylleri')).toBe('Polisen övervakar trafiken i hela kommunen.');
    const file = path.join(dir, 'entries.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Polisen övervakar trafiken i hela kommunen.', 'Polisen övervakar trafiken, året runt.'));
    await waitFor(() => live!.status().version !== before);
    expect(answerText(live, 'rattfylleri')).toBe('Polisen övervakar trafiken, året runt.');
  });

  test('a broken change is refused, the bot keeps answering, and /healthz-style status shows why', async () => {
    const dir = copyFixture();
    const warnings: string[] = [];
    live = await LiveKnowledge.open(dir, {
      watch: true, debounceMs: 50, logger: { info: () => {}, warn: (_d, m) => warnings.push(String(m)) },
    });
    const good = live.status().version;
    const file = path.join(dir, 'entries.yaml');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('owner: police', 'owner: polisen'));
    await waitFor(() => live!.status().lastRefused !== undefined);
    expect(live.status().version).toBe(good);
    expect(live.status().lastRefused?.problems[0]).toMatch(/entries\.yaml:4 post "drug-dog" › owner: måste vara ett av: police, municipality, both\./);
    expect(warnings[0]).toMatch(/refused/);
    expect(answerText(live, 'rattfylleri')).toBe('Polisen övervakar trafiken i hela kommunen.');

    writeFileSync(file, original.replace('Polisen övervakar trafiken i hela kommunen.', 'Reparerad.'));
    await waitFor(() => live!.status().lastRefused === undefined);
    expect(answerText(live, 'rattfylleri')).toBe('Reparerad.');
  });

  test('a follow-up file change is picked up too', async () => {
    const dir = copyFixture();
    live = await LiveKnowledge.open(dir, { watch: true, debounceMs: 50 });
    expect(live.knowledge().followups).toHaveLength(2);
    const file = path.join(dir, 'followups', '2026.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: ongoing', 'status: done'));
    await waitFor(() => live!.knowledge().followups.at(-1)?.status === 'done');
  });

  test('a reload parses only the files that changed; the entries of the others stay the same, and cannot be changed', async () => {
    const dir = copyFixture();
    // Two files: the fixture's first entry in entries.yaml, its second in traffic.yaml.
    const file = path.join(dir, 'entries.yaml');
    const [head, traffic] = readFileSync(file, 'utf8').split('  - id: traffic');
    writeFileSync(file, head!);
    const trafficFile = path.join(dir, 'traffic.yaml');
    writeFileSync(trafficFile, `entries:\n  - id: traffic${traffic}`);
    live = await LiveKnowledge.open(dir);
    const dog = live.knowledge().byId.get('drug-dog')!;
    const before = live.knowledge().byId.get('traffic')!;
    writeFileSync(trafficFile, readFileSync(trafficFile, 'utf8').replace('Polisen övervakar trafiken i hela kommunen.', 'Polisen övervakar trafiken, året runt.'));
    expect(await live.reload()).toBe('loaded');
    expect(live.knowledge().byId.get('drug-dog')).toBe(dog);
    expect(live.knowledge().byId.get('traffic')).not.toBe(before);
    expect(answerText(live, 'rattfylleri')).toBe('Polisen övervakar trafiken, året runt.');
    expect(answerText(live, 'narkotikahund')).toBe(dog.answer.sv);
    expect(() => {
      (dog.answer as { sv: string }).sv = 'Ändrad i minnet.';
    }).toThrow(TypeError);
  });

  test('start-up with broken knowledge fails loudly instead of running empty', async () => {
    const dir = copyFixture();
    writeFileSync(path.join(dir, 'entries.yaml'), 'entries: [');
    await expect(LiveKnowledge.open(dir)).rejects.toThrow(/YAML-fel/);
  });
});
