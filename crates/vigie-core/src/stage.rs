//! The shape every pipeline stage shares.

use crate::document::Document;

/// An error a stage reports for one document. The pipeline records it and moves on: one bad
/// article never stops a batch.
#[derive(Debug, thiserror::Error)]
#[error("{stage}: {message}")]
pub struct StageError {
    pub stage: &'static str,
    pub message: String,
}

/// One step of the pipeline: reads a document, adds annotations (or metadata it discovers).
///
/// Stages must be `Send + Sync`: one instance serves all worker threads, so anything loaded
/// (lexicons, the knowledge base, automata) is built once and shared.
pub trait Stage: Send + Sync {
    fn name(&self) -> &'static str;
    fn process(&self, doc: &mut Document) -> Result<(), StageError>;
}

/// Stages in order.
#[derive(Default)]
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
}

impl Pipeline {
    pub fn new() -> Self {
        Pipeline::default()
    }
    pub fn with(mut self, stage: impl Stage + 'static) -> Self {
        self.stages.push(Box::new(stage));
        self
    }
    pub fn push(&mut self, stage: Box<dyn Stage>) {
        self.stages.push(stage);
    }
    /// The stages, in order (benchmarks time them one by one).
    pub fn stages(&self) -> impl Iterator<Item = &dyn Stage> {
        self.stages.iter().map(|s| s.as_ref())
    }
    pub fn stage_names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }
    /// Runs every stage; stops at the first error and returns it.
    pub fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        for stage in &self.stages {
            stage.process(doc)?;
        }
        Ok(())
    }
}
