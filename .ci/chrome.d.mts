export function findChrome(): string | undefined;
