/**
 * Logs: what a resident typed and who they are stay out of the log, on every route, even on error paths; every line
 * of a request carries its request id.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createLogger } from '../../src/logging/createLogger.js';
import { createActivity, createMessengerBody, postJson, startDirectLine, startHardenedBot, START_TIMEOUT_MS, type HardenedBot } from './startHardenedBot.js';

const PERSONNUMMER = '19121212-1212';
const EMAIL = 'anna.svensson@example.se';
const NAME = 'Anna Svensson';
const secretText = (route: string) => `Hej, jag heter ${NAME}, personnummer ${PERSONNUMMER}, mejl ${EMAIL} (${route}). Söker polisen med hund på gymnasiet?`;

function captureLogger(logMessageText = false) {
  let text = '';
  const destination = new Writable({ write(chunk: Buffer, _e, callback) { text += chunk.toString('utf8'); callback(); } });
  return { logger: createLogger({ level: 'trace', logMessageText, destination }), read: () => text };
}

describe('the logger redacts by path', () => {
  it.each<[string, object]>([
    ['activity.text', { activity: { text: secretText('a'), from: { name: NAME } } }],
    ['message.text', { message: { text: secretText('b') } }],
    ['text', { text: secretText('c') }],
    ['from.name', { from: { id: 'u1', name: NAME } }],
    ['headers.authorization', { req: { headers: { authorization: `Bearer ${PERSONNUMMER}` } } }],
    ['email', { email: EMAIL }],
  ])('%s', (_path, details) => {
    const { logger, read } = captureLogger();
    logger.info(details, 'probe');
    expect(read()).toContain('[redacted]');
    for (const secret of [PERSONNUMMER, EMAIL, NAME]) expect(read()).not.toContain(secret);
  });

  it('reaches one and two levels down by any key, also in lists, and leaves the logged object as it was', () => {
    const { logger, read } = captureLogger();
    const details = { turns: [{ text: secretText('list') }], reply: { to: { from: { name: NAME } } }, count: 2 };
    const before = JSON.stringify(details);
    logger.info(details, 'probe');
    for (const secret of [PERSONNUMMER, EMAIL, NAME]) expect(read()).not.toContain(secret);
    expect(JSON.parse(read())).toMatchObject({ turns: [{ text: '[redacted]' }], reply: { to: { from: { name: '[redacted]' } } }, count: 2 });
    expect(JSON.stringify(details)).toBe(before);
  });

  it('keeps message text with LOG_MESSAGE_TEXT=true, and still hides names and tokens', () => {
    const { logger, read } = captureLogger(true);
    logger.info({ text: 'Hej', from: { name: NAME }, req: { headers: { authorization: 'Bearer x' } } }, 'probe');
    expect(read()).toContain('"text":"Hej"');
    expect(read()).not.toContain(NAME);
    expect(read()).not.toContain('Bearer x');
  });
});

describe('personal data sent on every route stays out of the log', () => {
  let bot: HardenedBot;
  beforeAll(async () => (bot = await startHardenedBot({ LOG_LEVEL: 'trace' })), START_TIMEOUT_MS);
  afterAll(() => bot.stop());

  it('after messages on /api/messages, Direct Line and Messenger, and refused requests, no secret is in the log', async () => {
    await postJson(`${bot.base}/api/messages`, createActivity(secretText('api'), { from: { id: 'u-red', name: NAME } }), { 'x-request-id': 'trace-me-1' });
    await postJson(`${bot.base}/api/messages`, createActivity(secretText('long').repeat(20), { from: { id: 'u-red', name: NAME } }));
    await postJson(`${bot.base}/api/messages`, `{"text":"${secretText('broken')}"`);
    const grant = await startDirectLine(bot.base);
    const url = `${bot.base}/v3/directline/conversations/${grant.conversationId}/activities`;
    await postJson(url, { type: 'message', text: secretText('directline'), from: { id: 'x', name: NAME } }, { authorization: `Bearer ${grant.token}`, 'x-request-id': 'trace-dl-1' });
    await postJson(url, { type: 'invoke', text: secretText('directline-bad') }, { authorization: `Bearer ${grant.token}` });
    await bot.webchat.idle();
    await bot.postMessenger(createMessengerBody(secretText('messenger'), 'PSID-RED'), undefined, { 'x-request-id': 'trace-fb-1' });
    await bot.postMessenger(createMessengerBody(secretText('messenger-unsigned'), 'PSID-RED'), null);
    await fetch(`${bot.base}/${encodeURIComponent(secretText('path'))}`);

    const log = bot.logText();
    expect(log.length).toBeGreaterThan(200);
    for (const secret of [PERSONNUMMER, EMAIL, NAME, '19121212', 'anna.svensson']) expect(log).not.toContain(secret);
    // The bot did log its turns, and each turn's line carries the id of the request that brought the message — also
    // on Direct Line and Messenger, whose turns run after the request was answered.
    const lines = log.trim().split('\n').map((line) => JSON.parse(line) as { msg?: string; reqId?: string; route?: string; channelId?: string });
    expect(lines.some((line) => line.msg === 'turn' && line.reqId === 'trace-me-1')).toBe(true);
    expect(lines.filter((line) => line.reqId === 'trace-me-1').length).toBeGreaterThanOrEqual(2);
    expect(lines.some((line) => line.msg === 'turn' && line.reqId === 'trace-dl-1' && line.channelId === 'webchat')).toBe(true);
    expect(lines.some((line) => line.msg === 'turn' && line.reqId === 'trace-fb-1' && line.channelId === 'facebook')).toBe(true);
  });
});
