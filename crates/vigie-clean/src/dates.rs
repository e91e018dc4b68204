//! Dates (placeholder until the cleaning work lands).

use vigie_core::{Document, Stage, StageError};

/// Finds the publication date and the dates written in the text.
#[derive(Default)]
pub struct DateStage {}

impl DateStage {
    pub fn new() -> Self {
        DateStage {}
    }
}

impl Stage for DateStage {
    fn name(&self) -> &'static str {
        "dates"
    }
    fn process(&self, _doc: &mut Document) -> Result<(), StageError> {
        Ok(())
    }
}
