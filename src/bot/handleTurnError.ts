/**
 * adapter.onTurnError: apologise in the resident's language and log what failed — never the message text,
 * never a stack trace to the resident.
 */
import type { TurnContext } from 'botbuilder';
import type { Translate } from '../language/i18n.js';
import type { BotLogger } from './PromiseBot.js';
import { buildText } from './buildReplies.js';
import { recallTurnLanguage } from './turnLanguage.js';
import { turnRequestId } from '../logging/requestContext.js';

export function createTurnErrorHandler(deps: { t: Translate; logger: BotLogger }) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    deps.logger.error(
      { reqId: turnRequestId(context), err: { name: error?.name, message: error?.message, stack: error?.stack }, channelId: context.activity.channelId },
      'turn failed',
    );
    try {
      await context.sendActivity(buildText(deps.t, recallTurnLanguage(context), ['error.apology']));
    } catch (sendError) {
      deps.logger.error({ reqId: turnRequestId(context), err: { name: (sendError as Error)?.name, message: (sendError as Error)?.message } }, 'apology not delivered');
    }
  };
}
