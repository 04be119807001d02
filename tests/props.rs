//! Property tests: extraction never panics, spans are valid, output is deterministic.

use claimgraph::{Article, Claim, Config, Lang, extract};
use proptest::prelude::*;

/// Text built from pieces that stress every stage: both scripts, digits of three
/// kinds, quotes of every style, bidi controls, joiners and combining marks.
fn messy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("قال".to_string()),
        Just("قالت الحكومة العراقية إن".to_string()),
        Just("ونقل البنتاغون عن سينغ قوله".to_string()),
        Just("وأضاف أن".to_string()),
        Just("وفق بيان".to_string()),
        Just("The Pentagon said".to_string()),
        Just("according to officials,".to_string()),
        Just(", he said.".to_string()),
        Just("not".to_string()),
        Just("لن".to_string()),
        Just("نحو 2500 جندي".to_string()),
        Just("٢٬٥٠٠".to_string()),
        Just("١٢٫٥".to_string()),
        Just("۱۲۳".to_string()),
        Just("2021/06/05".to_string()),
        Just("7-8".to_string()),
        Just("U.S.".to_string()),
        Just("د.".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("\"".to_string()),
        Just(":".to_string()),
        Just("،".to_string()),
        Just(".".to_string()),
        Just("؟".to_string()),
        Just("\n".to_string()),
        Just("\u{200F}".to_string()),
        Just("\u{202B}".to_string()),
        Just("\u{200D}".to_string()),
        Just("\u{a0}".to_string()),
        Just("\u{3000}".to_string()),
        Just("the prime minister's office said".to_string()),
        Just("مكتب رئيس الوزراء العراقي".to_string()),
        Just("وقال مكتب رئيس الوزراء إن".to_string()),
        Just("\u{0651}\u{064E}".to_string()),
        Just("ـــ".to_string()),
        Just("[ad_1]".to_string()),
        Just("(أ ف ب)".to_string()),
        "[a-zA-Z ]{0,12}",
        "[\u{0600}-\u{06FF} ]{0,12}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.join(" "))
}

fn check_claims(text: &str, claims: &[Claim]) -> Result<(), TestCaseError> {
    for c in claims {
        prop_assert!(c.span.end <= text.len(), "span past the end");
        prop_assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
        prop_assert_eq!(&text[c.span.start..c.span.end], c.text.as_str());
        prop_assert!(c.sentence.end <= text.len());
        prop_assert!(text.is_char_boundary(c.sentence.start) && text.is_char_boundary(c.sentence.end));
        let mut spans = vec![];
        if let Some(s) = &c.speaker {
            spans.push(s.span);
            spans.extend(s.antecedent);
            if let Some(v) = &s.via {
                spans.push(v.span);
            }
        }
        spans.extend(c.cue.as_ref().map(|cue| cue.span));
        spans.extend(c.negation.as_ref().map(|n| n.span));
        spans.extend(c.quantities.iter().map(|q| q.span));
        spans.extend(c.time.as_ref().map(|t| t.span));
        for s in spans {
            prop_assert!(
                s.start <= s.end && s.end <= text.len(),
                "span {:?} out of range",
                s
            );
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn extraction_never_panics_and_spans_are_valid(text in messy_text()) {
        let config = Config::default();
        for lang in Lang::ALL {
            let article = Article::new("p", text.clone()).with_lang(lang);
            let extraction = extract(&article, &config);
            check_claims(&text, &extraction.claims)?;
        }
    }

    #[test]
    fn extraction_is_deterministic(text in messy_text()) {
        let config = Config::default();
        let article = Article::new("p", text);
        let first = extract(&article, &config).claims;
        let second = extract(&article, &config).claims;
        prop_assert_eq!(first, second);
    }

    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        let article = Article::new("p", text.clone());
        let extraction = extract(&article, &Config::default());
        check_claims(&text, &extraction.claims)?;
    }
}
