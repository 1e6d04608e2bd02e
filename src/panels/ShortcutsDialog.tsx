import { useLocalTexts } from '../i18n';
import { Dialog } from './Dialog';
import { SHORTCUTS_TEXT } from './shortcutsText';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl';

type Key = keyof typeof SHORTCUTS_TEXT;

const ROWS: [Key, string][] = [
  ['delete', 'Delete / Backspace'],
  ['copy', `${mod} + C`],
  ['paste', `${mod} + V`],
  ['duplicate', `${mod} + D`],
  ['selectAll', `${mod} + A`],
  ['undo', `${mod} + Z`],
  ['redo', `${mod} + Shift + Z`],
  ['present', 'P'],
];

const GESTURES: [Key, Key][] = [
  ['multi', 'multiKeys'],
  ['box', 'boxKeys'],
  ['pan', 'panKeys'],
  ['zoom', 'zoomKeys'],
  ['presenting', 'presentingKeys'],
];

/** The list of keyboard and mouse gestures. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const tt = useLocalTexts(SHORTCUTS_TEXT);
  return (
    <Dialog
      title={tt('title')}
      onClose={onClose}
      actions={
        <button type="button" className="button" onClick={onClose}>
          {tt('close')}
        </button>
      }
    >
      <table className="shortcuts">
        <tbody>
          {ROWS.map(([label, keys]) => (
            <tr key={label}>
              <th scope="row">{tt(label)}</th>
              <td>
                <kbd>{keys}</kbd>
              </td>
            </tr>
          ))}
          {GESTURES.map(([label, keys]) => (
            <tr key={label}>
              <th scope="row">{tt(label)}</th>
              <td>{tt(keys)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
