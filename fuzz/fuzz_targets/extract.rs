//! Extraction must never panic, and every span must slice the text on char
//! boundaries, whatever the input and language.
#![no_main]

use claimgraph::{extract, Article, Config, Lang};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static CONFIG: LazyLock<Config> = LazyLock::new(Config::default);

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for lang in Lang::ALL {
        let article = Article::new("fuzz", text).with_lang(lang);
        for claim in extract(&article, &CONFIG).claims {
            assert_eq!(text.get(claim.span.start..claim.span.end), Some(claim.text.as_str()));
            if let Some(speaker) = &claim.speaker {
                assert!(text.get(speaker.span.start..speaker.span.end).is_some());
            }
            if let Some(cue) = &claim.cue {
                assert!(text.get(cue.span.start..cue.span.end).is_some());
            }
        }
    }
});
