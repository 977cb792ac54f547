import { focusRegion, regionNamed } from './regions';

const TARGETS: [string, string][] = [
  ['grid', 'the table'],
  ['operation', 'change the allocation'],
  ['proposal', 'the proposal'],
  ['compare', 'the comparison'],
];

/** The first stops of Tab: straight to a region of the page (F6 goes round them too). Seen only when focused. */
export function SkipLinks() {
  return (
    <nav className="skip-links" aria-label="Skip to">
      {TARGETS.map(([region, words]) => (
        <button
          key={region}
          type="button"
          className="link"
          data-testid={`skip-${region}`}
          onClick={() => {
            const target = regionNamed(region);
            if (target !== null) focusRegion(target);
          }}
        >
          Skip to {words}
        </button>
      ))}
    </nav>
  );
}
