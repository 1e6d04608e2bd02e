/**
 * Colours of the theme on screen, read from styles.css's custom properties. For what cannot use
 * `var(--x)` itself: a 2D canvas, and SVG that leaves the page (charts saved as PNG). Read once per
 * theme change (`useTheme`), never per frame.
 */
export function themeColors<K extends string>(
  vars: Record<K, string>,
  fallback: Record<K, string>,
  from: Element | null = globalThis.document?.documentElement ?? null,
): Record<K, string> {
  const style = from ? getComputedStyle(from) : null;
  const out = {} as Record<K, string>;
  for (const key of Object.keys(vars) as K[])
    out[key] = style?.getPropertyValue(vars[key]).trim() || fallback[key];
  return out;
}
