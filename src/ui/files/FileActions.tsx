import { MAX_CSV_BYTES } from '../../io/csvFile';
import { TABLE_FILE_TYPES } from '../../io/importFile';
import { MAX_WORKBOOK_BYTES } from '../../io/readWorkbook';
import { MAX_PROPOSAL_BYTES, writeProposal } from '../../io/proposalFile';
import { t } from '../../i18n/t';
import { activeScenario, shownPlan } from '../../state/appStore';
import { downloadText, fileNameFor } from '../common/download';
import { FileButton } from '../common/FileButton';
import { CopyLink } from './CopyLink';
import { useApp, useAppStore } from '../common/storeContext';

/** The largest table file read: a CSV file's or a workbook's limit, whichever is larger. */
export const MAX_TABLE_BYTES = Math.max(MAX_CSV_BYTES, MAX_WORKBOOK_BYTES);
/** The refusal of a file larger than `limit` bytes, in the readers' words. */
export const tooLargeWords = (fileName: string, limit: number) => t('panels.files.tooLarge', { file: fileName, megabytes: String(limit / 1024 / 1024) });

/** Saving and opening proposals, importing a table, and the button that shows the export choices. */
export function FileActions({ isExporting, onToggleExport }: { isExporting: boolean; onToggleExport: () => void }) {
  const store = useAppStore();
  const active = useApp(activeScenario);
  // Files too large are refused before they are read, with the same words as the readers'.
  const isSmallEnough = (file: File, limit: number) => {
    if (file.size <= limit) return true;
    store.setState({ message: { kind: 'error', text: tooLargeWords(file.name, limit) } });
    return false;
  };

  const save = () => {
    if (active === null) return;
    const plan = shownPlan(store.getState());
    const fileName = fileNameFor(active.name, 'proposal.json');
    downloadText(fileName, writeProposal({ name: active.name, plan, entries: active.entries, savedAt: new Date().toISOString() }));
    const text = t('panels.files.saved', { name: active.name, file: fileName, count: active.entries.length });
    store.setState({ message: { kind: 'info', text } });
  };
  const open = async (file: File) => {
    if (isSmallEnough(file, MAX_PROPOSAL_BYTES)) store.getState().openProposal(await file.text(), file.name);
  };
  const importTable = async (file: File) => {
    if (isSmallEnough(file, MAX_TABLE_BYTES)) await store.getState().previewImport(new Uint8Array(await file.arrayBuffer()), file.name);
  };

  return (
    <>
      <button type="button" disabled={active === null} onClick={save} data-testid="save-proposal">
        {t('panels.files.save')}
      </button>
      <CopyLink />
      <FileButton label={t('panels.files.open')} accept=".json,application/json" testId="open-proposal" onFile={(file) => void open(file)} />
      <FileButton label={t('panels.files.importTable')} accept={TABLE_FILE_TYPES} testId="import-table" onFile={(file) => void importTable(file)} />
      <button type="button" onClick={onToggleExport} aria-expanded={isExporting} data-testid="open-export">
        {t('panels.files.export')}
      </button>
    </>
  );
}
