import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The layer order the lint keeps (docs/ARCHITECTURE.md), checked by linting a fixture file
 * placed in a folder: an import of a higher layer must fail, one of a lower layer must pass.
 */
const root = join(import.meta.dirname, '..');
const biome = join(root, 'node_modules', '.bin', 'biome');

function lint(folder: string, source: string): { ok: boolean; output: string } {
  const file = join(root, 'src', folder, `layer-fixture-${process.pid}.ts`);
  writeFileSync(file, source);
  try {
    const output = execFileSync(biome, ['lint', file], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    return { ok: true, output };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  } finally {
    rmSync(file, { force: true });
  }
}

describe('layer order', () => {
  it.each([
    ['model', "import { engineName } from '../engine';"],
    ['engine', "import { useDiagram } from '../store/diagram';"],
    ['store', "import { runActions } from '../run/controller';"],
    ['run', "import { TrafficRenderer } from '../canvas/traffic/renderer';"],
    ['canvas', "import { Toolbar } from '../panels/Toolbar';"],
    ['panels', "import { ShareButtons } from '../share';"],
    ['i18n', "import { useUi } from '../store/ui';"],
  ])('refuses an import from %s/ of a layer above it', (folder, source) => {
    const result = lint(folder, `${source}\nexport const x = 1;\n`);
    expect(result.ok).toBe(false);
    expect(result.output).toContain('Layer order');
  });

  it.each([
    ['engine', "import { CATALOGUE } from '../model';"],
    ['run', "import { useDiagram } from '../store/diagram';"],
    ['share', "import { Dialog } from '../panels/Dialog';"],
  ])('accepts an import from %s/ of a layer below it', (folder, source) => {
    expect(lint(folder, `${source}\nexport const x = 1;\n`)).toMatchObject({ ok: true });
  });
});
