import type { Question } from '../types';
import { BASICS_QUESTIONS } from './basics';
import { KAFKA_QUESTIONS } from './kafka';
import { MESSAGING_QUESTIONS } from './messaging';
import { SEED_QUESTIONS } from './seed';
import { SERVICES_QUESTIONS } from './services';
import { WEBHOOKS_BATCH_QUESTIONS } from './webhooksBatch';

/**
 * The interview round: the source sheet's four questions first, then the rest in topic order
 * (patterns, sync and async, events, gateway, microservices, webhooks and polling, batches,
 * queues, RabbitMQ, Kafka).
 */
export const QUESTIONS: readonly Question[] = [
  ...SEED_QUESTIONS,
  ...BASICS_QUESTIONS,
  ...SERVICES_QUESTIONS,
  ...WEBHOOKS_BATCH_QUESTIONS,
  ...MESSAGING_QUESTIONS,
  ...KAFKA_QUESTIONS,
];

export function findQuestion(id: string): Question | undefined {
  return QUESTIONS.find((q) => q.id === id);
}
