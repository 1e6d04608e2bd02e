import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'model' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("the catalogue's help texts and descriptions", () => {
  it('are imported by every module that shows one, since the first page does not carry them', () => {
    const missing: string[] = [];
    for (const file of sources(SRC)) {
      const text = readFileSync(file, 'utf8');
      const needs = [
        ...(/\.help\[/.test(text) ? ['help'] : []),
        ...(/\bspec\.description\b/.test(text) ? ['descriptions'] : []),
      ];
      for (const name of needs) {
        let path = relative(dirname(file), join(SRC, 'model/catalogue', name)).replaceAll('\\', '/');
        if (!path.startsWith('.')) path = `./${path}`;
        if (!text.includes(`import '${path}';`)) missing.push(`${relative(SRC, file)} needs ${path}`);
      }
    }
    expect(missing).toEqual([]);
    // An import for its effect only survives the build if package.json says the file has one.
    const pkg = JSON.parse(readFileSync(join(SRC, '../package.json'), 'utf8')) as { sideEffects: string[] };
    expect(pkg.sideEffects).toContain('./src/model/catalogue/help.ts');
    expect(pkg.sideEffects).toContain('./src/model/catalogue/descriptions.ts');
  });
});
