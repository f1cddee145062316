import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDir } from './data-dir-lock.js';

describe('PGlite data folder lock', () => {
  const dirs: string[] = [];
  const freshDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'dc-lock-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('takes the folder and gives it back', () => {
    const dir = freshDir();
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'dialogcenter.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(join(dir, 'dialogcenter.lock'))).toBe(false);
  });

  it('refuses while another living process holds it, naming that process', async () => {
    const dir = freshDir();
    const other = spawn('sleep', ['30']);
    try {
      writeFileSync(join(dir, 'dialogcenter.lock'), String(other.pid));
      expect(() => lockDataDir(dir)).toThrow(new RegExp(`von Prozess ${other.pid} verwendet`));
    } finally {
      other.kill();
    }
  });

  it('takes over a stale lock whose process is gone', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'dialogcenter.lock'), '999999999');
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'dialogcenter.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });
});
