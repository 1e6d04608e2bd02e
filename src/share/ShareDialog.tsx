import '../i18n/later/shareText';
import { Check, Copy, Download } from 'lucide-react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLang, useT } from '../i18n';
import { formatClock } from '../i18n/format';
import type { DiagramDocument, RunMoment } from '../model';
import { Dialog } from '../panels/Dialog';
import { runActions, useRun } from '../run/controller';
import { currentDocument } from '../store/diagram';
import { shareUiActions } from '../store/shareUi';
import { copyText, downloadText, fileBaseName } from './download';
import { documentJson } from './formats';
import { momentLink, shareLink } from './linkCodec';

/**
 * The link of the run at the moment on screen: the diagram the run started from (with today's
 * positions, which the run does not see), its seed and its whole journal.
 */
async function currentMomentLink(current: DiagramDocument): Promise<string | null> {
  const m = await runActions.moment();
  if (!m) return null;
  const positions = new Map(current.nodes.map((n) => [n.id, n.position]));
  const doc: DiagramDocument = {
    ...m.record.doc,
    run: { ...m.record.doc.run, seed: m.record.seed },
    nodes: m.record.doc.nodes.map((n) => ({ ...n, position: positions.get(n.id) ?? n.position })),
  };
  const moment: RunMoment = {
    seed: m.record.seed,
    journal: m.record.journal,
    atMs: m.record.atMs,
    endMs: m.endMs,
  };
  return momentLink(doc, moment, location.href);
}

/** Past this length some chat tools cut a link (issue 6). */
export const LONG_LINK = 8_000;
/** Past this length a link is not offered at all; the file is. */
export const TOO_LONG_LINK = 32_000;

const escapeAttribute = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An <iframe> for a page or slides; the diagram's name is escaped, since it is the person's text. */
export function embedCode(src: string, title: string): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="800" height="500" style="border:0" loading="lazy"></iframe>`;
}

type Copied = 'link' | 'json' | 'embed' | 'failed' | null;

function CopyButton({ label, onCopy, primary }: { label: string; onCopy: () => void; primary?: boolean }) {
  return (
    <button type="button" className={`button${primary ? ' button--primary' : ''}`} onClick={onCopy}>
      <Copy size={16} aria-hidden="true" /> {label}
    </button>
  );
}

/** The share dialog: the link with its length and warnings, the file instead when it is too long, and an embed code. */
export function ShareDialog() {
  const t = useT();
  const lang = useLang();
  const doc = useMemo(() => currentDocument(), []);
  const plainLink = useMemo(() => shareLink(doc, location.href), [doc]);
  const runAt = useRun((s) => (s.endMs > 0 || s.now > 0 ? s.now : null));
  const [withRun, setWithRun] = useState(false);
  const [runLink, setRunLink] = useState<string | null>(null);
  useEffect(() => {
    if (!withRun) return;
    let alive = true;
    void currentMomentLink(doc).then((l) => alive && setRunLink(l));
    return () => {
      alive = false;
    };
  }, [withRun, doc]);
  const link = withRun && runLink ? runLink : plainLink;
  const withRunId = useId();
  const embed = useMemo(
    () => embedCode(shareLink(doc, location.href, true), doc.name || t('app.shortTitle')),
    [doc, t],
  );
  const [copied, setCopied] = useState<Copied>(null);
  const linkId = useId();
  const embedId = useId();
  const linkRef = useRef<HTMLInputElement>(null);
  const embedRef = useRef<HTMLTextAreaElement>(null);
  const empty = doc.nodes.length === 0;
  const length = link.length;

  const copy = async (
    text: string,
    what: Exclude<Copied, 'failed' | null>,
    field?: HTMLInputElement | HTMLTextAreaElement | null,
  ) => {
    const ok = await copyText(text);
    if (!ok) field?.select();
    setCopied(ok ? what : 'failed');
  };
  const status: Record<Exclude<Copied, null>, string> = {
    link: t('share.copied'),
    json: t('share.jsonCopied'),
    embed: t('share.embedCopied'),
    failed: t('share.copyFailed'),
  };

  return (
    <Dialog
      title={t('share.title')}
      onClose={shareUiActions.close}
      actions={
        <button type="button" className="button" onClick={shareUiActions.close}>
          {t('share.close')}
        </button>
      }
    >
      <div className="share-dialog">
        {empty ? (
          <p>{t('share.empty')}</p>
        ) : (
          <>
            {length <= TOO_LONG_LINK ? <p>{t('share.intro')}</p> : null}
            {runAt !== null ? (
              <div className="share-dialog__option">
                <input
                  id={withRunId}
                  type="checkbox"
                  checked={withRun}
                  onChange={(e) => setWithRun(e.currentTarget.checked)}
                  data-testid="share-with-run"
                />
                <label htmlFor={withRunId}>
                  {t('share.withRun', { time: formatClock(runAt, lang, t('unit.s')) })}
                  <span className="share-dialog__meta">{t('share.withRunHelp')}</span>
                </label>
              </div>
            ) : null}
            {length <= TOO_LONG_LINK ? (
              <section className="share-dialog__section">
                <label className="share-dialog__label" htmlFor={linkId}>
                  {t('share.linkLabel')}
                </label>
                <div className="share-dialog__row">
                  <input
                    id={linkId}
                    ref={linkRef}
                    className="share-dialog__field"
                    readOnly
                    value={link}
                    onFocus={(e) => e.currentTarget.select()}
                    data-testid="share-link"
                  />
                  <CopyButton
                    primary
                    label={t('share.copyLink')}
                    onCopy={() => copy(link, 'link', linkRef.current)}
                  />
                </div>
                <p className="share-dialog__meta" data-testid="share-length">
                  {t('share.length', { count: length, length: length.toLocaleString(lang) })}
                </p>
                {length > LONG_LINK ? (
                  <p className="share-dialog__warning" role="note">
                    {t('share.long')}
                  </p>
                ) : null}
              </section>
            ) : (
              <p className="share-dialog__warning" role="note">
                {t('share.tooLong', { length: length.toLocaleString(lang) })}
              </p>
            )}
            <section className="share-dialog__section">
              <h3>{t('share.asFile')}</h3>
              <div className="share-dialog__row">
                <button
                  type="button"
                  className={`button${length > TOO_LONG_LINK ? ' button--primary' : ''}`}
                  onClick={() => downloadText(`${fileBaseName(doc)}.json`, documentJson(doc))}
                >
                  <Download size={16} aria-hidden="true" /> {t('share.downloadJson')}
                </button>
                <CopyButton label={t('share.copyJson')} onCopy={() => copy(documentJson(doc), 'json')} />
              </div>
            </section>
            {length <= TOO_LONG_LINK ? (
              <section className="share-dialog__section">
                <h3>{t('share.embedTitle')}</h3>
                <p className="share-dialog__meta">{t('share.embedHelp')}</p>
                <label className="visually-hidden" htmlFor={embedId}>
                  {t('share.embedLabel')}
                </label>
                <div className="share-dialog__row">
                  <textarea
                    id={embedId}
                    ref={embedRef}
                    className="share-dialog__field share-dialog__code"
                    readOnly
                    rows={2}
                    value={embed}
                    onFocus={(e) => e.currentTarget.select()}
                  />
                  <CopyButton
                    label={t('share.copyEmbed')}
                    onCopy={() => copy(embed, 'embed', embedRef.current)}
                  />
                </div>
              </section>
            ) : null}
            <p className="share-dialog__status" role="status">
              {copied ? (
                <>
                  {copied === 'failed' ? null : <Check size={14} aria-hidden="true" />} {status[copied]}
                </>
              ) : null}
            </p>
          </>
        )}
      </div>
    </Dialog>
  );
}
