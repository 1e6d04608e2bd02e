import '../i18n/later/shareText';
import { Copy, Download } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useLang, useLocalTexts, useT } from '../i18n';
import type { DiagramDocument } from '../model';
import { DOCS_DIALOG_TEXT } from './docsExport/dialogText';
import { hasMessaging, MERMAID_LIMITS } from './docsExport/precheck';
import { copyText, downloadText } from './download';

type Converters = typeof import('./docsExport');
type Format = 'mermaid' | 'asyncapi';

const loadConverters = (): Promise<Converters> => import('./docsExport');

const FILES: Record<Format, { name: string; suffix: string; type: string }> = {
  mermaid: { name: 'Mermaid', suffix: '.mmd', type: 'text/plain;charset=utf-8' },
  asyncapi: { name: 'AsyncAPI', suffix: '.asyncapi.yaml', type: 'application/yaml;charset=utf-8' },
};

interface Props {
  doc: DiagramDocument;
  /** The file name without its extension. */
  base: string;
  disabled: boolean;
  /** Says how an action went, in the dialog's status line. */
  report: (text: string) => void;
}

/**
 * The Export dialog's rows for documentation: the diagram as a Mermaid flowchart and its messaging
 * part as an AsyncAPI document, each copied or downloaded, with the text shown on request. The
 * converters load when the dialog opens (a chunk of their own), so a click can copy at once, while
 * the browser still counts it as the person's action.
 */
export function DocsExportRows({ doc, base, disabled, report }: Props) {
  const t = useT();
  const tt = useLocalTexts(DOCS_DIALOG_TEXT);
  const lang = useLang();
  const [converters, setConverters] = useState<Converters | null>(null);
  const [open, setOpen] = useState<ReadonlySet<Format>>(new Set());
  const messaging = hasMessaging(doc);

  useEffect(() => {
    let live = true;
    loadConverters().then(
      (m) => {
        if (live) setConverters(() => m);
      },
      () => {}, // a failed load is tried again, and reported, on the first click
    );
    return () => {
      live = false;
    };
  }, []);

  const textOf = (m: Converters, format: Format): string => {
    const words = m.docsWords(lang);
    return format === 'mermaid' ? m.toMermaid(doc, words) : (m.toAsyncApi(doc, words) ?? '');
  };

  /** The text in the language on screen; made at once when the converters are already here. */
  const make = (format: Format): string | Promise<string> => {
    if (converters) return textOf(converters, format);
    return loadConverters().then((m) => {
      setConverters(() => m);
      return textOf(m, format);
    });
  };

  const run = async (format: Format, use: (text: string) => Promise<void> | void) => {
    try {
      await use(await make(format));
    } catch (error) {
      report(
        tt('failed', {
          format: FILES[format].name,
          detail: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  };

  const copy = (format: Format) =>
    run(format, async (text) =>
      report((await copyText(text)) ? tt('copied', { format: FILES[format].name }) : t('share.copyFailed')),
    );

  const download = (format: Format) =>
    run(format, (text) => downloadText(`${base}${FILES[format].suffix}`, text, FILES[format].type));

  const toggle = (format: Format, isOpen: boolean) =>
    setOpen((s) => {
      const next = new Set(s);
      if (isOpen) next.add(format);
      else next.delete(format);
      return next;
    });

  // The shown text follows the language and the diagram; it is made only while its preview is open.
  const previewOf = (format: Format): string | null => {
    if (!converters || !open.has(format)) return null;
    try {
      return textOf(converters, format);
    } catch (error) {
      return tt('failed', {
        format: FILES[format].name,
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  };

  const rows: { format: Format; title: string; help: string; note?: string; enabled: boolean }[] = [
    {
      format: 'mermaid',
      title: tt('mermaid'),
      help: tt('mermaidHelp'),
      note:
        doc.edges.length > MERMAID_LIMITS.edges
          ? tt('mermaidTooBig', { count: doc.edges.length })
          : undefined,
      enabled: !disabled,
    },
    {
      format: 'asyncapi',
      title: tt('asyncapi'),
      help: messaging || disabled ? tt('asyncapiHelp') : tt('asyncapiNone'),
      enabled: !disabled && messaging,
    },
  ];

  return rows.map((row) => {
    const name = FILES[row.format].name;
    return (
      <li key={row.format} className="open-dialog__item docs-export__item">
        <div className="open-dialog__text">
          <span className="open-dialog__name">{row.title}</span>
          <span className="open-dialog__meta">{row.help}</span>
          {row.note ? <span className="open-dialog__meta docs-export__note">{row.note}</span> : null}
        </div>
        <button
          type="button"
          className="button button--small"
          disabled={!row.enabled}
          aria-label={tt('copyNamed', { format: name })}
          onClick={() => void copy(row.format)}
        >
          <Copy size={14} aria-hidden="true" /> {tt('copy')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={!row.enabled}
          aria-label={t('export.downloadNamed', { format: name })}
          onClick={() => void download(row.format)}
        >
          <Download size={14} aria-hidden="true" /> {t('export.download')}
        </button>
        {/* Shown once the converters (and their styles) are here. */}
        {row.enabled && converters ? (
          <details
            className="docs-export__preview"
            onToggle={(e) => toggle(row.format, e.currentTarget.open)}
          >
            <summary>{tt('preview', { format: name })}</summary>
            {/* A read-only text box: it scrolls by keyboard, and the text can be selected by hand if copying fails. */}
            <textarea
              readOnly
              wrap="off"
              spellCheck={false}
              rows={10}
              aria-label={tt('preview', { format: name })}
              value={previewOf(row.format) ?? tt('preparing')}
            />
          </details>
        ) : null}
      </li>
    );
  });
}
