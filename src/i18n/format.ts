import type { Lang, NumberProp, PropSpec, PropValue } from '../model';
import type { Translate } from './index';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number the way people read it in the current language (1 000 in Ukrainian, 1,000 in English). */
export function formatNumber(value: number, lang: Lang): string {
  // Small numbers need no grouping, only the decimal sign: written directly, they spare the first
  // page the set-up of the first `Intl.NumberFormat` (20-60 ms here), which the speed menu and
  // summaries would otherwise pay on first render. The same text as Intl's (tested).
  if ((value > 0 || Object.is(value, 0)) && value < 1000 && Number.isInteger(value * 1000)) {
    const text = String(value);
    return lang === 'uk' ? text.replace('.', ',') : text;
  }
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'uk' ? 'uk-UA' : 'en-GB', { maximumFractionDigits: 3 });
    numberFormats.set(lang, f);
  }
  return f.format(value);
}

/**
 * Virtual time as the run clock shows it: seconds with a tenth ("1.5 s", "1,5 с"), and minutes
 * past a minute ("1:15.0", "1:15,0"), in the language's decimal sign. Rounded to the tenth once,
 * so 119.96 s reads "2:00.0", never "1:60.0".
 */
export function formatClock(ms: number, lang: Lang, secondsUnit = 's'): string {
  const tenths = Math.max(0, Math.round(ms / 100));
  const point = lang === 'uk' ? ',' : '.';
  if (tenths < 600) return `${Math.floor(tenths / 10)}${point}${tenths % 10} ${secondsUnit}`;
  const minutes = Math.floor(tenths / 600);
  const rest = tenths - minutes * 600;
  return `${minutes}:${String(Math.floor(rest / 10)).padStart(2, '0')}${point}${rest % 10}`;
}

/** A number with its unit, e.g. "100 ms", "5/s", "20%". */
export function formatWithUnit(value: number, spec: NumberProp, lang: Lang, t: Translate): string {
  const unit = spec.unit ? t(`unit.${spec.unit}`) : '';
  const n = formatNumber(value, lang);
  if (!unit) return n;
  return spec.unit === 'percent' || spec.unit === 'perSecond' || spec.unit === 'factor'
    ? `${n}${unit}`
    : `${n} ${unit}`;
}

/** A property value as text, for summaries and "default" hints. */
export function formatPropValue(spec: PropSpec, value: PropValue, lang: Lang, t: Translate): string {
  switch (spec.type) {
    case 'number':
      return formatWithUnit(Number(value), spec, lang, t);
    case 'enum':
      return spec.options.find((o) => o.value === value)?.label[lang] ?? String(value);
    case 'boolean':
      return value ? t('inspector.on') : t('inspector.off');
    case 'string':
      return String(value);
  }
}
