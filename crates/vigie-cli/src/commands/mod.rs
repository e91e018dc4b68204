pub mod articles;
pub mod bench;
pub mod contradictions;
pub mod entities;
pub mod eval;
pub mod events;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod leftovers;
pub mod lexicon;
pub mod quotes;
pub mod search;
pub mod show;
pub mod stats;
pub mod stories;
pub mod syntax;
pub mod trend;
pub mod watch;

use std::path::Path;

/// Opens the store for a command that only reads it. There must be one already: only
/// `vigie ingest` creates a store, so a mistyped `--data-dir` is an error, not an empty listing.
/// Read-only: it never writes, works on a read-only store, and answers what needs only SQLite
/// whatever the state of the search index.
pub fn open_for_reading(data_dir: &Path) -> anyhow::Result<vigie_store::Store> {
    Ok(vigie_store::Store::open_reader(data_dir)?)
}
