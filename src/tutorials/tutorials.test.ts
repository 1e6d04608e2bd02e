import { beforeAll, describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { loadLanguage } from '../i18n';
import { TUTORIALS } from './index';
import { buildTutorialMachine, HINT_AFTER_MS, stepDone } from './machine';
import { HeadlessPlayground } from './testing/headless';
import type { Tutorial } from './types';

beforeAll(async () => {
  await loadLanguage('uk');
});

/** Plays the reference solution ("Show me" of every step) headless, checking each goal as it goes. */
function playThrough(tutorial: Tutorial) {
  const clock = new SimulatedClock();
  const actor = createActor(buildTutorialMachine(tutorial), { clock, input: {} }).start();
  const play = new HeadlessPlayground(tutorial.start);
  const stepsLog: string[] = [];
  try {
    tutorial.steps.forEach((step, i) => {
      expect(actor.getSnapshot().context.step, step.id).toBe(i);
      const since = play.eventCount;
      if (step.goal)
        expect(step.goal(play.context(since)), `${step.id} is not done before its step`).toBe(false);
      for (const action of step.showMe)
        expect(play.perform(tutorial, action), `${step.id}: ${action.do}`).toBe(true);
      const budget = step.runFor ?? 0;
      let spent = 0;
      actor.send({ type: 'CHECK', ctx: play.context(since) });
      while (step.goal && !stepDone(actor.getSnapshot().value, i) && spent < budget + 20_000) {
        play.advance(1000);
        spent += 1000;
        actor.send({ type: 'CHECK', ctx: play.context(since) });
      }
      if (step.goal) expect(stepDone(actor.getSnapshot().value, i), `${step.id} reached`).toBe(true);
      stepsLog.push(`${step.id}@${Math.round(play.context().run.now)}`);
      actor.send({ type: 'NEXT' });
    });
    expect(actor.getSnapshot().value).toBe('question');
    const correct = tutorial.check.options.findIndex((o) => o.correct);
    actor.send({ type: 'ANSWER', option: correct });
    expect(actor.getSnapshot().status).toBe('done');
    return stepsLog;
  } finally {
    play.dispose();
    actor.stop();
  }
}

describe.each(TUTORIALS.map((t) => [t.id, t] as const))('tutorial %s', (_id, tutorial) => {
  it('its reference solution ("Show me" at every step) completes it, headless', () => {
    expect(playThrough(tutorial)).toHaveLength(tutorial.steps.length);
  });

  it('shows the hint of a step after 30 s without reaching its goal, not before', () => {
    const clock = new SimulatedClock();
    const actor = createActor(buildTutorialMachine(tutorial), { clock, input: {} }).start();
    clock.increment(HINT_AFTER_MS - 1);
    expect(actor.getSnapshot().context.hint).toBe(false);
    clock.increment(1);
    expect(actor.getSnapshot().context.hint).toBe(true);
    actor.stop();
  });

  it('has every text in both languages, 5 to 10 steps, and one right answer to its check question', () => {
    expect(tutorial.steps.length).toBeGreaterThanOrEqual(5);
    expect(tutorial.steps.length).toBeLessThanOrEqual(10);
    const texts = [
      tutorial.title,
      tutorial.summary,
      ...tutorial.steps.flatMap((s) => [s.title, s.body, s.hint, s.why]),
      tutorial.check.question,
      tutorial.check.explanation,
      ...tutorial.check.options.map((o) => o.text),
    ];
    for (const text of texts) {
      expect(text.en.trim(), JSON.stringify(text)).not.toBe('');
      expect(text.uk.trim(), JSON.stringify(text)).not.toBe('');
      expect(text.uk, 'Ukrainian is not a copy of the English').not.toBe(text.en);
      // Ukrainian text is written in Cyrillic (code and numbers aside).
      expect(text.uk.replace(/`[^`]*`/g, '')).toMatch(/[а-яіїєґ]/i);
    }
    expect(tutorial.check.options.filter((o) => o.correct)).toHaveLength(1);
  });
});
