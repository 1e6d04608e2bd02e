import { describe, expect, it } from 'vitest';
import { emptyDocument, MAX_TEXT } from '../model';
import { randomDiagram } from '../model/testing/randomDiagram';
import { documentJson, SELECTION_MARK, selectionJson } from './formats';
import { readText, safeHttpUrl } from './intake';
import { documentFragment } from './linkCodec';

describe('reading pasted or dropped text', () => {
  const doc = randomDiagram(7, 6);

  it('opens a document file, pretty-printed or not', () => {
    expect(readText(documentJson(doc))).toEqual({ kind: 'document', result: { ok: true, value: doc } });
    expect(readText(`  ${JSON.stringify(doc)}\n`)).toEqual({
      kind: 'document',
      result: { ok: true, value: doc },
    });
  });

  it('recognises a copied selection by its mark', () => {
    const text = selectionJson({ nodes: doc.nodes.slice(0, 2), edges: [] }, doc);
    expect(JSON.parse(text).clipboard).toBe(SELECTION_MARK);
    const intake = readText(text);
    expect(intake.kind).toBe('selection');
    if (intake.kind === 'selection' && intake.result.ok)
      expect(intake.result.value.nodes).toEqual(doc.nodes.slice(0, 2));
  });

  it('opens a share link pasted as a whole address or as a fragment', () => {
    const fragment = documentFragment(doc);
    const expected = { kind: 'document', result: { ok: true, value: doc } };
    expect(readText(`https://example.org/playground/#${fragment}`)).toEqual(expected);
    expect(readText(`#${fragment}`)).toEqual(expected);
    expect(readText('http://localhost:4173/#t=starter-gateway')).toEqual({
      kind: 'template',
      id: 'starter-gateway',
    });
  });

  it('refuses what is not a diagram, with a reason', () => {
    expect(readText('hello')).toEqual({
      kind: 'document',
      result: { ok: false, problem: { code: 'notDiagram' } },
    });
    expect(readText('javascript:alert(1)//#d=1.x')).toMatchObject({
      result: { problem: { code: 'notDiagram' } },
    });
    expect(readText('{"version": 1,')).toMatchObject({
      result: { ok: false, problem: { code: 'invalid', issues: [{ problem: { code: 'notJson' } }] } },
    });
    expect(readText('{"name": "no version"}')).toMatchObject({
      result: { ok: false, problem: { code: 'invalid', issues: [{ problem: { code: 'missingVersion' } }] } },
    });
    expect(readText(' '.repeat(MAX_TEXT + 1))).toMatchObject({ result: { problem: { code: 'tooLarge' } } });
  });

  it('keeps only http and https addresses', () => {
    expect(safeHttpUrl('https://example.org/a')?.href).toBe('https://example.org/a');
    expect(safeHttpUrl(' http://localhost:4173/#x ')?.hash).toBe('#x');
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,<script>',
      'file:///etc/passwd',
      'ftp://x',
      'not a url',
      '',
    ])
      expect(safeHttpUrl(bad), bad).toBeNull();
  });

  it('writes JSON files that read back as the same document', () => {
    const empty = emptyDocument('Empty');
    expect(readText(documentJson(empty))).toEqual({ kind: 'document', result: { ok: true, value: empty } });
  });
});
