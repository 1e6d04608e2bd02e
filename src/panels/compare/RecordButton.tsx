import { lazy, Suspense, useState } from 'react';
import { useLocalTexts } from '../../i18n';
import { useRun } from '../../run/controller';

// The only part of recording and comparing in the first page: two buttons. The recorder and the
// dialog (with recharts and their words) load when pressed.
const TEXT = {
  record: { en: 'Record run', uk: 'Записати прогін' },
  compare: { en: 'Compare runs', uk: 'Порівняти прогони' },
};
const LazyCompareDialog = lazy(() => import('./CompareDialog').then((m) => ({ default: m.CompareDialog })));

/** "Record run" (keeps the run's figures under a name) and "Compare runs" (opens the comparison). */
export function RecordButton() {
  const tt = useLocalTexts(TEXT);
  const started = useRun((s) => s.summary !== null && s.now > 0);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);
  const record = () => {
    setBusy(true);
    void import('./recorder')
      .then((m) => m.recordCurrentRun())
      .catch(() => null)
      .finally(() => setBusy(false));
  };
  return (
    <>
      <button type="button" className="button" disabled={!started || busy} onClick={record}>
        {tt('record')}
      </button>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {tt('compare')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <LazyCompareDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
