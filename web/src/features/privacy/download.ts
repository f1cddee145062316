import { ApiError, problemOf } from '../../app/api';
import { invalidateAll } from '../../app/query';

/**
 * A file the server makes from a POST (the Art. 15 export records who asked and why, so it is no GET link):
 * fetched, then saved under the server's file name (Content-Disposition).
 */
export async function downloadFromPost(path: string, body: unknown, fallbackName: string): Promise<string> {
  const res = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new ApiError(problemOf(res.status, await res.text()));
  const blob = await res.blob();
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the object URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  // The export is recorded as a request: lists showing requests load again.
  void invalidateAll();
  return name;
}
