/*
 * Ids travel into the page's markup: React Flow finds a node's element and its handles with
 * attribute selectors built from the id (`[data-id="…"]`), and SVG markers refer to ids. A quote,
 * a backslash or a bracket in an id breaks such a selector (a SyntaxError inside a drag handler),
 * so the editor only ever writes ids from a small alphabet, and the decoder renames any other id
 * on the way in. Renaming, not refusing: ids are never shown to people, and a link or file made by
 * hand with odd ids still opens, the same diagram with other ids.
 *
 * This does not make lookups safe by itself: `constructor` and `__proto__` are in the alphabet.
 * Every lookup by id goes through a Map or an `IdRecord` (see idRecord.ts).
 */

/** Letters, digits and `_ - . :`, 1 to 64 characters. */
export const SAFE_ID = /^[A-Za-z0-9_.:-]{1,64}$/;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Gives every distinct unsafe id one fresh id (the same id twice stays a duplicate, as it was). */
function renamer(taken: Set<string>, prefix: string): (id: string) => string {
  const renamed = new Map<string, string>();
  let next = 1;
  return (id) => {
    if (SAFE_ID.test(id)) return id;
    let fresh = renamed.get(id);
    if (fresh === undefined) {
      while (taken.has(`${prefix}${next}`)) next++;
      fresh = `${prefix}${next}`;
      taken.add(fresh);
      renamed.set(id, fresh);
    }
    return fresh;
  };
}

const ownString = (o: Record<string, unknown>, key: string): string | undefined => {
  const v = Object.hasOwn(o, key) ? o[key] : undefined;
  return typeof v === 'string' ? v : undefined;
};

/**
 * Returns the document with string ids outside SAFE_ID replaced (node ids, and the wires' ids and
 * ends that refer to them). Anything that is not a string id is left for validation to judge.
 */
export function withSafeIds(doc: Record<string, unknown>): Record<string, unknown> {
  const nodes = Object.hasOwn(doc, 'nodes') ? doc.nodes : undefined;
  const edges = Object.hasOwn(doc, 'edges') ? doc.edges : undefined;
  const nodeList = Array.isArray(nodes) ? nodes : [];
  const edgeList = Array.isArray(edges) ? edges : [];
  const idsOf = (list: unknown[], keys: string[]) =>
    list.flatMap((x) => (isRecord(x) ? keys.map((k) => ownString(x, k)) : [])).filter((x) => x !== undefined);
  const nodeIds = idsOf(nodeList, ['id']);
  const edgeIds = idsOf(edgeList, ['id']);
  const ends = idsOf(edgeList, ['source', 'target']);
  if ([...nodeIds, ...edgeIds, ...ends].every((id) => SAFE_ID.test(id))) return doc;
  const nodeId = renamer(new Set(nodeIds.filter((id) => SAFE_ID.test(id))), 'n');
  const edgeId = renamer(new Set(edgeIds.filter((id) => SAFE_ID.test(id))), 'e');
  const rename = (x: unknown, fields: [string, (id: string) => string][]) => {
    if (!isRecord(x)) return x;
    const out: Record<string, unknown> = { ...x };
    for (const [key, fn] of fields) {
      const id = ownString(x, key);
      if (id !== undefined) out[key] = fn(id);
    }
    return out;
  };
  return {
    ...doc,
    ...(Array.isArray(nodes) ? { nodes: nodes.map((n) => rename(n, [['id', nodeId]])) } : {}),
    ...(Array.isArray(edges)
      ? {
          edges: edges.map((e) =>
            rename(e, [
              ['id', edgeId],
              ['source', nodeId],
              ['target', nodeId],
            ]),
          ),
        }
      : {}),
  };
}
