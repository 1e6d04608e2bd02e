import { type Actor, createActor } from 'xstate';
import { create } from 'zustand';
import type { RunSummary } from '../engine';
import { currentLang } from '../i18n';
import { emptyDocument, type JournalEntry } from '../model';
import { runActions, runFeed } from '../run/controller';
import type { RunFrame } from '../run/protocol';
import { currentDocument } from '../store/diagram';
import { events, type PlaygroundEvent } from '../store/events';
import { replaceDiagram } from '../store/replace';
import { shareUiActions } from '../store/shareUi';
import { performAction, type RunControls } from './actions';
import { findTutorial } from './index';
import { buildTutorialMachine, phaseOf, type TutorialMachine } from './machine';
import { progressOf, readProgress, writeProgress } from './progress';
import { IDLE_RUN, runViewOf } from './runView';
import type { GoalContext, Tutorial } from './types';

/** What the tutorial card shows; refreshed on every change of the machine. */
export interface SessionView {
  tutorial: Tutorial | null;
  step: number;
  phase: 'working' | 'done' | 'question' | 'complete';
  hint: boolean;
  /** A `stay` goal of an earlier step that no longer holds: that step's index. */
  broken: number | null;
  answer: number | null;
  /** "Show me" is doing the step. */
  showing: boolean;
}

const IDLE: SessionView = {
  tutorial: null,
  step: 0,
  phase: 'working',
  hint: false,
  broken: null,
  answer: null,
  showing: false,
};

export const useTutorialSession = create<SessionView>()(() => IDLE);

let actor: Actor<TutorialMachine> | null = null;
let stops: (() => void)[] = [];
let log: PlaygroundEvent[] = [];
let stepStartedAt = 0;
let journal: JournalEntry[] = [];
let frame: RunFrame | null = null;
let summary: RunSummary | null = null;
let lastStep = -1;

const controls: RunControls = {
  play: () => void runActions.play(),
  pause: () => void runActions.pause(),
  reset: () => void runActions.reset(),
  speed: (value) => runActions.setSpeed(value),
  fault: (fault) => void runActions.fault(fault),
};

/** What the goals see now: the real diagram, the run as the page last heard of it, the events of this step. */
function goalContext(): GoalContext {
  return {
    doc: currentDocument(),
    run: frame ? runViewOf(frame, summary, journal) : IDLE_RUN,
    events: log.slice(stepStartedAt),
  };
}

function check(): void {
  actor?.send({ type: 'CHECK', ctx: goalContext() });
}

function saveProgress(tutorial: Tutorial, step: number, done: boolean): void {
  const read = readProgress();
  const progress = read.kind === 'ok' ? read.progress : { version: 1 as const, tutorials: {}, welcome: null };
  progress.tutorials[tutorial.id] = { step, done, at: new Date().toISOString() };
  writeProgress(progress);
}

/** Keeps what goals need from the event stream and the run feed, and checks on every change. */
function listen(): void {
  stops.push(
    events.subscribe((e) => {
      log.push(e);
      if (e.type === 'run.applied') journal.push({ at: e.atMs, command: e.command });
      if (
        e.type === 'opened' ||
        e.type === 'run.reset' ||
        e.type === 'run.restarted' ||
        e.type === 'run.seed'
      ) {
        journal = [];
        summary = null;
      }
      check();
    }),
    runFeed.subscribe(({ frame: f }) => {
      const statusChanged = f.status !== frame?.status;
      frame = f;
      if (f.summary) summary = f.summary;
      if (f.summary || statusChanged) check();
    }),
  );
}

/**
 * Starts a tutorial. `fresh` puts its starting diagram (or a blank canvas) on screen, keeping the
 * person's own diagram in Recent diagrams first; otherwise it resumes at the saved step on the
 * diagram as it is, and the goals judge it as they find it.
 */
export function startTutorial(id: string, fresh: boolean, at?: number): boolean {
  const tutorial = findTutorial(id);
  if (!tutorial) return false;
  leaveTutorial();
  const read = readProgress();
  const saved = read.kind === 'ok' ? progressOf(read.progress, id) : undefined;
  const startAt = at ?? (fresh || !saved || saved.done ? 0 : saved.step);
  if (at === undefined && (fresh || !saved || saved.done)) {
    const doc = tutorial.start ? structuredClone(tutorial.start) : emptyDocument();
    replaceDiagram(doc, currentDocument().nodes.length > 0, null, 'tutorial');
    if (tutorial.start) shareUiActions.requestFit(true);
  }
  log = [];
  stepStartedAt = 0;
  lastStep = -1;
  listen();
  actor = createActor(buildTutorialMachine(tutorial), { input: { startAt } });
  actor.subscribe((snapshot) => {
    const p = phaseOf(snapshot.value);
    const ctx = snapshot.context;
    if (ctx.step !== lastStep) {
      lastStep = ctx.step;
      stepStartedAt = log.length;
      saveProgress(tutorial, ctx.step, false);
    }
    if (p === 'complete') saveProgress(tutorial, tutorial.steps.length, true);
    useTutorialSession.setState({
      tutorial,
      step: ctx.step,
      phase: typeof p === 'object' ? p.phase : p === 'resume' ? 'working' : p,
      hint: ctx.hint,
      broken: ctx.broken,
      answer: ctx.answer,
    });
  });
  actor.start();
  check();
  return true;
}

/**
 * Opens a tutorial at one of its steps, with the diagram as its earlier steps leave it: their
 * "Show me" actions are done first (a run they start is started), then the step is shown.
 */
export function startTutorialAt(id: string, step: number): boolean {
  const tutorial = findTutorial(id);
  if (!tutorial) return false;
  leaveTutorial();
  replaceDiagram(
    tutorial.start ? structuredClone(tutorial.start) : emptyDocument(),
    currentDocument().nodes.length > 0,
    null,
    'tutorial',
  );
  const at = Math.max(0, Math.min(step, tutorial.steps.length - 1));
  for (const s of tutorial.steps.slice(0, at))
    for (const action of s.showMe) performAction(tutorial, action, controls, currentLang());
  return startTutorial(id, false, at);
}

/** Leaves the tutorial; the diagram stays as it is, to keep playing with it. */
export function leaveTutorial(): void {
  for (const stop of stops) stop();
  stops = [];
  actor?.stop();
  actor = null;
  useTutorialSession.setState(IDLE);
}

export const tutorialActions = {
  next: () => actor?.send({ type: 'NEXT' }),
  back: () => actor?.send({ type: 'BACK' }),
  skip: () => actor?.send({ type: 'SKIP' }),
  restart: () => {
    const tutorial = useTutorialSession.getState().tutorial;
    if (tutorial) startTutorial(tutorial.id, true);
  },
  answer: (option: number) => actor?.send({ type: 'ANSWER', option }),
  /** Does the step for the person, one visible action at a time, through the same actions as their hands. */
  async showMe(): Promise<void> {
    const { tutorial, step } = useTutorialSession.getState();
    const s = tutorial?.steps[step];
    if (!tutorial || !s) return;
    useTutorialSession.setState({ showing: true });
    try {
      for (const action of s.showMe) {
        performAction(tutorial, action, controls, currentLang());
        await new Promise((resolve) => setTimeout(resolve, 350));
      }
    } finally {
      useTutorialSession.setState({ showing: false });
      check();
    }
  },
};
