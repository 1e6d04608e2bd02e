import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../model';
import { encodePayload, readFragment } from '../share/linkCodec';
import { challengeInFragment, tutorialInFragment } from '../share/mode';
import { TUTORIALS } from '../tutorials/index';
import { CHALLENGES, findChallenge } from './challenges';

describe('challenges and tutorials link up', () => {
  it('every tutorial offers a challenge that exists, and every challenge practises a tutorial that exists', () => {
    for (const t of TUTORIALS)
      expect(findChallenge(t.challenge ?? ''), `${t.id} → ${t.challenge}`).toBeDefined();
    for (const c of CHALLENGES)
      expect(
        TUTORIALS.some((t) => t.id === c.tutorial),
        c.id,
      ).toBe(true);
  });

  it('reads #c=<id> and #c=<id>:<diagram> links, and #l=<id>; sharing does not treat them as documents', () => {
    const payload = encodePayload({ ...emptyDocument(), name: 'My attempt' });
    expect(challengeInFragment('#c=queue-outage')).toEqual({ id: 'queue-outage', payload: null });
    expect(challengeInFragment(`#c=queue-outage:${payload}`)).toEqual({ id: 'queue-outage', payload });
    expect(challengeInFragment(`#c%3Dqueue-outage`)).toEqual({ id: 'queue-outage', payload: null });
    expect(challengeInFragment('#c=../../etc')).toBeNull();
    expect(tutorialInFragment('#l=kafka')).toBe('kafka');
    expect(readFragment('#c=queue-outage')).toEqual({ kind: 'none' });
    expect(readFragment('#l=kafka')).toEqual({ kind: 'none' });
    // A damaged link of ours is still answered.
    expect(readFragment('#c')).toMatchObject({ kind: 'document', result: { ok: false } });
  });
});
