pub mod articles;
pub mod bench;
pub mod export;
pub mod ingest;
pub mod search;
pub mod show;
pub mod stats;
