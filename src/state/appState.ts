import type { FileReading, SourceRead } from '../io/importFile';
import type { ImportPreview } from '../io/tableImport';
import type { TableLayout, TableMapping } from '../io/import/mapping';
import type { WorkbookReader } from '../io/readWorkbook';
import type { Strategy } from '../io/strategyFile';
import type { NumberStyle } from '../model/amount';
import type { DisplayUnit } from '../model/displayUnit';
import type { Operation } from '../model/operation';
import type { Plan } from '../model/plan';
import type { Workspace } from '../model/scenario';
import type { KeyValueStorage, StorageProblems } from './browserStorage';
import type { FinanceSlice } from './financeSlice';
import type { PoolSlice } from './poolSlice';
import type { Work } from './longWork';

/** What the person is told after an action. An error names what was refused and why; nothing changed. */
export interface Message {
  readonly kind: 'error' | 'info';
  readonly text: string;
  /** The cell the message is about, by its stable ids. */
  readonly cell?: { readonly rowId: string; readonly columnId: string };
  /** What the person may choose to do about it, e.g. which reading of `5,000` they meant. */
  readonly choices?: readonly MessageChoice[];
}

/** How a block is pasted once the person has answered what the first attempt asked. */
export interface PasteOptions {
  /** Paste the cells that are amounts, leaving the others as they were. */
  readonly validOnly?: boolean;
  /** How to read the cells that read two ways. */
  readonly readAs?: Reading;
  /** Figures a thousand times larger or smaller than the ones they replace are meant. */
  readonly isConfirmed?: boolean;
  /** How the block is laid, when it could be either way: on the years alone, or as the grid shows a row. */
  readonly shape?: 'years' | 'grid';
}

/** Which reading of a figure that reads two ways (`5,000`) the person meant. */
export type Reading = 'thousands' | 'decimal';

export interface MessageChoice {
  readonly label: string;
  /** Names the button for tests and scripts: `choice-<testId>`. */
  readonly testId: string;
  run(): void;
}

/** What undo and redo restore: the imported plans and the scenarios with their entries. */
export type WorkspaceData = Pick<Workspace, 'plans' | 'scenarios'>;
/** What is shown: navigation, never undone as a change of data. */
export type View = Pick<Workspace, 'activePlanId' | 'activeId' | 'compareId'>;
/** Where a change was made: a scenario, or (scenarioId null) the baseline of a plan. */
export interface Target {
  readonly planId: string | null;
  readonly scenarioId: string | null;
}
/** One undoable change seen from one side: the data on that side, and where the change was made. */
export interface Step {
  readonly data: WorkspaceData;
  readonly target: Target;
}

/** Imported plans and scenarios: the data that undo and redo cover. */
export interface WorkspaceSlice extends WorkspaceData {
  /** The published plan (read-only), given when the store is made. */
  readonly published: Plan;
  /** Reads `text` into a yearly cell as a `set` operation of the active scenario. */
  editCell(rowId: string, columnId: string, text: string): boolean;
  /** Delete on a cell: a typed figure becomes 0 (undoable, and said); a computed one says why it cannot be cleared. */
  clearCell(rowId: string, columnId: string): boolean;
  /** Typing on a computed cell: says what it is computed from and where to type instead. */
  explainCell(rowId: string, columnId: string): void;
  /** Adds an operation to the active scenario, or refuses it with a message and changes nothing. */
  applyOperation(operation: Operation, rationale?: string): boolean;
  toggleEntry(entryId: string): void;
  removeEntry(entryId: string): void;
  /** Moves an operation one place up (-1) or down (1) in its proposal; the rest replays. */
  moveEntry(entryId: string, by: -1 | 1): void;
  /** Moves an operation to place `to` of its proposal (its place after the move, from 0), as a drag and drop does; the rest replays. */
  moveEntryTo(entryId: string, to: number): void;
  /** Puts a copy of an operation right after it. */
  duplicateEntry(entryId: string): void;
  /** Replaces an operation at its position, or refuses it (it must apply there) with a message and changes nothing. */
  editEntry(entryId: string, operation: Operation, rationale: string): boolean;
  /** Branches a new scenario from the active one (or the baseline) and shows it; returns its id. */
  newScenario(name?: string): string;
  renameScenario(id: string, name: string): boolean;
  deleteScenario(id: string): void;
  /** Removes an imported plan and its scenarios (undoable). */
  deletePlan(planId: string): void;
  /** Opens a proposal file's text as a new scenario, or refuses it whole with the reasons. */
  openProposal(text: string, fileName: string): Promise<boolean>;
  /** Opens the proposal a link's fragment carries (see proposalLink.ts) as a new scenario of its plan, or says why not and changes nothing. */
  openProposalLink(hash: string): Promise<boolean>;
}

/** Undo and redo over the data (this session only). */
export interface HistorySlice {
  /** Earlier data, for undo. */
  readonly past: readonly Step[];
  /** Undone data, for redo. */
  readonly future: readonly Step[];
  undo(): void;
  redo(): void;
}

/** What is shown and how: the plan, scenario and comparison, number style, unit, the line and groups in view. */
export interface NavigationSlice extends View {
  /** Shows a scenario, or with null the read-only baseline of the plan shown. */
  showScenario(id: string | null): void;
  /** Shows the read-only baseline of a plan: an imported plan's id, or null for the published plan. */
  showPlan(planId: string | null): void;
  compareWith(id: string | null): void;
  /** How numbers are written and read: the document's, Swiss or English style. */
  readonly style: NumberStyle;
  /** Amounts shown in the plan's unit or in millions (display only). */
  readonly displayUnit: DisplayUnit;
  setNumberStyle(id: string): void;
  setDisplayUnit(unit: DisplayUnit): void;
  /** The published plan's strategic side: goals, and each priority's outcomes (null when none is given). */
  readonly strategy: Strategy | null;
  /** The line whose strategic side is shown: the priority of the row last focused in the grid. */
  readonly selectedLine: string | null;
  selectLine(code: string | null): void;
  /** Groups whose lines are hidden in the grid (this session only). */
  readonly collapsed: ReadonlySet<string>;
  toggleGroup(code: string): void;
  /** A cell the operation form is to start from (its line and year filled in), with a count so the same cell can be asked for twice. */
  readonly operationSeed: OperationSeed | null;
  seedOperation(rowId: string, columnId: string): void;
}

export interface OperationSeed {
  readonly rowId: string;
  readonly columnId: string;
  readonly count: number;
}

/** Figures coming in from outside, table files and the clipboard, before and as they are applied. */
export interface ImportDraft {
  /** The file as rows: its table's source, notes on how it was read, and a workbook's other sheets. */
  readonly read: SourceRead;
  /** The file's shape (see io/import/mapping.ts shapeOf): what a layout is remembered by. */
  readonly shape: string;
  readonly mapping: TableMapping;
  /** Whether the mapping was remembered from an earlier file of this shape. */
  readonly remembered: boolean;
  /** How the file is read now: from the preview, or, when it is refused, its headings. */
  readonly layout: TableLayout | null;
  /** Why the file, read so, cannot be imported; empty when a preview is shown. */
  readonly problems: readonly string[];
  /** Where the file holds several tables: the whole file, the tables' names, and which one is read. */
  readonly tables: TableChoice | null;
  /** How the person asked the file to be read: a financial plan (from its tab; any other table refused), a table, or as its rows say. */
  readonly reading: FileReading;
}

export interface TableChoice {
  readonly whole: ImportDraft['read'];
  readonly names: readonly string[];
  readonly chosen: number;
}

export interface ImportSlice {
  /** What a table file (CSV) would bring in, shown before anything changes; null when none is being imported. */
  readonly importPreview: ImportPreview | null;
  /** A file being read, and what is being done with it ("reading the file"), until its preview or refusal is shown; cancelImport stops it. */
  readonly importProgress: { readonly file: string; readonly stage: string } | null;
  /** Reads a table file (CSV or workbook) into {@link ImportSlice.importPreview}, or says why it cannot be imported. Nothing changes. */
  previewImport(bytes: Uint8Array, fileName: string, reading?: FileReading): Promise<boolean>;
  /** Reads the file being imported again, as a financial plan or as a table (a file with a revenue total is read as a financial plan unless asked). */
  rereadImport(reading: FileReading): Promise<boolean>;
  /** Applies the previewed changes as one undoable change of the active scenario (a new one on the baseline). */
  acceptImport(): boolean;
  /** Closes the preview, or stops the import under way (its preview never shown): nothing changes. */
  cancelImport(): void;
  /** The file being imported, as rows, and how it is read: kept while a preview or a refusal is shown, so the person can correct the reading. */
  readonly importDraft: ImportDraft | null;
  /** Reads the file again with the person's layout (heading row, column and row roles); kept for the next file of its shape once accepted. */
  remapImport(mapping: TableMapping): Promise<boolean>;
  /** Reads another of the tables a file holds (see {@link ImportDraft.tables}), as detected or as remembered for its shape. */
  chooseImportTable(index: number): Promise<boolean>;
  /** Reads another sheet of the workbook being imported (see {@link SourceRead.sheets}), as detected or as remembered for its shape. */
  chooseImportSheet(index: number): Promise<boolean>;
  /** What a table opened as a plan of its own is in ("USD thousands"), where the file does not say or says it otherwise; refused when empty or too long. */
  setImportUnit(unit: string): boolean;
  /**
   * Pastes a block of text cells (from the clipboard) into the input cells
   * from (rowId, columnId) on: rows are the lines and the reduction in table
   * order, columns the years, derived rows and columns skipped. One undoable
   * change; refused, naming every bad cell, unless `validOnly` applies the rest.
   */
  pasteBlock(rowId: string, columnId: string, block: readonly (readonly string[])[], options?: PasteOptions): boolean;
  /** The last refused paste, for "apply only the valid cells". */
  readonly refusedPaste: { readonly rowId: string; readonly columnId: string; readonly block: readonly (readonly string[])[] } | null;
}

/** What the person is told: the last action's message and the browser storage's problems. */
export interface MessageSlice {
  readonly message: Message | null;
  readonly storage: StorageProblems;
  /** Work under way that may take a while (see longWork.ts), or null. */
  readonly work: Work | null;
  /** Stops the work under way: nothing it would have changed is changed. */
  stopWork(): void;
  dismissMessage(): void;
  dismissUnreadable(): void;
}

export type AppState = WorkspaceSlice & HistorySlice & NavigationSlice & ImportSlice & MessageSlice & FinanceSlice & PoolSlice;

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

/** What every slice is made with: the store's setter and getter, and the clock and ids it was given. */
export interface SliceContext {
  readonly set: (change: Partial<AppState> | ((state: AppState) => Partial<AppState>)) => void;
  readonly get: () => AppState;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Lets the store be written again once an unreadable stored workspace it was keeping is dismissed. */
  readonly releaseStore?: () => void;
}
