// AG Grid's own words (its overlays, its labels for screen readers) in the Union's languages, loaded with a language
// other than English. AG Grid publishes no Russian: the words its grids here can show are given below.
export { AG_GRID_LOCALE_CN as zh, AG_GRID_LOCALE_EG as ar, AG_GRID_LOCALE_ES as es, AG_GRID_LOCALE_FR as fr } from '@ag-grid-community/locale';

export const ru: Readonly<Record<string, string>> = {
  loadingOoo: 'Загрузка…',
  loadingError: 'Ошибка',
  noRowsToShow: 'Нет строк для отображения',
  ariaRowSelect: 'Нажмите ПРОБЕЛ, чтобы выбрать эту строку',
  ariaSortableColumn: 'Нажмите ВВОД, чтобы отсортировать',
  ariaColumn: 'Столбец',
  ariaRow: 'Строка',
  ariaRowIndex: 'Строка',
  ariaColumnIndex: 'Столбец',
  ariaCellEditable: 'Ячейку можно изменить',
  ariaReadOnly: 'Только для чтения',
  ariaLabelColumnMenu: 'Меню столбца',
  ariaLabelCellEditor: 'Редактор ячейки',
  ariaSearch: 'Поиск',
  ariaHidden: 'скрыто',
  ariaVisible: 'видимо',
};
