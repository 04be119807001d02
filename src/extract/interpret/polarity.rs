//! Polarity: negators scoped to the content's main clauses, and denial cues.
//!
//! Heuristics, in order:
//! - Words in an embedded clause (see [`super::embedded`]: the first words of a
//!   relative clause, a subordinate clause up to its punctuation) are not
//!   looked at: "the attacks that did not stop" does not negate the claim.
//! - Phrases that start with a negator without negating (غير أن "however",
//!   لا سيما, لا بد, لا يزال, "not only") are skipped whole.
//! - ما negates only before a past verb: when it opens a clause (content
//!   start, after a conjunction or punctuation) and the next word is neither
//!   definite, a pronoun, nor followed soon by إلا (ما ... إلا means "only"),
//!   and the verb ends the clause or is followed by a definite subject.
//! - غير is lexical negation of the word after it. It negates the claim only
//!   in predicative position: at the content's start, or after a definite
//!   subject (a word with ال or a demonstrative/pronoun), and before an
//!   indefinite word ("الاتهامات غير صحيحة" is negated). After an indefinite
//!   noun it is attributive ("هجمات غير مبررة", unjustified attacks) and the
//!   claim stays affirmed; it is not recorded as a negation either.
//! - "Without" words (دون، بدون، بلا، without) negate the claim only within the
//!   first three words of a main clause ("without an agreement being reached",
//!   "غارات جوية ولكن بلا ضحايا");
//!   later they qualify an action that is itself affirmed.
//! - The main clauses are split at coordinators and clause punctuation. In each
//!   clause an even number of negators cancels (double negation); the claim is
//!   negated when any clause is negated.
//! - A negator followed within six words of its clause by an exceptive word
//!   (إلا، سوى) restricts rather than negates: "لم تعبر سوى 40 شاحنة" (only 40
//!   lorries crossed) is affirmed.
//! - A negator followed within six words of its clause by a lower bound on a
//!   number ("لا يكفي لتشغيل المولدات أكثر من 48 ساعة", "did not last more
//!   than two hours") turns it into an upper bound and negates nothing; the
//!   quantity reads it so (see [`negated_bound`]).
//! - A cue of class `deny` flips the result.

use super::{InterpretLexicon, Word, breaks_clause, conj_variants, gap};
use crate::claim::{Cue, CueClass, Negation, Polarity};

pub(super) fn polarity(
    text: &str,
    words: &[Word],
    embedded: &[bool],
    cue: Option<&Cue>,
    lex: &InterpretLexicon,
) -> (Polarity, Option<Negation>) {
    let neg = &lex.negation;
    let mut clauses: Vec<Vec<usize>> = vec![Vec::new()];
    let mut i = 0;
    while i < words.len() {
        if i > 0 && breaks_clause(gap(text, words[i - 1].span, words[i].span)) {
            clauses.push(Vec::new());
        }
        if embedded[i] {
            i += 1;
            continue;
        }
        if let Some(n) = neg.not_negation.at_conj(text, words, i) {
            i += n;
            continue;
        }
        if neg.coordinators.at_exact(text, words, i).is_some() {
            clauses.push(Vec::new());
            i += 1;
            continue;
        }
        if is_negator(text, words, i, lex)
            && !restricts(text, words, i, lex)
            && !bounds_number(text, words, i, lex)
            && lower_bound_after(text, words, i, lex).is_none()
        {
            let conj = words[i].norm().starts_with(['و', 'ف']) && conj_variants(words[i].norm()).len() > 1;
            if conj && clauses.last().is_some_and(|c| !c.is_empty()) {
                clauses.push(Vec::new());
            }
            if let Some(c) = clauses.last_mut() {
                c.push(i);
            }
        }
        i += 1;
    }
    let first_negated = clauses.iter().find(|c| c.len() % 2 == 1).map(|c| c[0]);
    let mut polarity = if first_negated.is_some() {
        Polarity::Negated
    } else {
        Polarity::Affirmed
    };
    let mut negation = first_negated.map(|i| Negation {
        text: words[i].span.slice(text).to_string(),
        span: words[i].span,
        predicate: predicate(text, words, i, lex),
    });
    if let Some(cue) = cue.filter(|c| c.class == CueClass::Deny) {
        polarity = polarity.flip();
        negation = (polarity == Polarity::Negated).then(|| Negation {
            text: cue.text.clone(),
            span: cue.span,
            predicate: None,
        });
    }
    (polarity, negation)
}

/// Whether the negator at word `i` is part of a bound before a number ("لم
/// يتجاوز 210", "did not exceed 210", "لن تقل عن تسعة ملايين"): it bounds the
/// number and negates nothing.
fn bounds_number(text: &str, words: &[Word], i: usize, lex: &InterpretLexicon) -> bool {
    let q = &lex.quantity;
    (i.saturating_sub(1)..=i).any(|start| {
        let bound = q.at_most.at_conj(text, words, start);
        bound
            .or_else(|| q.at_least.at_conj(text, words, start))
            .is_some_and(|n| {
                start + n > i
                    && words
                        .get(start + n)
                        .is_some_and(|w| w.has_digit() || q.number_words.at(text, words, start + n).is_some())
            })
    })
}

/// Where a lower bound on a number ("أكثر من 48", "more than two") starts
/// within [`EXCEPTIVE_REACH`] words after the negator at `i`, in its clause:
/// the negator bounds the number from above ("لا يكفي ... أكثر من 48 ساعة",
/// enough for 48 hours at most).
fn lower_bound_after(text: &str, words: &[Word], i: usize, lex: &InterpretLexicon) -> Option<usize> {
    let q = &lex.quantity;
    for j in i + 1..(i + 1 + EXCEPTIVE_REACH).min(words.len()) {
        if breaks_clause(gap(text, words[j - 1].span, words[j].span)) {
            return None;
        }
        if let Some(n) = q.at_least.at_conj(text, words, j) {
            let number = words
                .get(j + n)
                .is_some_and(|w| w.has_digit() || q.number_words.at(text, words, j + n).is_some());
            return number.then_some(j);
        }
    }
    None
}

/// Whether the lower bound on a number starting at word `j` ("more than 48")
/// is negated by a negator before it in its main clause ("not enough for more
/// than 48 hours"): the number is then bounded from above.
pub(super) fn negated_bound(
    text: &str,
    words: &[Word],
    embedded: &[bool],
    j: usize,
    lex: &InterpretLexicon,
) -> bool {
    (j.saturating_sub(EXCEPTIVE_REACH)..j)
        .rev()
        .take_while(|&i| !breaks_clause(gap(text, words[i].span, words[i + 1].span)))
        .any(|i| {
            !embedded[i]
                && is_negator(text, words, i, lex)
                && lower_bound_after(text, words, i, lex) == Some(j)
        })
}

/// Whether word `i` negates the clause it stands in.
fn is_negator(text: &str, words: &[Word], i: usize, lex: &InterpretLexicon) -> bool {
    let neg = &lex.negation;
    let w = &words[i];
    let surface = w.span.slice(text);
    if numero(text, words, i) || corrective(text, words, i, lex) {
        return false;
    }
    if neg.negators.at_conj(text, words, i).is_some()
        || w.norm().ends_with("n't")
        || neg.surface_negators.iter().any(|s| s == surface)
    {
        return true;
    }
    if neg.weak_negators.at_conj(text, words, i).is_some() {
        // Among the first three words of its clause ("ولكن بلا ضحايا").
        let start = (1..=i)
            .rev()
            .find(|&j| {
                breaks_clause(gap(text, words[j - 1].span, words[j].span))
                    || neg.coordinators.at_conj(text, words, j - 1).is_some()
            })
            .unwrap_or(0);
        return i - start < 3
            && !words
                .get(i + 1)
                .is_some_and(|n| n.norm().starts_with(|c: char| c.is_numeric()));
    }
    if neg.past_negators.at_conj(text, words, i).is_some() {
        return past_negator(text, words, i, lex);
    }
    if neg.lexical_negators.at_conj(text, words, i).is_some() {
        return predicative(text, words, i, lex);
    }
    false
}

/// Whether the negator at word `i` rejects a figure for the one said just
/// before it ("41 inmates, not 17", "على بعد 10 أميال لا 7"): it corrects a
/// number and negates nothing. The rejected figure follows the negator, after
/// a comma or right after a figure and its unit.
fn corrective(text: &str, words: &[Word], i: usize, lex: &InterpretLexicon) -> bool {
    let q = &lex.quantity;
    let number_next = words
        .get(i + 1)
        .is_some_and(|w| w.has_digit() || q.number_words.at(text, words, i + 1).is_some());
    if !number_next || i == 0 {
        return false;
    }
    let after_comma = gap(text, words[i - 1].span, words[i].span).contains([',', '،']);
    let after_figure = words[i - 1].has_digit()
        || q.units.at(text, words, i - 1).is_some() && i >= 2 && words[i - 2].has_digit();
    after_comma || after_figure
}

/// Whether word `i` is "No." before a number ("Tailings Storage Facility No.
/// 2", "reactor No 4" inside a sentence): the abbreviation of "number", no
/// negator ("no 2 reports agree" negates).
fn numero(text: &str, words: &[Word], i: usize) -> bool {
    let w = &words[i];
    w.norm() == "no"
        && words.get(i + 1).is_some_and(|next| {
            next.has_digit()
                && match gap(text, w.span, next.span).trim() {
                    "." => true,
                    "" => i > 0 && w.span.slice(text) == "No",
                    _ => false,
                }
        })
}

/// Whether the negator at `i` is the first half of an exception ("لم تعبر سوى
/// 40 شاحنة", "لا يملك إلا القليل"): an exceptive word follows within
/// [`EXCEPTIVE_REACH`] words in the same clause, and the claim asserts what it
/// restricts.
fn restricts(text: &str, words: &[Word], i: usize, lex: &InterpretLexicon) -> bool {
    let neg = &lex.negation;
    for j in i + 1..(i + 1 + EXCEPTIVE_REACH).min(words.len()) {
        if breaks_clause(gap(text, words[j - 1].span, words[j].span)) {
            return false;
        }
        if neg.exceptives.at_exact(text, words, j).is_some() {
            return true;
        }
    }
    false
}

/// How many words after a negator an exceptive word, or a lower bound on a
/// number, may stand.
const EXCEPTIVE_REACH: usize = 6;

/// Whether ما at `i` negates a past verb rather than standing for "what".
fn past_negator(text: &str, words: &[Word], i: usize, lex: &InterpretLexicon) -> bool {
    let neg = &lex.negation;
    let opens_clause = i == 0
        || conj_variants(words[i].norm()).len() > 1
        || breaks_clause(gap(text, words[i - 1].span, words[i].span))
        || neg.coordinators.at_exact(text, words, i - 1).is_some();
    let Some(next) = words.get(i + 1) else {
        return false;
    };
    let verb_like = !next.norm().starts_with("ال")
        && !next.norm().chars().next().is_some_and(char::is_numeric)
        && neg.past_negator_blockers.at_exact(text, words, i + 1).is_none();
    // A negated verb ends its clause or has its subject (definite) after it;
    // "ما حدث في ..." ("what happened in ...") has neither.
    let subject_follows = words.get(i + 2).is_none_or(|w| {
        breaks_clause(gap(text, next.span, w.span))
            || conj_variants(w.norm()).iter().any(|v| v.starts_with("ال"))
                && neg.non_subjects.at_exact(text, words, i + 2).is_none()
    });
    let exceptive = (i + 1..(i + 6).min(words.len()))
        .any(|j| neg.past_negator_blockers.at_exact(text, words, j).is_some());
    opens_clause && verb_like && subject_follows && !exceptive
}

/// Whether the lexical negator at `i` stands in predicative position.
fn predicative(text: &str, words: &[Word], i: usize, lex: &InterpretLexicon) -> bool {
    let Some(next) = words.get(i + 1) else {
        return false;
    };
    if next.norm().starts_with("ال") {
        return false;
    }
    i == 0
        || words[i - 1].norm().starts_with("ال")
        || lex.negation.subject_words.at_exact(text, words, i - 1).is_some()
}

/// The word the negator at `i` negates: the next word that is not an
/// auxiliary or another negator, within four words.
fn predicate(text: &str, words: &[Word], i: usize, lex: &InterpretLexicon) -> Option<String> {
    let neg = &lex.negation;
    (i + 1..(i + 5).min(words.len()))
        .take_while(|&j| !breaks_clause(gap(text, words[j - 1].span, words[j].span)))
        .find(|&j| {
            neg.predicate_skip.at(text, words, j).is_none() && neg.negators.at_conj(text, words, j).is_none()
        })
        .map(|j| words[j].span.slice(text).to_string())
}

#[cfg(test)]
mod tests {
    use super::super::{embedded, words};
    use super::*;
    use crate::claim::Cue;
    use crate::lang::Lang;
    use crate::lexicon::Lexicons;
    use crate::span::Span;

    fn run(lang: Lang, text: &str, cue: Option<&Cue>) -> (Polarity, Option<Negation>) {
        let lex = Lexicons::builtin().lang(lang).interpret.clone();
        let w = words(text, Span::new(0, text.len()));
        let e = embedded(text, &w, &lex.negation);
        polarity(text, &w, &e, cue, &lex)
    }

    fn negated(lang: Lang, text: &str) -> bool {
        run(lang, text, None).0 == Polarity::Negated
    }

    #[test]
    fn arabic_negators() {
        for s in [
            "القوات لن تنسحب من العراق",
            "الحكومة لم توافق على الخطة",
            "لا توجد قوات قتالية في البلاد",
            "الانسحاب ليس مطروحا",
            "المفاوضات ليست متعثرة",
            "ولا يوجد جدول زمني",
            "عدم انسحاب القوات قبل نهاية العام",
            "دون التوصل إلى اتفاق",
            "بلا أي تنسيق مع الحكومة",
            // A without-word opening a later main clause.
            "شنت الطائرات غارات على المدينة ولكن بلا ضحايا",
            "ما انسحبت القوات بعد",
            "أكد ألا تغيير في الخطة",
        ] {
            assert!(negated(Lang::Ar, s), "{s}");
        }
    }

    #[test]
    fn arabic_non_negations() {
        for s in [
            "القوات ستنسحب من العراق",
            "غير أن الحكومة وافقت على الخطة",
            "لا سيما بعد الهجمات الأخيرة",
            "لا بد من انسحاب القوات",
            "القوات لا تزال في قواعدها",
            "ما حدث في القاعدة كان هجوما",
            "ما هي إلا أيام حتى تنسحب القوات",
            "الهجمات التي لم تتوقف أوقعت جرحى",
            "شنت الفصائل هجمات غير مبررة",
            "انسحبت القوات من القاعدة دون قتال",
            "المولدات تعمل الآن بلا انقطاع",
            // Assurances: "no room for doubt", "inevitably".
            "الفرار تم عبر النفق، ولا مجال للتشكيك في ذلك",
            "ستنسحب القوات من القاعدة لا محالة",
            "كلا الطرفين وافقا على الهدنة",
            "ستنسحب القوات إذا لم تتوقف الهجمات",
            "لم تعبر سوى 40 شاحنة يوم الأحد",
            "لا يملك المخيم إلا خزانا واحدا للمياه",
            // A rejected figure corrects a number.
            "احتجزت الناقلة على بعد 10 أميال لا 7",
            "بلغ عدد الفارين 41 نزيلا، وليس 17 كما أعلنت الوزارة",
            "الوقود المتبقي لا يكفي لتشغيل المولدات الكهربائية سوى 48 ساعة",
            // A negated lower bound is an upper bound.
            "الوقود المتبقي لا يكفي لتشغيل المولدات أكثر من 48 ساعة",
            // ما before a verb and a preposition is "which".
            "أغلقت السلطات المعبر، ما أدى إلى احتجاز الشاحنات",
            // "لما" is "for what" (لِما), far more often than "not yet" (لمّا).
            "السبب الرئيسي لما حدث هو السيول",
            "وفقا لما أعلنته الوزارة فإن الجسر آمن",
        ] {
            assert!(!negated(Lang::Ar, s), "{s}");
        }
        // Without the exceptive, or with it in another clause, the negator negates.
        assert!(negated(Lang::Ar, "لم تعبر أي شاحنة يوم الأحد"));
        assert!(negated(Lang::Ar, "الوقود المتبقي لا يكفي لتشغيل المولدات"));
        assert!(negated(Lang::Ar, "ما وصلت المساعدات إلى المخيم"));
        assert!(negated(Lang::Ar, "لم تعبر الشاحنات، إلا أن الطريق فتح"));
    }

    #[test]
    fn arabic_predicative_ghayr() {
        assert!(negated(Lang::Ar, "الاتهامات غير صحيحة"));
        assert!(negated(Lang::Ar, "هذا غير صحيح"));
        // A subject pronoun with its conjunction: "so it is unfit to drink".
        assert!(negated(Lang::Ar, "توقفوا عن شرب المياه، فهي غير صالحة للشرب"));
        assert!(negated(Lang::Ar, "وهو غير قادر على العمل"));
        assert!(!negated(Lang::Ar, "القوات غير الشرعية تغادر"));
    }

    #[test]
    fn english_negators() {
        for s in [
            "the talks would not include a withdrawal",
            "the troops won't leave",
            "Washington has never agreed to a timetable",
            "no troops will remain",
            "neither side accepted the plan",
            "none of the bases were hit",
            "nobody was hurt",
            "no 2 reports agree",
            "without any agreement being reached",
            "the army didn't leave and it will not leave",
            // A second complement of the cue is no relative clause.
            "the leak had been contained and that none of it had reached the river",
        ] {
            assert!(negated(Lang::En, s), "{s}");
        }
    }

    #[test]
    fn english_non_negations() {
        for s in [
            "the attacks that did not stop have ended",
            "41 inmates escaped, not 17",
            "troops will leave if talks do not fail",
            "it is not true that no troops remain",
            "not only the US but also its allies agreed",
            "the troops withdrew without a fight",
            "the prisoners escaped through the tunnel and there is no room for doubt about it",
            "the coalition will leave",
            "water escaped from Tailings Storage Facility No. 2",
            "the fire spread to reactor No 4",
        ] {
            assert!(!negated(Lang::En, s), "{s}");
        }
    }

    #[test]
    fn predicate_is_the_negated_word() {
        let (_, n) = run(Lang::En, "the talks would not include a withdrawal", None);
        let n = n.unwrap();
        assert_eq!(n.text, "not");
        assert_eq!(n.predicate.as_deref(), Some("include"));
        let (_, n) = run(Lang::En, "the force has not been reduced", None);
        assert_eq!(n.unwrap().predicate.as_deref(), Some("reduced"));
        let (_, n) = run(Lang::Ar, "المحادثات لن تتضمن الانسحاب", None);
        let n = n.unwrap();
        assert_eq!(n.text, "لن");
        assert_eq!(n.predicate.as_deref(), Some("تتضمن"));
    }

    #[test]
    fn a_bound_before_a_number_is_no_negation() {
        for (lang, text) in [
            (
                Lang::Ar,
                "عدد المحتجزين الذين أطلقتهم الحكومة في صفقة التبادل الأخيرة لم يتجاوز 210 أشخاص",
            ),
            (Lang::Ar, "عدد المحتجين لم يتجاوز ثلاثمئة"),
            (Lang::Ar, "كلفة إعادة البناء لن تقل عن تسعة ملايين دينار"),
            (Lang::Ar, "الكمية لن تتجاوز 20 ألف لتر"),
            (
                Lang::En,
                "the number of people released in the exchange last week did not exceed 210",
            ),
        ] {
            assert_eq!(run(lang, text, None).0, Polarity::Affirmed, "{text}");
        }
        assert_eq!(
            run(Lang::Ar, "التضخم لم يتجاوز التوقعات", None).0,
            Polarity::Negated
        );
    }

    #[test]
    fn deny_cue_flips() {
        let cue = Cue {
            text: "نفى".into(),
            span: Span::new(0, 6),
            class: CueClass::Deny,
        };
        let (p, n) = run(Lang::Ar, "وجود خطة للانسحاب", Some(&cue));
        assert_eq!(p, Polarity::Negated);
        assert_eq!(n.unwrap().text, "نفى");
        let (p, n) = run(Lang::Ar, "أن القوات لم تنسحب", Some(&cue));
        assert_eq!(p, Polarity::Affirmed);
        assert!(n.is_none());
    }
}
