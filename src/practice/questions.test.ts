import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../templates';
import { TUTORIALS } from '../tutorials';
import { parseRichText } from '../tutorials/richText';
import { findQuestion, QUESTIONS } from './questions';
import type { Question, Topic } from './types';

/** Every topic, in the order the round asks them (a topic added to the type must be added here). */
const TOPIC_RANK: Record<Topic, number> = {
  patterns: 0,
  'sync-async': 1,
  'event-driven': 2,
  gateway: 3,
  microservices: 4,
  'webhooks-polling': 5,
  batch: 6,
  queues: 7,
  rabbitmq: 8,
  kafka: 9,
};

/** The source sheet's four interview questions, in its order, as the round asks them in Ukrainian. */
const SEED: { id: string; topic: Topic; uk: string }[] = [
  { id: 'main-integration-patterns', topic: 'patterns', uk: 'Які основні патерни інтеграції API?' },
  { id: 'sync-vs-async', topic: 'sync-async', uk: 'У чому різниця між синхронними та асинхронними API?' },
  {
    id: 'gateway-rabbitmq-kafka',
    topic: 'patterns',
    uk: 'Для чого використовують API-шлюз (API Gateway), RabbitMQ і Kafka?',
  },
  {
    id: 'webhooks-or-polling',
    topic: 'webhooks-polling',
    uk: 'Коли краще використовувати вебхуки, а коли опитування (polling)?',
  },
];

const texts = (q: Question) =>
  [
    ['question', q.question],
    ['answer', q.answer],
  ] as const;

describe('interview questions', () => {
  it('are at least 28, each with a unique kebab-case id', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(28);
    const ids = QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('open with the source sheet’s four questions, in its order', () => {
    expect(QUESTIONS.slice(0, 4).map((q) => ({ id: q.id, topic: q.topic, uk: q.question.uk }))).toEqual(SEED);
  });

  it('then follow in topic order, and every topic has at least two questions', () => {
    const rest = QUESTIONS.slice(SEED.length).map((q) => TOPIC_RANK[q.topic]);
    expect(rest).toEqual([...rest].sort((a, b) => a - b));
    for (const topic of Object.keys(TOPIC_RANK) as Topic[])
      expect(QUESTIONS.filter((q) => q.topic === topic).length, topic).toBeGreaterThanOrEqual(2);
  });

  it('have the question and the answer in both languages: Ukrainian in Cyrillic, not a copy of the English', () => {
    for (const q of QUESTIONS)
      for (const [what, text] of texts(q)) {
        const where = `${q.id} ${what}`;
        expect(text.en.trim().length, where).toBeGreaterThan(0);
        expect(text.uk.trim().length, where).toBeGreaterThan(0);
        expect(text.uk, where).not.toBe(text.en);
        // Product names (Kafka Streams, RabbitMQ, gRPC) stay in Latin letters, the rest does not:
        // a short question may be half names, an answer is mostly Ukrainian words.
        const words = text.uk.split(/\s+/).filter((w) => /\p{L}/u.test(w));
        const ukrainian = words.filter((w) => /\p{Script=Cyrillic}/u.test(w));
        expect(ukrainian.length, where).toBeGreaterThanOrEqual(3);
        expect(ukrainian.length / words.length, where).toBeGreaterThanOrEqual(
          what === 'question' ? 0.4 : 0.7,
        );
        expect(text.en, where).not.toMatch(/\p{Script=Cyrillic}/u);
      }
  });

  it('write Ukrainian apostrophes as ʼ, and questions as questions', () => {
    for (const q of QUESTIONS) {
      for (const [what, text] of texts(q))
        expect(text.uk, `${q.id} ${what}`).not.toMatch(/\p{Script=Cyrillic}['’]\p{Script=Cyrillic}/u);
      expect(q.question.en, q.id).toMatch(/\?$/);
      expect(q.question.uk, q.id).toMatch(/\?$/);
    }
  });

  it('use the rich-text format cleanly: no stray * or ` left in the text', () => {
    for (const q of QUESTIONS)
      for (const [what, text] of texts(q))
        for (const lang of ['en', 'uk'] as const)
          for (const block of parseRichText(text[lang])) {
            const spans = block.type === 'p' ? block.spans : block.items.flatMap((i) => i.spans);
            for (const span of spans)
              if (span.type !== 'code') expect(span.text, `${q.id} ${what} (${lang})`).not.toMatch(/[*`]/);
          }
  });

  it('give the same shape of answer in both languages (the same paragraphs and list items)', () => {
    const shape = (text: string) =>
      parseRichText(text).map((b) => (b.type === 'p' ? 'p' : `list:${b.items.length}`));
    for (const q of QUESTIONS) expect(shape(q.answer.uk), q.id).toEqual(shape(q.answer.en));
  });

  it('show each answer at a tutorial step or a built-in example that exists', () => {
    const examples = new Set(TEMPLATES.map((t) => t.id));
    for (const q of QUESTIONS) {
      const target = q.showMe;
      if (target.type === 'example') {
        expect(examples.has(target.id), `${q.id}: example ${target.id}`).toBe(true);
        continue;
      }
      const tutorial = TUTORIALS.find((t) => t.id === target.id);
      expect(tutorial, `${q.id}: tutorial ${target.id}`).toBeDefined();
      const step = target.step ?? 0;
      expect(Number.isInteger(step) && step >= 0, `${q.id}: step ${step}`).toBe(true);
      expect(step, `${q.id}: step of ${target.id}`).toBeLessThan(tutorial!.steps.length);
    }
  });

  it('are found by id', () => {
    for (const q of QUESTIONS) expect(findQuestion(q.id)).toBe(q);
    expect(findQuestion('no-such-question')).toBeUndefined();
  });
});
