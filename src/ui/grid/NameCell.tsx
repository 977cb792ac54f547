import type { CustomCellRendererProps } from 'ag-grid-react';
import type { GridRow, NameValue } from './gridRow';
import { currentLanguage, t } from '../../i18n/t';
import { isRightToLeft } from '../../i18n/languages';
import { useApp, useAppStore } from '../common/storeContext';

/** A group's name, with a button that shows or hides its lines (a line's name is the grid's plain text). */
export function NameCell(props: CustomCellRendererProps<GridRow, NameValue | null>) {
  const store = useAppStore();
  const row = props.data?.row;
  const isCollapsed = useApp((s) => (row ? s.collapsed.has(row.id) : false));
  const text = props.value?.text ?? '';
  if (row === undefined || !props.value?.isGroup) return <>{text}</>;
  return (
    <span className="group-name">
      <button
        type="button"
        className="toggle"
        aria-expanded={!isCollapsed}
        aria-label={t(isCollapsed ? 'app.grid.showLines' : 'app.grid.hideLines', { code: row.id })}
        data-testid={`toggle-${row.id}`}
        onClick={(event) => {
          event.stopPropagation();
          store.getState().toggleGroup(row.id);
        }}
      >
        {/* Closed, it points the way the page is read: to the left in a language written right to left. */}
        {isCollapsed ? (isRightToLeft(currentLanguage()) ? '◂' : '▸') : '▾'}
      </button>{' '}
      {text}
    </span>
  );
}
