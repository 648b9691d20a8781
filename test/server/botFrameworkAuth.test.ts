/**
 * /api/messages with Bot Framework authentication on, against a stand-in for Microsoft's token service: an OpenID
 * configuration and a JWKS document served over HTTP on loopback, in the shape botframework-connector reads them
 * (keys with n, e, kid and the channels they are endorsed for), and RS256 tokens signed with a key the test made.
 * Azure itself cannot be reached here; botbuilder's own validation (issuer, audience, signature, endorsements,
 * serviceUrl claim) runs unchanged, pointed at the stand-in through its configuration.
 */
import http from 'node:http';
import path from 'node:path';
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ConfigurationBotFrameworkAuthentication, MemoryStorage } from 'botbuilder';
import type { Server } from 'restify';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { createAnswerEngine } from '../../src/knowledge/createAnswerEngine.js';
import { createTranslate } from '../../src/language/i18n.js';
import { PromiseBot } from '../../src/bot/PromiseBot.js';
import { CheckedCloudAdapter } from '../../src/bot/createCloudAdapter.js';
import { ReusingBotFrameworkAuthentication } from '../../src/bot/reuseConnectorClients.js';
import { createServer } from '../../src/server/createServer.js';
import { createActivity, postJson } from '../hardening/startHardenedBot.js';

const APP_ID = '00000000-0000-0000-0000-0000000000a1';
const ISSUER = 'https://api.botframework.com';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
const silent = { info: () => {}, warn: () => {}, error: () => {} };
const engine = createAnswerEngine(await loadKnowledge(path.resolve('knowledge')));
const t = await createTranslate(path.resolve('locales'));

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

function signToken(privateKey: KeyObject, claims: Record<string, unknown>, kid = 'key-1'): string {
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part({ iss: ISSUER, aud: APP_ID, serviceurl: SERVICE_URL, nbf: now - 60, exp: now + 3600, ...claims })}`;
  const signature = createSign('RSA-SHA256').update(unsigned).sign(privateKey).toString('base64url');
  return `${unsigned}.${signature}`;
}

/** The stand-in token service: /openid points to /keys; `failKeys` makes /keys answer 500. */
async function startTokenService(publicKey: KeyObject, options: { failKeys?: boolean } = {}) {
  const jwk = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  const server = http.createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (req.url === '/openid') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ issuer: ISSUER, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    } else if (req.url === '/keys' && !options.failKeys) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [{ kty: 'RSA', use: 'sig', kid: 'key-1', n: jwk.n, e: jwk.e, endorsements: ['msteams'] }] }));
    } else {
      res.writeHead(500);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function startBot(tokenServiceBase: string): Promise<{ server: Server; base: string }> {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'stand-in-secret',
    MicrosoftAppType: 'MultiTenant',
    ToBotFromChannelOpenIdMetadataUrl: `${tokenServiceBase}/openid`,
    ToBotFromEmulatorOpenIdMetadataUrl: `${tokenServiceBase}/openid`,
    ToBotFromChannelTokenIssuer: ISSUER,
    ToChannelFromBotLoginUrl: `${tokenServiceBase}/token`,
    ToChannelFromBotOAuthScope: ISSUER,
    ValidateAuthority: false,
  });
  const adapter = new CheckedCloudAdapter(new ReusingBotFrameworkAuthentication(auth));
  const bot = new PromiseBot({ getEngine: () => engine, t, storage: new MemoryStorage() });
  const server = createServer({ adapter, bot, getEngine: () => engine, isAuthEnabled: true, logger: silent });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** A question from a Teams conversation (the stand-in's key is endorsed for msteams), with the token. */
const post = (base: string, token: string) =>
  postJson(`${base}/api/messages`, createActivity('Vilka är de prioriterade områdena?', { channelId: 'msteams', serviceUrl: SERVICE_URL, recipient: { id: APP_ID } }), {
    authorization: `Bearer ${token}`,
  });

describe('HTTP: /api/messages with Bot Framework authentication (stand-in token service)', () => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let tokens: Awaited<ReturnType<typeof startTokenService>>;
  let bot: Awaited<ReturnType<typeof startBot>>;
  beforeAll(async () => {
    tokens = await startTokenService(publicKey);
    bot = await startBot(tokens.base);
  });
  afterAll(() => {
    bot.server.close();
    tokens.server.close();
  });

  it('answers an activity whose token the channel signed, in the response (expectReplies)', async () => {
    const response = await post(bot.base, signToken(privateKey, {}));
    expect(response.status).toBe(200);
    const { activities } = (await response.json()) as { activities: Array<{ entities?: Array<{ type: string; id?: string }> }> };
    expect(activities[0]!.entities).toContainEqual(expect.objectContaining({ type: 'kb-answer', id: 'priorities' }));
  });

  it.each([
    ['signed with another key', () => signToken(other.privateKey, {})],
    ['for another bot', () => signToken(privateKey, { aud: '00000000-0000-0000-0000-0000000000b2' })],
    ['for another serviceUrl', () => signToken(privateKey, { serviceurl: 'https://evil.example.org/' })],
    ['from another issuer', () => signToken(privateKey, { iss: 'https://issuer.example.org' })],
    ['expired', () => signToken(privateKey, { nbf: 1_600_000_000, exp: 1_600_003_600 })],
  ])('refuses a token %s with 401 and our own short body', async (_case, makeToken) => {
    const response = await post(bot.base, makeToken());
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ code: 'Unauthorized', message: 'Authentication is required.' });
  });

  it('answers 503 (try again), not 401, when the token service cannot give its keys', async () => {
    const failing = await startTokenService(publicKey, { failKeys: true });
    const failingBot = await startBot(failing.base);
    try {
      const response = await post(failingBot.base, signToken(privateKey, {}));
      expect(response.status).toBe(503);
      expect(await response.text()).not.toMatch(/keys|Error|127\.0\.0\.1/);
    } finally {
      failingBot.server.close();
      failing.server.close();
    }
  });
});
