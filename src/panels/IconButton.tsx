import type { LucideIcon } from 'lucide-react';

interface Props {
  icon: LucideIcon;
  /** The accessible name; also the tooltip unless `title` says more. */
  label: string;
  title?: string;
  onClick: () => void;
  disabled?: boolean;
  /** For toggles: whether it is on. */
  pressed?: boolean;
  /** Which run control it is, for the tutorials' spotlight (`data-run`). */
  run?: string;
}

/** A toolbar button that shows only an icon, named for screen readers and explained on hover. */
export function IconButton({ icon: Icon, label, title, onClick, disabled, pressed, run }: Props) {
  return (
    <button
      type="button"
      className="button button--icon"
      onClick={onClick}
      disabled={disabled}
      aria-pressed={pressed}
      aria-label={label}
      title={title ?? label}
      data-run={run}
    >
      <Icon size={16} aria-hidden="true" />
    </button>
  );
}
