import { MAX_CSV_BYTES } from '../../io/csvFile';
import { TABLE_FILE_TYPES } from '../../io/importFile';
import { MAX_WORKBOOK_BYTES } from '../../io/readWorkbook';
import { MAX_PROPOSAL_BYTES, writeProposal } from '../../io/proposalFile';
import { activeScenario, shownPlan } from '../../state/appStore';
import { downloadText, fileNameFor } from '../common/download';
import { FileButton } from '../common/FileButton';
import { CopyLink } from './CopyLink';
import { useApp, useAppStore } from '../common/storeContext';

/** The largest table file read: a CSV file's or a workbook's limit, whichever is larger. */
export const MAX_TABLE_BYTES = Math.max(MAX_CSV_BYTES, MAX_WORKBOOK_BYTES);
const megabytes = (bytes: number) => `${bytes / 1024 / 1024} MB`;

/** Saving and opening proposals, importing a table, and the button that shows the export choices. */
export function FileActions({ isExporting, onToggleExport }: { isExporting: boolean; onToggleExport: () => void }) {
  const store = useAppStore();
  const active = useApp(activeScenario);
  // Files too large are refused before they are read, with the same words as the readers'.
  const isSmallEnough = (file: File, limit: number) => {
    if (file.size <= limit) return true;
    store.setState({ message: { kind: 'error', text: `${file.name}: the file is larger than ${megabytes(limit)}. Nothing was imported.` } });
    return false;
  };

  const save = () => {
    if (active === null) return;
    const plan = shownPlan(store.getState());
    const fileName = fileNameFor(active.name, 'proposal.json');
    downloadText(fileName, writeProposal({ name: active.name, plan, entries: active.entries, savedAt: new Date().toISOString() }));
    const count = active.entries.length;
    const text = `“${active.name}” was saved as ${fileName} (${count} change${count === 1 ? '' : 's'}): Open proposal… in this app reads it back, figure for figure.`;
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
        Save proposal
      </button>
      <CopyLink />
      <FileButton label="Open proposal…" accept=".json,application/json" testId="open-proposal" onFile={(file) => void open(file)} />
      <FileButton label="Import table…" accept={TABLE_FILE_TYPES} testId="import-table" onFile={(file) => void importTable(file)} />
      <button type="button" onClick={onToggleExport} aria-expanded={isExporting} data-testid="open-export">
        Export…
      </button>
    </>
  );
}
