/**
 * The part of better-sqlite3's API the room store uses. The package ships no types and
 * @types/better-sqlite3 is not a dependency; these follow its documentation (docs/api.md, 12.x).
 */
declare module 'better-sqlite3' {
  namespace Database {
    interface RunResult {
      changes: number
      lastInsertRowid: number | bigint
    }
    interface Statement<Row = unknown> {
      run(...params: unknown[]): RunResult
      get(...params: unknown[]): Row | undefined
      all(...params: unknown[]): Row[]
    }
    interface Options {
      readonly?: boolean
      fileMustExist?: boolean
      /** ms to wait for a lock before SQLITE_BUSY. */
      timeout?: number
    }
    interface Database {
      readonly open: boolean
      readonly name: string
      prepare<Row = unknown>(sql: string): Statement<Row>
      exec(sql: string): this
      pragma(source: string, options: { simple: true }): unknown
      pragma(source: string): unknown[]
      transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R
      close(): this
    }
    interface SqliteError extends Error {
      code: string
    }
  }
  const Database: {
    new (filename: string, options?: Database.Options): Database.Database
  }
  export = Database
}
