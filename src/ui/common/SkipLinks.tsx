import { t } from '../../i18n/t';
import type { MessageId } from '../../i18n/english';
import { focusRegion, regionNamed } from './regions';

/** Each region a skip link goes to, and the words of its link (a message id: the words are read when drawn, in the language shown). */
const TARGETS: [string, MessageId][] = [
  ['grid', 'app.skip.grid'],
  ['operation', 'app.skip.operation'],
  ['proposal', 'app.skip.proposal'],
  ['compare', 'app.skip.compare'],
];

/** The first stops of Tab: straight to a region of the page (F6 goes round them too). Seen only when focused. */
export function SkipLinks() {
  return (
    <nav className="skip-links" aria-label={t('app.skip.label')}>
      {TARGETS.map(([region, words]) => (
        <button
          key={region}
          type="button"
          className="link"
          data-testid={`skip-${region}`}
          onClick={() => {
            const target = regionNamed(region);
            if (target !== null) focusRegion(target);
          }}
        >
          {t(words)}
        </button>
      ))}
    </nav>
  );
}
