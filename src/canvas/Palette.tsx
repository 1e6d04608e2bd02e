import '../model/catalogue/descriptions';
import '../i18n/later/editorText';
import { Search } from 'lucide-react';
import { useMemo, useRef, useState } from 'react';
import { type MessageKey, useLang, useT } from '../i18n';
import { CATALOGUE, GROUPS, type KindSpec, kindsInGroup, type NodeKind, type XY } from '../model';
import { ICONS } from './icons';
import { isOverCanvas, useAddComponent } from './useAddComponent';

const DRAG_THRESHOLD = 4;

interface DragState {
  kind: NodeKind;
  start: XY;
  dragging: boolean;
}

function matches(spec: KindSpec, query: string): boolean {
  if (!query) return true;
  const q = query.toLocaleLowerCase();
  return [spec.kind, spec.name.en, spec.name.uk, spec.description.en, spec.description.uk].some((s) =>
    s.toLocaleLowerCase().includes(q),
  );
}

/** The component palette: grouped, searchable; drag an item onto the canvas, or click it to add it in the centre. */
export function Palette() {
  const t = useT();
  const lang = useLang();
  const add = useAddComponent();
  const [query, setQuery] = useState('');
  const drag = useRef<DragState | null>(null);
  const ghost = useRef<HTMLDivElement>(null);
  const [ghostKind, setGhostKind] = useState<NodeKind | null>(null);
  const suppressClick = useRef(false);

  const groups = useMemo(
    () =>
      GROUPS.map((g) => ({
        group: g,
        kinds: kindsInGroup(g).filter((k) => matches(k, query.trim())),
      })).filter((g) => g.kinds.length > 0),
    [query],
  );

  const moveGhost = (p: XY) => {
    if (ghost.current) ghost.current.style.transform = `translate(${p.x}px, ${p.y}px)`;
  };

  const onPointerDown = (kind: NodeKind) => (e: React.PointerEvent<HTMLButtonElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { kind, start: { x: e.clientX, y: e.clientY }, dragging: false };
  };
  const onPointerMove = (e: React.PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d) return;
    const p = { x: e.clientX, y: e.clientY };
    if (!d.dragging && Math.hypot(p.x - d.start.x, p.y - d.start.y) > DRAG_THRESHOLD) {
      d.dragging = true;
      setGhostKind(d.kind);
      document.body.classList.add('is-dragging-component');
    }
    if (d.dragging) moveGhost(p);
  };
  const finish = (e: React.PointerEvent<HTMLButtonElement>, cancelled: boolean) => {
    const d = drag.current;
    drag.current = null;
    if (!d?.dragging) return;
    setGhostKind(null);
    document.body.classList.remove('is-dragging-component');
    suppressClick.current = true;
    const p = { x: e.clientX, y: e.clientY };
    if (!cancelled && isOverCanvas(p)) add(d.kind, p);
  };

  return (
    <aside className="palette" aria-label={t('palette.title')}>
      <h2 className="panel-title">{t('palette.title')}</h2>
      <label className="palette__search">
        <Search size={14} aria-hidden="true" />
        <input
          type="search"
          placeholder={t('palette.search')}
          aria-label={t('palette.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </label>
      <p className="palette__hint">{t('palette.hint')}</p>
      {groups.length === 0 ? <p className="palette__empty">{t('palette.noMatch', { query })}</p> : null}
      {groups.map(({ group, kinds }) => (
        <section key={group} className="palette__group">
          <h3>{t(`palette.group.${group}` as MessageKey)}</h3>
          <ul>
            {kinds.map((spec) => {
              const Icon = ICONS[spec.icon];
              return (
                <li key={spec.kind}>
                  <button
                    type="button"
                    className="palette__item"
                    data-kind={spec.kind}
                    aria-label={t('palette.add', { name: spec.name[lang] })}
                    title={spec.description[lang]}
                    style={{ '--accent': spec.color } as React.CSSProperties}
                    onPointerDown={onPointerDown(spec.kind)}
                    onPointerMove={onPointerMove}
                    onPointerUp={(e) => finish(e, false)}
                    onPointerCancel={(e) => finish(e, true)}
                    onClick={() => {
                      if (suppressClick.current) {
                        suppressClick.current = false;
                        return;
                      }
                      add(spec.kind);
                    }}
                  >
                    <span className="palette__icon" aria-hidden="true">
                      <Icon size={16} />
                    </span>
                    <span className="palette__text">
                      <span className="palette__name">{spec.name[lang]}</span>
                      <span className="palette__desc">{spec.description[lang]}</span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <div
        ref={ghost}
        className="palette__ghost"
        aria-hidden="true"
        hidden={!ghostKind}
        style={{ '--accent': ghostKind ? CATALOGUE[ghostKind].color : undefined } as React.CSSProperties}
      >
        {ghostKind ? CATALOGUE[ghostKind].name[lang] : null}
      </div>
    </aside>
  );
}
