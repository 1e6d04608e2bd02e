import type { DiagramDocument } from '../model';
import type { Role } from './types';

/**
 * Finds each role's component in the learner's diagram: by kind, and among several of a kind by
 * how it is wired, in declaration order, so two services can be "orders" and "invoicing" however
 * they are labelled or placed. A role not (yet) in the diagram is missing from the map.
 */
export function resolveRoles(doc: DiagramDocument, roles: Record<string, Role>): Map<string, string> {
  const found = new Map<string, string>();
  const taken = new Set<string>();
  const wiredFrom = (from: string, to: string) => doc.edges.some((e) => e.source === from && e.target === to);
  // Roles with wiring constraints first need the roles they refer to, so resolve in passes.
  for (let pass = 0; pass < 3; pass++) {
    for (const [name, role] of Object.entries(roles)) {
      if (found.has(name)) continue;
      const from = role.wiredFrom ? found.get(role.wiredFrom) : undefined;
      const to = role.wiredTo ? found.get(role.wiredTo) : undefined;
      if ((role.wiredFrom && !from) || (role.wiredTo && !to)) {
        if (pass < 2) continue;
      }
      const candidates = doc.nodes.filter((n) => n.kind === role.kind && !taken.has(n.id));
      const fits = candidates.filter((n) => (!from || wiredFrom(from, n.id)) && (!to || wiredFrom(n.id, to)));
      const pick = fits[0] ?? (pass === 2 ? candidates[0] : undefined);
      if (!pick) continue;
      found.set(name, pick.id);
      taken.add(pick.id);
    }
  }
  return found;
}
