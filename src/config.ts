/**
 * The environment, validated once at start-up. src/main.ts reads process.env and hands it here; everything else
 * receives the typed Config. Later issues add keys to `configSchema`.
 */
import { z } from 'zod';
import { parsePageTokens } from './channels/facebook/pageTokens.js';
import { parseTrustProxy } from './server/clientAddress.js';

const booleanFromString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const optionalText = z.string().trim().min(1).optional();

export const configSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    MicrosoftAppType: z
      .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'])
      .optional(),
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppTenantId: optionalText,
    KNOWLEDGE_DIR: z.string().trim().min(1).default('knowledge'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOG_MESSAGE_TEXT: booleanFromString.default(false),
    // Self-hosted Messenger webhook (/api/facebook); off unless the verify token, app secret and a page token are set.
    FACEBOOK_VERIFY_TOKEN: optionalText,
    FACEBOOK_APP_SECRET: optionalText,
    FACEBOOK_PAGE_ACCESS_TOKEN: optionalText,
    FACEBOOK_PAGE_TOKENS: z
      .string()
      .transform((value, ctx) => {
        try {
          return parsePageTokens(value);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message });
          return z.NEVER;
        }
      })
      .optional(),
    /** Graph API base URL with version; unset means https://graph.facebook.com/v25.0 (graphClient.ts). */
    FACEBOOK_GRAPH_API_URL: z.url({ protocol: /^https?$/ }).optional(),
    // Website chat (src/channels/webchat). Unset: self-hosted Direct Line, 1 h tokens, conversations forgotten after 24 h.
    /** Signs self-hosted Direct Line tokens; every instance needs the same one. Unset: a random key per process. */
    DIRECT_LINE_TOKEN_SECRET: z.string().trim().min(32, 'at least 32 characters').optional(),
    /** Azure Bot Service's Direct Line secret: when set, the page talks to Azure's Direct Line instead. */
    DIRECT_LINE_SECRET: optionalText,
    /** Unset: https://directline.botframework.com/v3/directline (EU: https://europe.directline.botframework.com/v3/directline). */
    DIRECT_LINE_DOMAIN: z.url({ protocol: /^https?$/ }).optional(),
    WEBCHAT_ALLOWED_ORIGINS: z
      .string()
      .transform((value, ctx) => {
        const origins = value.split(',').map((origin) => origin.trim()).filter(Boolean);
        const bad = origins.filter((origin) => !/^https?:\/\/[^/\s]+$/.test(origin));
        if (bad.length > 0) ctx.addIssue({ code: 'custom', message: `not an origin (https://host[:port]): ${bad.join(', ')}` });
        return origins;
      })
      .optional(),
    /** CSP frame-ancestors of the chat page, e.g. "'self' https://kiruna.se https://www.kiruna.se". Unset: 'self'. */
    WEBCHAT_FRAME_ANCESTORS: optionalText,
    WEBCHAT_CONVERSATION_TTL_HOURS: z.coerce.number().positive().max(720).optional(),
    WEBCHAT_TOKEN_TTL_MINUTES: z.coerce.number().int().min(5).max(1440).optional(),
    WEBCHAT_MAX_CONVERSATIONS: z.coerce.number().int().min(1).optional(),
    // What staff learn from residents (src/staff): a JSON file under DATA_DIR, redacted and anonymous.
    DATA_DIR: z.string().trim().min(1).default('data'),
    /** false: questions the bot could not answer are not kept. */
    UNANSWERED_LOG: booleanFromString.default(true),
    /** Days unanswered questions and suggestions are kept after they were last seen. */
    UNANSWERED_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    // Hardening (README "Security and limits"). Rates are per minute; 0 switches a limit off.
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(16 * 1024 * 1024).default(64 * 1024),
    MAX_TEXT_CHARS: z.coerce.number().int().min(50).max(100_000).default(1000),
    /** false: ignore X-Forwarded-For; true: trust every proxy hop; a number: that many proxy hops (nginx in front: 1). */
    TRUST_PROXY: z
      .string()
      .transform((value, ctx) => {
        try {
          return parseTrustProxy(value);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message });
          return z.NEVER;
        }
      })
      .default(false),
    RATE_LIMIT_WEBCHAT_POST_PER_MIN: z.coerce.number().int().min(0).default(10),
    RATE_LIMIT_WEBCHAT_POST_BURST: z.coerce.number().int().min(1).default(5),
    RATE_LIMIT_WEBCHAT_POLL_PER_MIN: z.coerce.number().int().min(0).default(120),
    RATE_LIMIT_WEBCHAT_POLL_BURST: z.coerce.number().int().min(1).default(30),
    RATE_LIMIT_MESSENGER_PER_MIN: z.coerce.number().int().min(0).default(20),
    RATE_LIMIT_MESSENGER_BURST: z.coerce.number().int().min(1).default(10),
    RATE_LIMIT_TOKEN_PER_MIN: z.coerce.number().int().min(0).default(10),
    RATE_LIMIT_TOKEN_BURST: z.coerce.number().int().min(1).default(20),
    /** Most rate-limit counters kept in memory (least recently used forgotten first). */
    RATE_LIMIT_MAX_KEYS: z.coerce.number().int().min(100).default(100_000),
    /** Bot state (language choices; per conversation the last language and the entries it rated), in memory or Redis: most items and hours since last use. */
    STATE_MAX_ITEMS: z.coerce.number().int().min(100).default(50_000),
    STATE_TTL_HOURS: z.coerce.number().positive().max(720).default(24),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
    /** How long (ms) the bot warms up on the knowledge's own texts before it listens (src/bot/warmUp.ts); 0: not at all. */
    WARMUP_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
    /**
     * Whether messages are understood (safety check, intents, search) on a second thread (src/bot/UnderstandingThread.ts):
     * auto = when the machine has more than one core.
     */
    UNDERSTANDING_THREAD: z.enum(['auto', 'on', 'off']).default('auto'),
    // Several instances (README "Scaling out with Redis"): with REDIS_URL every piece of state lives in Redis.
    /** e.g. redis://127.0.0.1:6379/0, rediss:// for TLS. Unset: state in this process (and the staff file under DATA_DIR). */
    REDIS_URL: z.url({ protocol: /^rediss?$/, message: 'a redis:// or rediss:// URL' }).optional(),
    /** Every key the bot writes starts with this, so several bots (or test and production) can share one Redis. */
    REDIS_KEY_PREFIX: z.string().trim().min(1).max(64).default('kmb:'),
    /** A Redis command that takes longer fails, and its request gets a 503 instead of hanging. */
    REDIS_COMMAND_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
  });

/** Rules across keys, checked on the raw values so that they are reported together with the per-key problems. */
function findCrossKeyProblems(env: Record<string, string | undefined>): string[] {
  const present = (key: string) => Boolean(env[key]?.trim());
  const type = env.MicrosoftAppType?.trim();
  const problems: string[] = [];
  if (present('MicrosoftAppId') && type !== 'UserAssignedMSI' && !present('MicrosoftAppPassword')) {
    problems.push('MicrosoftAppPassword: required when MicrosoftAppId is set');
  }
  // Azure Bot Service creates single-tenant and managed-identity bots; both need the tenant.
  if (present('MicrosoftAppId') && (type === 'SingleTenant' || type === 'UserAssignedMSI') && !present('MicrosoftAppTenantId')) {
    problems.push(`MicrosoftAppTenantId: required when MicrosoftAppType is ${type}`);
  }
  // The verify token or app secret asks for the self-hosted webhook; page tokens alone serve `messenger:setup` (Azure route).
  const webhookKeys = ['FACEBOOK_VERIFY_TOKEN', 'FACEBOOK_APP_SECRET'];
  if (webhookKeys.some(present)) {
    for (const key of webhookKeys) {
      if (!present(key)) problems.push(`${key}: required for the Messenger webhook (set with ${webhookKeys.filter(present).join(', ')})`);
    }
    if (!present('FACEBOOK_PAGE_ACCESS_TOKEN') && !present('FACEBOOK_PAGE_TOKENS')) {
      problems.push('FACEBOOK_PAGE_ACCESS_TOKEN or FACEBOOK_PAGE_TOKENS: required for the Messenger webhook');
    }
  }
  return problems;
}

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment; throws one ConfigError naming every bad key. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  // Empty values count as unset: `.env` files often carry `KEY=` lines.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const result = configSchema.safeParse(given);
  const problems = [
    ...(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`)),
    ...findCrossKeyProblems(given),
  ];
  if (problems.length > 0 || !result.success) throw new ConfigError(problems);
  return result.data;
}
