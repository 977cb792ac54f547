/**
 * Resolves after the next paint, or soon where none comes (a hidden page
 * paints nothing; tests have no frames): lets what was just set be seen
 * before long work starts, or long work wait until an edit is on screen.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });
}
