/**
 * How a picture looks: the canvas's colours, fonts and the layout of a node's face, read from the
 * page once per export (`readLook.ts`), so the picture follows the CSS (and its theme) without
 * repeating it. Offsets are in CSS pixels from a node's top-left corner.
 */

export interface TextLook {
  family: string;
  size: number;
  weight: string;
  color: string;
  /** From the top of the text's line box to its baseline. */
  baseline: number;
  tabular?: boolean;
}

/** A line of text on a node's face: where its line box starts and how wide it may be. */
export interface Line {
  x: number;
  y: number;
  maxWidth: number;
  text: TextLook;
}

export interface Shadow {
  color: string;
  dx: number;
  dy: number;
  blur: number;
}

export interface NodeLook {
  fill: string;
  stroke: string;
  strokeWidth: number;
  /** The kind-coloured top border. */
  accentWidth: number;
  radius: number;
  shadows: Shadow[];
  icon: { x: number; y: number; size: number; radius: number; glyph: number; color: string };
  kind: Line;
  label: Line;
  summary: {
    /** The top of the settings list, where its dividing line is. */
    y: number;
    border: { color: string; width: number };
    x: number;
    width: number;
    /** From `y` to the top of the first row's line box. */
    firstRow: number;
    /** From one row's top to the next. */
    pitch: number;
    gap: number;
    term: TextLook;
    value: TextLook;
  };
  /** A stopped component: its opacity; it is also drawn in greys. */
  downOpacity: number;
}

export interface KindLook {
  accent: string;
  iconFill: string;
  /** The icon's `<svg>` element as XML, copied from the canvas (trusted markup, never user text). */
  iconMarkup: string;
}

export interface EdgeLook {
  stroke: string;
  width: number;
  dash: string | null;
}

export interface Look {
  background: string;
  node: NodeLook;
  kinds: ReadonlyMap<string, KindLook>;
  /** Wires by edge kind; `call` is the fallback. */
  edges: ReadonlyMap<string, EdgeLook>;
  marker: { color: string; size: number };
  wireLabel: {
    text: TextLook;
    fill: string;
    stroke: string;
    strokeWidth: number;
    radius: number;
    padX: number;
    padY: number;
    height: number;
  };
}

/** The width of a text in a look, in CSS pixels (a canvas's measureText in the page). */
export type Measure = (text: string, look: TextLook) => number;
