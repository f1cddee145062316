import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers for every answer (@fastify/helmet): a strict Content-Security-Policy
 * without inline script (the Vite build emits only external module scripts), no framing
 * by anyone (`frame-ancestors 'none'`; the assistant widget's pages only by the configured sites), and HSTS when the cookies are Secure — then the
 * product runs behind HTTPS and browsers must never fall back to HTTP.
 *
 * Styles allow 'unsafe-inline' because React's `style` attributes and the chart library
 * set element styles; style cannot run code, script can (and gets no exception).
 */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  options: { hsts: boolean; embedOrigins?: readonly string[] },
): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: options.hsts ? [] : null,
      },
    },
    strictTransportSecurity: options.hsts ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
    frameguard: { action: 'deny' },
  });
  const embedOrigins = options.embedOrigins ?? [];
  app.addHook('onSend', async (request, reply) => {
    const url = new URL(request.url, 'http://x');
    // The widget's script is loaded by the municipalities' pages: it must be readable from their origin.
    if (url.pathname === WIDGET_SCRIPT) reply.header('cross-origin-resource-policy', 'cross-origin');
    if (embedOrigins.length === 0 || !isEmbeddedPage(url)) return;
    // Only the assistant (and the live chat it hands over to) in its embedded form, only for the
    // configured sites (decision 0165); every other answer keeps frame-ancestors 'none'.
    const policy = reply.getHeader('content-security-policy');
    if (typeof policy === 'string') {
      reply.header('content-security-policy', policy.replace("frame-ancestors 'none'", `frame-ancestors ${embedOrigins.join(' ')}`));
    }
    reply.removeHeader('x-frame-options');
  });
}

/** The widget's loader script (web/public), embedded by the municipalities' web sites. */
export const WIDGET_SCRIPT = '/assistent-widget.js';

/** The pages the widget frames: the portal's assistant and the live chat, with `einbettung=1`. */
export function isEmbeddedPage(url: URL): boolean {
  return ['/de/assistent', '/en/assistant', '/chat'].includes(url.pathname) && url.searchParams.get('einbettung') === '1';
}
