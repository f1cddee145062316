import { z } from 'zod';

/**
 * German messages for Zod's built-in checks, so field errors the web forms show
 * next to a field are readable ("Höchstens 600.") rather than Zod's English
 * defaults. Messages a schema sets itself still win. Zod's own German locale
 * covers the rest.
 */
export function configureGermanValidationMessages(): void {
  z.config(z.locales.de());
  z.config({
    customError: (issue) => {
      const limit = 'minimum' in issue ? issue.minimum : 'maximum' in issue ? issue.maximum : undefined;
      if (issue.code !== 'too_small' && issue.code !== 'too_big') return undefined;
      const n = Number(limit);
      const isMin = issue.code === 'too_small';
      switch (issue.origin) {
        case 'number':
        case 'int':
          return isMin ? `Mindestens ${n}.` : `Höchstens ${n}.`;
        case 'string':
          return isMin ? (n <= 1 ? 'Bitte ausfüllen.' : `Mindestens ${n} Zeichen.`) : `Höchstens ${n} Zeichen.`;
        case 'array':
          return isMin ? `Mindestens ${n} Einträge.` : `Höchstens ${n} Einträge.`;
        default:
          return undefined;
      }
    },
  });
}
