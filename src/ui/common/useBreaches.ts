import type { Breach } from '../../model/validity';
import { breachesOf } from '../../state/breaches';
import { activeReplay, activeScenario, shownPlan } from '../../state/appStore';
import { useApp } from './storeContext';

/** The rules the scenario shown breaks, its figures written as shown (kept per replay: see state/breaches.ts). */
export function useBreaches(): Breach[] {
  const replayed = useApp(activeReplay);
  const scenario = useApp(activeScenario);
  const plan = useApp(shownPlan);
  const style = useApp((s) => s.style);
  const displayUnit = useApp((s) => s.displayUnit);
  return breachesOf(replayed, scenario?.entries ?? [], plan, style, displayUnit);
}
