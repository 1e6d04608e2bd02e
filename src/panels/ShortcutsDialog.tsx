import { type MessageKey, useT } from '../i18n';
import { Dialog } from './Dialog';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl';

const ROWS: [MessageKey, string][] = [
  ['shortcuts.delete', 'Delete / Backspace'],
  ['shortcuts.copy', `${mod} + C`],
  ['shortcuts.paste', `${mod} + V`],
  ['shortcuts.duplicate', `${mod} + D`],
  ['shortcuts.selectAll', `${mod} + A`],
  ['shortcuts.undo', `${mod} + Z`],
  ['shortcuts.redo', `${mod} + Shift + Z`],
];

/** The list of keyboard and mouse gestures. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const gestures: [MessageKey, MessageKey][] = [
    ['shortcuts.multi', 'shortcuts.multiKeys'],
    ['shortcuts.box', 'shortcuts.boxKeys'],
    ['shortcuts.pan', 'shortcuts.panKeys'],
    ['shortcuts.zoom', 'shortcuts.zoomKeys'],
  ];
  return (
    <Dialog
      title={t('shortcuts.title')}
      onClose={onClose}
      actions={
        <button type="button" className="button" onClick={onClose}>
          {t('shortcuts.close')}
        </button>
      }
    >
      <table className="shortcuts">
        <tbody>
          {ROWS.map(([label, keys]) => (
            <tr key={label}>
              <th scope="row">{t(label)}</th>
              <td>
                <kbd>{keys}</kbd>
              </td>
            </tr>
          ))}
          {gestures.map(([label, keys]) => (
            <tr key={label}>
              <th scope="row">{t(label)}</th>
              <td>{t(keys)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
