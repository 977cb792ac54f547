import type { CustomCellRendererProps } from 'ag-grid-react';
import type { GridRow, NameValue } from './gridRow';
import { useApp, useAppStore } from '../common/storeContext';

/** A line's name; a group's has a button that shows or hides its lines. */
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
        aria-label={`${isCollapsed ? 'Show' : 'Hide'} the lines of ${row.id}`}
        data-testid={`toggle-${row.id}`}
        onClick={(event) => {
          event.stopPropagation();
          store.getState().toggleGroup(row.id);
        }}
      >
        {isCollapsed ? '▸' : '▾'}
      </button>{' '}
      {text}
    </span>
  );
}
