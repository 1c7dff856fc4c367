/**
 * The room's session file: SQLite through better-sqlite3, one file per talk. It holds the
 * questions, votes, signals, moderation states, the deck's slide titles and the presenter's last
 * position, so a restart on the same file resumes all of it.
 *
 * - WAL, synchronous=NORMAL: a commit is in the WAL file (written, in the operating system's
 *   hands) when commit() returns, so the room tells a client "received" only after that, and
 *   kill -9 or a crash of the server loses nothing it was told. Not FULL: better-sqlite3 is
 *   synchronous, and an fsync per commit on a busy disk held the event loop for 100-300 ms,
 *   delaying every follower's position (measured: p95 1.5 s); what NORMAL gives up is the last
 *   commits before a power cut or an operating-system crash (the WAL is synced at checkpoints).
 * - locking_mode=EXCLUSIVE plus a write at open: the lock is held until the server closes the
 *   file, so a second server on the same file fails at once, naming it, instead of interleaving.
 * - A file that is not this schema, newer, read-only or locked is refused before anything is
 *   written to it: nothing is overwritten.
 */
import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import type { Position } from './protocol.ts'
import { SIGNAL_KINDS, type QuestionState, type SignalKind } from './room-protocol.ts'

/** "P2PR" in the file header's application_id: how a session file is told from any other SQLite file. */
export const APPLICATION_ID = 0x50325052
export const SCHEMA_VERSION = 1

export class SessionFileError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'SessionFileError'
  }
}

export interface StoredQuestion {
  id: number
  /** The asking page's own id for it: a resend after a lost acknowledgement is recognised. */
  ref: string
  device: string
  address: string
  slide: string
  text: string
  name: string
  state: QuestionState
  pinned: boolean
  at: number
}

export interface RoomSnapshot {
  questions: StoredQuestion[]
  votes: { question: number; device: string }[]
  signals: { slide: string; device: string; kind: SignalKind }[]
  slides: { id: string; title: string }[]
  position: Position | null
}

/** What a store shared by several servers adds: ids unique among them, and the others' changes. */
export interface SharedRoomStore {
  /** A question id no other server hands out. */
  nextQuestionId(): number
  /**
   * The room of this server: the others' committed changes come in through `changes`; after the
   * store was away, `current` reseeds it if it lost its data and `reload` brings in what was missed.
   */
  follow(room: { changes(ops: readonly RoomOp[]): void; reload(snapshot: RoomSnapshot): void; current(): RoomSnapshot }): void
}

/** One change; a batch of them is one transaction. */
export type RoomOp =
  | { kind: 'ask'; question: StoredQuestion }
  | { kind: 'vote'; question: number; device: string; on: boolean }
  | { kind: 'signal'; slide: string; device: string; signal: SignalKind | null }
  | { kind: 'moderate'; question: number; state: QuestionState; pinned: boolean }
  | { kind: 'position'; position: Position }

export interface RoomStore {
  readonly file: string
  snapshot(): RoomSnapshot
  /**
   * Writes the batch in one transaction; returns once it is committed (or throws, and nothing of it
   * is kept). A shared store answers with a promise, settled once the shared copy has it.
   */
  commit(ops: readonly RoomOp[]): void | Promise<void>
  /** Set when several servers share the room (--redis, src/present/room-redis-store.ts). */
  readonly shared?: SharedRoomStore
  /** The deck's slides, so the file names them after the talk (the questions export, the handout). */
  setSlides(slides: readonly { id: string; title: string }[]): void
  /** Bytes of the database and its WAL. */
  size(): number
  close(): void
}

const kinds = SIGNAL_KINDS.map((k) => `'${k}'`).join(', ')
const SCHEMA = `
CREATE TABLE questions (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL,
  device TEXT NOT NULL,
  address TEXT NOT NULL,
  slide TEXT NOT NULL,
  text TEXT NOT NULL,
  name TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'shown', 'hidden', 'answered')),
  pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
  at INTEGER NOT NULL,
  UNIQUE (device, ref)
);
CREATE TABLE votes (
  question INTEGER NOT NULL REFERENCES questions (id),
  device TEXT NOT NULL,
  PRIMARY KEY (question, device)
) WITHOUT ROWID;
CREATE TABLE signals (
  slide TEXT NOT NULL,
  device TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN (${kinds})),
  PRIMARY KEY (slide, device)
) WITHOUT ROWID;
CREATE TABLE slides (id TEXT PRIMARY KEY, title TEXT NOT NULL, ord INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE talk (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
PRAGMA application_id = ${APPLICATION_ID};
PRAGMA user_version = ${SCHEMA_VERSION};
`

const code = (e: unknown): string => (e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : '')

/** The error a person can act on, naming the file. */
function explain(file: string, e: unknown): SessionFileError {
  if (e instanceof SessionFileError) return e
  const c = code(e)
  const why = e instanceof Error ? e.message : String(e)
  if (c.startsWith('SQLITE_BUSY') || c.startsWith('SQLITE_LOCKED'))
    return new SessionFileError(
      `session file ${file} is in use by another running \`npm run present\` (it is locked); stop that server, or give this one its own file with --session FILE`,
      { cause: e },
    )
  if (c.startsWith('SQLITE_NOTADB') || c.startsWith('SQLITE_CORRUPT'))
    return new SessionFileError(
      `session file ${file} is not an SQLite database (${why}); it was left as it is. Choose another file with --session FILE`,
      {
        cause: e,
      },
    )
  if (c.startsWith('SQLITE_READONLY') || c.startsWith('SQLITE_CANTOPEN') || c.startsWith('SQLITE_PERM'))
    return new SessionFileError(
      `session file ${file} cannot be written (${why}); make it and its folder writable, or choose another file with --session FILE`,
      {
        cause: e,
      },
    )
  return new SessionFileError(`session file ${file}: ${why}`, { cause: e })
}

/** Refuses a read-only file up front: the process may run as root, which SQLite would let write anyway. */
function checkWritable(file: string): void {
  if (!existsSync(file)) {
    const dir = dirname(file)
    mkdirSync(dir, { recursive: true })
    try {
      accessSync(dir, constants.W_OK)
    } catch (cause) {
      throw new SessionFileError(`session file ${file} cannot be created: its folder ${dir} is not writable`, { cause })
    }
    return
  }
  const stat = statSync(file)
  if (!stat.isFile()) throw new SessionFileError(`session file ${file} is not a regular file`)
  let writable = (stat.mode & 0o222) !== 0
  try {
    accessSync(file, constants.W_OK)
  } catch {
    writable = false
  }
  if (!writable)
    throw new SessionFileError(
      `session file ${file} is read-only; the room needs to write to it. Make it writable (chmod u+w), or choose another file with --session FILE`,
    )
}

/** Whether the open database is empty (a new file), this schema, or something else (an error). */
function checkSchema(db: Database.Database, file: string): 'new' | 'ours' {
  const appId = Number(db.pragma('application_id', { simple: true }))
  const version = Number(db.pragma('user_version', { simple: true }))
  const tables = db.prepare<{ n: number }>("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get()!.n
  if (appId === 0 && version === 0 && tables === 0) return 'new'
  if (appId !== APPLICATION_ID)
    throw new SessionFileError(
      `session file ${file} is not a session file of this deck (an SQLite database of another program, application_id ${appId}); it was left as it is. Choose another file with --session FILE`,
    )
  if (version > SCHEMA_VERSION)
    throw new SessionFileError(
      `session file ${file} was written by a newer version of the deck (schema ${version}, this one reads ${SCHEMA_VERSION}); it was left as it is`,
    )
  if (version < 1) throw new SessionFileError(`session file ${file} has no schema version; it was left as it is`)
  return 'ours'
}

/** Opens (or creates) a session file for a running server, and holds its lock until close(). */
export function openRoomStore(file: string): RoomStore {
  checkWritable(file)
  let db: Database.Database
  try {
    db = new Database(file, { timeout: 0 })
  } catch (e) {
    throw explain(file, e)
  }
  try {
    // Exclusive before anything is read, so this connection keeps every lock it takes.
    db.pragma('locking_mode = EXCLUSIVE')
    const kind = checkSchema(db, file)
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    db.pragma('foreign_keys = ON')
    // Takes the write lock now (and, in exclusive mode, keeps it): a second server fails here.
    db.transaction(() => {
      if (kind === 'new') db.exec(SCHEMA)
      db.prepare("INSERT INTO talk (key, value) VALUES ('opened', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(
        new Date().toISOString(),
      )
    })()
  } catch (e) {
    db.close()
    throw explain(file, e)
  }
  return storeOn(db, file)
}

/** Opens a session file to read it after the talk (the questions export, the handout): nothing is written. */
export function readRoomFile(file: string): RoomSnapshot {
  if (!existsSync(file)) throw new SessionFileError(`session file ${file} does not exist`)
  let db: Database.Database | undefined
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: 0 })
    if (checkSchema(db, file) === 'new') throw new SessionFileError(`session file ${file} is empty: no talk was held with it`)
    return storeOn(db, file).snapshot()
  } catch (e) {
    throw explain(file, e)
  } finally {
    db?.close()
  }
}

/** A question as its row holds it: SQLite has no booleans. */
type QuestionRow = Omit<StoredQuestion, 'pinned'> & { pinned: 0 | 1 }

/** The questions table's columns, once: a column the row type lacks, or a field left out, fails to compile. */
const QUESTION_COLUMNS = Object.keys({
  id: 0,
  ref: 0,
  device: 0,
  address: 0,
  slide: 0,
  text: 0,
  name: 0,
  state: 0,
  pinned: 0,
  at: 0,
} satisfies Record<keyof QuestionRow, 0>)

function storeOn(db: Database.Database, file: string): RoomStore {
  // Prepared lazily: a read-only snapshot needs none of the writes.
  let writes: ReturnType<typeof prepareWrites> | undefined
  const prepareWrites = () => ({
    // Bound by name from the row: the column list is written once.
    ask: db.prepare(`INSERT INTO questions (${QUESTION_COLUMNS.join(', ')}) VALUES (${QUESTION_COLUMNS.map((c) => `@${c}`).join(', ')})`),
    vote: db.prepare('INSERT OR IGNORE INTO votes (question, device) VALUES (?, ?)'),
    unvote: db.prepare('DELETE FROM votes WHERE question = ? AND device = ?'),
    signal: db.prepare(
      'INSERT INTO signals (slide, device, kind) VALUES (?, ?, ?) ON CONFLICT (slide, device) DO UPDATE SET kind = excluded.kind',
    ),
    unsignal: db.prepare('DELETE FROM signals WHERE slide = ? AND device = ?'),
    moderate: db.prepare('UPDATE questions SET state = ?, pinned = ? WHERE id = ?'),
    position: db.prepare("INSERT INTO talk (key, value) VALUES ('position', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
  })
  const apply = (op: RoomOp) => {
    const w = (writes ??= prepareWrites())
    switch (op.kind) {
      case 'ask': {
        const q = op.question
        w.ask.run({ ...q, pinned: q.pinned ? 1 : 0 } satisfies QuestionRow)
        return
      }
      case 'vote':
        if (op.on) w.vote.run(op.question, op.device)
        else w.unvote.run(op.question, op.device)
        return
      case 'signal':
        if (op.signal) w.signal.run(op.slide, op.device, op.signal)
        else w.unsignal.run(op.slide, op.device)
        return
      case 'moderate':
        w.moderate.run(op.state, op.pinned ? 1 : 0, op.question)
        return
      case 'position':
        w.position.run(JSON.stringify(op.position))
        return
    }
  }
  const commitBatch = db.transaction((ops: readonly RoomOp[]) => {
    for (const op of ops) apply(op)
  })
  return {
    file,
    snapshot() {
      const questions = db
        .prepare<QuestionRow>(`SELECT ${QUESTION_COLUMNS.join(', ')} FROM questions ORDER BY id`)
        .all()
        .map((r) => ({ ...r, pinned: r.pinned === 1 }))
      const votes = db.prepare<{ question: number; device: string }>('SELECT question, device FROM votes').all()
      const signals = db.prepare<{ slide: string; device: string; kind: SignalKind }>('SELECT slide, device, kind FROM signals').all()
      const slides = db.prepare<{ id: string; title: string }>('SELECT id, title FROM slides ORDER BY ord').all()
      const row = db.prepare<{ value: string }>("SELECT value FROM talk WHERE key = 'position'").get()
      return { questions, votes, signals, slides, position: row ? (JSON.parse(row.value) as Position) : null }
    },
    commit(ops) {
      if (ops.length) commitBatch(ops)
    },
    setSlides(slides) {
      db.transaction(() => {
        db.exec('DELETE FROM slides')
        const insert = db.prepare('INSERT INTO slides (id, title, ord) VALUES (?, ?, ?)')
        slides.forEach((s, i) => insert.run(s.id, s.title, i))
      })()
    },
    size() {
      const bytes = (f: string) => (existsSync(f) ? statSync(f).size : 0)
      return bytes(file) + bytes(`${file}-wal`)
    },
    close() {
      if (db.open) db.close()
    },
  }
}
