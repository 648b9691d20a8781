/**
 * A Bot Framework adapter for channels that live inside this process (the self-hosted Direct Line endpoint and the
 * Messenger webhook gateway). The same PromiseBot runs on it as on CloudAdapter; each reply the bot sends is handed
 * to the channel's `deliver` callback instead of being posted to a serviceUrl, so nothing ever leaves the process here.
 */
import { BotAdapter, TurnContext } from 'botbuilder';
import type { Activity, ConversationReference, ResourceResponse } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { REQUEST_ID } from '../logging/requestContext.js';

export type Deliver = (activity: Partial<Activity>) => Promise<void>;
export type BotLogic = (context: TurnContext) => Promise<void>;

const DELIVER = Symbol('deliver');

export class ChannelAdapter extends BotAdapter {
  constructor(private readonly logic: BotLogic) {
    super();
  }

  /**
   * Runs one turn of the bot for `activity`; every reply goes through `deliver`, in order, before this resolves.
   * `reqId`: the request that brought the activity, for the turn's log lines.
   */
  async processActivity(activity: Partial<Activity>, deliver: Deliver, reqId?: string): Promise<void> {
    const context = new TurnContext(this, activity);
    context.turnState.set(DELIVER, deliver);
    if (reqId) context.turnState.set(REQUEST_ID, reqId);
    await this.runMiddleware(context, this.logic);
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const deliver = context.turnState.get(DELIVER) as Deliver | undefined;
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      const id = activity.id ?? randomUUID();
      // A `delay` activity only paces real channels; in-process channels have nothing to wait for.
      if (activity.type !== 'delay' && deliver) await deliver({ ...activity, id });
      responses.push({ id });
    }
    return responses;
  }

  override async updateActivity(): Promise<void> {
    throw new Error('updateActivity is not supported by in-process channels');
  }

  override async deleteActivity(): Promise<void> {
    throw new Error('deleteActivity is not supported by in-process channels');
  }

  override async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: 'event', name: 'continueConversation' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }
}
