import '../model/catalogue/help';
import '../i18n/later/editorText';
import { useEffect, useId, useState } from 'react';
import { useLang, useT } from '../i18n';
import { formatPropValue, formatWithUnit } from '../i18n/format';
import type { PropProblem, PropSpec, PropValue } from '../model';
import { checkPropValue } from '../model';
import { problemText } from './problemText';

interface Props {
  spec: PropSpec;
  value: PropValue;
  onCommit: (value: PropValue) => PropProblem | null;
}

/** Accepts "0,5" as well as "0.5": Ukrainian writes decimals with a comma. */
function parseNumber(text: string): number | null {
  const clean = text.trim().replace(/\s/g, '').replace(',', '.');
  if (clean === '') return null;
  const n = Number(clean);
  return Number.isFinite(n) ? n : null;
}

/** One property: label, input with its unit, help text, and an inline message when a value is refused. */
export function PropField({ spec, value, onCommit }: Props) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const [problem, setProblem] = useState<PropProblem | null>(null);
  useEffect(() => {
    setDraft(String(value));
    setProblem(null);
  }, [value]);

  const draftValue = (): PropValue | null => (spec.type === 'number' ? parseNumber(draft) : draft);
  const validate = (text: string) => {
    const v = spec.type === 'number' ? parseNumber(text) : text;
    setProblem(v === null ? { code: 'type', expected: 'number' } : checkPropValue(spec, v));
  };
  const commit = () => {
    const v = draftValue();
    if (v === null) {
      setProblem({ code: 'type', expected: 'number' });
      return;
    }
    if (v === value) return;
    setProblem(onCommit(v));
  };
  const revert = () => {
    setDraft(String(value));
    setProblem(null);
  };

  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = problem ? `${errorId} ${helpId}` : helpId;
  const unit = spec.type === 'number' && spec.unit ? t(`unit.${spec.unit}`) : '';
  const defaultText = t('inspector.default', { value: formatPropValue(spec, spec.default, lang, t) });

  let control: React.ReactNode;
  if (spec.type === 'boolean') {
    control = (
      <input
        id={id}
        type="checkbox"
        className="switch"
        checked={value === true}
        aria-describedby={describedBy}
        onChange={(e) => onCommit(e.target.checked)}
      />
    );
  } else if (spec.type === 'enum') {
    control = (
      <select
        id={id}
        value={String(value)}
        aria-describedby={describedBy}
        onChange={(e) => setProblem(onCommit(e.target.value))}
      >
        {spec.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label[lang]}
          </option>
        ))}
      </select>
    );
  } else {
    control = (
      <span className="field__input">
        <input
          id={id}
          type="text"
          inputMode={spec.type === 'number' ? 'decimal' : 'text'}
          value={draft}
          placeholder={spec.type === 'string' ? spec.placeholder : undefined}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            setDraft(e.target.value);
            validate(e.target.value);
          }}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') revert();
          }}
        />
        {unit ? <span className="field__unit">{unit}</span> : null}
      </span>
    );
  }

  return (
    <div className={`field field--${spec.type}${problem ? ' has-problem' : ''}`} data-prop={spec.key}>
      <label htmlFor={id} className="field__label" title={defaultText}>
        {spec.label[lang]}
      </label>
      {control}
      {problem ? (
        <p id={errorId} className="field__problem" role="alert">
          {problemText(problem, t, lang)}
        </p>
      ) : null}
      <p id={helpId} className="field__help">
        {spec.help[lang]}
        {spec.type === 'number'
          ? ` ${t('inspector.default', { value: formatWithUnit(spec.default, spec, lang, t) })}`
          : ''}
      </p>
    </div>
  );
}
