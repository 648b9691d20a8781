/** Builds the self-hosted Messenger gateway from the validated config, or nothing when it is not configured. */
import type { Config } from '../../config.js';
import type { BotLogic } from '../channelAdapter.js';
import { DEFAULT_GRAPH_API_URL, GraphClient } from './graphClient.js';
import { MessengerGateway, type GatewayLogger, type MessengerGatewayOptions } from './messengerGateway.js';

export interface MessengerSettings {
  verifyToken: string;
  appSecret: string;
  pageTokens: Record<string, string>;
  defaultPageToken?: string;
  graphApiUrl: string;
}

/** The Messenger part of the config, or undefined when the webhook is off (config.ts has checked the keys belong together). */
export function readMessengerSettings(config: Config): MessengerSettings | undefined {
  const { FACEBOOK_VERIFY_TOKEN: verifyToken, FACEBOOK_APP_SECRET: appSecret } = config;
  const pageTokens = config.FACEBOOK_PAGE_TOKENS ?? {};
  const defaultPageToken = config.FACEBOOK_PAGE_ACCESS_TOKEN;
  if (!verifyToken || !appSecret || (!defaultPageToken && Object.keys(pageTokens).length === 0)) return undefined;
  return {
    verifyToken,
    appSecret,
    pageTokens,
    ...(defaultPageToken ? { defaultPageToken } : {}),
    graphApiUrl: config.FACEBOOK_GRAPH_API_URL ?? DEFAULT_GRAPH_API_URL,
  };
}

export function createMessengerGateway(
  config: Config,
  deps: { logic: BotLogic; logger: GatewayLogger; onTurnError?: MessengerGatewayOptions['onTurnError']; dedup?: MessengerGatewayOptions['dedup'] },
): MessengerGateway | undefined {
  const settings = readMessengerSettings(config);
  if (!settings) return undefined;
  return new MessengerGateway({
    verifyToken: settings.verifyToken,
    appSecret: settings.appSecret,
    pageTokens: settings.pageTokens,
    ...(settings.defaultPageToken ? { defaultPageToken: settings.defaultPageToken } : {}),
    graph: new GraphClient({ graphApiUrl: settings.graphApiUrl, appSecret: settings.appSecret, logger: deps.logger }),
    logic: deps.logic,
    logger: deps.logger,
    ...(deps.onTurnError ? { onTurnError: deps.onTurnError } : {}),
    ...(deps.dedup ? { dedup: deps.dedup } : {}),
  });
}
