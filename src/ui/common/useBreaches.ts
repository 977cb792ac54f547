import { useMemo } from 'react';
import { formatShown } from '../../model/displayUnit';
import { breaches, type Breach } from '../../model/validity';
import { activeReplay, activeScenario, shownPlan } from '../../state/appStore';
import { useApp } from './storeContext';

/** The rules the scenario shown breaks, its figures written as shown; recomputed only when the replay or the way figures are shown changes. */
export function useBreaches(): Breach[] {
  const replayed = useApp(activeReplay);
  const scenario = useApp(activeScenario);
  const plan = useApp(shownPlan);
  const style = useApp((s) => s.style);
  const displayUnit = useApp((s) => s.displayUnit);
  return useMemo(
    () => breaches(replayed, scenario?.entries ?? [], (value) => formatShown(value, plan, style, displayUnit)),
    [replayed, scenario, plan, style, displayUnit],
  );
}
