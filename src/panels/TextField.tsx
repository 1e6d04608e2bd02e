import { useEffect, useId, useState } from 'react';

interface Props {
  label: string;
  value: string;
  maxLength: number;
  placeholder?: string;
  onCommit: (value: string) => void;
}

/** A text field that commits on Enter or leaving it (one undo step per edit, not per key); Escape restores. */
export function TextField({ label, value, maxLength, placeholder, onCommit }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input
        id={id}
        type="text"
        value={draft}
        maxLength={maxLength}
        placeholder={placeholder}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(value);
        }}
      />
    </div>
  );
}
