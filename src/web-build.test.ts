import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { webSourceStamp } from './web-build.js';

describe('web source stamp (skips the demo start build when nothing changed)', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const webLike = () => {
    const dir = mkdtempSync(join(tmpdir(), 'web-stamp-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'src'));
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'src', 'main.tsx'), 'export {};\n');
    writeFileSync(join(dir, 'index.html'), '<!doctype html>\n');
    return dir;
  };

  it('stays the same while the sources stay the same, whatever the build output does', () => {
    const dir = webLike();
    const before = webSourceStamp(dir, []);
    writeFileSync(join(dir, 'dist', 'index.html'), 'built');
    expect(webSourceStamp(dir, [])).toBe(before);
  });

  it('changes when a source is edited, touched or added', () => {
    const dir = webLike();
    const first = webSourceStamp(dir, []);
    writeFileSync(join(dir, 'src', 'main.tsx'), 'export const changed = 1;\n');
    const edited = webSourceStamp(dir, []);
    expect(edited).not.toBe(first);
    utimesSync(join(dir, 'index.html'), new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'));
    const touched = webSourceStamp(dir, []);
    expect(touched).not.toBe(edited);
    writeFileSync(join(dir, 'src', 'new-page.tsx'), 'export {};\n');
    expect(webSourceStamp(dir, [])).not.toBe(touched);
  });
});
