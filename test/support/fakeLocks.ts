/**
 * The Web Locks API as the store uses it, for tests in Node (which has no
 * navigator.locks): shared and exclusive locks by name, `ifAvailable`, waiting
 * requests granted in order as locks are released, and `query`.
 */
type Mode = 'shared' | 'exclusive';
interface Held {
  readonly name: string;
  readonly mode: Mode;
}

export function fakeLocks() {
  const held: Held[] = [];
  const waiting: { lock: Held; grant: () => void }[] = [];
  const isFree = ({ name, mode }: Held) => held.filter((l) => l.name === name).every((l) => mode === 'shared' && l.mode === 'shared');
  const wake = () => {
    for (const request of waiting.slice()) {
      if (!isFree(request.lock)) continue;
      waiting.splice(waiting.indexOf(request), 1);
      held.push(request.lock);
      request.grant();
    }
  };
  async function request(name: string, options: { mode?: Mode; ifAvailable?: boolean }, callback: (lock: Held | null) => unknown): Promise<unknown> {
    const lock: Held = { name, mode: options.mode ?? 'exclusive' };
    if (isFree(lock)) held.push(lock);
    else if (options.ifAvailable === true) return callback(null);
    else await new Promise<void>((grant) => waiting.push({ lock, grant }));
    try {
      return await callback(lock);
    } finally {
      held.splice(held.indexOf(lock), 1);
      wake();
    }
  }
  return {
    held,
    request,
    query: async () => ({ held: held.map(({ name, mode }) => ({ name, mode, clientId: '' })), pending: waiting.map(({ lock: { name, mode } }) => ({ name, mode, clientId: '' })) }),
  } as unknown as LockManager & { held: Held[] };
}
