export type { Lang } from './paths';
import type { Lang } from './paths';
export const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'de-DE');
