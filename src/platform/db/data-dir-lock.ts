import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PGlite has no lock of its own: a second process opening the same folder
 * corrupts it. We take an exclusive lock file and refuse to start when another
 * living process holds it; a stale file (its process gone) is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, 'dialogcenter.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lockPath, 'utf8').trim());
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new Error(
          `Der Datenordner ${dataDir} wird bereits von Prozess ${holder} verwendet. ` +
            'Beenden Sie diesen Prozess oder wählen Sie mit DATA_DIR einen anderen Ordner.',
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Sperrdatei ${lockPath} konnte nicht angelegt werden.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
