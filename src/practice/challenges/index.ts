import type { Challenge } from '../types';
import { asyncReport } from './asyncReport';
import { batchLatency } from './batchLatency';
import { competingConsumers } from './competingConsumers';
import { deadLetter } from './deadLetter';
import { fanoutDurable } from './fanoutDurable';
import { gatewayRateLimit } from './gatewayRateLimit';
import { kafkaScaleOrder } from './kafkaScaleOrder';
import { queueOutage } from './queueOutage';
import { rabbitTopicRouting } from './rabbitTopicRouting';
import { retryStorm } from './retryStorm';
import { webhooksBudget } from './webhooksBudget';

/** The design challenges, in the order of the tutorials they practise. */
export const CHALLENGES: readonly Challenge[] = [
  asyncReport,
  fanoutDurable,
  gatewayRateLimit,
  retryStorm,
  webhooksBudget,
  batchLatency,
  queueOutage,
  competingConsumers,
  deadLetter,
  rabbitTopicRouting,
  kafkaScaleOrder,
];

/** The challenge with this id, if there is one. */
export function findChallenge(id: string): Challenge | undefined {
  return CHALLENGES.find((c) => c.id === id);
}
