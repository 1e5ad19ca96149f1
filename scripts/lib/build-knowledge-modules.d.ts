// The part of sql.js (SQLite compiled to WebAssembly) that scripts/build-knowledge.ts uses.
declare module 'sql.js' {
  interface QueryResult { columns: string[]; values: unknown[][] }
  interface Database { exec(sql: string): QueryResult[]; close(): void }
  interface SqlJsStatic { Database: new (data?: Uint8Array) => Database }
  export default function initSqlJs(): Promise<SqlJsStatic>;
}

// The part of adm-zip (MIT) that scripts/build-knowledge.ts uses.
declare module 'adm-zip' {
  export default class AdmZip {
    constructor(path: string);
    readFile(entry: string): Buffer | null;
  }
}
