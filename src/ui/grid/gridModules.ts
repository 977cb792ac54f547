import {
  CellStyleModule,
  ClientSideRowModelModule,
  ClientSideRowModelApiModule,
  ColumnApiModule,
  RenderApiModule,
  RowApiModule,
  HighlightChangesModule,
  ModuleRegistry,
  PinnedRowModule,
  RowStyleModule,
  TextEditorModule,
  ValidationModule,
  ColumnAutoSizeModule,
  RowAutoHeightModule,
  LocaleModule,
  ScrollApiModule,
  type Module,
} from 'ag-grid-community';

// Only the community modules the grid uses (a smaller bundle than
// AllCommunityModule); the validation module explains a missing one in development.
const modules: Module[] = [
  ClientSideRowModelModule,
  // An edit's changed rows handed to the grid as an update (KeptRows.rowDataFor).
  ClientSideRowModelApiModule,
  TextEditorModule,
  PinnedRowModule,
  CellStyleModule,
  RowStyleModule,
  HighlightChangesModule,
  // Widens a column whose figure would otherwise be cut (useColumnFit).
  ColumnAutoSizeModule,
  // A long name wraps onto a second line, and its row grows to hold it.
  RowAutoHeightModule,
  // For the block selection and the clipboard (src/ui/useBlockSelection.ts).
  ColumnApiModule,
  RowApiModule,
  RenderApiModule,
  // AG Grid's own words in the language chosen (src/ui/language/gridLocale.ts).
  LocaleModule,
  // Enter after a run of Tabs brings the next row's first cell of the run into view (tabRun in cellKeys.ts).
  ScrollApiModule,
];
if (import.meta.env.DEV) modules.push(ValidationModule);

export function registerGridModules(): void {
  ModuleRegistry.registerModules(modules);
}
