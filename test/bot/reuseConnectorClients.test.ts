/**
 * The adapter's Bot Framework clients are made once per channel service URL and reused (src/bot/reuseConnectorClients.ts),
 * around the real ConfigurationBotFrameworkAuthentication with no app id, as `npm start` runs. That replies reach the
 * right channel with reused clients is checked over HTTP in test/server/createServer.test.ts.
 */
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';
import { MAX_CLIENTS, ReusingBotFrameworkAuthentication } from '../../src/bot/reuseConnectorClients.js';

const createInner = () =>
  new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: '', MicrosoftAppTenantId: '' });
/** As createCloudAdapter makes it with no app id. */
const createAuth = () => new ReusingBotFrameworkAuthentication(createInner(), { isAuthDisabled: true });

/** What a turn is given of a result: its claims identity as plain data, the audience and the caller id. */
const visible = (result: AuthenticateRequestResult) => ({
  audience: result.audience,
  callerId: result.callerId,
  isAuthenticated: result.claimsIdentity.isAuthenticated,
  // Private in the typings; botbuilder reads it for isAuthenticated.
  authenticationType: (result.claimsIdentity as unknown as { authenticationType?: string }).authenticationType,
  claims: result.claimsIdentity.claims,
  hasConnectorFactory: result.connectorFactory !== undefined,
});

const activityFrom = (serviceUrl: string) =>
  ({ type: 'message', channelId: 'emulator', serviceUrl, conversation: { id: 'c1' }, from: { id: 'u1' }, recipient: { id: 'bot' } }) as Activity;

async function connectorFor(auth: ReusingBotFrameworkAuthentication, serviceUrl: string) {
  const result = await auth.authenticateRequest(activityFrom(serviceUrl), '');
  return { client: await result.connectorFactory!.create(serviceUrl, result.audience), result };
}

describe('ReusingBotFrameworkAuthentication', () => {
  it('gives every request from one service URL the same connector client, and another URL its own', async () => {
    const auth = createAuth();
    const first = await connectorFor(auth, 'http://127.0.0.1:3001');
    const again = await connectorFor(auth, 'http://127.0.0.1:3001');
    const other = await connectorFor(auth, 'http://127.0.0.1:3002');
    expect(again.client).toBe(first.client);
    expect(other.client).not.toBe(first.client);
    expect(auth.connectorCount).toBe(2);
    // The factory a turn keeps (for proactive messages) reuses the same clients.
    expect(await auth.createConnectorFactory(first.result.claimsIdentity).create('http://127.0.0.1:3001', first.result.audience)).toBe(first.client);
  });

  it('reuses the user token client', async () => {
    const auth = createAuth();
    const { result } = await connectorFor(auth, 'http://127.0.0.1:3001');
    const tokens = await auth.createUserTokenClient(result.claimsIdentity);
    expect(await auth.createUserTokenClient(result.claimsIdentity)).toBe(tokens);
  });

  it(`keeps at most ${MAX_CLIENTS} connector clients, forgetting the least recently used`, async () => {
    const auth = createAuth();
    const first = await connectorFor(auth, 'http://127.0.0.1:4000');
    for (let i = 1; i <= MAX_CLIENTS; i++) await connectorFor(auth, `http://127.0.0.1:${4000 + i}`);
    expect(auth.connectorCount).toBe(MAX_CLIENTS);
    // The first one was the least recently used: it was forgotten, and a new client is made for its URL.
    expect((await connectorFor(auth, 'http://127.0.0.1:4000')).client).not.toBe(first.client);
    // A recently used one is still kept.
    const recent = await connectorFor(auth, `http://127.0.0.1:${4000 + MAX_CLIENTS}`);
    expect((await connectorFor(auth, `http://127.0.0.1:${4000 + MAX_CLIENTS}`)).client).toBe(recent.client);
  });

  it('with authentication off, gives each request what botframework-connector gives it, without its round of calls', async () => {
    const auth = createAuth();
    const inner = createInner();
    const activities = [
      activityFrom('http://127.0.0.1:3001'),
      { ...activityFrom('https://facebook.botframework.com/'), channelId: 'facebook' },
      { ...activityFrom('http://127.0.0.1:3001'), channelId: 'directline', recipient: { id: 'bot', role: 'bot' } },
      // A skill call from the Emulator gets skill claims: it goes to botframework-connector itself.
      { ...activityFrom('http://127.0.0.1:3001'), recipient: { id: 'bot', role: 'skill' } },
    ] as Activity[];
    for (const activity of activities) {
      const ours = await auth.authenticateRequest(activity, '');
      expect(visible(ours)).toEqual(visible(await inner.authenticateRequest(activity, '')));
    }
    // Each request has an identity of its own, and replies still go through the reused clients.
    const first = await connectorFor(auth, 'http://127.0.0.1:3001');
    const again = await connectorFor(auth, 'http://127.0.0.1:3001');
    expect(again.result.claimsIdentity).not.toBe(first.result.claimsIdentity);
    expect(again.client).toBe(first.client);
  });

  it('with an app id, leaves authentication to botframework-connector (a request without a token is refused)', async () => {
    const withAppId = new ReusingBotFrameworkAuthentication(
      new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '00000000-0000-0000-0000-0000000000a1', MicrosoftAppPassword: 'x', MicrosoftAppType: 'MultiTenant' }),
      { isAuthDisabled: false },
    );
    await expect(withAppId.authenticateRequest(activityFrom('http://127.0.0.1:3001'), '')).rejects.toThrow(/Unauthorized/);
  });
});
