import type { ServerResponse } from 'node:http';

/**
 * Opens a server-sent-events response on a raw Node response (after `reply.hijack()`):
 * no caching, no proxy buffering (`X-Accel-Buffering: no` for nginx), a 2 s reconnect hint.
 */
export function openEventStream(response: ServerResponse) {
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    'x-content-type-options': 'nosniff',
  });
  response.write('retry: 2000\n\n');
}
