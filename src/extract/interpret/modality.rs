//! Modality: future, possible, necessary, expected.
//!
//! Markers are looked for in the content's main clauses (embedded clauses are
//! skipped, as for polarity). When several kinds appear, the one that weakens
//! the claim most wins: possible > expected > necessary > future. So "may
//! withdraw next year" is possible, "is expected to be held" expected, "will
//! have to leave" necessary. A cue of class `expect` (expects, توقع) counts as
//! an expectation marker.
//!
//! The Arabic future prefix سـ is recognised on a word (after a conjunction)
//! spelt س + an imperfect prefix (ي، ت، ن, or أ with its hamza written), at
//! least five letters long (so names like سينغ are not taken), not ending like
//! a noun (ة، ات، ية، يين), and not in the lexicon's list of words that merely
//! start that way (سيطرة، سياسة). Shorter future verbs (سيتم، سيظل) are
//! listed whole among the future markers.
//! قد marks possibility only before an imperfect verb (قد يتم); before a past
//! verb it means "already" and the claim is asserted. As form V and VI past
//! verbs also start with ت (قد تحقق), a ت-initial word after قد counts only
//! when it has at least five letters; shorter ones are listed (قد تكون).

use super::{InterpretLexicon, Word, conj_variants};
use crate::claim::{Cue, CueClass, Modality};
use crate::text::is_alphabetic;

pub(super) fn modality(
    text: &str,
    words: &[Word],
    embedded: &[bool],
    cue: Option<&Cue>,
    lex: &InterpretLexicon,
) -> Modality {
    let m = &lex.modality;
    let mut found = Vec::new();
    if cue.is_some_and(|c| c.class == CueClass::Expect) {
        found.push(Modality::Expected);
    }
    let mut i = 0;
    while i < words.len() {
        if embedded[i] {
            i += 1;
            continue;
        }
        let lists = [
            (&m.possible, Modality::Possible),
            (&m.expected, Modality::Expected),
            (&m.necessary, Modality::Necessary),
            (&m.future, Modality::Future),
        ];
        let hit = lists
            .iter()
            .filter_map(|(list, kind)| list.at_conj(text, words, i).map(|n| (n, *kind)))
            .max_by_key(|(n, _)| *n);
        if let Some((n, kind)) = hit {
            if !(kind == Modality::Possible && is_month_name(text, words, i)) {
                found.push(kind);
                i += n;
                continue;
            }
        }
        if m.possible_before_imperfect.at_conj(text, words, i).is_some()
            && words.get(i + 1).is_some_and(|w| {
                let surface = w.span.slice(text);
                let letters = surface.chars().filter(|&c| is_alphabetic(c)).count();
                imperfect(surface) && (!surface.starts_with('ت') || letters >= 5)
            })
        {
            found.push(Modality::Possible);
        } else if words[i].norm().ends_with("'ll") || future_prefixed(text, &words[i], lex) {
            found.push(Modality::Future);
        }
        i += 1;
    }
    [
        Modality::Possible,
        Modality::Expected,
        Modality::Necessary,
        Modality::Future,
    ]
    .into_iter()
    .find(|k| found.contains(k))
    .unwrap_or(Modality::Asserted)
}

/// "May" spelt with a capital inside a clause is the month.
fn is_month_name(text: &str, words: &[Word], i: usize) -> bool {
    i > 0 && words[i].norm() == "may" && words[i].span.slice(text).starts_with('M')
}

/// Whether a surface word starts with an imperfect prefix (يفعل، تفعل، نفعل، أفعل).
fn imperfect(surface: &str) -> bool {
    surface.starts_with(['ي', 'ت', 'ن', 'أ'])
}

/// Whether a word is an imperfect verb with the future prefix سـ.
fn future_prefixed(text: &str, w: &Word, lex: &InterpretLexicon) -> bool {
    let surface = w.span.slice(text);
    let surface = surface
        .strip_prefix('و')
        .or_else(|| surface.strip_prefix('ف'))
        .filter(|r| r.starts_with('س'))
        .unwrap_or(surface);
    let Some(rest) = surface.strip_prefix('س') else {
        return false;
    };
    let letters = surface.chars().filter(|&c| is_alphabetic(c)).count();
    let noun_ending = ["ة", "ات", "ية", "يين", "يون"]
        .iter()
        .any(|e| surface.ends_with(e));
    let excepted = conj_variants(w.norm()).iter().any(|v| {
        lex.modality.future_prefix_exceptions.phrases().any(|p| {
            p.len() == 1 && (p[0] == *v || v.starts_with(p[0].as_str()) && p[0].chars().count() >= 4)
        })
    });
    imperfect(rest) && letters >= 5 && !noun_ending && !excepted
}

#[cfg(test)]
mod tests {
    use super::super::{embedded, words};
    use super::*;
    use crate::claim::Cue;
    use crate::lang::Lang;
    use crate::lexicon::Lexicons;
    use crate::span::Span;

    fn run(lang: Lang, text: &str) -> Modality {
        run_cue(lang, text, None)
    }

    fn run_cue(lang: Lang, text: &str, cue: Option<&Cue>) -> Modality {
        let lex = Lexicons::builtin().lang(lang).interpret.clone();
        let w = words(text, Span::new(0, text.len()));
        let e = embedded(text, &w, &lex.negation);
        modality(text, &w, &e, cue, &lex)
    }

    #[test]
    fn arabic_future() {
        for s in [
            "سيتم سحب القوات",
            "الحكومة ستعمل على إنهاء المهمة",
            "سنغادر العراق قريبا",
            "اللجنة سيناقش أعضاؤها الجدول",
            "وسيبحث الوفد الملف",
            "سوف تنسحب القوات",
            "القوات لن تنسحب",
            "سأزور بغداد",
        ] {
            assert_eq!(run(Lang::Ar, s), Modality::Future, "{s}");
        }
    }

    #[test]
    fn arabic_words_that_only_look_future() {
        for s in [
            "السيطرة على سيطرة المدينة",
            "سياسة الحكومة واضحة",
            "سوريا والعراق جاران",
            "سفير الولايات المتحدة وصل",
            "سيارات عسكرية في الطريق",
            "سنوات من الحرب",
            "ساعة الصفر",
            "قد انسحبت القوات",
            "الهدف قد تحقق منذ سنوات",
            "قال سينغ إن الاجتماع عقد",
        ] {
            assert_eq!(run(Lang::Ar, s), Modality::Asserted, "{s}");
        }
    }

    #[test]
    fn arabic_other_modalities() {
        assert_eq!(run(Lang::Ar, "قد يتم تأجيل الانسحاب"), Modality::Possible);
        assert_eq!(run(Lang::Ar, "ربما تنسحب القوات"), Modality::Possible);
        assert_eq!(run(Lang::Ar, "قد تنسحب القوات"), Modality::Possible);
        assert_eq!(run(Lang::Ar, "قد تكون القوات انسحبت"), Modality::Possible);
        assert_eq!(run(Lang::Ar, "من الممكن أن تنسحب القوات"), Modality::Possible);
        assert_eq!(run(Lang::Ar, "يجب أن تغادر القوات"), Modality::Necessary);
        assert_eq!(run(Lang::Ar, "لا بد من انسحاب القوات"), Modality::Necessary);
        assert_eq!(run(Lang::Ar, "ينبغي إنهاء المهمة"), Modality::Necessary);
        assert_eq!(run(Lang::Ar, "من المتوقع أن يتم الانسحاب"), Modality::Expected);
        assert_eq!(run(Lang::Ar, "من المنتظر أن تبدأ المحادثات"), Modality::Expected);
        assert_eq!(run(Lang::Ar, "يتوقع أن سيتم الاتفاق"), Modality::Expected);
    }

    #[test]
    fn english_modalities() {
        assert_eq!(run(Lang::En, "the talks will start on Sunday"), Modality::Future);
        assert_eq!(run(Lang::En, "they'll leave"), Modality::Future);
        assert_eq!(run(Lang::En, "the troops are going to leave"), Modality::Future);
        assert_eq!(
            run(Lang::En, "the meeting to be held in Baghdad"),
            Modality::Future
        );
        assert_eq!(
            run(Lang::En, "the talks would not include a withdrawal"),
            Modality::Future
        );
        assert_eq!(run(Lang::En, "the troops may leave"), Modality::Possible);
        assert_eq!(
            run(Lang::En, "the force could possibly shrink"),
            Modality::Possible
        );
        assert_eq!(run(Lang::En, "the troops must leave"), Modality::Necessary);
        assert_eq!(run(Lang::En, "they will have to leave"), Modality::Necessary);
        assert_eq!(
            run(Lang::En, "the vote is expected to be held"),
            Modality::Expected
        );
        assert_eq!(run(Lang::En, "a deal is likely"), Modality::Expected);
        assert_eq!(run(Lang::En, "the troops left in May"), Modality::Asserted);
        assert_eq!(run(Lang::En, "the troops left"), Modality::Asserted);
    }

    #[test]
    fn expect_cue_gives_expected() {
        let cue = Cue {
            text: "expects".into(),
            span: Span::new(0, 7),
            class: CueClass::Expect,
        };
        assert_eq!(
            run_cue(Lang::En, "the troops will leave", Some(&cue)),
            Modality::Expected
        );
    }

    #[test]
    fn embedded_markers_do_not_count() {
        assert_eq!(
            run(Lang::En, "the troops, which will leave, are tired"),
            Modality::Asserted
        );
    }
}
