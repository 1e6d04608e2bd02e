import '../i18n/later/editorText';
import { useLang, useT } from '../i18n';
import { findTemplate } from '../templates';

/** What the example on screen shows, so a learner knows what to watch for (loaded with the examples). */
export function ExampleAbout({ id }: { id: string }) {
  const t = useT();
  const lang = useLang();
  const example = findTemplate(id);
  if (!example) return null;
  return (
    <section className="example-about" aria-labelledby="example-about-title">
      <h3 id="example-about-title">{t('inspector.aboutExample')}</h3>
      <p className="example-about__name">{example.name[lang]}</p>
      <p>{example.description[lang]}</p>
    </section>
  );
}
