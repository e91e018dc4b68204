//! One writer per store: an exclusive `flock` on `DIR/vigie.lock`, which holds the writer's
//! process id for the message others get. The operating system releases the lock when the
//! process ends, however it ends, so a killed ingest never leaves the store locked; a stale pid
//! in the file means nothing without the lock.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::{Result, StoreError};

pub(crate) const LOCK_FILE: &str = "vigie.lock";

/// The held writer lock; dropping it releases the lock.
#[derive(Debug)]
pub(crate) struct WriterLock {
    _file: File,
}

impl WriterLock {
    /// Takes the lock on the store in `dir` (which must exist). When another process holds it:
    /// fails at once with [`StoreError::InUse`], or waits for it when `wait`.
    pub fn acquire(dir: &Path, wait: bool) -> Result<WriterLock> {
        let path = dir.join(LOCK_FILE);
        let io = |source| StoreError::Io {
            path: path.clone(),
            source,
        };
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(io)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) if wait => file.lock().map_err(io)?,
            Err(TryLockError::WouldBlock) => {
                return Err(StoreError::InUse {
                    path: dir.into(),
                    pid: holder_pid(&path),
                })
            }
            Err(TryLockError::Error(e)) => return Err(io(e)),
        }
        file.set_len(0).map_err(io)?;
        write!(file, "{}", std::process::id()).map_err(io)?;
        Ok(WriterLock { _file: file })
    }
}

/// The pid the holder wrote. The holder writes it right after taking the lock, so an empty file
/// is read again a few times before giving up.
fn holder_pid(path: &PathBuf) -> Option<u32> {
    for _ in 0..10 {
        if let Some(pid) = std::fs::read_to_string(path)
            .ok()
            .and_then(|s| s.trim().parse().ok())
        {
            return Some(pid);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    None
}

/// Whether a writer holds the store in `dir` now. Needs no write access: a shared lock taken
/// and dropped at once on a read-only handle.
pub(crate) fn writer_active(dir: &Path) -> bool {
    let Ok(file) = File::open(dir.join(LOCK_FILE)) else {
        return false;
    };
    matches!(file.try_lock_shared(), Err(TryLockError::WouldBlock))
}
