import { persist } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { readTableFile } from '../io/importFile';
import { MAX_PASTE_CELLS } from '../io/clipboard';
import { readProposal } from '../io/proposalFile';
import { readWorkbookInWorker, type WorkbookReader } from '../io/readWorkbook';
import { ImportError, type ImportPreview } from '../io/tableImport';
import type { Strategy } from '../io/strategyFile';
import { WORKSPACE_VERSION } from '../io/workspaceFile';
import { DOCUMENT_STYLE, NUMBER_STYLES, parseAmount, type NumberStyle } from '../model/amount';
import { formatShown, fromShown, inputScale, type DisplayUnit } from '../model/displayUnit';
import { describeOperation } from '../model/describe';
import { OperationError, type Operation } from '../model/operation';
import { REDUCTION_ID, type Plan } from '../model/plan';
import type { Replay } from '../model/proposal';
import { EMPTY_WORKSPACE, type Scenario, type Workspace } from '../model/scenario';
import { rowOf, type Table } from '../model/table';
import { STORAGE_KEY, workspaceStorage, type KeyValueStorage, type Persisted, type StorageProblems } from './browserStorage';
import { replayOf, withEntry } from './replays';

/** What the person is told after an action. An error names what was refused and why; nothing changed. */
export interface Message {
  readonly kind: 'error' | 'info';
  readonly text: string;
  /** The cell the message is about, by its stable ids. */
  readonly cell?: { readonly rowId: string; readonly columnId: string };
}

export interface AppState {
  /** The published plan (read-only), given when the store is made. */
  readonly published: Plan;
  /** The plan shown: the published one, or one imported beside it (see Workspace.activePlanId). */
  readonly plan: Plan;
  readonly workspace: Workspace;
  /** Earlier workspaces, for undo (this session only). */
  readonly past: readonly Workspace[];
  /** Undone workspaces, for redo. */
  readonly future: readonly Workspace[];
  /** How numbers are written and read: the document's, Swiss or English style. */
  readonly style: NumberStyle;
  /** Amounts shown in the plan's unit or in millions (display only). */
  readonly displayUnit: DisplayUnit;
  readonly message: Message | null;
  readonly storage: StorageProblems;
  /** The published plan's strategic side: goals, and each priority's outcomes (null when none is given). */
  readonly strategy: Strategy | null;
  /** The line whose strategic side is shown: the priority of the row last focused in the grid. */
  readonly selectedLine: string | null;
  selectLine(code: string | null): void;
  /** Groups whose lines are hidden in the grid (this session only). */
  readonly collapsed: ReadonlySet<string>;
  toggleGroup(code: string): void;

  /** Reads `text` into a yearly cell as a `set` operation of the active scenario. */
  editCell(rowId: string, columnId: string, text: string): boolean;
  /** Adds an operation to the active scenario, or refuses it with a message and changes nothing. */
  applyOperation(operation: Operation, rationale?: string): boolean;
  toggleEntry(entryId: string): void;
  removeEntry(entryId: string): void;
  /** Branches a new scenario from the active one (or the baseline) and shows it; returns its id. */
  newScenario(name?: string): string;
  renameScenario(id: string, name: string): boolean;
  deleteScenario(id: string): void;
  /** Shows a scenario, or with null the read-only baseline of the plan shown. */
  showScenario(id: string | null): void;
  /** Shows the read-only baseline of a plan: an imported plan's id, or null for the published plan. */
  showPlan(planId: string | null): void;
  /** Removes an imported plan and its scenarios (undoable). */
  deletePlan(planId: string): void;
  compareWith(id: string | null): void;
  undo(): void;
  redo(): void;
  /** Opens a proposal file's text as a new scenario, or refuses it whole with the reasons. */
  openProposal(text: string, fileName: string): boolean;
  /** What a table file (CSV) would bring in, shown before anything changes; null when none is being imported. */
  readonly importPreview: ImportPreview | null;
  /** Reads a table file (CSV or workbook) into {@link AppState.importPreview}, or says why it cannot be imported. Nothing changes. */
  previewImport(bytes: Uint8Array, fileName: string): Promise<boolean>;
  /** Applies the previewed changes as one undoable change of the active scenario (a new one on the baseline). */
  acceptImport(): boolean;
  cancelImport(): void;
  /**
   * Pastes a block of text cells (from the clipboard) into the input cells
   * from (rowId, columnId) on: rows are the lines and the reduction in table
   * order, columns the years, derived rows and columns skipped. One undoable
   * change; refused, naming every bad cell, unless `validOnly` applies the rest.
   */
  pasteBlock(rowId: string, columnId: string, block: readonly (readonly string[])[], validOnly?: boolean): boolean;
  /** The last refused paste, for "apply only the valid cells". */
  readonly refusedPaste: { readonly rowId: string; readonly columnId: string; readonly block: readonly (readonly string[])[] } | null;
  dismissMessage(): void;
  dismissUnreadable(): void;
  setNumberStyle(id: string): void;
  setDisplayUnit(unit: DisplayUnit): void;
}

export type AppStore = StoreApi<AppState>;

export interface StoreOptions {
  /** Where the workspace is kept between visits (the browser's localStorage in the app). */
  readonly storage: KeyValueStorage;
  /** The clock, for when operations and scenarios are made. */
  readonly now?: () => Date;
  readonly newId?: () => string;
  /** How workbooks are read: in a Web Worker in the app (the default), directly in tests. */
  readonly readWorkbook?: WorkbookReader;
  /** The strategic side of the published plan. */
  readonly strategy?: Strategy;
}

export const activeScenario = (s: Pick<AppState, 'workspace'>): Scenario | null =>
  s.workspace.scenarios.find((scenario) => scenario.id === s.workspace.activeId) ?? null;
/** The scenario compared with: only one of the plan shown (else its baseline, null). */
export const compareScenario = (s: Pick<AppState, 'workspace'>): Scenario | null =>
  s.workspace.scenarios.find((scenario) => scenario.id === s.workspace.compareId && scenario.planId === s.workspace.activePlanId) ?? null;
export const activeReplay = (s: Pick<AppState, 'plan' | 'workspace'>): Replay => replayOf(s.plan, activeScenario(s));
export const compareReplay = (s: Pick<AppState, 'plan' | 'workspace'>): Replay => replayOf(s.plan, compareScenario(s));

/** How a cell is named in messages: "TP1 Spectrum and satellite orbits, 2028". */
export function cellName(table: Table, rowId: string, columnId: string): string {
  const position = table.index.get(rowId);
  const row = position === undefined ? undefined : table.rows[position];
  const rowLabel = row === undefined ? rowId : row.kind === 'line' || row.kind === 'group' ? `${row.id} ${row.name}` : row.name;
  return `${rowLabel}, ${columnId}`;
}

/** The plan a workspace shows: its active imported plan, or the published one. */
export function planShown(workspace: Workspace, published: Plan): Plan {
  return workspace.plans.find((p) => p.id === workspace.activePlanId) ?? published;
}

/** A workspace and the plan it shows, to be set together so they never disagree. */
const shown = (workspace: Workspace, published: Plan) => ({ workspace, plan: planShown(workspace, published) });

function uniqueName(workspace: Workspace, wanted: string): string {
  const names = new Set(workspace.scenarios.map((s) => s.name));
  if (!names.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!names.has(`${wanted} (${n})`)) return `${wanted} (${n})`;
}

function nextProposalName(workspace: Workspace): string {
  for (let n = workspace.scenarios.length + 1; ; n++) {
    if (!workspace.scenarios.some((s) => s.name === `Proposal ${n}`)) return `Proposal ${n}`;
  }
}

const replaceScenario = (workspace: Workspace, scenario: Scenario): Workspace => ({
  ...workspace,
  scenarios: workspace.scenarios.map((s) => (s.id === scenario.id ? scenario : s)),
});

export function createAppStore(plan: Plan, options: StoreOptions): AppStore {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => crypto.randomUUID());
  // Problems met while the store is hydrated, before it exists, wait here.
  let report: (change: Partial<StorageProblems>) => void = (change) => Object.assign(pending, change);
  const pending: StorageProblems = { unreadable: null, writeError: null };

  const store = createStore<AppState>()(
    persist(
      (set, get) => {
        /** Every change to the workspace goes through here, so undo sees it. */
        const commit = (workspace: Workspace, message: Message | null = null) => {
          set((s) => ({ ...shown(workspace, s.published), past: [...s.past, s.workspace], future: [], message }));
        };

        /** The workspace with a scenario to change: the active one, or a new one when the baseline is shown. */
        const editable = (name?: string): { workspace: Workspace; scenario: Scenario; isNew: boolean } => {
          const { workspace } = get();
          const active = activeScenario(get());
          if (active !== null) return { workspace, scenario: active, isNew: false };
          const scenario: Scenario = {
            id: newId(),
            name: name ? uniqueName(workspace, name) : nextProposalName(workspace),
            planId: workspace.activePlanId,
            parentId: null,
            createdAt: now().toISOString(),
            entries: [],
          };
          return { workspace: { ...workspace, scenarios: [...workspace.scenarios, scenario], activeId: scenario.id }, scenario, isNew: true };
        };

        const addOperation = (operation: Operation, rationale: string, cell?: Message['cell']): boolean =>
          addOperations([operation], rationale, cell);

        /** Adds operations as one change (one undo step); refuses them all, with the first refusal's reason, if one is refused. */
        const addOperations = (operations: readonly Operation[], rationale: string, cell?: Message['cell'], name?: string): boolean => {
          const { workspace, scenario, isNew } = editable(name);
          let operation = operations[0]!;
          try {
            const at = now().toISOString();
            let extended = scenario;
            for (operation of operations) extended = withEntry(get().plan, extended, operation, { id: newId(), rationale: rationale.trim(), at });
            const message: Message | null = isNew
              ? {
                  kind: 'info',
                  text: `The published baseline stays as it is: your change is in a new scenario, “${scenario.name}”.`,
                }
              : null;
            commit(replaceScenario(workspace, extended), message);
            return true;
          } catch (error) {
            if (!(error instanceof OperationError)) throw error;
            const { plan, style } = get();
            const what = cell ? cellName(replayOf(plan, activeScenario(get())).table, cell.rowId, cell.columnId) : describeOperation(operation, plan, style);
            set({ message: { kind: 'error', text: `${what}: refused, ${error.message}. Nothing was changed.`, ...(cell ? { cell } : {}) } });
            return false;
          }
        };

        const updateEntries = (entryId: string, change: (entries: Scenario['entries']) => Scenario['entries']) => {
          const scenario = activeScenario(get());
          if (scenario === null || !scenario.entries.some((e) => e.id === entryId)) return;
          commit(replaceScenario(get().workspace, { ...scenario, entries: change(scenario.entries) }));
        };

        return {
          published: plan,
          plan,
          workspace: EMPTY_WORKSPACE,
          past: [],
          future: [],
          style: DOCUMENT_STYLE,
          displayUnit: 'plan',
          strategy: options.strategy ?? null,
          selectedLine: plan.lines[0]?.code ?? null,
          selectLine(code) {
            set({ selectedLine: code });
          },
          collapsed: new Set<string>(),
          toggleGroup(code) {
            set((s) => {
              const collapsed = new Set(s.collapsed);
              if (!collapsed.delete(code)) collapsed.add(code);
              return { collapsed };
            });
          },
          message: null,
          storage: { unreadable: null, writeError: null },

          editCell(rowId, columnId, text) {
            const { plan, style } = get();
            const { table } = activeReplay(get());
            const refuse = (why: string) => {
              set({ message: { kind: 'error', text: `${cellName(table, rowId, columnId)}: ${why}`, cell: { rowId, columnId } } });
              return false;
            };
            const row = table.index.has(rowId) ? rowOf(table, rowId) : undefined;
            const yearIndex = plan.years.indexOf(columnId);
            if (row === undefined || yearIndex === -1 || (row.kind !== 'line' && row.kind !== 'group' && row.id !== REDUCTION_ID)) {
              return refuse('this figure is computed from others and cannot be typed in.');
            }
            const { displayUnit } = get();
            const previous = formatShown(row.years[yearIndex]!, plan, style, displayUnit);
            const parsed = parseAmount(text, { style, scale: inputScale(plan, displayUnit) });
            if (!parsed.ok) return refuse(`“${text}” ${parsed.error.message}. The cell keeps ${previous}.`);
            const value = fromShown(parsed.value, plan, displayUnit);
            if (value.eq(row.years[yearIndex]!)) {
              set({ message: null });
              return true;
            }
            return addOperation({ op: 'set', line: rowId, year: columnId, value }, '', { rowId, columnId });
          },

          applyOperation(operation, rationale = '') {
            return addOperation(operation, rationale);
          },

          toggleEntry(entryId) {
            updateEntries(entryId, (entries) => entries.map((e) => (e.id === entryId ? { ...e, enabled: !e.enabled } : e)));
          },

          removeEntry(entryId) {
            updateEntries(entryId, (entries) => entries.filter((e) => e.id !== entryId));
          },

          newScenario(name) {
            const { workspace } = get();
            const parent = activeScenario(get());
            const scenario: Scenario = {
              id: newId(),
              name: uniqueName(workspace, name?.trim() || nextProposalName(workspace)),
              planId: workspace.activePlanId,
              parentId: parent?.id ?? null,
              createdAt: now().toISOString(),
              entries: parent?.entries ?? [],
            };
            commit({ ...workspace, scenarios: [...workspace.scenarios, scenario], activeId: scenario.id });
            return scenario.id;
          },

          renameScenario(id, name) {
            const { workspace } = get();
            const scenario = workspace.scenarios.find((s) => s.id === id);
            const trimmed = name.trim();
            if (scenario === undefined) return false;
            if (trimmed === '') {
              set({ message: { kind: 'error', text: `“${scenario.name}” was not renamed: a scenario needs a name.` } });
              return false;
            }
            if (workspace.scenarios.some((s) => s.id !== id && s.name === trimmed)) {
              set({ message: { kind: 'error', text: `“${scenario.name}” was not renamed: another scenario is called “${trimmed}”.` } });
              return false;
            }
            if (trimmed !== scenario.name) commit(replaceScenario(workspace, { ...scenario, name: trimmed }));
            return true;
          },

          deleteScenario(id) {
            const { workspace } = get();
            const scenario = workspace.scenarios.find((s) => s.id === id);
            if (scenario === undefined) return;
            const fallback = scenario.parentId !== null && workspace.scenarios.some((s) => s.id === scenario.parentId) ? scenario.parentId : null;
            commit(
              {
                ...workspace,
                scenarios: workspace.scenarios.filter((s) => s.id !== id),
                activeId: workspace.activeId === id ? fallback : workspace.activeId,
                compareId: workspace.compareId === id ? null : workspace.compareId,
              },
              { kind: 'info', text: `Scenario “${scenario.name}” was deleted. Undo (Ctrl+Z) brings it back.` },
            );
          },

          showScenario(id) {
            set((s) => {
              const scenario = s.workspace.scenarios.find((x) => x.id === id);
              const activePlanId = scenario ? scenario.planId : s.workspace.activePlanId;
              return { ...shown({ ...s.workspace, activeId: scenario ? scenario.id : null, activePlanId }, s.published), message: null, importPreview: null };
            });
          },

          showPlan(planId) {
            set((s) => {
              const known = planId === null || s.workspace.plans.some((p) => p.id === planId);
              return { ...shown({ ...s.workspace, activePlanId: known ? planId : null, activeId: null }, s.published), message: null, importPreview: null };
            });
          },

          deletePlan(planId) {
            const { workspace } = get();
            const plan = workspace.plans.find((p) => p.id === planId);
            if (plan === undefined) return;
            const isShown = workspace.activePlanId === planId;
            commit(
              {
                plans: workspace.plans.filter((p) => p.id !== planId),
                scenarios: workspace.scenarios.filter((s) => s.planId !== planId),
                activePlanId: isShown ? null : workspace.activePlanId,
                activeId: isShown ? null : workspace.activeId,
                compareId: isShown ? null : workspace.compareId,
              },
              { kind: 'info', text: `The plan “${plan.title}” and its scenarios were removed. Undo (Ctrl+Z) brings them back.` },
            );
          },

          compareWith(id) {
            set((s) => ({ workspace: { ...s.workspace, compareId: id } }));
          },

          undo() {
            const { past, workspace, future } = get();
            const previous = past.at(-1);
            if (previous === undefined) return;
            // A preview was computed against the figures undone: it no longer applies.
            set({ ...shown(previous, get().published), past: past.slice(0, -1), future: [workspace, ...future], message: null, importPreview: null });
          },

          redo() {
            const { past, workspace, future } = get();
            const [next, ...rest] = future;
            if (next === undefined) return;
            set({ ...shown(next, get().published), past: [...past, workspace], future: rest, message: null, importPreview: null });
          },

          openProposal(text, fileName) {
            const { plan, workspace } = get();
            try {
              const read = readProposal(text, plan);
              const scenario: Scenario = {
                id: newId(),
                name: uniqueName(workspace, read.name),
                planId: workspace.activePlanId,
                parentId: null,
                createdAt: now().toISOString(),
                entries: read.entries.map((entry) => ({ ...entry, id: newId() })),
              };
              commit(
                { ...workspace, scenarios: [...workspace.scenarios, scenario], activeId: scenario.id },
                { kind: 'info', text: `${fileName} was opened as the scenario “${scenario.name}”.` },
              );
              return true;
            } catch (error) {
              set({ message: { kind: 'error', text: `${fileName}: ${error instanceof Error ? error.message : String(error)} Nothing was imported.` } });
              return false;
            }
          },

          importPreview: null,

          async previewImport(bytes, fileName) {
            const { plan } = get();
            const table = activeReplay(get()).table;
            try {
              set({ importPreview: await readTableFile(bytes, fileName, { plan, table }, options.readWorkbook ?? readWorkbookInWorker), message: null });
              return true;
            } catch (error) {
              const text = error instanceof ImportError ? `${error.message} Nothing was imported.` : `${fileName} could not be read: ${String(error)}. Nothing was imported.`;
              set({ importPreview: null, message: { kind: 'error', text } });
              return false;
            }
          },

          acceptImport() {
            const preview = get().importPreview;
            if (preview === null) return false;
            if (preview.kind === 'new-plan') {
              const { workspace } = get();
              const taken = new Set([get().published.id, ...workspace.plans.map((p) => p.id)]);
              let id = preview.plan.id;
              for (let n = 2; taken.has(id); n++) id = `${preview.plan.id} (${n})`;
              const imported = { ...preview.plan, id };
              commit(
                { ...workspace, plans: [...workspace.plans, imported], activePlanId: id, activeId: null, compareId: null },
                { kind: 'info', text: `${preview.source} was opened as a plan of its own, “${imported.title}”: its figures are the read-only baseline of its scenarios.` },
              );
              set({ importPreview: null });
              return true;
            }
            if (preview.changes.length === 0) {
              set({ importPreview: null, message: { kind: 'info', text: `${preview.source} holds the same figures as the scenario shown: nothing to change.` } });
              return true;
            }
            const operations: Operation[] = preview.changes.map((c) => ({ op: 'set', line: c.rowId, year: c.year, value: c.to }));
            const name = preview.source.replace(/\.[^.]+$/, '');
            if (!addOperations(operations, `Imported from ${preview.source}`, undefined, name)) return false;
            set({ importPreview: null, message: { kind: 'info', text: `${preview.changes.length} figure${preview.changes.length === 1 ? '' : 's'} from ${preview.source} applied to “${activeScenario(get())!.name}”. Undo (Ctrl+Z) takes them back.` } });
            return true;
          },

          cancelImport() {
            set({ importPreview: null });
          },

          refusedPaste: null,

          pasteBlock(rowId, columnId, block, validOnly = false) {
            const { plan, style } = get();
            const { table } = activeReplay(get());
            const inputRows = table.rows.filter((row) => row.kind === 'line' || row.kind === 'reduction');
            const firstRow = inputRows.findIndex((row) => row.id === rowId);
            const firstYear = plan.years.indexOf(columnId);
            const refuse = (text: string) => {
              set({ message: { kind: 'error', text }, refusedPaste: null });
              return false;
            };
            if (firstRow === -1 || firstYear === -1) return refuse(`Paste into a yearly figure of a line or of the reduction: ${cellName(table, rowId, columnId)} is computed from others.`);
            const height = block.length;
            const width = Math.max(0, ...block.map((r) => r.length));
            if (height === 0 || width === 0) return refuse('The clipboard holds no cells to paste.');
            if (height * width > MAX_PASTE_CELLS) return refuse(`The clipboard holds ${height * width} cells, more than ${MAX_PASTE_CELLS}.`);
            if (firstRow + height > inputRows.length || firstYear + width > plan.years.length) {
              return refuse(
                `The block is ${height} × ${width} cells but from ${cellName(table, rowId, columnId)} there are only ${inputRows.length - firstRow} rows and ${plan.years.length - firstYear} years to fill. Nothing was pasted.`,
              );
            }
            const operations: Operation[] = [];
            const bad: string[] = [];
            block.forEach((cells, i) => {
              const row = inputRows[firstRow + i]!;
              for (let k = 0; k < width; k++) {
                const year = plan.years[firstYear + k]!;
                const text = cells[k] ?? '';
                const parsed = parseAmount(text, { style, scale: inputScale(plan, get().displayUnit) });
                if (!parsed.ok) {
                  bad.push(`${cellName(table, row.id, year)}: “${text}” ${parsed.error.message}`);
                  continue;
                }
                const value = fromShown(parsed.value, plan, get().displayUnit);
                if (!value.eq(row.years[firstYear + k]!)) operations.push({ op: 'set', line: row.id, year, value });
              }
            });
            if (bad.length > 0 && !validOnly) {
              set({
                message: { kind: 'error', text: `Nothing was pasted: ${bad.length} of ${height * width} cells are not amounts. ${bad.join('; ')}.` },
                refusedPaste: { rowId, columnId, block },
              });
              return false;
            }
            set({ refusedPaste: null });
            if (operations.length === 0) {
              set({ message: { kind: 'info', text: 'The pasted figures are those already there: nothing changed.' } });
              return true;
            }
            if (!addOperations(operations, '')) return false;
            set({ message: { kind: 'info', text: `Pasted ${operations.length} figure${operations.length === 1 ? '' : 's'}${bad.length ? ` (${bad.length} cells that are not amounts were left as they were)` : ''}. Undo (Ctrl+Z) takes them back.` } });
            return true;
          },

          dismissMessage() {
            set({ message: null, refusedPaste: null });
          },

          dismissUnreadable() {
            set((s) => ({ storage: { ...s.storage, unreadable: null } }));
          },

          setNumberStyle(id) {
            const style = NUMBER_STYLES.find((s) => s.id === id);
            if (style) set({ style });
          },

          setDisplayUnit(displayUnit) {
            set({ displayUnit });
          },
        };
      },
      {
        name: STORAGE_KEY,
        version: WORKSPACE_VERSION,
        storage: workspaceStorage(options.storage, plan, (change) => report(change)),
        partialize: (s): Persisted => ({ workspace: s.workspace, preferences: { style: s.style.id, displayUnit: s.displayUnit } }),
        merge: (persisted, current) => {
          const stored = persisted as Persisted | undefined;
          return {
            ...current,
            ...shown(stored?.workspace ?? current.workspace, current.published),
            style: NUMBER_STYLES.find((s) => s.id === stored?.preferences?.style) ?? current.style,
            displayUnit: stored?.preferences?.displayUnit === 'millions' ? 'millions' : 'plan',
          };
        },
      },
    ),
  );

  report = (change) => {
    const { storage } = store.getState();
    // Only a change of problem is a change of state: the write that follows it must not loop.
    if (Object.entries(change).every(([key, value]) => storage[key as keyof StorageProblems] === value)) return;
    store.setState({ storage: { ...storage, ...change } });
  };
  if (pending.unreadable !== null || pending.writeError !== null) store.setState({ storage: { ...pending } });
  return store;
}
