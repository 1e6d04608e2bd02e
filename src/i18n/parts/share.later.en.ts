import type { Entry } from '../core';

/** Share strings used only by lazily loaded parts (the open, share and export dialogs, the reasons a diagram could not be opened, the embed view): they ship with those parts (see i18n/later/shareText.ts), not with the first page. */
export const shareLaterEn = {
  'share.intro':
    'The whole diagram travels inside the link, after the “#”, so it is never sent to a server. Whoever opens the link sees exactly this diagram, with its settings.',
  'share.linkLabel': 'Link to this diagram',
  'share.copyLink': 'Copy link',
  'share.length': { one: '{length} character', other: '{length} characters' },
  'share.long':
    'This link is longer than 8,000 characters. Some chat tools and ticket systems cut long links; if it arrives broken, send the JSON file instead.',
  'share.tooLong':
    'This diagram makes a link of {length} characters, too long to pass around safely. Share it as a file instead: the other person opens it with Open, or drops it on the canvas.',
  'share.asFile': 'Share as a file',
  'share.downloadJson': 'Download JSON',
  'share.copyJson': 'Copy JSON',
  'share.embedTitle': 'Embed in a page or slides',
  'share.embedHelp': 'A read-only view of this diagram, for documentation pages and slides.',
  'share.embedLabel': 'Embed code',
  'share.copyEmbed': 'Copy embed code',
  'share.copied': 'Link copied. Paste it into a chat, a ticket or a document.',
  'share.jsonCopied': 'Diagram JSON copied.',
  'share.embedCopied': 'Embed code copied.',
  'share.copyFailed': 'Could not copy automatically: select the text and press Ctrl+C.',
  'share.empty': 'The diagram is empty. Add a component first, then share it.',
  'share.close': 'Close',
  'share.withRun': 'Include the run, paused at {time}',
  'share.withRunHelp':
    'Whoever opens the link sees this moment: the same messages on the wires and the same figures, with the faults and changes you made.',
  'recent.title': 'Recent diagrams',
  'recent.help':
    'When a new diagram, a link, a file or an example replaces the diagram on screen, the replaced one is kept here (the last 10, in this browser only).',
  'recent.empty': 'Nothing here yet.',
  'recent.components': { one: '{count} component', other: '{count} components' },
  'recent.connections': { one: '{count} connection', other: '{count} connections' },
  'recent.kept': 'kept {date}',
  'recent.otherTab': 'saved in another tab',
  'recent.open': 'Open',
  'recent.openNamed': 'Open “{name}”, kept {date}',
  'recent.forget': 'Remove “{name}” from the list',
  'examples.title': 'Examples',
  'examples.open': 'Open',
  'examples.openNamed': 'Open the example “{name}”',
  'import.title': 'From a file',
  'import.choose': 'Choose a JSON file…',
  'import.help':
    'You can also drop a diagram file on the canvas, or paste diagram JSON or a share link with Ctrl+V.',
  'export.json': 'Diagram file (JSON)',
  'export.jsonHelp': 'Opens again here, with its run settings (seed and speed). Good for version control.',
  'export.png': 'Image (PNG)',
  'export.svg': 'Vector image (SVG)',
  'export.imageHelp': 'A picture of the whole diagram, for documents and slides.',
  'export.background': 'Picture background',
  'export.backgroundLight': 'Light',
  'export.backgroundDark': 'Dark',
  'export.backgroundHelp': 'For the PNG and SVG images.',
  'export.download': 'Download',
  'export.downloadNamed': 'Download {format}',
  'export.working': 'Making the image…',
  'export.failed': 'The image could not be made ({detail}). The JSON file still works.',
  'export.empty': 'The diagram is empty: there is nothing to export yet.',
  // Why a link, file, pasted text or example could not be opened (share/loadText.ts).
  'load.failed.link': 'This link could not be opened: {reason} Your diagram was not changed.',
  'load.failed.file': 'The file “{name}” could not be opened: {reason} Your diagram was not changed.',
  'load.failed.paste': 'The pasted text could not be used: {reason} Your diagram was not changed.',
  'load.failed.template': 'This example could not be opened: {reason}',
  'load.failed.recent': 'This saved diagram could not be opened: {reason}',
  'load.linkTooLong': 'it is {length} characters long, more than the {max} a link may have.',
  'load.damaged':
    'it is incomplete or damaged, probably cut off when it was copied or sent. Ask for the link again, or for the diagram as a JSON file.',
  'load.tooLarge': 'it holds more than {maxKb} KB of data, more than any playground diagram.',
  'load.newerLink':
    'it was made by a newer version of the playground (link format {version}). Reload the page to update, then open it again.',
  'load.newerDocument':
    'it was made by a newer version of the playground (diagram format {version}). Reload the page to update, then open it again.',
  'load.notDiagram': 'it is not a playground diagram or share link.',
  'load.unknownTemplate': 'there is no built-in diagram called “{id}”.',
  'load.invalid': 'the diagram in it is not valid ({issues}).',
  // The read-only embed view (share/EmbedView.tsx).
  'embed.open': 'Open in the playground',
  'embed.readOnly': 'Read-only view',
  'embed.failed': 'This diagram cannot be shown: {reason}',
} satisfies Record<string, Entry>;
