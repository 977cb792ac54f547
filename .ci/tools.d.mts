export function findChrome(): string | undefined;
export function findOffice(): string | undefined;
