/**
 * The portal's URLs per language (decision 0162): German under /de with German words, English under /en
 * with English words, the same pages in both. A page's address names its language, so a shared link opens
 * in the language it was sent in; the language switch maps the current page to its twin.
 */
export type Lang = 'de' | 'en';
export const LANGS: Lang[] = ['de', 'en'];

export const paths = {
  de: {
    home: '/de',
    service: (key: string) => `/de/leistungen/${key}`,
    booking: '/de/termine',
    assistant: '/de/assistent',
    contact: '/de/kontakt',
    status: '/de/status',
    topics: '/de/themen',
    topic: (key: string) => `/de/themen/${key}`,
  },
  en: {
    home: '/en',
    service: (key: string) => `/en/services/${key}`,
    booking: '/en/appointments',
    assistant: '/en/assistant',
    contact: '/en/contact',
    status: '/en/status',
    topics: '/en/topics',
    topic: (key: string) => `/en/topics/${key}`,
  },
} as const;

/** The route patterns react-router matches, per language. */
export const patterns = {
  de: {
    home: '/de',
    service: '/de/leistungen/:leikaKey',
    booking: '/de/termine',
    assistant: '/de/assistent',
    contact: '/de/kontakt',
    status: '/de/status',
    topics: '/de/themen',
    topic: '/de/themen/:topic',
  },
  en: {
    home: '/en',
    service: '/en/services/:leikaKey',
    booking: '/en/appointments',
    assistant: '/en/assistant',
    contact: '/en/contact',
    status: '/en/status',
    topics: '/en/topics',
    topic: '/en/topics/:topic',
  },
} as const;

/** The legal pages (imprint, privacy notice, accessibility statement); for now German only, served by the main entry. */
export const legalPaths = { imprint: '/buerger/impressum', privacy: '/buerger/datenschutz', accessibility: '/buerger/barrierefreiheit' };

/** `?ort=…` for a link, so the town chosen on one page reaches the next one (the service page's office). */
export const townQuery = (town: string) => (town ? `?${new URLSearchParams({ ort: town })}` : '');

export const langOf = (pathname: string): Lang => (pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'de');

/** The same page in the other language (query kept: the question and town stay). */
export function twinPath(pathname: string, search: string, to: Lang): string {
  const from = langOf(pathname);
  const key = /\/(?:leistungen|services)\/([0-9]{14})$/.exec(pathname)?.[1];
  const topic = /^\/(?:de\/themen|en\/topics)\/([a-z_]+)$/.exec(pathname)?.[1];
  let target: string = paths[to].home;
  if (key) target = paths[to].service(key);
  else if (topic) target = paths[to].topic(topic);
  else {
    const page = (['booking', 'assistant', 'contact', 'status', 'topics'] as const).find((p) => pathname === paths[from][p]);
    if (page) target = paths[to][page];
  }
  return `${target}${search}`;
}
