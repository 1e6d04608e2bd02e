import '../i18n/later/shareText';
import { useReactFlow } from '@xyflow/react';
import { Copy, Download } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useLang, useT } from '../i18n';
import { Dialog } from '../panels/Dialog';
import { currentDocument } from '../store/diagram';
import { shareUiActions } from '../store/shareUi';
import { currentTheme } from '../store/theme';
import { DocsExportRows } from './DocsExportRows';
import { copyText, downloadBlob, downloadText, fileBaseName } from './download';
import { documentJson } from './formats';
import type { ImageFormat } from './imageExport';
import type { Background } from './picture/theme';

/** The picture writer loads when the dialog opens, so a click draws at once. */
const loadPictures = () => import('./imageExport');

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
  const lang = useLang();
  const { getInternalNode } = useReactFlow();
  const doc = useMemo(() => currentDocument(), []);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [background, setBackground] = useState<Background>(currentTheme);
  useEffect(() => void loadPictures().catch(() => {}), []);
  const base = fileBaseName(doc);
  const empty = doc.nodes.length === 0;

  const image = async (format: ImageFormat) => {
    setStatus({ kind: 'working' });
    try {
      const { renderDiagramImage } = await loadPictures();
      const blob = await renderDiagramImage({ doc, format, background, lang, t, getInternalNode });
      downloadBlob(`${base}.${format}`, blob);
      setStatus({ kind: 'idle' });
    } catch (error) {
      setStatus({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
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
          <li className="open-dialog__item">
            <fieldset className="export-dialog__background" disabled={empty}>
              <legend className="open-dialog__name">{t('export.background')}</legend>
              {(['light', 'dark'] as const).map((choice) => (
                <label key={choice}>
                  <input
                    type="radio"
                    name="export-background"
                    value={choice}
                    checked={background === choice}
                    onChange={() => setBackground(choice)}
                  />{' '}
                  {t(choice === 'light' ? 'export.backgroundLight' : 'export.backgroundDark')}
                </label>
              ))}
              <span className="open-dialog__meta">{t('export.backgroundHelp')}</span>
            </fieldset>
          </li>
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
