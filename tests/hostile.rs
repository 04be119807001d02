//! Hostile and odd input: extraction must neither panic nor hang, and its time
//! must grow about linearly with input size.

use std::time::{Duration, Instant};

use claimgraph::{Article, Config, extract};

fn run(text: &str) -> usize {
    let article = Article::new("hostile", text.to_string());
    let extraction = extract(&article, &Config::default());
    for c in &extraction.claims {
        assert_eq!(
            &text[c.span.start..c.span.end],
            c.text,
            "claim text is not its span"
        );
    }
    extraction.claims.len()
}

/// The fastest of three runs, to keep machine noise out of ratios.
fn best_time(text: &str) -> Duration {
    (0..3)
        .map(|_| {
            let start = Instant::now();
            run(text);
            start.elapsed()
        })
        .min()
        .expect("three runs")
}

const SENTENCE_AR: &str = "وقالت الوزارة في بيان إن المحادثات لن تتضمن انسحاب نحو 2500 جندي من البلاد. ";
const SENTENCE_EN: &str =
    "The ministry said on Sunday that the talks would not include a withdrawal of 2,500 troops. ";

#[test]
fn odd_inputs_do_not_panic() {
    let cases: Vec<(&str, String)> = vec![
        ("empty", String::new()),
        ("only spaces", " \n\t ".repeat(1000)),
        ("only punctuation", ".,;:!?؟،«»“”\"'()[]{}…-–—".repeat(2000)),
        ("only digits", "0123456789٠١٢٣٤٥٦٧٨٩".repeat(2000)),
        (
            "bidi controls",
            "\u{200F}\u{202B}قال\u{202C}\u{200E} said \u{2067}x\u{2069}".repeat(500),
        ),
        (
            "zero-width joiners",
            "ق\u{200D}ا\u{200D}ل\u{200C}ت إن ".repeat(1000),
        ),
        ("unpaired quotes", "“قال إن «المحادثات \" said \"x ".repeat(500)),
        (
            "nested quotes",
            format!("{}text{}", "“«\"".repeat(1000), "\"»”".repeat(1000)),
        ),
        ("combining marks", format!("ق{}ال إن", "\u{064E}".repeat(10_000))),
        (
            "latin combining marks",
            format!("sa{}id that", "\u{0301}".repeat(10_000)),
        ),
        (
            "mixed scripts",
            "قال Washington إن talks لن include ٢٥٠٠ troops في Iraq. ".repeat(500),
        ),
        ("million sentences", "A. ".repeat(1_000_000)),
        ("long word", "ا".repeat(200_000)),
        (
            "surrogate-free high planes",
            "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🇮🇶 said 😀 إن ".repeat(1000),
        ),
        (
            "lone cues",
            "said said said قال قال قالت إن أن بأن according to ".repeat(2000),
        ),
    ];
    for (name, text) in cases {
        let started = Instant::now();
        run(&text);
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "{name} took too long"
        );
    }
}

#[test]
fn a_single_huge_line_is_handled() {
    // 50 MB with no line break and no sentence end.
    let word = "كلمة word ";
    let text = word.repeat(50 * 1024 * 1024 / word.len());
    run(&text);
}

#[test]
fn time_grows_linearly_with_input() {
    for sentence in [SENTENCE_AR, SENTENCE_EN] {
        let small = sentence.repeat(2_000);
        let large = sentence.repeat(16_000);
        run(&small); // warm lazily built lexicons
        let t_small = best_time(&small).as_secs_f64();
        let t_large = best_time(&large).as_secs_f64();
        let ratio = t_large / t_small.max(1e-6);
        // 8x the input: linear is about 8; allow generous noise, catch quadratic (64).
        assert!(
            ratio < 24.0,
            "8x input took {ratio:.1}x the time ({t_small:.3}s -> {t_large:.3}s)"
        );
    }
}
