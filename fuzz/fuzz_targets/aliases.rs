//! Alias files: any input either parses or yields an error that names the file;
//! never a panic.
#![no_main]

use claimgraph::{AliasTable, Lang};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match AliasTable::parse("fuzz.toml", text) {
        Ok(table) => {
            for probe in ["Pentagon", "البنتاغون", text] {
                let _ = table.resolve(probe, Lang::detect(probe));
            }
        }
        Err(e) => assert!(e.to_string().starts_with("fuzz.toml")),
    }
});
