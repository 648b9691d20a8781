/** The Bot Framework adapter for /api/messages, authenticated with the standard Microsoft* settings. */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { Config } from '../config.js';
import type { Translate } from '../language/i18n.js';
import { createTurnErrorHandler } from './handleTurnError.js';
import { ReusingBotFrameworkAuthentication } from './reuseConnectorClients.js';
import type { BotLogger } from './PromiseBot.js';

/**
 * CloudAdapter, plus a way in for an activity the server has already checked (createServer.ts). CloudAdapter.process
 * checks the request again with zod schemas that it builds anew for every request, before it calls processActivity:
 * skipping that took the bot's CPU time per turn from 0.592 to 0.524 ms (the benchmark's mix, 10 alternating rounds).
 * processActivity itself (authentication, the turn, the expectReplies and invoke responses) is unchanged.
 */
export class CheckedCloudAdapter extends CloudAdapter {
  /** Runs a checked activity: resolves to the response for expectReplies and invoke, rejects when authentication fails. */
  processChecked(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

export function createCloudAdapter(config: Config, deps: { t: Translate; logger: BotLogger }): CheckedCloudAdapter {
  // A config object, not process.env: the environment has been read and validated once, in src/main.ts.
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType ?? '',
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  });
  // Clients for replies and tokens are made once and reused, not built anew for every activity (reuseConnectorClients.ts).
  const adapter = new CheckedCloudAdapter(new ReusingBotFrameworkAuthentication(auth, { isAuthDisabled: !config.MicrosoftAppId }));
  adapter.onTurnError = createTurnErrorHandler(deps);
  return adapter;
}
