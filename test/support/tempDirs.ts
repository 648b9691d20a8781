// Temporary directories for a test file, removed when its tests are done: a unit test run used to leave about a
// hundred directories in the system's temporary folder each time (knowledge copies, staff data files).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from '@jest/globals';

const made: string[] = [];
const beforeRemoving: Array<() => Promise<void>> = [];

/** A new empty directory `<tmp>/<prefix>-XXXXXX`, removed after the test file's last test. */
export function makeTempDirSync(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  made.push(dir);
  return dir;
}

/** Work to finish before the directories go (a store's last debounced write, say). */
export function beforeTempDirsRemoved(work: () => Promise<void>): void {
  beforeRemoving.push(work);
}

afterAll(async () => {
  await Promise.all(beforeRemoving.splice(0).map((work) => work()));
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
});
