import { create } from 'zustand';
import type { DiagramDocument, Loaded, LoadProblem } from '../model';
import { diagramActions } from '../store/diagram';
import { readFragment } from './linkCodec';
import { loadTemplate } from './loadTemplate';

export type EmbedState =
  | { status: 'loading' }
  | { status: 'ready' }
  | { status: 'failed'; problem: LoadProblem };

export const useEmbed = create<EmbedState>()(() => ({ status: 'loading' }));

/** The same diagram in the full playground: this address without `embed`, fragment kept. */
export function playgroundUrl(href: string = location.href): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  return url.href;
}

function show(result: Loaded<DiagramDocument>): void {
  if (result.ok) {
    diagramActions.replace(result.value, 'link');
    useEmbed.setState({ status: 'ready' });
  } else useEmbed.setState({ status: 'failed', problem: result.problem });
}

/**
 * Loads the fragment's diagram for the embed view. It neither reads nor writes the person's
 * saved diagram, and leaves the fragment in place: it is what the embedding page points at.
 */
export async function startEmbed(): Promise<void> {
  const request = readFragment(location.hash);
  if (request.kind === 'none') show({ ok: false, problem: { code: 'notDiagram' } });
  else if (request.kind === 'template') show(await loadTemplate(request.id));
  else show(request.result);
}
