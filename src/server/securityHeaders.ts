/**
 * Headers on every response. HTML pages replace the Content-Security-Policy with their own (webchatChannel.ts);
 * everything else is data or a static asset and gets the strictest one, so a JSON body opened in a browser can never
 * run or frame anything.
 *
 * Permissions-Policy, Referrer-Policy and Cross-Origin-Opener-Policy only mean something to a browser showing or
 * loading a page, so they go on every response except the Bot Framework endpoint: only channels call it, server to
 * server, on every turn, where those ~500 bytes were a measurable part of the bot's work (OWASP's REST Security Cheat
 * Sheet lists nosniff, a frame-ancestors CSP and X-Frame-Options for API responses, which it keeps).
 */
import type { Response } from 'restify';

/** Nothing the chat uses: no camera, microphone, location, payment, sensors or interest cohorts. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()', 'autoplay=()', 'camera=()', 'display-capture=()', 'encrypted-media=()', 'fullscreen=()',
  'geolocation=()', 'gyroscope=()', 'magnetometer=()', 'microphone=()', 'midi=()', 'payment=()',
  'picture-in-picture=()', 'publickey-credentials-get=()', 'screen-wake-lock=()', 'sync-xhr=()', 'usb=()',
  'xr-spatial-tracking=()', 'interest-cohort=()', 'browsing-topics=()',
].join(', ');

export const DATA_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function applySecurityHeaders(res: Response, options: { isForBrowsers: boolean }): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', DATA_CONTENT_SECURITY_POLICY);
  res.setHeader('X-Frame-Options', 'DENY');
  if (!options.isForBrowsers) return;
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
  // The chat page opens no windows that need it as opener; the embed is an iframe, which COOP does not affect.
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
}
