/** The pooled records of a run: calls by callers, and jobs (which travel as messages). */
export { CALL, Calls } from './calls';
export { Jobs } from './jobs';
