import type { Entry } from '../core';

/** Editor strings used only by parts that load after the first paint (palette, inspector, menus): they ship with those parts (see i18n/later.ts), not with the first page. */
export const editorLaterEn = {
  'palette.search': 'Search components',
  'palette.noMatch': 'No component matches “{query}”.',
  'palette.hint': 'Drag onto the canvas, or click to add in the centre.',
  'palette.add': 'Add {name}',
  'palette.group.clients': 'Clients',
  'palette.group.services': 'Services and gateways',
  'palette.group.messaging': 'Messaging',
  'palette.group.kafka': 'Kafka',
  'canvas.tooMany': 'A diagram holds at most {max} components.',
  'inspector.empty': 'Select a component or a connection to see and edit its properties.',
  'inspector.multi': { one: '{count} item selected', other: '{count} items selected' },
  'inspector.diagramName': 'Diagram name',
  'inspector.connectTo': 'Connect to',
  'inspector.connectPick': 'Choose a component…',
  'inspector.connect': 'Connect',
  'inspector.connected': 'Connected {from} → {to}.',
  'inspector.aboutExample': 'About this example',
  'inspector.name': 'Name',
  'inspector.delete': 'Delete',
  'inspector.connection': 'Connection',
  'inspector.noSettings': 'This connection has no settings.',
  'inspector.default': 'Default: {value}',
  // Recording and comparing runs (panels/compare; the rest of its words load with its dialog).
  'compare.record': 'Record run',
  'compare.open': 'Compare runs',
} satisfies Record<string, Entry>;
