import type { Reporter, TestModule } from 'vitest/node';

interface Layer {
  files: number;
  passed: number;
  failed: number;
  skipped: number;
  firstStart: number;
  lastEnd: number;
}

/**
 * Prints one line per test layer (vitest project: unit, integration, browser) with its wall time, from its
 * first file being queued to a worker to its last file ending (template build not included), then one
 * plain closing line, `tests: N passed, N failed, N skipped`, over the whole run, that CI tooling can
 * read. Figures are printed, never asserted.
 */
export default class SummaryReporter implements Reporter {
  private readonly started = new Map<string, number>();
  private readonly ended = new Map<string, number>();

  onTestModuleQueued(module: TestModule) {
    this.started.set(module.moduleId, performance.now());
  }

  onTestModuleEnd(module: TestModule) {
    this.ended.set(module.moduleId, performance.now());
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const layers = new Map<string, Layer>();
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      const name = module.project.name || 'tests';
      const layer = layers.get(name) ?? { files: 0, passed: 0, failed: 0, skipped: 0, firstStart: Infinity, lastEnd: -Infinity };
      layers.set(name, layer);
      layer.files++;
      const start = this.started.get(module.moduleId);
      const end = this.ended.get(module.moduleId);
      if (start !== undefined) layer.firstStart = Math.min(layer.firstStart, start);
      if (end !== undefined) layer.lastEnd = Math.max(layer.lastEnd, end);
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') {
          passed++;
          layer.passed++;
        } else if (state === 'failed') {
          failed++;
          layer.failed++;
        } else {
          skipped++;
          layer.skipped++;
        }
      }
    }
    process.stdout.write('\n');
    for (const [name, l] of layers) {
      const wall = l.lastEnd >= l.firstStart ? `${((l.lastEnd - l.firstStart) / 1000).toFixed(1)} s` : '–';
      process.stdout.write(`layer ${name}: ${l.files} files, ${l.passed} passed, ${l.failed} failed, ${l.skipped} skipped, wall ${wall}\n`);
    }
    process.stdout.write(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
