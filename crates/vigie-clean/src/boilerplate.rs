//! Web-leftover detection (placeholder until the cleaning work lands).

use vigie_core::{Document, Stage, StageError};

/// Marks leftover lines as [`vigie_core::Boilerplate`] annotations.
#[derive(Default)]
pub struct BoilerplateStage {}

impl BoilerplateStage {
    pub fn new() -> Self {
        BoilerplateStage {}
    }
}

impl Stage for BoilerplateStage {
    fn name(&self) -> &'static str {
        "boilerplate"
    }
    fn process(&self, _doc: &mut Document) -> Result<(), StageError> {
        Ok(())
    }
}
