import type { Change, JournalCommand } from '../model';
import { Stream } from './stream';

/** The person's named commands on the diagram (DESIGN rule 8), as the stream reports them. */
export type EditAction =
  | 'add'
  | 'connect'
  | 'remove'
  | 'move'
  | 'rename'
  | 'renameDiagram'
  | 'setNodeProp'
  | 'setEdgeProp'
  | 'paste'
  | 'undo'
  | 'redo';

/** Where an opened diagram came from. */
export type OpenSource =
  | 'new'
  | 'link'
  | 'file'
  | 'paste'
  | 'template'
  | 'recent'
  | 'autosave'
  | 'tutorial'
  | 'other';

/**
 * What happened, in order: every edit the person made (with what it changed, in domain terms), a
 * diagram opened, and every run command. Tutorials, challenges and the recorder subscribe here.
 */
export type PlaygroundEvent =
  | { type: 'edit'; action: EditAction; changes: readonly Change[] }
  | { type: 'opened'; source: OpenSource; nodes: number }
  | { type: 'run.loaded' }
  | { type: 'run.play' }
  | { type: 'run.pause' }
  | { type: 'run.step' }
  /** The timeline moved to a moment (null: a step back to the previous moment). */
  | { type: 'run.seek'; atMs: number | null }
  | { type: 'run.reset'; seed: number }
  | { type: 'run.speed'; speed: number }
  | { type: 'run.seed'; seed: number }
  /** A fault, a live property edit or a replay, applied at `atMs` of virtual time. */
  | { type: 'run.applied'; atMs: number; command: JournalCommand }
  /** The wiring changed during a run, so it started again from zero. */
  | { type: 'run.restarted' };

/** The one stream of what happened. */
export const events = new Stream<PlaygroundEvent>();
