import type { Loaded } from '../model';
import { type DiagramDocument, decodeDocument } from '../model';
import { findTemplate } from '../templates';

/** Opens a built-in diagram by id through the same decoder as links and files. */
export async function loadTemplate(id: string): Promise<Loaded<DiagramDocument>> {
  const template = findTemplate(id);
  if (!template) return { ok: false, problem: { code: 'unknownTemplate', id } };
  let raw: unknown;
  try {
    raw = await template.load();
  } catch {
    return { ok: false, problem: { code: 'damaged' } };
  }
  const decoded = decodeDocument(raw);
  return decoded.ok ? decoded : { ok: false, problem: { code: 'invalid', issues: decoded.issues } };
}
