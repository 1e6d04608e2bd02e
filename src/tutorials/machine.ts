import { assign, setup } from 'xstate';
import type { GoalContext, Tutorial } from './types';

/** How long a learner works on a step without reaching its goal before the hint shows. */
export const HINT_AFTER_MS = 30_000;

export interface TutorialContext {
  /** The step on screen. */
  step: number;
  /** The hint of this step is showing. */
  hint: boolean;
  /** Steps whose goal was reached (or that were read and continued). */
  reached: number[];
  /** A `stay` goal of an earlier step that no longer holds: its step index. */
  broken: number | null;
  /** The check question's answer, once given. */
  answer: number | null;
}

export type TutorialEvent =
  | { type: 'CHECK'; ctx: GoalContext }
  | { type: 'NEXT' }
  | { type: 'BACK' }
  | { type: 'SKIP' }
  | { type: 'RESTART' }
  | { type: 'ANSWER'; option: number };

const stepState = (i: number) => `step${i}`;

/**
 * A tutorial as a statechart: a state per step (working on it, then done with its "why" shown),
 * then the check question, then complete. Goals are checked on CHECK events carrying the
 * learner's real state; a hint shows 30 s after a step began (xstate `after`, so tests drive it
 * with SimulatedClock). `input.startAt` resumes at a saved step.
 */
export function buildTutorialMachine(tutorial: Tutorial) {
  const last = tutorial.steps.length - 1;
  const steps = Object.fromEntries(
    tutorial.steps.map((step, i) => {
      const next = i < last ? `#${tutorial.id}.${stepState(i + 1)}` : `#${tutorial.id}.question`;
      const prev = `#${tutorial.id}.${stepState(Math.max(0, i - 1))}`;
      return [
        stepState(i),
        {
          initial: 'working',
          entry: assign({ step: i, hint: false }),
          on: { BACK: { target: prev }, SKIP: { target: next } },
          states: {
            working: {
              after: { [HINT_AFTER_MS]: { actions: assign({ hint: true }) } },
              on: step.goal
                ? { CHECK: { guard: { type: 'goalMet', params: { step: i } }, target: 'done' } }
                : { NEXT: { target: next, actions: { type: 'markReached', params: { step: i } } } },
            },
            done: {
              entry: { type: 'markReached', params: { step: i } },
              on: { NEXT: { target: next } },
            },
          },
        },
      ];
    }),
  );
  return setup({
    types: {
      context: {} as TutorialContext,
      events: {} as TutorialEvent,
      input: {} as { startAt?: number },
    },
    guards: {
      goalMet: ({ event }, params: { step: number }) =>
        event.type === 'CHECK' && tutorial.steps[params.step]!.goal!(event.ctx),
      resumesAt: ({ context }, params: { step: number }) => context.step === params.step,
    },
    actions: {
      markReached: assign({
        reached: ({ context }, params: { step: number }) =>
          context.reached.includes(params.step) ? context.reached : [...context.reached, params.step],
      }),
      watchKept: assign({
        broken: ({ context, event }) => {
          if (event.type !== 'CHECK') return context.broken;
          const lost = context.reached.find((i) => {
            const s = tutorial.steps[i]!;
            return i < context.step && s.keep === 'stay' && s.goal && !s.goal(event.ctx);
          });
          return lost ?? null;
        },
      }),
    },
  }).createMachine({
    id: tutorial.id,
    context: ({ input }) => ({
      step: Math.min(Math.max(0, input?.startAt ?? 0), last),
      hint: false,
      reached: [],
      broken: null,
      answer: null,
    }),
    initial: 'resume',
    on: {
      CHECK: { actions: 'watchKept' },
      RESTART: { target: `#${tutorial.id}.${stepState(0)}`, actions: assign({ reached: [], answer: null }) },
    },
    states: {
      resume: {
        always: tutorial.steps.map((_, i) => ({
          guard: { type: 'resumesAt' as const, params: { step: i } },
          target: stepState(i),
        })),
      },
      ...steps,
      question: {
        entry: assign({ step: tutorial.steps.length }),
        on: {
          BACK: { target: stepState(last) },
          ANSWER: { target: 'complete', actions: assign({ answer: ({ event }) => event.option }) },
        },
      },
      complete: { type: 'final' },
    },
  });
}

export type TutorialMachine = ReturnType<typeof buildTutorialMachine>;

/** Where the machine is: a step being worked on or done, the check question, or complete. */
export function phaseOf(
  value: unknown,
): { step: number; phase: 'working' | 'done' } | 'question' | 'complete' | 'resume' {
  if (value === 'question' || value === 'complete' || value === 'resume') return value;
  const [key, phase] = Object.entries(value as Record<string, string>)[0] ?? [];
  const step = Number(key?.replace('step', ''));
  return { step, phase: phase === 'done' ? 'done' : 'working' };
}

/** Whether step `i`'s goal was reached and its "why" is showing. */
export function stepDone(value: unknown, i: number): boolean {
  const p = phaseOf(value);
  return typeof p === 'object' && p.step === i && p.phase === 'done';
}
