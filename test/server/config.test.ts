import { ConfigError, loadConfig } from '../../src/config.js';
import { wantsUnderstandingThread } from '../../src/bot/spawnUnderstandingWorker.js';

describe('loadConfig', () => {
  it('starts with no configuration at all', () => {
    expect(loadConfig({})).toMatchObject({ PORT: 3978, KNOWLEDGE_DIR: 'knowledge', LOG_LEVEL: 'info', LOG_MESSAGE_TEXT: false });
  });

  it('treats empty values (KEY= in .env) as unset', () => {
    expect(loadConfig({ PORT: '', MicrosoftAppId: '', MicrosoftAppType: '' }).PORT).toBe(3978);
  });

  it('reads the Azure settings and typed values', () => {
    const config = loadConfig({
      PORT: '8080',
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppId: 'client-id',
      MicrosoftAppTenantId: 'tenant',
      LOG_MESSAGE_TEXT: 'true',
      LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({ PORT: 8080, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppId: 'client-id', LOG_MESSAGE_TEXT: true, LOG_LEVEL: 'debug' });
  });

  it('names every bad key in one error', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', LOG_MESSAGE_TEXT: 'maybe', MicrosoftAppType: 'SingleTenant', MicrosoftAppId: 'id' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const key of ['PORT', 'LOG_LEVEL', 'LOG_MESSAGE_TEXT', 'MicrosoftAppPassword', 'MicrosoftAppTenantId']) expect(message).toContain(key);
    expect((error as ConfigError).problems).toHaveLength(5);
  });

  it('runs the understanding thread by default where there is a core for it, and refuses an unknown setting', () => {
    expect(loadConfig({}).UNDERSTANDING_THREAD).toBe('auto');
    expect(wantsUnderstandingThread(loadConfig({}).UNDERSTANDING_THREAD, 2)).toBe(true);
    expect(wantsUnderstandingThread(loadConfig({}).UNDERSTANDING_THREAD, 1)).toBe(false);
    expect(wantsUnderstandingThread(loadConfig({ UNDERSTANDING_THREAD: 'on' }).UNDERSTANDING_THREAD, 1)).toBe(true);
    expect(wantsUnderstandingThread(loadConfig({ UNDERSTANDING_THREAD: 'off' }).UNDERSTANDING_THREAD, 8)).toBe(false);
    // src/index.ts asks before the configuration is read: unset counts as auto, and a setting config refuses as none.
    expect(wantsUnderstandingThread(undefined, 2)).toBe(true);
    expect(wantsUnderstandingThread('', 2)).toBe(wantsUnderstandingThread(loadConfig({ UNDERSTANDING_THREAD: '' }).UNDERSTANDING_THREAD, 2));
    expect(wantsUnderstandingThread('yes', 2)).toBe(false);
    expect(() => loadConfig({ UNDERSTANDING_THREAD: 'yes' })).toThrow(/UNDERSTANDING_THREAD/);
  });
});

describe('.env.example', () => {
  test('documents every environment variable the bot reads, and README lists them too', async () => {
    const { readFileSync } = await import('node:fs');
    const { configSchema } = await import('../../src/config.js');
    const example = readFileSync('.env.example', 'utf8');
    const readme = readFileSync('README.md', 'utf8');
    const shape = (configSchema as unknown as { shape?: Record<string, unknown>; _def?: { shape?: () => Record<string, unknown> } });
    const keys = Object.keys(shape.shape ?? shape._def?.shape?.() ?? {});
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((key) => !example.includes(`${key}=`))).toEqual([]);
    expect(keys.filter((key) => !readme.includes(key))).toEqual([]);
  });
});
