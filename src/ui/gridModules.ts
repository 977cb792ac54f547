import {
  CellStyleModule,
  ClientSideRowModelModule,
  HighlightChangesModule,
  ModuleRegistry,
  PinnedRowModule,
  RowStyleModule,
  TextEditorModule,
  TooltipModule,
  ValidationModule,
  type Module,
} from 'ag-grid-community';

// Only the community modules the grid uses (a smaller bundle than
// AllCommunityModule); the validation module explains a missing one in development.
const modules: Module[] = [
  ClientSideRowModelModule,
  TextEditorModule,
  PinnedRowModule,
  CellStyleModule,
  RowStyleModule,
  HighlightChangesModule,
  TooltipModule,
];
if (import.meta.env.DEV) modules.push(ValidationModule);

export function registerGridModules(): void {
  ModuleRegistry.registerModules(modules);
}
