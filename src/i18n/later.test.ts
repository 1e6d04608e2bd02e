import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { t } from './index';
import { editorLaterEn } from './parts/editor.later.en';
import { runLaterEn } from './parts/run.later.en';
import { shareLaterEn } from './parts/share.later.en';

const SRC = join(__dirname, '..');
const AREAS = {
  editor: Object.keys(editorLaterEn),
  run: Object.keys(runLaterEn),
  share: Object.keys(shareLaterEn),
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'i18n' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('strings that load with lazily loaded parts', () => {
  it('are imported by every module that uses one, so they are there before it renders', () => {
    const missing: string[] = [];
    for (const file of sources(SRC)) {
      const text = readFileSync(file, 'utf8');
      // A key built from a prefix (`fault.${kind}`) counts when a later key has that prefix.
      const prefixes = [...text.matchAll(/`([\w.]+\.)\$\{/g)].map((m) => m[1]!);
      for (const [area, keys] of Object.entries(AREAS)) {
        const used = keys.filter(
          (key) =>
            text.includes(`'${key}'`) || text.includes(`"${key}"`) || prefixes.some((p) => key.startsWith(p)),
        );
        if (used.length === 0) continue;
        let path = relative(dirname(file), join(SRC, 'i18n/later', `${area}Text`)).replaceAll('\\', '/');
        if (!path.startsWith('.')) path = `./${path}`;
        if (!text.includes(`import '${path}';`))
          missing.push(`${relative(SRC, file)} needs ${path}: ${used.slice(0, 3).join(', ')}`);
      }
    }
    expect(missing).toEqual([]);
    // An import for its effect only survives the build if package.json says the file has one.
    const pkg = JSON.parse(readFileSync(join(SRC, '../package.json'), 'utf8')) as { sideEffects: string[] };
    expect(pkg.sideEffects).toContain('./src/i18n/later/*.ts');
  });

  it('are not in the first page’s English, and arrive with the first part that imports them', async () => {
    for (const key of Object.values(AREAS).flat()) expect(key in en, key).toBe(false);
    expect(t('palette.search')).toBe('palette.search');
    await import('./later/editorText');
    expect(t('palette.search')).toBe(editorLaterEn['palette.search']);
    expect(t('timeline.label')).toBe('timeline.label');
    await import('./later/runText');
    expect(t('timeline.label')).toBe(runLaterEn['timeline.label']);
    await import('./later/shareText');
    expect(t('share.copyLink')).toBe(shareLaterEn['share.copyLink']);
  });
});
