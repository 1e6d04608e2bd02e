import { beforeAll, describe, expect, it } from 'vitest';
import { loadTemplate } from '../share/loadTemplate';
import { currentDocument } from '../store/diagram';
import { findTutorial } from '../tutorials/index';
import { startTutorialAt, useTutorialSession } from '../tutorials/session';
import { QUESTIONS } from './questions';

// The run controller animates with requestAnimationFrame; Node has none. Opening a tutorial starts
// the engine host, which the run connection imports lazily: load it here, so that import never
// outlives the test file (Vitest refuses a module load after its environment is torn down).
beforeAll(async () => {
  globalThis.requestAnimationFrame = () => 0;
  await import('../run/host');
});

/** Every interview answer's "Show me" opens what it names: the tutorial at that step, or the example. */
describe.each(QUESTIONS.map((q) => [q.id, q] as const))('interview question %s', (_id, question) => {
  it('its Show me opens', async () => {
    const target = question.showMe;
    if (target.type === 'example') {
      const loaded = await loadTemplate(target.id);
      expect(loaded.ok, target.id).toBe(true);
      return;
    }
    const tutorial = findTutorial(target.id);
    expect(tutorial, target.id).toBeDefined();
    expect(startTutorialAt(target.id, target.step ?? 0)).toBe(true);
    const session = useTutorialSession.getState();
    expect(session.tutorial?.id).toBe(target.id);
    expect(session.step).toBe(target.step ?? 0);
    // The earlier steps' structure is on the canvas, so the step makes sense where it opens.
    if ((target.step ?? 0) > 0) expect(currentDocument().nodes.length).toBeGreaterThan(0);
  });
});
