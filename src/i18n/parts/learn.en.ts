import type { Entry } from '../core';

/** Learning: the Learn dialog, the first-visit welcome, the tutorial card. */
export const learnEn = {
  'learn.button': 'Learn',
  'learn.buttonTitle': 'Guided tutorials: build each pattern and watch it run',
  'tutorial.unknown': 'There is no tutorial called “{id}”. The Learn button lists them all.',
  'tutorial.progressDamaged':
    'Your tutorial progress could not be read, so it starts afresh. The old data was kept aside as {key}.',
  'challenge.unknown': 'There is no challenge called “{id}”. The Learn button lists them all.',
  'challenge.attemptDamaged':
    'The shared attempt in this link is incomplete or damaged, so it was not opened.',
} satisfies Record<string, Entry>;
