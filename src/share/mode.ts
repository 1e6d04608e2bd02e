/** `?embed=1`: a read-only view for slides and documentation pages. */
export function isEmbedMode(search: string = location.search): boolean {
  return new URLSearchParams(search).get('embed') === '1';
}

/**
 * The fragment as we read it: without `#`, and percent-decoded once when its `=` arrived encoded
 * (`#d%3D1.…`: some mail clients and redirects encode the whole fragment). Decoded only once, so
 * an encoded character that belongs to the payload is never decoded twice.
 */
export function fragmentText(hash: string = location.hash): string {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!/^[a-z]%3d/i.test(fragment)) return fragment;
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** Fragments this app writes: `d=` a diagram, `t=` a built-in diagram, `l=` a tutorial, `c=` a challenge. */
const OUR_KEYS = 'dtlc';

/**
 * The challenge a `#c=<id>` fragment asks for, with the attempt's link payload after a colon
 * (`#c=queue-outage:1.…`) when a person shared their diagram.
 */
export function challengeInFragment(
  hash: string = location.hash,
): { id: string; payload: string | null } | null {
  const m = /^c=([a-z0-9-]{1,64})(?::(.+))?$/.exec(fragmentText(hash));
  return m ? { id: m[1]!, payload: m[2] ?? null } : null;
}

/** The tutorial a `#l=<id>` fragment asks for (started by the app, not by sharing), if any. */
export function tutorialInFragment(hash: string = location.hash): string | null {
  const m = /^l=([A-Za-z0-9-]{1,64})$/.exec(fragmentText(hash));
  return m ? m[1]! : null;
}

/**
 * Whether the fragment is one of ours, readable or not: a key we write followed by `=`, or by
 * anything but a letter or digit (`#d:…`, `#d`), which is a damaged link of ours, not an anchor.
 */
export function fragmentLooksOurs(hash: string = location.hash): boolean {
  return looksOurs(fragmentText(hash));
}

/** `fragmentLooksOurs` for a fragment already read with `fragmentText`. */
export function looksOurs(fragment: string): boolean {
  return new RegExp(`^[${OUR_KEYS}](?:$|[^A-Za-z0-9])`, 'i').test(fragment);
}

/** Whether the address asks to open something: a `#d=` link or a `#t=` built-in diagram. */
export function fragmentWantsOpening(hash: string = location.hash): boolean {
  return fragmentLooksOurs(hash);
}
