import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { businessZoneLiteral } from '../db/business-zone.js';
import { businessTimeZone, configureBusinessTimeZone, DEFAULT_BUSINESS_TIME_ZONE } from './berlin-time.js';

// Issue 9 item 6: one Europe/Berlin calendar and time module, honouring TZ_BUSINESS. A zone written
// into domain code (an Intl formatter with its own timeZone, or the zone name in SQL) silently ignores
// TZ_BUSINESS and is a second time implementation; this walks the source and names every such line.
const root = join(import.meta.dirname, '..', '..');
const allowed = new Set(['platform/time/berlin-time.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('one time implementation', () => {
  it('has no time zone written into code outside berlin-time.ts', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(root)) {
      const name = relative(root, file);
      if (allowed.has(name)) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
          if (/['"]Europe\/Berlin['"]/.test(code) || /timeZone:\s*['"]/.test(code)) offenders.push(`${name}:${index + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });

  it('puts the configured business zone into report SQL as a quoted literal', () => {
    try {
      configureBusinessTimeZone('Europe/Lisbon');
      expect(businessZoneLiteral()).toBe("'Europe/Lisbon'");
    } finally {
      configureBusinessTimeZone(DEFAULT_BUSINESS_TIME_ZONE);
    }
    expect(businessTimeZone()).toBe('Europe/Berlin');
  });
});
