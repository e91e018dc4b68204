//! The event lexicon loader reads only through `VIGIE_RESOURCES`, which its harness sets for
//! the whole process: this test has a binary of its own so no other test reads that folder.

use vigie_fuzz::{describe, property_run, Target};

#[test]
fn events_lexicon_loader_fails_with_the_path() {
    let findings = property_run(Target::EventsLexicon, 0x5eed_f022, 150);
    assert!(findings.is_empty(), "{}", describe(&findings));
}
