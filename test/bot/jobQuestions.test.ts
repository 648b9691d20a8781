/**
 * Questions about jobs (src/bot/detectStaffCues.ts, detectJobQuestion): a probe written blind in the twenty-second
 * session (test/golden/probes/jobs.jsonl: 60 questions about jobs, pay, internships and training, and 60 questions
 * about the promises that mention work in passing). A question about the promises must never be taken for one about
 * jobs; most job questions should be (the rest still get the search, which answers most of them with nothing).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectJobQuestion } from '../../src/bot/detectStaffCues.js';
import { splitWords } from '../../src/safety/foldText.js';

interface Probe {
  lang: string;
  text: string;
  kind: 'job' | 'promise';
}

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../golden/probes/jobs.jsonl');
const probes = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Probe);

describe('questions about jobs', () => {
  it('has the probe', () => {
    expect(probes.filter((p) => p.kind === 'job').length).toBeGreaterThanOrEqual(50);
    expect(probes.filter((p) => p.kind === 'promise').length).toBeGreaterThanOrEqual(50);
  });

  it('never takes a question about the promises that mentions work for a question about jobs', () => {
    const taken = probes.filter((p) => p.kind === 'promise' && detectJobQuestion(splitWords(p.text)) !== undefined).map((p) => p.text);
    expect(taken).toEqual([]);
  });

  it.each([
    'What are the promises doing about jobs for young people to keep them away from drugs?',
    'Jag jobbar på kommunen och undrar vad ni gör mot droger bland unga.',
    'I moved here for a job at the mine. What are the police concentrating on?',
    'Blir det fler poliskontroller på vägarna utanför stan?',
    'Hur jobbar polisen och kommunen tillsammans?',
  ])('does not take %j for a question about jobs', (text) => {
    expect(detectJobQuestion(splitWords(text))).toBeUndefined();
  });

  it('knows at least half of the job questions', () => {
    const jobs = probes.filter((p) => p.kind === 'job');
    const known = jobs.filter((p) => detectJobQuestion(splitWords(p.text)) !== undefined);
    expect(known.length).toBeGreaterThanOrEqual(jobs.length / 2);
  });
});
