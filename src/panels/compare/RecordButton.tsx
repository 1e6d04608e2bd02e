import '../../i18n/later/editorText';
import { type ComponentType, useState } from 'react';
import { useT } from '../../i18n';

// The only part of recording and comparing in the first page: two buttons, kept small (the first
// page's budget). Everything else (the recorder, the dialog, recharts, their words) is one lazy
// module, loaded when either is pressed. Before a run, "Record run" says there is nothing to record.
const load = () => import('./CompareDialog');

/** "Record run" (keeps the run's figures under a name) and "Compare runs" (opens the comparison). */
export function RecordButton() {
  const t = useT();
  const [Open, setOpen] = useState<ComponentType<{ onClose: () => void }> | null>(null);
  return (
    <>
      <button type="button" className="button" onClick={() => void load().then((m) => m.recordCurrentRun())}>
        {t('compare.record')}
      </button>
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        onClick={() => void load().then((m) => setOpen(() => m.CompareDialog))}
      >
        {t('compare.open')}
      </button>
      {Open && <Open onClose={() => setOpen(null)} />}
    </>
  );
}
