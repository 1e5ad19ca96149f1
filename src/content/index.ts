// Content script entry (document_start). Filled in by the guard issue.
export {};
