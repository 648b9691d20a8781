/**
 * The website chat, put together: the page and its assets, the embed script, the accessibility statement, the token
 * route and, when the bot runs on its own, the Direct Line endpoint. With DIRECT_LINE_SECRET set (Azure Bot Service),
 * the token route gets its tokens from Azure and the page talks to Azure's Direct Line instead.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { LANGS } from '../../knowledge/schema.js';
import type { Translate } from '../../language/i18n.js';
import { generateDirectLineToken, DirectLineTokenError } from './azureDirectLine.js';
import { MemoryConversationStore, type ConversationStore } from './conversationStore.js';
import { createCorsPolicy } from './corsPolicy.js';
import { createDirectLineEndpoint, DIRECT_LINE_PATH, type DirectLineLogger, type WebchatLimits } from './directLineEndpoint.js';
import { refuseOverLimit } from '../../server/rateLimiter.js';
import { requestIdOf } from '../../logging/requestContext.js';
import { createTokenSigner } from './directLineToken.js';
import { createAsset, loadWebchatBundle, sendAsset, type StaticAsset } from './webchatAssets.js';
import { readLang, renderAccessibilityPage, renderChatPage } from './webchatPages.js';

export const TOKEN_ROUTE = '/api/webchat/token';

export interface WebchatOptions {
  t: Translate;
  logger: DirectLineLogger;
  /** DIRECT_LINE_TOKEN_SECRET: signs self-hosted tokens; shared by all instances. Random per process when unset. */
  tokenSecret?: string;
  tokenTtlSeconds?: number;
  conversationTtlHours?: number;
  maxConversations?: number;
  /** WEBCHAT_ALLOWED_ORIGINS: other sites that may call the Direct Line endpoint and token route from a browser. */
  allowedOrigins?: string[];
  /** WEBCHAT_FRAME_ANCESTORS: the CSP frame-ancestors sources, e.g. "'self' https://kiruna.se https://www.kiruna.se". */
  frameAncestors?: string;
  /** DIRECT_LINE_SECRET and DIRECT_LINE_DOMAIN: the Azure route. */
  azure?: { secret: string; domain: string };
  publicDir?: string;
  nodeModulesDir?: string;
  store?: ConversationStore;
  onTurnError?: (context: TurnContext, error: Error) => Promise<void>;
  now?: () => number;
  fetch?: typeof fetch;
  /** Rate limits of the Direct Line endpoint and the token route (src/server/rateLimiter.ts). */
  limits?: WebchatLimits;
  /** The client's address as TRUST_PROXY says to read it. */
  readClientAddress?: (req: Request) => string;
}

export interface WebchatChannel {
  /** Give to PromiseBot's erasers: "delete my data" empties the resident's web chat transcripts. */
  eraseResident(ref: { channelId: string; userId: string; conversationId: string }): Promise<void>;
  registerRoutes(server: Server, bot: { run(context: TurnContext): Promise<void> }): void;
  readonly mode: 'self-hosted' | 'azure';
  readonly store: ConversationStore;
  /** Resolves when no web chat turn is running (graceful shutdown). */
  idle(): Promise<void>;
  /** Raw, gzip and Brotli sizes of the Web Chat bundle as served (Brotli once it is ready). */
  readBundleSizes(): { raw: number; gzip: number; brotli?: number } | undefined;
}

/** Builds the Content-Security-Policy of the chat page; Web Chat needs 'unsafe-eval' (new Function) and inline styles. */
export function buildContentSecurityPolicy(options: { nonce?: string; connectSources: string[]; frameAncestors: string; scripts: boolean }): string {
  return [
    "default-src 'self'",
    options.scripts ? `script-src 'self' 'nonce-${options.nonce}' 'unsafe-eval'` : "script-src 'none'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "media-src 'self' blob:",
    `connect-src ${["'self'", ...options.connectSources].join(' ')}`,
    `frame-ancestors ${options.frameAncestors}`,
    "frame-src 'none'",
    "manifest-src 'none'",
    "form-action 'self'",
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
}

export async function createWebchatChannel(options: WebchatOptions): Promise<WebchatChannel> {
  const { t, logger } = options;
  const publicDir = options.publicDir ?? path.resolve('public');
  const nodeModulesDir = options.nodeModulesDir ?? path.resolve('node_modules');
  const frameAncestors = options.frameAncestors?.trim() || "'self'";
  const azure = options.azure;
  const connectSources = azure ? [new URL(azure.domain).origin] : [];

  let secret = options.tokenSecret;
  if (!secret && !azure) {
    secret = randomBytes(32).toString('base64url');
    logger.warn({}, 'DIRECT_LINE_TOKEN_SECRET is not set: web chat tokens are signed with a random key of this process. Set it when several instances serve the chat, or after a restart every open chat must start again.');
  }
  const store =
    options.store ??
    new MemoryConversationStore({
      ttlMs: (options.conversationTtlHours ?? 24) * 3600_000,
      maxConversations: options.maxConversations ?? 10_000,
      maxActivitiesPerConversation: 500,
      ...(options.now ? { now: options.now } : {}),
    });
  const cors = createCorsPolicy(options.allowedOrigins ?? []);
  const signer = createTokenSigner({ secret: secret ?? randomBytes(32).toString('base64url'), ttlSeconds: options.tokenTtlSeconds ?? 3600, ...(options.now ? { now: options.now } : {}) });
  const endpoint = createDirectLineEndpoint({
    store,
    signer,
    cors,
    logger,
    readBotName: (locale) => t(readLang(locale), 'webchat.botName'),
    ...(options.onTurnError ? { onTurnError: options.onTurnError } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.readClientAddress ? { readClientAddress: options.readClientAddress } : {}),
  });

  const readPublic = (...parts: string[]) => readFile(path.join(publicDir, ...parts));
  const css = await createAsset(await readPublic('webchat', 'chat.css'), 'text/css; charset=utf-8');
  const appJs = await createAsset(await readPublic('webchat', 'app.js'), 'application/javascript; charset=utf-8');
  const bundle = await loadWebchatBundle({ publicDir, nodeModulesDir, logger });
  const embedTexts = Object.fromEntries(
    LANGS.map((lang) => [lang, { open: t(lang, 'webchat.embed.open'), close: t(lang, 'webchat.embed.close'), frameTitle: t(lang, 'webchat.embed.frameTitle') }]),
  );
  const embedSource = (await readPublic('embed.js')).toString('utf8').replace('__TEXTS__', JSON.stringify(embedTexts));
  const embedJs = await createAsset(Buffer.from(embedSource), 'application/javascript; charset=utf-8');
  const versioned = (route: string, asset: StaticAsset | undefined) => (asset ? `${route}?v=${asset.hash}` : route);
  const assets = {
    css: versioned('/webchat/chat.css', css),
    appJs: versioned('/webchat/app.js', appJs),
    webchatJs: versioned('/webchat/webchat-minimal.js', bundle),
  };

  function sendHtml(res: Response, html: string, csp: string): void {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    // frame-ancestors decides who may frame the page (kiruna.se); a server-wide X-Frame-Options would forbid it.
    res.removeHeader('X-Frame-Options');
    res.sendRaw(200, html);
  }

  const readQuery = (req: Request, name: string) => new URL(req.url ?? '/', 'http://x').searchParams.get(name) ?? undefined;

  async function issueToken(req: Request, res: Response): Promise<void> {
    cors.applyCors(req, res);
    res.setHeader('Cache-Control', 'no-store');
    if (await refuseOverLimit(options.limits?.token, `token:${endpoint.readClientAddress(req)}`, res)) return;
    if (!azure) {
      const grant = endpoint.issueConversationToken();
      res.send(200, { token: grant.token, conversationId: grant.conversationId, userId: grant.userId, expires_in: grant.expiresIn });
      return;
    }
    try {
      const grant = await generateDirectLineToken({ secret: azure.secret, domain: azure.domain, ...(options.fetch ? { fetch: options.fetch } : {}) });
      res.send(200, { token: grant.token, conversationId: grant.conversationId, userId: grant.userId, expires_in: grant.expiresIn });
    } catch (error) {
      const status = error instanceof DirectLineTokenError ? error.status : undefined;
      logger.error({ reqId: requestIdOf(req), status, message: (error as Error).message }, 'Direct Line token request failed');
      res.send(502, { error: { code: 'TokenServiceUnavailable', message: 'The chat service could not start a conversation.' } });
    }
  }

  return {
    mode: azure ? 'azure' : 'self-hosted',
    store,
    eraseResident: (ref) => endpoint.eraseResident(ref),
    idle: () => endpoint.idle(),
    readBundleSizes: () => (bundle ? { raw: bundle.body.length, gzip: bundle.gzip.length, ...(bundle.brotli ? { brotli: bundle.brotli.length } : {}) } : undefined),

    registerRoutes(server, bot) {
      if (!azure) endpoint.registerRoutes(server, bot);

      server.get('/', async (req: Request, res: Response) => {
        const nonce = randomBytes(16).toString('base64');
        const lang = readLang(readQuery(req, 'lang'));
        const html = renderChatPage({
          lang,
          embed: readQuery(req, 'embed') === '1',
          nonce,
          t,
          assets,
          tokenUrl: TOKEN_ROUTE,
          directLineDomain: azure ? azure.domain.replace(/\/+$/, '') : DIRECT_LINE_PATH,
        });
        sendHtml(res, html, buildContentSecurityPolicy({ nonce, connectSources, frameAncestors, scripts: true }));
      });

      server.get('/accessibility', async (req: Request, res: Response) => {
        const html = renderAccessibilityPage({ lang: readLang(readQuery(req, 'lang')), t, cssUrl: assets.css });
        sendHtml(res, html, buildContentSecurityPolicy({ connectSources: [], frameAncestors, scripts: false }));
      });

      server.get('/webchat/chat.css', async (req: Request, res: Response) => sendAsset(req, res, css));
      server.get('/webchat/app.js', async (req: Request, res: Response) => sendAsset(req, res, appJs));
      server.get('/webchat/webchat-minimal.js', async (req: Request, res: Response) => {
        if (!bundle) return void res.send(404, { error: { code: 'NotFound', message: 'Run npm run build:webchat.' } });
        sendAsset(req, res, bundle);
      });
      // Any kiruna.se page loads this, so it must be loadable cross-origin; it is unversioned, hence the short cache.
      server.get('/embed.js', async (req: Request, res: Response) => sendAsset(req, res, embedJs, { 'Cross-Origin-Resource-Policy': 'cross-origin' }));

      server.post(TOKEN_ROUTE, issueToken);
      server.opts(TOKEN_ROUTE, async (req: Request, res: Response) => cors.answerPreflight(req, res, ['POST']));
    },
  };
}
