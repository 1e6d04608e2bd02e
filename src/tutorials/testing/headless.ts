import type { RunSummary } from '../../engine';
import type { DiagramDocument, JournalEntry, Lang } from '../../model';
import { emptyDocument } from '../../model';
import type { RunFrame, RunReply } from '../../run/protocol';
import { Runner } from '../../run/runner';
import { currentDocument, diagramActions } from '../../store/diagram';
import { events, type PlaygroundEvent } from '../../store/events';
import { performAction, type RunControls } from '../actions';
import { IDLE_RUN, runViewOf } from '../runView';
import type { Action, GoalContext, Tutorial } from '../types';

/**
 * The playground without a page, for tutorial tests: the real diagram store and event stream,
 * and a Runner driven by a fake wall clock, kept in step with the diagram exactly as the run
 * controller keeps the worker in step (edits sent, a diagram opened loads a fresh run).
 */
export class HeadlessPlayground {
  private readonly runner: Runner;
  private wall = 0;
  private speed = 10;
  private frame: RunFrame | null = null;
  private summary: RunSummary | null = null;
  private journal: JournalEntry[] = [];
  private readonly log: PlaygroundEvent[] = [];
  private readonly stop: () => void;
  readonly controls: RunControls;

  constructor(start: DiagramDocument | null, seed = 1) {
    this.runner = new Runner(() => this.wall);
    diagramActions.replace(start ?? emptyDocument(), 'tutorial');
    this.send({ type: 'speed', speed: this.speed });
    this.send({ type: 'load', doc: currentDocument(), seed });
    this.stop = events.subscribe((e) => {
      this.log.push(e);
      if (e.type === 'edit' && e.changes.some((c) => c.type !== 'nodeMoved' && c.type !== 'nodeRenamed'))
        this.send({ type: 'edit', doc: currentDocument() });
      if (e.type === 'opened') this.send({ type: 'load', doc: currentDocument(), seed });
    });
    const publish = (e: PlaygroundEvent) => events.publish(e);
    this.controls = {
      play: () => {
        publish({ type: 'run.play' });
        this.send({ type: 'play' });
      },
      pause: () => {
        publish({ type: 'run.pause' });
        this.send({ type: 'pause' });
      },
      reset: () => {
        publish({ type: 'run.reset', seed });
        this.send({ type: 'reset', seed });
      },
      speed: (value) => {
        this.speed = value;
        this.send({ type: 'speed', speed: value });
      },
      fault: (fault) => this.send({ type: 'fault', fault }),
    };
  }

  private send(cmd: Parameters<Runner['handle']>[0]): void {
    const reply: RunReply | null = this.runner.handle(cmd);
    if (reply?.type !== 'frame') return;
    const f = reply.frame;
    if (f.restarted || cmd.type === 'load' || cmd.type === 'reset' || (f.now === 0 && f.status === 'idle'))
      this.journal = [];
    for (const entry of f.applied ?? []) {
      this.journal.push(entry);
      events.publish({ type: 'run.applied', atMs: entry.at, command: entry.command });
    }
    this.frame = f;
    if (f.summary) this.summary = f.summary;
    else if (f.now === 0) this.summary = null;
  }

  /** Does a "Show me" action as the app's button would. */
  perform(tutorial: Tutorial, action: Action, lang: Lang = 'en'): boolean {
    return performAction(tutorial, action, this.controls, lang);
  }

  /** Lets the run go on for `ms` of virtual time (if it is running), in frames as the page would. */
  advance(ms: number): void {
    const until = (this.frame?.now ?? 0) + ms;
    while (this.frame?.status === 'running' && this.frame.now < until) {
      this.wall += 16;
      this.send({ type: 'tick', wall: this.wall });
    }
    // A final summary at the time reached, as the page gets a few times a second.
    if (this.frame?.status === 'running') {
      this.send({ type: 'pause' });
      this.send({ type: 'play' });
    }
  }

  /** What goals see now, with the events since `since` (an index into the log). */
  context(since = 0): GoalContext {
    return {
      doc: currentDocument(),
      run: this.frame ? runViewOf(this.frame, this.summary, this.journal) : IDLE_RUN,
      events: this.log.slice(since),
    };
  }

  get eventCount(): number {
    return this.log.length;
  }

  dispose(): void {
    this.stop();
  }
}
