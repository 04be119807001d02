//! Pairs files: any bytes either read as pairs or yield an error that names the
//! file and a line; never a panic.
#![no_main]

use claimgraph::pairs::read_pairs;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match read_pairs("fuzz.csv", data) {
        Ok(pairs) => {
            for pair in pairs {
                assert!(pair.line >= 2);
            }
        }
        Err(e) => {
            assert!(e.to_string().starts_with("fuzz.csv"));
        }
    }
});
