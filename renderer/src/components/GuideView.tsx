// #guide/<section-id>: one section of the troubleshooting guide, in the UI's language, with its
// neighbours listed so the technician can walk the guide.
import { useTranslation } from 'react-i18next';
import { GUIDE_SECTIONS, guideSection } from '../../../shared/knowledge/guide-sections';
import { useSettings } from '../store/settings-store';

function Body({ text }: { text: string }) {
  const blocks = text.split(/\n\s*\n/);
  return (
    <>
      {blocks.map((b, i) => {
        const lines = b.split('\n');
        if (lines.every((l) => l.startsWith('- '))) {
          return <ul key={i}>{lines.map((l, j) => <li key={j}>{l.slice(2)}</li>)}</ul>;
        }
        return <p key={i}>{b}</p>;
      })}
    </>
  );
}

export function GuideView({ sectionId }: { sectionId: string }) {
  const { t } = useTranslation();
  const lang = useSettings((s) => s.lang);
  const section = guideSection(sectionId, lang);
  return (
    <div className="guide-view" role="document" aria-label={t('guide.title')}>
      <nav className="guide-toc" aria-label={t('guide.contents')}>
        <a href="#" className="back">← {t('guide.back')}</a>
        <ul>
          {GUIDE_SECTIONS.map((s) => (
            <li key={s.id} className={`${s.id === sectionId ? 'current' : ''} depth-${s.id.split('.').length}`}>
              <a href={`#guide/${s.id}`}>{s.title[lang]}</a>
            </li>
          ))}
        </ul>
      </nav>
      <article className="guide-section" data-section={sectionId}>
        {section ? (
          <>
            <p className="section-id">{sectionId}</p>
            <h1>{section.title}</h1>
            <Body text={section.body} />
          </>
        ) : (
          <p>{t('guide.unknown', { id: sectionId })}</p>
        )}
      </article>
    </div>
  );
}
