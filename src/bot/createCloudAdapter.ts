/** The Bot Framework adapter for /api/messages, authenticated with the standard Microsoft* settings. */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Config } from '../config.js';
import type { Translate } from '../language/i18n.js';
import { createTurnErrorHandler } from './handleTurnError.js';
import { ReusingBotFrameworkAuthentication } from './reuseConnectorClients.js';
import type { BotLogger } from './PromiseBot.js';

export function createCloudAdapter(config: Config, deps: { t: Translate; logger: BotLogger }): CloudAdapter {
  // A config object, not process.env: the environment has been read and validated once, in src/index.ts.
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType ?? '',
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  });
  // Clients for replies and tokens are made once and reused, not built anew for every activity (reuseConnectorClients.ts).
  const adapter = new CloudAdapter(new ReusingBotFrameworkAuthentication(auth));
  adapter.onTurnError = createTurnErrorHandler(deps);
  return adapter;
}
