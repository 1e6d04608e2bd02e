/** `?embed=1`: a read-only view for slides and documentation pages. */
export function isEmbedMode(search: string = location.search): boolean {
  return new URLSearchParams(search).get('embed') === '1';
}

/** Whether the address asks to open something: a `#d=` link or a `#t=` built-in diagram. */
export function fragmentWantsOpening(hash: string = location.hash): boolean {
  return /^#?[dt](=|$)/.test(hash);
}
