//! The AFL++ driver: `cargo afl build --release --features afl -p vigie-fuzz`, then
//! `VIGIE_FUZZ_TARGET=html cargo afl fuzz -i IN -o OUT -x DICT target/release/vigie-fuzz-afl`
//! (the runner's `--export-afl DIR` writes IN and DICT for each target; see README.md).
//!
//! The harness is built once per forked process and runs in persistent mode on a thread with the
//! target's stack size, so a deep recursion fails here as it would in `vigie`.

use std::panic::AssertUnwindSafe;

use vigie_fuzz::{Harness, Target};

fn main() {
    let name = std::env::var("VIGIE_FUZZ_TARGET").unwrap_or_default();
    let Some(target) = Target::parse(&name) else {
        let names: Vec<_> = Target::ALL.iter().map(|t| t.name()).collect();
        println!("set VIGIE_FUZZ_TARGET to one of: {}", names.join(", "));
        std::process::exit(1);
    };
    std::thread::Builder::new()
        .stack_size(target.stack_size())
        .spawn(move || {
            // Built after AFL++ forks (its fork server starts inside `fuzz!`): the query
            // target's store must not be shared with a parent process.
            let mut slot = AssertUnwindSafe(None::<Harness>);
            afl::fuzz!(|data: &[u8]| {
                let harness: &mut Option<Harness> = &mut slot;
                harness
                    .get_or_insert_with(|| Harness::new(target).expect("fuzz harness"))
                    .run(data);
            });
        })
        .expect("spawn fuzz thread")
        .join()
        .expect("fuzz thread");
}
