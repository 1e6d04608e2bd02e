import { Fragment } from 'react';
import { type Inline, parseRichText } from '../richText';

function Spans({ spans }: { spans: Inline[] }) {
  return (
    <>
      {spans.map((s) =>
        s.type === 'em' ? (
          <em key={s.key}>{s.text}</em>
        ) : s.type === 'code' ? (
          <code key={s.key}>{s.text}</code>
        ) : (
          <Fragment key={s.key}>{s.text}</Fragment>
        ),
      )}
    </>
  );
}

/** A tutorial text as paragraphs and lists, every character as text (never HTML). */
export function RichText({ text }: { text: string }) {
  return (
    <>
      {parseRichText(text).map((block) =>
        block.type === 'p' ? (
          <p key={block.key}>
            <Spans spans={block.spans} />
          </p>
        ) : (
          <ul key={block.key}>
            {block.items.map((item) => (
              <li key={item.key}>
                <Spans spans={item.spans} />
              </li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}
