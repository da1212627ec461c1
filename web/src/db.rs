//! The drafts, in an embedded SQLite database: versioned migrations, changes in
//! transactions, and a write-ahead log synced on every commit, so a draft that was saved
//! stays saved when the server stops or crashes.
//!
//! Changes that arrive together are committed together (group commit): a change waits
//! for the connection; whoever gets it next runs every change then waiting, each in a
//! savepoint of one transaction, and commits them with one sync to disk. In a stream of
//! changes (the last commit ended a moment ago) it first waits a little for more
//! ([`GATHER_FOR`]), as a database server's commit delay does: a sync to disk costs far
//! more than a change. No change is answered before the commit that holds it is on
//! disk.

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use rusqlite::{Connection, OptionalExtension, params};

/// The schema, one migration a version; `PRAGMA user_version` holds the version a
/// database is at. A migration only ever appends: a released step never changes.
const MIGRATIONS: &[&str] = &[
    // 1: drafts as the form holds them (incomplete drafts too), with their title for
    // the list, and a revision counted up by every save.
    "CREATE TABLE drafts (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        form TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
    );
    CREATE INDEX drafts_updated ON drafts (updated_at DESC);",
];

/// A commit that ends within this of the last is taken to be part of a stream of
/// changes.
const STREAM: Duration = Duration::from_millis(5);

/// In a stream of changes, how long a commit waits for more changes to share its sync.
const GATHER_FOR: Duration = Duration::from_millis(3);

/// A commit stops waiting once this many changes share it.
const GATHER_UP_TO: usize = 8;

/// The most drafts the start page lists.
pub(crate) const LIST_LIMIT: usize = 200;

/// A saved draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Draft {
    pub id: i64,
    pub title: String,
    /// The form's fields as JSON: see [`crate::form::Form`].
    pub form: String,
    pub revision: i64,
    pub updated_at: i64,
}

/// What became of a save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Saved {
    /// The draft holds the form.
    InPlace,
    /// The draft had been saved elsewhere since the form was opened: the form is this
    /// new draft.
    AsNewDraft(i64),
    /// No draft has that id.
    NoSuchDraft,
}

/// The database of drafts. Cloning shares the one connection.
#[derive(Debug, Clone)]
pub struct Store {
    conn: Arc<Mutex<Connection>>,
    /// Changes waiting for the next commit, and a signal when one arrives.
    waiting: Arc<(Mutex<Vec<Waiting>>, Condvar)>,
    /// When the last commit ended.
    last_commit: Arc<Mutex<Option<Instant>>>,
    /// How many commits were made.
    commits: Arc<AtomicU64>,
}

/// A change to the drafts.
#[derive(Debug)]
enum Change {
    Create {
        title: String,
        form: String,
    },
    Save {
        id: i64,
        seen: Option<i64>,
        title: String,
        form: String,
    },
    Delete {
        id: i64,
    },
}

/// What a change did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Done {
    Created(i64),
    Saved(Saved),
    Deleted(bool),
}

/// Where the outcome of a change is left for the one who asked: set once its commit is
/// on disk (or failed).
type Outcome = Arc<Mutex<Option<Result<Done, String>>>>;

/// A change waiting for a commit, with where its outcome goes.
#[derive(Debug)]
struct Waiting {
    change: Change,
    outcome: Outcome,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding a lock cannot leave a transaction open (rusqlite rolls back
    // on drop), and the list of waiting changes is sound between pushes.
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// An error of a change that shared a failed commit, or was lost.
fn storage_error(message: String) -> rusqlite::Error {
    rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_IOERR),
        Some(message),
    )
}

/// Runs one change in `tx`.
fn apply(tx: &Connection, change: &Change, at: i64) -> Result<Done, rusqlite::Error> {
    match change {
        Change::Create { title, form } => {
            tx.prepare_cached(
                "INSERT INTO drafts (title, form, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
            )?
            .execute(params![title, form, at])?;
            Ok(Done::Created(tx.last_insert_rowid()))
        }
        Change::Save {
            id,
            seen,
            title,
            form,
        } => {
            let changed = tx
                .prepare_cached(
                    "UPDATE drafts SET title = ?2, form = ?3, revision = revision + 1, updated_at = ?4
                     WHERE id = ?1 AND (?5 IS NULL OR revision = ?5)",
                )?
                .execute(params![id, title, form, at, seen])?;
            if changed == 1 {
                return Ok(Done::Saved(Saved::InPlace));
            }
            let exists = tx
                .prepare_cached("SELECT 1 FROM drafts WHERE id = ?1")?
                .query_row([id], |_| Ok(()))
                .optional()?
                .is_some();
            if !exists {
                return Ok(Done::Saved(Saved::NoSuchDraft));
            }
            tx.prepare_cached(
                "INSERT INTO drafts (title, form, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
            )?
            .execute(params![title, form, at])?;
            Ok(Done::Saved(Saved::AsNewDraft(tx.last_insert_rowid())))
        }
        Change::Delete { id } => {
            let deleted = tx
                .prepare_cached("DELETE FROM drafts WHERE id = ?1")?
                .execute([id])?;
            Ok(Done::Deleted(deleted == 1))
        }
    }
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

impl Store {
    /// Opens the database at `path`, creating it and its folder when missing, and brings
    /// its schema to the current version.
    ///
    /// # Errors
    ///
    /// When the folder cannot be created, the file is not an SQLite database, or it was
    /// written by a newer version of the builder.
    pub fn open(path: &Path) -> Result<Self, rusqlite::Error> {
        if let Some(dir) = path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|err| {
                rusqlite::Error::SqliteFailure(
                    rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CANTOPEN),
                    Some(format!("cannot create {}: {err}", dir.display())),
                )
            })?;
        }
        let mut conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // FULL: every commit is on disk before the save is answered.
        conn.pragma_update(None, "synchronous", "FULL")?;
        migrate(&mut conn)?;
        Ok(Self {
            conn: Arc::new(Mutex::new(conn)),
            waiting: Arc::new((Mutex::new(Vec::new()), Condvar::new())),
            last_commit: Arc::new(Mutex::new(None)),
            commits: Arc::new(AtomicU64::new(0)),
        })
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        lock(&self.conn)
    }

    /// Makes `change` and returns once it is committed: by whoever holds the connection
    /// next, together with every change waiting then.
    fn change(&self, change: Change) -> Result<Done, rusqlite::Error> {
        let outcome: Outcome = Arc::new(Mutex::new(None));
        let (waiting, arrived) = &*self.waiting;
        lock(waiting).push(Waiting {
            change,
            outcome: Arc::clone(&outcome),
        });
        arrived.notify_one();
        let mut conn = self.conn();
        // Committed while this one waited for the connection?
        if let Some(done) = lock(&outcome).take() {
            return done.map_err(storage_error);
        }
        let stream = lock(&self.last_commit).is_some_and(|at| at.elapsed() < STREAM);
        let mut batch = lock(waiting);
        if stream {
            let started = Instant::now();
            while batch.len() < GATHER_UP_TO {
                let left = GATHER_FOR.saturating_sub(started.elapsed());
                if left.is_zero() {
                    break;
                }
                batch = arrived
                    .wait_timeout(batch, left)
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .0;
            }
        }
        let batch = std::mem::take(&mut *batch);
        let results = Self::commit(&mut conn, &batch);
        self.commits.fetch_add(1, Ordering::Relaxed);
        *lock(&self.last_commit) = Some(Instant::now());
        for (waiting, result) in batch.iter().zip(results) {
            *lock(&waiting.outcome) = Some(result);
        }
        drop(conn);
        lock(&outcome)
            .take()
            .unwrap_or_else(|| Err("the change was lost".to_owned()))
            .map_err(storage_error)
    }

    /// Runs `batch` in one transaction, each change in a savepoint of its own (so a
    /// change that fails leaves the others), and commits: each change's outcome, or
    /// the commit's error for all.
    fn commit(conn: &mut Connection, batch: &[Waiting]) -> Vec<Result<Done, String>> {
        let run = |conn: &mut Connection| -> Result<Vec<Result<Done, String>>, rusqlite::Error> {
            let mut tx = conn.transaction()?;
            let at = now();
            let mut results = Vec::with_capacity(batch.len());
            for waiting in batch {
                let mut savepoint = tx.savepoint()?;
                let result = apply(&savepoint, &waiting.change, at);
                if result.is_ok() {
                    savepoint.commit()?;
                } else {
                    savepoint.rollback()?;
                }
                results.push(result.map_err(|err| err.to_string()));
            }
            tx.commit()?;
            Ok(results)
        };
        run(conn).unwrap_or_else(|err| {
            let message = err.to_string();
            batch.iter().map(|_| Err(message.clone())).collect()
        })
    }

    /// The schema version of the database.
    ///
    /// # Errors
    ///
    /// When the database cannot be read.
    pub fn schema_version(&self) -> Result<i64, rusqlite::Error> {
        self.conn()
            .query_row("PRAGMA user_version", [], |row| row.get(0))
    }

    /// How many drafts the database holds.
    ///
    /// # Errors
    ///
    /// When the database cannot be read.
    pub fn count(&self) -> Result<i64, rusqlite::Error> {
        self.conn()
            .query_row("SELECT COUNT(*) FROM drafts", [], |row| row.get(0))
    }

    /// The revision of draft `id`: 1 when created, one more for every save.
    ///
    /// # Errors
    ///
    /// When the database cannot be read.
    pub fn revision(&self, id: i64) -> Result<Option<i64>, rusqlite::Error> {
        self.conn()
            .query_row("SELECT revision FROM drafts WHERE id = ?1", [id], |row| {
                row.get(0)
            })
            .optional()
    }

    pub(crate) fn create(&self, title: &str, form: &str) -> Result<i64, rusqlite::Error> {
        match self.change(Change::Create {
            title: title.to_owned(),
            form: form.to_owned(),
        })? {
            Done::Created(id) => Ok(id),
            other => Err(storage_error(format!("a creation did {other:?}"))),
        }
    }

    /// Saves the form of draft `id` when it is still at revision `seen` (any revision
    /// when `None`). When it was saved elsewhere since, the form is kept as a new draft
    /// instead, so that neither save is lost.
    pub(crate) fn save(
        &self,
        id: i64,
        seen: Option<i64>,
        title: &str,
        form: &str,
    ) -> Result<Saved, rusqlite::Error> {
        match self.change(Change::Save {
            id,
            seen,
            title: title.to_owned(),
            form: form.to_owned(),
        })? {
            Done::Saved(saved) => Ok(saved),
            other => Err(storage_error(format!("a save did {other:?}"))),
        }
    }

    /// How many commits this store made (changes that arrive together share one).
    #[cfg(test)]
    pub(crate) fn commits(&self) -> u64 {
        self.commits.load(Ordering::Relaxed)
    }

    pub(crate) fn get(&self, id: i64) -> Result<Option<Draft>, rusqlite::Error> {
        self.conn()
            .query_row(
                "SELECT id, title, form, revision, updated_at FROM drafts WHERE id = ?1",
                [id],
                |row| {
                    Ok(Draft {
                        id: row.get(0)?,
                        title: row.get(1)?,
                        form: row.get(2)?,
                        revision: row.get(3)?,
                        updated_at: row.get(4)?,
                    })
                },
            )
            .optional()
    }

    /// The drafts whose title holds `query` (all when it is empty), latest first, at
    /// most [`LIST_LIMIT`]; the form is left empty.
    pub(crate) fn list(&self, query: &str) -> Result<Vec<Draft>, rusqlite::Error> {
        let conn = self.conn();
        let mut statement = conn.prepare_cached(
            "SELECT id, title, revision, updated_at FROM drafts
             WHERE ?1 = '' OR instr(lower(title), lower(?1)) > 0
             ORDER BY updated_at DESC, id DESC LIMIT ?2",
        )?;
        let limit = i64::try_from(LIST_LIMIT).unwrap_or(i64::MAX);
        let rows = statement.query_map(params![query, limit], |row| {
            Ok(Draft {
                id: row.get(0)?,
                title: row.get(1)?,
                form: String::new(),
                revision: row.get(2)?,
                updated_at: row.get(3)?,
            })
        })?;
        rows.collect()
    }

    pub(crate) fn delete(&self, id: i64) -> Result<bool, rusqlite::Error> {
        match self.change(Change::Delete { id })? {
            Done::Deleted(deleted) => Ok(deleted),
            other => Err(storage_error(format!("a deletion did {other:?}"))),
        }
    }
}

/// Brings the schema to the last version, one migration a transaction.
fn migrate(conn: &mut Connection) -> Result<(), rusqlite::Error> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    let known = i64::try_from(MIGRATIONS.len()).unwrap_or(i64::MAX);
    if version > known {
        return Err(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_MISMATCH),
            Some(format!(
                "the database is at schema version {version}; this builder knows {known}: use a newer builder"
            )),
        ));
    }
    for (number, sql) in (1_i64..)
        .zip(MIGRATIONS)
        .skip(usize::try_from(version).unwrap_or(0))
    {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", number)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrates_a_new_database_and_reopens_it() {
        let dir = std::env::temp_dir().join(format!("peerwork-web-db-{}", std::process::id()));
        let path = dir.join("nested").join("drafts.sqlite3");
        let _ = std::fs::remove_dir_all(&dir);
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), 1);
        let id = store.create("Tarinankertoja", "[]").unwrap();
        let save = |id, seen, title| store.save(id, seen, title, "{}").unwrap();
        assert_eq!(save(id, Some(1), "Tarinankertoja 2"), Saved::InPlace);
        assert_eq!(save(id + 1, None, "none"), Saved::NoSuchDraft);
        // A save from a page opened at revision 1, after the save above: kept apart.
        let Saved::AsNewDraft(copy) = save(id, Some(1), "Tarinankertoja 3") else {
            panic!("a stale save overwrote the draft");
        };
        assert_eq!(store.get(copy).unwrap().unwrap().title, "Tarinankertoja 3");
        assert!(store.delete(copy).unwrap());
        drop(store);
        let store = Store::open(&path).unwrap();
        let draft = store.get(id).unwrap().unwrap();
        assert_eq!(
            (draft.title.as_str(), draft.revision),
            ("Tarinankertoja 2", 2)
        );
        assert_eq!(store.list("KERTOJA").unwrap().len(), 1);
        assert!(store.list("helping").unwrap().is_empty());
        assert!(store.delete(id).unwrap());
        assert_eq!(store.count().unwrap(), 0);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn changes_made_at_once_are_all_committed() {
        let dir =
            std::env::temp_dir().join(format!("peerwork-web-db-group-{}", std::process::id()));
        let path = dir.join("drafts.sqlite3");
        let _ = std::fs::remove_dir_all(&dir);
        let store = Store::open(&path).unwrap();
        let shared = store.create("shared", "{}").unwrap();
        let threads: Vec<_> = (0..8)
            .map(|thread| {
                let store = store.clone();
                std::thread::spawn(move || {
                    let own = store.create(&format!("thread {thread}"), "{}").unwrap();
                    let mut stale = 0;
                    for round in 1..=20 {
                        let title = format!("thread {thread} round {round}");
                        assert_eq!(
                            store.save(own, Some(round), &title, "{}").unwrap(),
                            Saved::InPlace
                        );
                        // All threads save the shared draft from a page at revision 1:
                        // one lands in place at most, the rest become drafts of their own.
                        match store.save(shared, Some(1), &title, "{}").unwrap() {
                            Saved::AsNewDraft(copy) => {
                                assert!(store.delete(copy).unwrap());
                                stale += 1;
                            }
                            Saved::InPlace => {}
                            Saved::NoSuchDraft => panic!("the shared draft is gone"),
                        }
                    }
                    (own, stale)
                })
            })
            .collect();
        let mut stale = 0;
        for thread in threads {
            let (own, stale_here) = thread.join().unwrap();
            assert_eq!(store.revision(own).unwrap(), Some(21));
            stale += stale_here;
        }
        assert_eq!(stale, 8 * 20 - 1);
        assert_eq!(store.revision(shared).unwrap(), Some(2));
        // 1 + 8 creations, 8 × 20 × 2 saves and 8 × 20 - 1 deletions: a stream that
        // shares commits.
        let changes = 9 + 8 * 20 * 3 - 1;
        assert!(store.commits() < changes, "{} commits", store.commits());
        drop(store);
        // All of it on disk, read by a fresh connection.
        let store = Store::open(&path).unwrap();
        assert_eq!(store.count().unwrap(), 9);
        assert_eq!(store.revision(shared).unwrap(), Some(2));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn refuses_a_database_from_a_newer_builder() {
        let dir = std::env::temp_dir().join(format!("peerwork-web-db-new-{}", std::process::id()));
        let path = dir.join("drafts.sqlite3");
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Connection::open(&path)
            .unwrap()
            .pragma_update(None, "user_version", 99)
            .unwrap();
        let err = Store::open(&path).unwrap_err();
        assert!(err.to_string().contains("schema version 99"), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
