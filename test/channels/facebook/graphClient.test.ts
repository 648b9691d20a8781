import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { GraphClient, GraphError, hashId } from '../../../src/channels/facebook/graphClient.js';
import { computeAppSecretProof } from '../../../src/channels/facebook/verifySignature.js';
import { GraphApiStandIn } from './graphApiStandIn.js';

const graph = new GraphApiStandIn();
const logs: { level: string; fields: Record<string, unknown>; msg?: string }[] = [];
const logger = {
  warn: (fields: object, msg?: string) => logs.push({ level: 'warn', fields: fields as Record<string, unknown>, msg }),
  error: (fields: object, msg?: string) => logs.push({ level: 'error', fields: fields as Record<string, unknown>, msg }),
};
let client: GraphClient;

beforeAll(async () => {
  await graph.start();
  client = new GraphClient({ graphApiUrl: graph.url, appSecret: 'secret', logger, retry: { baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 4 } });
});
afterAll(() => graph.stop());
beforeEach(() => {
  graph.reset();
  logs.length = 0;
});

describe('GraphClient', () => {
  it('sends a message in the Send API format with the page token and appsecret_proof', async () => {
    const result = await client.sendMessage('PAGE_TOKEN', 'PSID1', { text: 'Hej', quick_replies: [{ content_type: 'text', title: 'Trafik', payload: 'kb:traffic' }] });
    expect(result).toEqual({ recipient_id: 'PSID1', message_id: 'm_1' });
    const [request] = graph.requests;
    expect(request?.path).toBe('/me/messages');
    expect(request?.query.get('access_token')).toBe('PAGE_TOKEN');
    expect(request?.query.get('appsecret_proof')).toBe(computeAppSecretProof('PAGE_TOKEN', 'secret'));
    expect(request?.body).toEqual({
      recipient: { id: 'PSID1' },
      messaging_type: 'RESPONSE',
      message: { text: 'Hej', quick_replies: [{ content_type: 'text', title: 'Trafik', payload: 'kb:traffic' }] },
    });
  });

  it.each([
    ['HTTP 500', { status: 500, code: 1 }],
    ['code 2 (temporary)', { status: 400, code: 2 }],
    ['code 4 (rate limit)', { status: 400, code: 4 }],
    ['code 613 (rate limit)', { status: 400, code: 613 }],
    ['code 1200 (temporary send failure)', { status: 400, code: 1200 }],
    ['HTTP 429', { status: 429, code: 32 }],
  ])('retries after %s and then succeeds', async (_name, failure) => {
    graph.failNext(failure);
    await expect(client.sendMessage('T', 'PSID1', { text: 'Hej' })).resolves.toMatchObject({ message_id: expect.any(String) });
    expect(graph.messages).toHaveLength(2);
    expect(logs.map((l) => l.level)).toEqual(['warn']);
  });

  it('gives up after the bounded number of attempts', async () => {
    graph.failNext(...Array.from({ length: 5 }, () => ({ status: 503, code: 2 })));
    await expect(client.sendMessage('T', 'PSID1', { text: 'Hej' })).rejects.toMatchObject({ isTransient: true, status: 503 });
    expect(graph.messages).toHaveLength(4);
  });

  it.each([
    ['190 bad token', { status: 400, code: 190 }],
    ['10/2018278 outside the 24-hour window', { status: 400, code: 10, subcode: 2018278 }],
    ['551 user unavailable', { status: 400, code: 551 }],
    ['100/2018001 no such user', { status: 400, code: 100, subcode: 2018001 }],
    ['another 4xx', { status: 403, code: 200 }],
  ])('does not retry %s, and logs it without text or PSID', async (_name, failure) => {
    graph.failNext(failure);
    const error = await client.sendMessage('T', 'PSID-SECRET', { text: 'Min hemliga fråga' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ isTransient: false, code: failure.code });
    expect(graph.messages).toHaveLength(1);
    expect(logs).toHaveLength(1);
    const logged = JSON.stringify(logs);
    expect(logged).not.toContain('PSID-SECRET');
    expect(logged).not.toContain('hemliga');
    expect(logs[0]?.fields.user).toBe(hashId('PSID-SECRET'));
  });

  it('retries network errors', async () => {
    const offline = new GraphClient({ graphApiUrl: 'http://127.0.0.1:9/v25.0', logger, retry: { baseDelayMs: 1, maxDelayMs: 2, maxAttempts: 3 } });
    await expect(offline.sendMessage('T', 'PSID1', { text: 'Hej' })).rejects.toMatchObject({ isTransient: true, status: 0 });
    expect(logs.map((l) => l.level)).toEqual(['warn', 'warn', 'error']);
  });

  it('sends the typing indicator in its own request, once, and never throws', async () => {
    graph.failNext({ target: 'typing', status: 500, code: 2 });
    await expect(client.sendTyping('T', 'PSID1')).resolves.toBeUndefined();
    expect(graph.typingIndicators.map((r) => r.body)).toEqual([{ recipient: { id: 'PSID1' }, sender_action: 'typing_on' }]);
  });
});
