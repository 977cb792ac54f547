import { useState } from 'react';
import { activeScenario } from '../../state/appStore';
import { ScenarioOptions, planValue } from '../common/ScenarioOptions';
import { useApp, useAppStore } from '../common/storeContext';
import { useUndoKeys } from '../common/useUndoKeys';
import { ExportPanel } from '../files/ExportPanel';
import { FileActions } from '../files/FileActions';
import { t } from '../../i18n/t';

/** Choosing, branching, renaming and deleting scenarios; undo and redo; the file actions beside them. */
export function ScenarioBar() {
  const store = useAppStore();
  const activeId = useApp((s) => s.activeId);
  const activePlanId = useApp((s) => s.activePlanId);
  const active = useApp(activeScenario);
  const canUndo = useApp((s) => s.past.length > 0);
  const canRedo = useApp((s) => s.future.length > 0);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [isExporting, setExporting] = useState(false);

  useUndoKeys();

  const finishRename = (value: string) => {
    if (active !== null && store.getState().renameScenario(active.id, value)) setRenaming(null);
  };

  return (
    <>
    <div className="toolbar" role="toolbar" aria-label={t('proposal.bar.label')}>
      <label className="field">
        <span>{t('proposal.bar.scenario')}</span>
        <select
          data-testid="scenario-select"
          value={activeId ?? planValue(activePlanId)}
          onChange={(event) => {
            const value = event.target.value;
            if (value === '' || value.startsWith('plan:')) store.getState().showPlan(value === '' ? null : value.slice(5));
            else store.getState().showScenario(value);
          }}
        >
          <ScenarioOptions baselineLabel={t('proposal.bar.baselineOption')} />
        </select>
      </label>
      {renaming !== null && active !== null ? (
        <input
          aria-label={t('proposal.bar.renameLabel')}
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
        {t('proposal.bar.newScenario')}
      </button>
      <button type="button" disabled={active === null} onClick={() => setRenaming(active?.name ?? '')} data-testid="rename-scenario">
        {t('proposal.bar.rename')}
      </button>
      <button
        type="button"
        disabled={active === null && activePlanId === null}
        title={active === null && activePlanId !== null ? t('proposal.bar.deletePlanTitle') : t('proposal.bar.deleteScenarioTitle')}
        onClick={() => {
          if (active !== null) store.getState().deleteScenario(active.id);
          else if (activePlanId !== null) store.getState().deletePlan(activePlanId);
        }}
        data-testid="delete-scenario"
      >
        {t('proposal.bar.delete')}
      </button>
      <span className="toolbar-gap" />
      <button type="button" disabled={!canUndo} onClick={() => store.getState().undo()} title={t('proposal.bar.undoTitle')} data-testid="undo">
        {t('proposal.bar.undo')}
      </button>
      <button type="button" disabled={!canRedo} onClick={() => store.getState().redo()} title={t('proposal.bar.redoTitle')} data-testid="redo">
        {t('proposal.bar.redo')}
      </button>
      <span className="toolbar-gap" />
      <FileActions isExporting={isExporting} onToggleExport={() => setExporting((is) => !is)} />
    </div>
    {isExporting && <ExportPanel onClose={() => setExporting(false)} />}
    </>
  );
}
