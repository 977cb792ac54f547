import { t } from '../../i18n/t';
import { useLanguage } from './languageContext';

/**
 * Where the words shown are a document's own (the draft strategic plan's
 * goals and outcomes, in English; a financial plan's lines, as its file
 * gives them), says so in any language but English: the reader knows it is
 * the document speaking, not an untranslated interface.
 */
export function OwnWordsNote({ what }: { what: 'strategy' | 'finance' }) {
  const { language } = useLanguage();
  if (language === 'en') return null;
  return (
    <p className="hint own-words" lang={language} data-testid="own-words-note">
      {what === 'strategy' ? t('common.ownWords.strategy') : t('common.ownWords.finance')}
    </p>
  );
}
