/** `npm run messenger:setup`: the profile it builds, and the command itself against the Graph API stand-in. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { buildMessengerProfile } from '../../../src/channels/facebook/buildMessengerProfile.js';
import { parsePayload } from '../../../src/bot/readPayload.js';
import { GraphApiStandIn } from './graphApiStandIn.js';
import { loadParts } from './messengerHarness.js';

const { engine, t } = await loadParts();
const profile = buildMessengerProfile(t, engine.knowledge);

describe('the Messenger profile', () => {
  it('has a Get Started button that posts back GET_STARTED', () => {
    expect(profile.get_started).toEqual({ payload: 'GET_STARTED' });
  });

  it('greets by default in all three languages, naming each, within 160 characters; sv_SE and en_US have their own', () => {
    const byLocale = Object.fromEntries(profile.greeting.map((g) => [g.locale, g.text]));
    expect(Object.keys(byLocale)).toEqual(['default', 'sv_SE', 'en_US']);
    expect(byLocale.default).toContain('svenska');
    expect(byLocale.default).toContain('English');
    expect(byLocale.default).toContain('davvisámegillii');
    expect(byLocale.sv_SE).toBe(t('sv', 'messenger.greeting'));
    expect(byLocale.en_US).toBe(t('en', 'messenger.greeting'));
    for (const text of Object.values(byLocale)) expect(Array.from(text).length).toBeLessThanOrEqual(160);
  });

  it.each(['default', 'sv_SE', 'en_US'])('has a %s menu with the languages, main topics, help and both websites, within Messenger limits', (locale) => {
    const menu = profile.persistent_menu.find((m) => m.locale === locale)!;
    expect(menu.composer_input_disabled).toBe(false);
    const items = menu.call_to_actions;
    expect(items.length).toBeLessThanOrEqual(20);
    for (const item of items) expect(Array.from(item.title).length).toBeLessThanOrEqual(30);
    const payloads = items.flatMap((item) => (item.type === 'postback' ? [item.payload] : []));
    expect(payloads.slice(0, 3)).toEqual(['lang:sv', 'lang:en', 'lang:se']);
    expect(payloads).toEqual(expect.arrayContaining(['kb:traffic', 'kb:drug-dog-school', 'cmd:help']));
    for (const payload of payloads) {
      const parsed = parsePayload(payload);
      expect(parsed).not.toBeNull();
      if (parsed?.kind === 'kb') expect(engine.knowledge.byId.has(parsed.id)).toBe(true);
    }
    expect(items.filter((item) => item.type === 'web_url').map((item) => (item as { url: string }).url)).toEqual(['https://polisen.se/', 'https://kiruna.se/']);
  });

  it('labels the menu in the locale’s language', () => {
    const titleOf = (locale: string, payload: string) =>
      profile.persistent_menu.find((m) => m.locale === locale)!.call_to_actions.find((i) => i.type === 'postback' && i.payload === payload)?.title;
    expect(titleOf('sv_SE', 'kb:traffic')).toBe(engine.knowledge.byId.get('traffic')!.label.sv);
    expect(titleOf('en_US', 'kb:traffic')).toBe(engine.knowledge.byId.get('traffic')!.label.en);
    expect(titleOf('en_US', 'cmd:help')).toBe(t('en', 'help.button'));
  });
});

describe('npm run messenger:setup', () => {
  const graph = new GraphApiStandIn();
  let cwd: string;
  beforeAll(async () => {
    await graph.start();
    cwd = await mkdtemp(path.join(os.tmpdir(), 'messenger-setup-'));
  });
  afterAll(async () => {
    await graph.stop();
    await rm(cwd, { recursive: true, force: true });
  });
  beforeEach(() => graph.reset());

  async function runSetup(args: string[], env: Record<string, string>) {
    const script = path.resolve('src/cli/messenger-setup.ts');
    const tsx = path.resolve('node_modules/.bin/tsx');
    const baseEnv = { PATH: process.env.PATH ?? '', KNOWLEDGE_DIR: path.resolve('knowledge'), FACEBOOK_GRAPH_API_URL: graph.url };
    try {
      const { stdout, stderr } = await promisify(execFile)(tsx, [script, ...args], { cwd, env: { ...baseEnv, ...env } });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  it('--dry-run prints the profile and sends nothing', async () => {
    const result = await runSetup(['--dry-run'], { FACEBOOK_PAGE_ACCESS_TOKEN: 'TOKEN-1', FACEBOOK_VERIFY_TOKEN: 'v', FACEBOOK_APP_SECRET: 's' });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(profile);
    expect(graph.requests).toEqual([]);
  }, 30_000);

  it('sets the profile on every page with that page’s token', async () => {
    const result = await runSetup([], {
      FACEBOOK_PAGE_TOKENS: '111:TOKEN-POLICE,222:TOKEN-KOMMUN',
      FACEBOOK_VERIFY_TOKEN: 'v',
      FACEBOOK_APP_SECRET: 's',
    });
    expect(result.code).toBe(0);
    expect(graph.requests.map((r) => [r.method, r.path, r.query.get('access_token')])).toEqual([
      ['POST', '/me/messenger_profile', 'TOKEN-POLICE'],
      ['POST', '/me/messenger_profile', 'TOKEN-KOMMUN'],
    ]);
    for (const request of graph.requests) expect(request.body).toEqual(JSON.parse(JSON.stringify(profile)));
    expect(result.stdout).toContain('page 111');
  }, 30_000);

  it('reports a refused token by page, without the token, and exits 1', async () => {
    graph.failNext({ target: 'profile', status: 400, code: 190 });
    const result = await runSetup([], { FACEBOOK_PAGE_TOKENS: '111:TOKEN-BAD,222:TOKEN-OK', FACEBOOK_VERIFY_TOKEN: 'v', FACEBOOK_APP_SECRET: 's' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('page 111: failed');
    expect(result.stderr).toContain('190');
    expect(result.stderr + result.stdout).not.toContain('TOKEN-BAD');
    expect(graph.requests).toHaveLength(2);
  }, 30_000);
});
