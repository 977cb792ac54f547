import { useApp } from './storeContext';

/** The options of a scenario chooser: the published baseline (value "") and every scenario by id. */
export function ScenarioOptions({ baselineLabel }: { baselineLabel: string }) {
  const scenarios = useApp((s) => s.workspace.scenarios);
  return (
    <>
      <option value="">{baselineLabel}</option>
      {scenarios.map((scenario) => (
        <option key={scenario.id} value={scenario.id}>
          {scenario.name}
        </option>
      ))}
    </>
  );
}
