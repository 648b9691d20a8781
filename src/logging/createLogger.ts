/**
 * The one logger: structured JSON (pino); lines about a request or a turn carry its request id (requestContext.ts),
 * and personal data is redacted by path as a second line of defence (the code already leaves message text out unless
 * LOG_MESSAGE_TEXT=true). Client addresses are never logged.
 */
import { pino, type DestinationStream, type Logger } from 'pino';

/** Paths that may carry what a resident typed or who they are; "*" is one level of nesting. */
const TEXT_PATHS = [
  'text', '*.text', '*.*.text', 'activity.text', 'message.text', 'value', '*.value',
  'channelData.message', '*.channelData.message', 'attachments', '*.attachments',
];
const ALWAYS_PATHS = [
  'req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie', '*.headers.authorization',
  'authorization', 'token', '*.token', 'access_token', '*.access_token', 'secret', '*.secret', 'password', '*.password',
  'from.name', '*.from.name', '*.*.from.name', 'recipient.name', '*.recipient.name', 'user.name', '*.user.name',
  'name', 'email', '*.email', 'phone', '*.phone', 'address', 'clientAddress', 'ip', '*.ip', 'remoteAddress', '*.remoteAddress',
];

export interface LoggerOptions {
  level: string;
  /** LOG_MESSAGE_TEXT: keep message text (short debugging sessions only). */
  logMessageText?: boolean;
  /** Where lines go (tests capture them); stdout by default. */
  destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  const paths = options.logMessageText ? ALWAYS_PATHS : [...ALWAYS_PATHS, ...TEXT_PATHS];
  return pino(
    {
      level: options.level,
      redact: { paths, censor: '[redacted]' },
      base: { pid: process.pid },
    },
    options.destination ?? pino.destination({ dest: 1, sync: false }),
  );
}
