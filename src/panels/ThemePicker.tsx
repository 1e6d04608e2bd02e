import { useT } from '../i18n';
import { setThemeChoice, type ThemeChoice, useTheme } from '../store/theme';

const CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/**
 * The colour theme: System, Light or Dark. A native select (keyboard and screen readers know it)
 * drawn as an icon button, since the toolbar has no room for its words; the open list shows them.
 * The icon of the choice is drawn by styles.css (`data-choice`), which keeps it off the first
 * page's JavaScript.
 */
export function ThemePicker() {
  const t = useT();
  const choice = useTheme((s) => s.choice);
  return (
    <span className="theme-picker" data-choice={choice}>
      <select
        value={choice}
        onChange={(e) => setThemeChoice(e.target.value as ThemeChoice)}
        aria-label={t('toolbar.theme')}
        title={`${t('toolbar.theme')}: ${t(`theme.${choice}`)}`}
      >
        {CHOICES.map((c) => (
          <option key={c} value={c}>
            {t(`theme.${c}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
