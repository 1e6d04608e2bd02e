import { describe, expect, it } from 'vitest';
import { DiagramBuilder, simulate } from './testing/diagram';

function webhook(
  provider: Record<string, number | boolean>,
  receiver: Record<string, number | boolean>,
  edge = {},
) {
  return new DiagramBuilder()
    .node('p', 'provider', { changeRate: 5, ...provider })
    .node('s', 'service', { serviceTimeMs: 5, instances: 4, ...receiver })
    .edge('p', 's', { latencyMs: 10, ...edge })
    .build();
}

/** Runs, then stops the provider's changes and lets deliveries in progress finish. */
function runAndDrain(doc: ReturnType<typeof webhook>, ms: number) {
  const sim = simulate(doc);
  sim.advanceTo(ms);
  sim.setNodeUp('p', false);
  sim.advanceTo(ms + 600_000);
  return sim.summary();
}

describe('webhook delivery', () => {
  it('an idempotent receiver processes each event exactly once despite duplicates', () => {
    const s = runAndDrain(webhook({ duplicatePct: 30 }, { idempotent: true }), 1_000_000);
    const w = s.webhooks['p-s']!;
    expect(w.events).toBeGreaterThan(4800);
    expect(w.duplicatesDropped / w.events).toBeCloseTo(0.3, 1);
    expect(w.processed).toBe(w.events);
    expect(w.delivered).toBe(w.events);
  });

  it('a receiver that is not idempotent processes the duplicates too', () => {
    const s = runAndDrain(webhook({ duplicatePct: 30 }, { idempotent: false }), 1_000_000);
    const w = s.webhooks['p-s']!;
    expect(w.processed / w.events).toBeCloseTo(1.3, 1);
    expect(w.duplicatesDropped).toBe(0);
  });

  it('retries failed deliveries with backoff and still processes each event once', () => {
    const s = runAndDrain(webhook({ duplicatePct: 10 }, { idempotent: true, errorRatePct: 30 }), 1_000_000);
    const w = s.webhooks['p-s']!;
    expect(w.retries).toBeGreaterThan(w.events * 0.3);
    // Six attempts each failing with p = 0.3: 0.3^6 = 0.07% give up.
    expect(w.gaveUp).toBeLessThan(w.events * 0.003);
    expect(w.processed).toBeLessThanOrEqual(w.events);
    expect(w.processed).toBeGreaterThanOrEqual(w.delivered);
    expect(s.nodes.s!.errors.failed).toBeGreaterThan(0);
  });

  it('rejects forged signatures and stale replays when verifying, accepts them when not', () => {
    const verified = runAndDrain(webhook({ forgedPct: 10, replayedPct: 10 }, { idempotent: false }), 400_000);
    const w = verified.webhooks['p-s']!;
    expect(w.rejectedSignatures / w.events).toBeCloseTo(0.2, 1);
    expect(w.processed).toBe(w.events);
    const open = runAndDrain(
      webhook({ forgedPct: 10 }, { idempotent: false }, { verifySignature: false }),
      400_000,
    );
    const o = open.webhooks['p-s']!;
    expect(o.rejectedSignatures).toBe(0);
    expect(o.acceptedForged / o.events).toBeCloseTo(0.1, 1);
    expect(o.processed).toBe(o.events + o.acceptedForged);
  });

  it('a replay within the tolerance window is let through, and idempotency then drops it', () => {
    const s = runAndDrain(webhook({ replayedPct: 20 }, { idempotent: true }, { toleranceS: 3600 }), 400_000);
    const w = s.webhooks['p-s']!;
    expect(w.rejectedSignatures).toBe(0);
    expect(w.duplicatesDropped / w.events).toBeCloseTo(0.2, 1);
    expect(w.processed).toBe(w.events);
  });

  it('disables an endpoint that keeps failing, and counts the changes it then misses', () => {
    const doc = webhook(
      { changeRate: 1, webhookTimeoutMs: 1000, webhookBackoffMs: 500, disableAfterMs: 60_000 },
      { up: false, backlogLimit: 10 },
    );
    const sim = simulate(doc);
    sim.advanceTo(300_000);
    const w = sim.summary().webhooks['p-s']!;
    expect(w.disabled).toBe(true);
    expect(w.missed).toBeGreaterThan(150);
    expect(w.delivered).toBe(0);
    // Nothing got through: every change was either given up on after its attempts or missed.
    expect(w.missed + w.gaveUp).toBe(w.events);
  });
});
