import { useReactFlow } from '@xyflow/react';
import { Copy, Download } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useT } from '../i18n';
import { Dialog } from '../panels/Dialog';
import { currentDocument } from '../store/diagram';
import { shareUiActions } from '../store/shareUi';
import { uiActions } from '../store/ui';
import { DocsExportRows } from './DocsExportRows';
import { copyText, downloadBlob, downloadText, fileBaseName } from './download';
import { documentJson } from './formats';
import { type ImageFormat, renderDiagramImage } from './imageExport';

const nextFrames = (n: number): Promise<void> =>
  new Promise((resolve) => {
    const tick = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => tick(left - 1)));
    tick(n);
  });

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; text: string }
  | { kind: 'failed'; detail: string };

/**
 * Export: the document as a JSON file (run settings included), a PNG or SVG picture of it, or text
 * for documentation (Mermaid, AsyncAPI).
 */
export function ExportDialog() {
  const t = useT();
  const { getNodes } = useReactFlow();
  const doc = useMemo(() => currentDocument(), []);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const base = fileBaseName(doc);
  const empty = doc.nodes.length === 0;

  const image = async (format: ImageFormat) => {
    setStatus({ kind: 'working' });
    uiActions.setExporting(true);
    try {
      // Let the canvas render (and measure) the nodes it culls or simplifies, then draw them.
      await nextFrames(3);
      const blob = await renderDiagramImage(getNodes(), format);
      downloadBlob(`${base}.${format}`, blob);
      setStatus({ kind: 'idle' });
    } catch (error) {
      setStatus({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
    } finally {
      uiActions.setExporting(false);
    }
  };

  const rows: { key: string; title: string; help: string; action: () => void; format: string }[] = [
    {
      key: 'json',
      title: t('export.json'),
      help: t('export.jsonHelp'),
      format: 'JSON',
      action: () => downloadText(`${base}.json`, documentJson(doc)),
    },
    {
      key: 'png',
      title: t('export.png'),
      help: t('export.imageHelp'),
      format: 'PNG',
      action: () => void image('png'),
    },
    {
      key: 'svg',
      title: t('export.svg'),
      help: t('export.imageHelp'),
      format: 'SVG',
      action: () => void image('svg'),
    },
  ];

  return (
    <Dialog
      title={t('export.title')}
      onClose={shareUiActions.close}
      actions={
        <button type="button" className="button" onClick={shareUiActions.close}>
          {t('share.close')}
        </button>
      }
    >
      <div className="export-dialog">
        {empty ? <p>{t('export.empty')}</p> : null}
        <ul className="open-dialog__list">
          {rows.map((row) => (
            <li key={row.key} className="open-dialog__item">
              <div className="open-dialog__text">
                <span className="open-dialog__name">{row.title}</span>
                <span className="open-dialog__meta">{row.help}</span>
              </div>
              {row.key === 'json' ? (
                <button
                  type="button"
                  className="button button--small"
                  disabled={empty}
                  onClick={async () =>
                    setStatus({
                      kind: 'done',
                      text: (await copyText(documentJson(doc)))
                        ? t('share.jsonCopied')
                        : t('share.copyFailed'),
                    })
                  }
                >
                  <Copy size={14} aria-hidden="true" /> {t('share.copyJson')}
                </button>
              ) : null}
              <button
                type="button"
                className="button button--small"
                disabled={empty || status.kind === 'working'}
                aria-label={t('export.downloadNamed', { format: row.format })}
                onClick={row.action}
              >
                <Download size={14} aria-hidden="true" /> {t('export.download')}
              </button>
            </li>
          ))}
          <DocsExportRows
            doc={doc}
            base={base}
            disabled={empty}
            report={(text) => setStatus({ kind: 'done', text })}
          />
        </ul>
        <p className="share-dialog__status" role="status">
          {status.kind === 'working' ? t('export.working') : null}
          {status.kind === 'done' ? status.text : null}
          {status.kind === 'failed' ? t('export.failed', { detail: status.detail }) : null}
        </p>
      </div>
    </Dialog>
  );
}
