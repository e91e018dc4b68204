//! The shape every pipeline stage shares.

use std::time::{Duration, Instant};

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
    /// Loads what the stage would otherwise load on its first document (models), so that a
    /// long-running caller pays for it once at start-up and not inside one article's time
    /// budget. Most stages load everything when built and keep the default.
    fn prepare(&self) -> Result<(), StageError> {
        Ok(())
    }
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
    /// [`Stage::prepare`] for every stage, in order; the first error is returned.
    pub fn prepare(&self) -> Result<(), StageError> {
        self.stages.iter().try_for_each(|s| s.prepare())
    }
    /// Runs every stage; stops at the first error and returns it.
    pub fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        self.process_within(doc, &TimeBudget::unlimited(), &mut |_| {})
    }

    /// Runs every stage within a time budget: after each stage the clock is checked, and a
    /// document past its deadline stops there with an error naming that stage (the stages
    /// after it would only make it later). The check is cooperative: a stage is never
    /// interrupted, so a caller that must not wait on a stuck stage keeps its own deadline
    /// (`vigie ingest` does). `entering` is told each stage's name before it runs, so such a
    /// caller can say where a document got stuck.
    pub fn process_within(
        &self,
        doc: &mut Document,
        budget: &TimeBudget,
        entering: &mut dyn FnMut(&'static str),
    ) -> Result<(), StageError> {
        for stage in &self.stages {
            entering(stage.name());
            stage.process(doc)?;
            budget.check(stage.name())?;
        }
        Ok(())
    }
}

/// The time one document may take, from a start instant.
#[derive(Debug, Clone, Copy)]
pub struct TimeBudget {
    pub started: Instant,
    /// `None`: no limit.
    pub limit: Option<Duration>,
}

impl TimeBudget {
    pub fn unlimited() -> Self {
        TimeBudget {
            started: Instant::now(),
            limit: None,
        }
    }
    /// A budget of `limit` starting now.
    pub fn starting_now(limit: Duration) -> Self {
        TimeBudget {
            started: Instant::now(),
            limit: Some(limit),
        }
    }
    /// When the budget runs out (`None`: never).
    pub fn deadline(&self) -> Option<Instant> {
        self.limit.map(|l| self.started + l)
    }
    /// An error naming `stage` when the budget is spent.
    pub fn check(&self, stage: &'static str) -> Result<(), StageError> {
        match self.limit {
            Some(limit) if self.started.elapsed() > limit => Err(StageError {
                stage,
                message: format!(
                    "over the time budget of {:.1}s per document ({:.1}s spent when this stage ended)",
                    limit.as_secs_f64(),
                    self.started.elapsed().as_secs_f64()
                ),
            }),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Metadata;

    struct Slow(&'static str, Duration);
    impl Stage for Slow {
        fn name(&self) -> &'static str {
            self.0
        }
        fn process(&self, _doc: &mut Document) -> Result<(), StageError> {
            std::thread::sleep(self.1);
            Ok(())
        }
    }

    #[test]
    fn a_document_past_its_budget_stops_after_the_stage_that_spent_it() {
        let pipeline = Pipeline::new()
            .with(Slow("quick", Duration::ZERO))
            .with(Slow("slow", Duration::from_millis(30)))
            .with(Slow("never", Duration::ZERO));
        let mut doc = Document::new("Un texte.".into(), Metadata::default());
        let mut entered = Vec::new();
        let budget = TimeBudget::starting_now(Duration::from_millis(10));
        let err = pipeline
            .process_within(&mut doc, &budget, &mut |s| entered.push(s))
            .unwrap_err();
        assert_eq!(err.stage, "slow");
        assert!(err.message.contains("time budget"), "{}", err.message);
        assert_eq!(entered, ["quick", "slow"]);
        // Without a limit every stage runs.
        let mut entered = Vec::new();
        pipeline
            .process_within(&mut doc, &TimeBudget::unlimited(), &mut |s| entered.push(s))
            .unwrap();
        assert_eq!(entered.len(), 3);
    }
}
