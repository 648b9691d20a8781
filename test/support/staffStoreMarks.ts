// One check of the StaffStore contract that every store must keep (JsonFileStaffStore in the unit tests,
// RedisStaffStore against a real redis-server in the e2e tests): the same assertions, one place.
import { expect } from '@jest/globals';
import { contributorOf, MAX_CONTRIBUTORS, type StaffStore } from '../../src/staff/staffStore.js';

/**
 * A question asked by more than MAX_CONTRIBUTORS conversations keeps counting, but only the newest marks: the first
 * asker's count can no longer be erased, the newest asker's can.
 */
export async function expectMarksCapped(store: StaffStore): Promise<void> {
  const first = contributorOf('webchat', 'first');
  await store.recordUnanswered('Vad blir vädret i morgon?', 'sv', first);
  for (let i = 0; i < MAX_CONTRIBUTORS; i++) await store.recordUnanswered('Vad blir vädret i morgon?', 'sv', contributorOf('webchat', `c${i}`));
  expect((await store.readReport()).unanswered[0]!.count).toBe(MAX_CONTRIBUTORS + 1);
  expect(await store.eraseContributor(first)).toBe(0);
  expect(await store.eraseContributor(contributorOf('webchat', `c${MAX_CONTRIBUTORS - 1}`))).toBe(1);
  expect((await store.readReport()).unanswered[0]!.count).toBe(MAX_CONTRIBUTORS);
}
