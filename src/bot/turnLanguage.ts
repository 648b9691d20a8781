/** The language the current turn replies in, kept on the turn so that the turn-error handler can apologise in it. */
import type { TurnContext } from 'botbuilder';
import type { Lang } from '../knowledge/schema.js';

const TURN_LANGUAGE = Symbol('turnLanguage');

export function rememberTurnLanguage(context: TurnContext, lang: Lang): void {
  context.turnState.set(TURN_LANGUAGE, lang);
}

export function recallTurnLanguage(context: TurnContext): Lang {
  return (context.turnState.get(TURN_LANGUAGE) as Lang | undefined) ?? 'sv';
}
