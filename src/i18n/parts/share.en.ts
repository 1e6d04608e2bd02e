import type { Entry } from '../core';

/** Sharing, opening, importing and exporting diagrams, Recent diagrams, the embed view. */
export const shareEn = {
  'share.button': 'Share',
  'share.title': 'Share this diagram',
  'share.loadFailed':
    'Part of the playground could not be loaded. Check the connection and try again, or reload the page.',
  'open.button': 'Open',
  'open.title': 'Open a diagram',
  'open.confirm.link': 'Open the shared diagram?',
  'open.confirm.file': 'Open the file “{name}”?',
  'open.confirm.paste': 'Open the pasted diagram?',
  'open.confirm.template': 'Open the example “{name}”?',
  'open.confirm.recent': 'Reopen “{name}”?',
  'open.confirm.body': {
    one: 'It replaces the diagram on screen ({count} component). Yours is kept under Open → Recent diagrams, so you can go back to it.',
    other:
      'It replaces the diagram on screen ({count} components). Yours is kept under Open → Recent diagrams, so you can go back to it.',
  },
  'open.confirm.confirm': 'Open it',
  'open.done': 'Opened “{name}”.',
  'moment.opened':
    'The run is paused at {time}, as it was when the link was made. Press Run to go on, or drag the timeline under the canvas.',
  'moment.damaged':
    'The run in this link could not be read, so the diagram opened without it. Press Run to start it afresh.',
  'open.doneKept': 'Opened “{name}”. Your previous diagram is kept under Open → Recent diagrams.',
  'open.notKept':
    'Your previous diagram could not be kept in this browser’s storage, so it is listed under Recent diagrams only until this tab closes. Download it if you need it later.',
  'open.download': 'Download it',
  'open.untitled': 'Untitled diagram',
  'open.untitledWith': 'Untitled diagram ({labels})',
  'import.drop': 'Drop the file to open it',
  'export.button': 'Export',
  'export.title': 'Export the diagram',
  'storage.otherTab':
    'This diagram was also changed in another tab. The other tab’s version is kept under Open → Recent diagrams.',
} satisfies Record<string, Entry>;
