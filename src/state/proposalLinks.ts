import { hasProposal } from '../io/proposalLink';
import type { AppStore } from './appStore';

/**
 * Opens a proposal link: at start, and when a link is pasted into a tab
 * where the app is open already (only its fragment changes then). The
 * fragment is taken off the address once read, so a reload does not open
 * the proposal a second time; the scenario it made is kept like any other.
 */
export function followProposalLinks(store: AppStore, page: Pick<Window, 'location' | 'history' | 'addEventListener'>): Promise<boolean> {
  const open = async () => {
    const { hash, pathname, search } = page.location;
    if (!hasProposal(hash)) return false;
    page.history.replaceState(page.history.state, '', `${pathname}${search}`);
    return store.getState().openProposalLink(hash);
  };
  page.addEventListener('hashchange', () => void open());
  // What the address the page opened with brought: a proposal opened, or not.
  return open();
}
