/** The pooled records of a run: messages on wires, calls by callers, jobs at nodes. */
export { CALL, Calls } from './calls';
export { Jobs } from './jobs';
export { Messages } from './messages';
