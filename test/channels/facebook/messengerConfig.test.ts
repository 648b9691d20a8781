import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../../src/config.js';
import { readMessengerSettings } from '../../../src/channels/facebook/createMessengerGateway.js';

const complete = { FACEBOOK_VERIFY_TOKEN: 'verify', FACEBOOK_APP_SECRET: 'secret', FACEBOOK_PAGE_ACCESS_TOKEN: 'page-token' };

describe('Messenger configuration', () => {
  it('is off when no FACEBOOK_* key is set', () => {
    expect(readMessengerSettings(loadConfig({}))).toBeUndefined();
  });

  it('is off with page tokens only (the Azure route, where messenger:setup still needs them)', () => {
    expect(readMessengerSettings(loadConfig({ FACEBOOK_PAGE_ACCESS_TOKEN: 'page-token' }))).toBeUndefined();
  });

  it('uses the default Graph API URL with version', () => {
    expect(readMessengerSettings(loadConfig(complete))).toEqual({
      verifyToken: 'verify', appSecret: 'secret', pageTokens: {}, defaultPageToken: 'page-token', graphApiUrl: 'https://graph.facebook.com/v25.0',
    });
  });

  it.each([
    ['{"111":"tokA","222":"tokB"}'],
    ['111:tokA,222:tokB'],
  ])('reads page tokens per page from %s, without a single page token', (value) => {
    const { FACEBOOK_PAGE_ACCESS_TOKEN: _unused, ...rest } = complete;
    const settings = readMessengerSettings(loadConfig({ ...rest, FACEBOOK_PAGE_TOKENS: value, FACEBOOK_GRAPH_API_URL: 'http://127.0.0.1:9999/v25.0' }));
    expect(settings?.pageTokens).toEqual({ '111': 'tokA', '222': 'tokB' });
    expect(settings?.defaultPageToken).toBeUndefined();
    expect(settings?.graphApiUrl).toBe('http://127.0.0.1:9999/v25.0');
  });

  it.each([
    [{ FACEBOOK_VERIFY_TOKEN: 'v' }, ['FACEBOOK_APP_SECRET: required', 'FACEBOOK_PAGE_ACCESS_TOKEN or FACEBOOK_PAGE_TOKENS: required']],
    [{ FACEBOOK_APP_SECRET: 's', FACEBOOK_PAGE_ACCESS_TOKEN: 'p' }, ['FACEBOOK_VERIFY_TOKEN: required']],
    [{ ...complete, FACEBOOK_PAGE_TOKENS: 'abc:tok' }, ['FACEBOOK_PAGE_TOKENS: page id "abc" must be digits']],
    [{ ...complete, FACEBOOK_GRAPH_API_URL: 'graph.facebook.com' }, ['FACEBOOK_GRAPH_API_URL']],
  ])('names every missing or bad key: %j', (env, problems) => {
    let message = '';
    try {
      loadConfig(env);
    } catch (error) {
      message = (error as Error).message;
    }
    for (const problem of problems) expect(message).toContain(problem);
    expect(message).not.toContain('tok"');
  });
});
