import type { Entry } from '../core';

/** Run controls, traffic legend, live badges and fault injection. */
export const runEn = {
  'run.controls': 'Simulation',
  'run.play': 'Run',
  'run.pause': 'Pause',
  'run.step': 'Step',
  'run.stepHelp': 'Advance to the next event',
  'run.reset': 'Reset',
  'run.speed': 'Speed',
  'run.seed': 'Seed',
  'run.seedHelp': 'The same diagram and seed replay identically; another seed gives other random arrivals.',
  'run.newSeed': 'New seed',
  'run.clock': 'Simulated time',
  'run.slower': 'The engine keeps up at {achieved}× only',
  'run.cannotRun': 'This diagram cannot run: {reason}',
  'run.failed':
    'The simulation stopped because of an error in the engine ({message}). Your diagram is unchanged; press Run to start again.',
  'run.restarted': 'The wiring changed, so the run started again from zero.',
  'run.noSource':
    'Nothing here starts traffic: add a Client (or a Third-party provider) and wire it to your components, then watch messages move.',
  'run.emptyDiagram':
    'Add some components first: a client sending requests to a service is the smallest diagram that runs.',
  'legend.title': 'Messages',
  'legend.request': 'Request',
  'legend.response': 'Response',
  'legend.event': 'Event',
  'legend.batch': 'Batch (item count)',
  'legend.error': 'Error',
} satisfies Record<string, Entry>;
