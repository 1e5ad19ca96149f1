// Service worker entry. Filled in by the guard and policy issues.
export {};
