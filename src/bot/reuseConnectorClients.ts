/**
 * Bot Framework clients made once and reused, instead of once per incoming activity.
 *
 * botbuilder's CloudAdapter asks its BotFrameworkAuthentication, for every activity, for a new ConnectorClient (to
 * post replies to the channel's service URL) and a new UserTokenClient (for sign-in tokens). Each is a complete
 * @azure/core HTTP pipeline of policies, and building the two is a large share of a turn's CPU time (in a CPU profile
 * under load: ~0.15 ms of the ~0.9 ms a whole turn of this bot costs). When the replies go back in the HTTP response
 * (deliveryMode "expectReplies") neither is ever used. The Azure SDK's guidance is to create a client once and share
 * it; a client holds no per-request state, and its credentials fetch and refresh their own tokens.
 *
 * This wraps the configured BotFrameworkAuthentication: everything is delegated, and the clients it makes are kept by
 * exactly what they are made from (the bot's app id from the request's claims, the service URL and the audience), at
 * most MAX_CLIENTS of each kind, the least recently used forgotten first.
 *
 * With authentication off (no app id: `npm start` on its own, and the website's chat served by the bot itself), a
 * request's result is the same for every activity but a skill call from the Emulator: anonymous claims, no caller id,
 * the channel's default audience. botframework-connector works that out anew for each request, through three layers
 * of async calls (about 14 µs of the main thread per request, some 2 % of a whole turn). Here the first such request
 * goes through it, and the requests after it are given the same audience, caller id and (reusing) connector factory
 * with a new anonymous identity, as botframework-connector makes it (JwtTokenValidation_authenticateRequest); a test
 * checks the two against each other (test/bot/reuseConnectorClients.test.ts).
 */
import {
  AuthenticationConstants,
  BotFrameworkAuthentication,
  ClaimsIdentity,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import { Channels, RoleTypes, type Activity } from 'botbuilder';

/** Enough for every channel region a bot meets; service URLs of unauthenticated local requests cannot grow it further. */
export const MAX_CLIENTS = 64;

/** Promises of clients by key, so that two first requests at the same moment share one client. */
class ClientCache<T> {
  private readonly clients = new Map<string, Promise<T>>();
  private newest: [key: string, client: Promise<T>] | undefined;

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.clients.size;
  }

  get(key: string, make: () => Promise<T>): Promise<T> {
    // Most requests come from the channel the one before came from: that client is already the most recently used.
    const newest = this.newest;
    if (newest && newest[0] === key && this.clients.get(key) === newest[1]) return newest[1];
    let client = this.clients.get(key);
    if (client) {
      // Re-inserting keeps the Map in least-recently-used order.
      this.clients.delete(key);
    } else {
      client = make();
      // A client that could not be made (credentials refused, say) is not kept: the next request tries again.
      client.catch(() => {
        if (this.clients.get(key) === client) this.clients.delete(key);
      });
    }
    this.clients.set(key, client);
    this.newest = [key, client];
    if (this.clients.size > this.limit) this.clients.delete(this.clients.keys().next().value as string);
    return client;
  }
}

/** A skill call from the Emulator: botframework-connector gives it skill claims even with authentication off. */
function isEmulatorSkillCall(activity: Activity): boolean {
  return activity.channelId === Channels.Emulator && activity.recipient?.role === RoleTypes.Skill;
}

/** The bot's app id as botframework-connector reads it from a request's claims (audience, else the app id claim). */
function appIdOf(claimsIdentity: ClaimsIdentity): string {
  return claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
}

class ReusingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly appId: string,
    private readonly cache: ClientCache<ConnectorClient>,
  ) {
    super();
  }

  override create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.cache.get(`${this.appId}\n${serviceUrl}\n${audience ?? ''}`, () => this.inner.create(serviceUrl, audience));
  }
}

export class ReusingBotFrameworkAuthentication extends BotFrameworkAuthentication {
  private readonly connectors = new ClientCache<ConnectorClient>(MAX_CLIENTS);
  private readonly tokenClients = new ClientCache<UserTokenClient>(MAX_CLIENTS);

  /** With authentication off: what the first request was given, but its claims identity (see authenticateRequest). */
  private anonymous: Omit<AuthenticateRequestResult, 'claimsIdentity'> | undefined;

  /**
   * `isAuthDisabled`: the inner authentication was configured without an app id (botframework-connector then accepts
   * every request, see PasswordServiceClientCredentialFactory.isAuthenticationDisabled).
   */
  constructor(
    private readonly inner: BotFrameworkAuthentication,
    private readonly options: { isAuthDisabled?: boolean } = {},
  ) {
    super();
  }

  /** How many connector clients are kept (tests). */
  get connectorCount(): number {
    return this.connectors.size;
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const isAnonymous = this.options.isAuthDisabled === true && !isEmulatorSkillCall(activity);
    // A new identity per request, as botframework-connector makes it: a turn may add to its claims.
    if (isAnonymous && this.anonymous) return { ...this.anonymous, claimsIdentity: new ClaimsIdentity([], AuthenticationConstants.AnonymousAuthType) };
    const result = this.withReusingFactory(await this.inner.authenticateRequest(activity, authHeader));
    if (isAnonymous) this.anonymous = { audience: result.audience, callerId: result.callerId, connectorFactory: result.connectorFactory };
    return result;
  }

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.withReusingFactory(await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new ReusingConnectorFactory(this.inner.createConnectorFactory(claimsIdentity), appIdOf(claimsIdentity), this.connectors);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    // The inner authentication makes it from the app id alone (with its fixed OAuth scope and endpoints).
    return this.tokenClients.get(appIdOf(claimsIdentity), () => this.inner.createUserTokenClient(claimsIdentity));
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private withReusingFactory(result: AuthenticateRequestResult): AuthenticateRequestResult {
    const { connectorFactory, claimsIdentity } = result;
    if (!connectorFactory) return result;
    return { ...result, connectorFactory: new ReusingConnectorFactory(connectorFactory, appIdOf(claimsIdentity), this.connectors) };
  }
}
