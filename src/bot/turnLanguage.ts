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

const SAFETY_TURN = Symbol('safetyTurn');

/**
 * Marks a turn routed to 112 / 114 14. Channels that keep transcripts (the website chat) can check it with
 * isSafetyTurn after the bot has run and drop the message instead of storing it.
 */
export function markSafetyTurn(context: TurnContext): void {
  context.turnState.set(SAFETY_TURN, true);
}

export function isSafetyTurn(context: TurnContext): boolean {
  return context.turnState.get(SAFETY_TURN) === true;
}
