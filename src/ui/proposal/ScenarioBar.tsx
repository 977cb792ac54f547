import { useEffect, useState } from 'react';
import { MAX_CSV_BYTES } from '../../io/csvFile';
import { TABLE_FILE_TYPES } from '../../io/importFile';
import { MAX_WORKBOOK_BYTES } from '../../io/readWorkbook';
import { MAX_PROPOSAL_BYTES, writeProposal } from '../../io/proposalFile';
import { activeScenario, shownPlan } from '../../state/appStore';
import { downloadText, fileNameFor } from '../common/download';
import { ExportPanel } from '../files/ExportPanel';
import { FileButton } from '../common/FileButton';
import { ScenarioOptions, planValue } from '../common/ScenarioOptions';
import { useApp, useAppStore } from '../common/storeContext';

/** Choosing, branching, renaming, deleting, saving and opening scenarios; undo and redo. */
export function ScenarioBar() {
  const store = useAppStore();
  const activeId = useApp((s) => s.activeId);
  const activePlanId = useApp((s) => s.activePlanId);
  const active = useApp(activeScenario);
  const canUndo = useApp((s) => s.past.length > 0);
  const canRedo = useApp((s) => s.future.length > 0);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [isExporting, setExporting] = useState(false);

  const importTable = async (file: File) => {
    if (file.size > Math.max(MAX_CSV_BYTES, MAX_WORKBOOK_BYTES)) {
      store.setState({ message: { kind: 'error', text: `${file.name}: the file is larger than ${Math.max(MAX_CSV_BYTES, MAX_WORKBOOK_BYTES) / 1024 / 1024} MB. Nothing was imported.` } });
      return;
    }
    await store.getState().previewImport(new Uint8Array(await file.arrayBuffer()), file.name);
  };

  // Excel's keys for undo and redo, wherever the focus is but in a text field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) store.getState().undo();
      else if (key === 'y' || (key === 'z' && event.shiftKey)) store.getState().redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  const save = () => {
    const plan = shownPlan(store.getState());
    if (active === null) return;
    downloadText(
      fileNameFor(active.name, 'proposal.json'),
      writeProposal({ name: active.name, plan, entries: active.entries, savedAt: new Date().toISOString() }),
    );
  };

  const open = async (file: File) => {
    if (file.size > MAX_PROPOSAL_BYTES) {
      store.setState({ message: { kind: 'error', text: `${file.name}: the file is larger than ${MAX_PROPOSAL_BYTES / 1024 / 1024} MB. Nothing was imported.` } });
      return;
    }
    store.getState().openProposal(await file.text(), file.name);
  };

  const finishRename = (value: string) => {
    if (active !== null && store.getState().renameScenario(active.id, value)) setRenaming(null);
  };

  return (
    <>
    <div className="toolbar" role="toolbar" aria-label="Scenarios">
      <label className="field">
        <span>Scenario</span>
        <select
          data-testid="scenario-select"
          value={activeId ?? planValue(activePlanId)}
          onChange={(event) => {
            const value = event.target.value;
            if (value === '' || value.startsWith('plan:')) store.getState().showPlan(value === '' ? null : value.slice(5));
            else store.getState().showScenario(value);
          }}
        >
          <ScenarioOptions baselineLabel="Published baseline (read-only)" />
        </select>
      </label>
      {renaming !== null && active !== null ? (
        <input
          aria-label="New name of the scenario"
          data-testid="rename-input"
          autoFocus
          value={renaming}
          onChange={(event) => setRenaming(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') finishRename(renaming);
            if (event.key === 'Escape') setRenaming(null);
          }}
          onBlur={() => finishRename(renaming)}
        />
      ) : null}
      <button type="button" onClick={() => store.getState().newScenario()} data-testid="new-scenario">
        New scenario
      </button>
      <button type="button" disabled={active === null} onClick={() => setRenaming(active?.name ?? '')} data-testid="rename-scenario">
        Rename
      </button>
      <button
        type="button"
        disabled={active === null && activePlanId === null}
        title={active === null && activePlanId !== null ? 'Remove this imported plan and its scenarios' : 'Delete this scenario'}
        onClick={() => {
          if (active !== null) store.getState().deleteScenario(active.id);
          else if (activePlanId !== null) store.getState().deletePlan(activePlanId);
        }}
        data-testid="delete-scenario"
      >
        Delete
      </button>
      <span className="toolbar-gap" />
      <button type="button" disabled={!canUndo} onClick={() => store.getState().undo()} title="Undo (Ctrl+Z)" data-testid="undo">
        Undo
      </button>
      <button type="button" disabled={!canRedo} onClick={() => store.getState().redo()} title="Redo (Ctrl+Y)" data-testid="redo">
        Redo
      </button>
      <span className="toolbar-gap" />
      <button type="button" disabled={active === null} onClick={save} data-testid="save-proposal">
        Save proposal
      </button>
      <FileButton label="Open proposal…" accept=".json,application/json" testId="open-proposal" onFile={(file) => void open(file)} />
      <FileButton label="Import table…" accept={TABLE_FILE_TYPES} testId="import-table" onFile={(file) => void importTable(file)} />
      <button type="button" onClick={() => setExporting((is) => !is)} aria-expanded={isExporting} data-testid="open-export">
        Export…
      </button>
    </div>
    {isExporting && <ExportPanel onClose={() => setExporting(false)} />}
    </>
  );
}
