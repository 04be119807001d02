//! Quantities: numbers with hedges, scale words, percent, counted nouns,
//! qualifiers and places, read from the original text of the content.
//!
//! Numbers are digit runs in any of the Latin, Arabic-Indic (٠-٩) and Persian
//! (۰-۹) digit sets, with thousands separators (',' '٬' before exactly three
//! digits) and decimal points ('.' '٫'); or number words followed by what they
//! count (ثلاثة جنود، three soldiers; عشرات الجنود، dozens of attacks). Vague
//! plural counts (عشرات، مئات، آلاف، dozens, hundreds) give their base value
//! with `approx` and an at-least bound.
//!
//! Not quantities: numbers glued to Latin letters (F-16, 1st), numbers touching
//! '/', ':', '+' or a '-' followed by a digit (dates, times, phone numbers and
//! ranges), numbers next to a month name (dates), and a bare four-digit integer
//! from 1900 to 2100 with no scale, percent or counted noun after it (a year).
//!
//! What is counted: the noun right after the number (and scale), optionally
//! after a link word (of, من) and an English-style qualifier (2,500 US troops),
//! normalized through the units table; "attacked about 150 times" gives the
//! unit "times", which is what the text counts. After the noun, a nationality
//! or group word (عسكري أميركي، تابع لقوات التحالف) gives the qualifier and a
//! place (في العراق، in Iraq) the place.

use super::{InterpretLexicon, QuantityLexicon, Word, breaks_clause, clamp, gap, tight};
use crate::claim::{Bound, Quantity};
use crate::span::Span;

/// The quantities of `text[content]`, whose words are `ws` (as
/// [`words`](super::words) splits them).
pub(super) fn quantities(text: &str, content: Span, ws: &[Word], lex: &InterpretLexicon) -> Vec<Quantity> {
    let content = clamp(text, content);
    let mut taken = vec![false; ws.len()];
    let mut out = Vec::new();
    // Times of day first: their digits and words are no amounts.
    let clocks = super::clock::clock_times(text, ws, lex);
    let mut times = Vec::new();
    for clock in clocks {
        for flag in &mut taken[clock.words.clone()] {
            *flag = true;
        }
        times.extend(clock.quantity);
    }
    let clock_words = taken.clone();
    // A digit of the content is inside one of its words: content without a
    // word with a digit has no digit number.
    let numbers = if ws.iter().any(Word::has_digit) {
        digit_numbers(text, content)
    } else {
        Vec::new()
    };
    for number in numbers {
        // A number already read as the rest of another ("29 ألفاً و140").
        if out
            .last()
            .is_some_and(|q: &Quantity| number.span.start < q.span.end)
        {
            continue;
        }
        let at = ws.partition_point(|w| w.span.start < number.span.end);
        let before = ws.partition_point(|w| w.span.end <= number.span.start);
        if clock_words[before..at].iter().any(|&t| t) {
            continue;
        }
        for flag in &mut taken[before..at] {
            *flag = true;
        }
        if let Some(q) = complete(text, ws, &mut taken, before, at, number, false, lex) {
            out.push(q);
        }
    }
    let q = &lex.quantity;
    let mut i = 0;
    while i < ws.len() {
        if taken[i] {
            i += 1;
            continue;
        }
        // The unit the words of the number name themselves (a dual, a span
        // of time without a number).
        let mut named = None;
        let word_number = number_phrase(text, ws, i, q)
            .map(|(n, v, weak)| (n, v, false, weak))
            .or_else(|| {
                let (n, v) = q.vague_counts.at(text, ws, i)?;
                let literal = q.vague_counts.at_conj(text, ws, i).is_some_and(|(m, _)| m == n);
                let weak = !literal || q.need_unit.at_conj(text, ws, i) == Some(n);
                Some((n, v, true, weak))
            })
            .or_else(|| {
                // A counted noun in the dual is a count of two ("قتيلان"،
                // "غارتين").
                let (n, key) = q
                    .duals
                    .at(text, ws, i)
                    .or_else(|| q.span_duals.at_exact(text, ws, i))?;
                named = Some(key);
                Some((n, 2.0, false, false))
            })
            .or_else(|| {
                // A span of time named without a number is one of its unit
                // after a word that makes it a length ("within an hour",
                // "بعد نحو ساعة"); "الساعة الثانية" is a time of day.
                let lead = i.checked_sub(1).is_some_and(|p| {
                    q.single_leads.at_exact(text, ws, p) == Some(1)
                        && !breaks_clause(gap(text, ws[p].span, ws[i].span))
                });
                let (n, key) = match q.singles.at_exact(text, ws, i).filter(|_| lead) {
                    Some(found) => found,
                    // Or before a word that makes it whole ("أسبوعاً
                    // كاملاً", "لأسبوع كامل"), with a clitic or not.
                    None => q.singles.at(text, ws, i).filter(|&(n, _)| {
                        ws.get(i + n).is_some_and(|w| {
                            q.single_fulls.at_exact(text, ws, i + n).is_some()
                                && !breaks_clause(gap(text, ws[i + n - 1].span, w.span))
                        })
                    })?,
                };
                named = Some(key);
                Some((n, 1.0, false, false))
            });
        if let Some((n, value, vague, weak)) = word_number {
            let number = Number {
                span: ws[i].span.cover(ws[i + n - 1].span),
                value,
                year_like: false,
            };
            let mut trial = taken.clone();
            for flag in &mut trial[i..i + n] {
                *flag = true;
            }
            if let Some(mut found) = complete(text, ws, &mut trial, i, i + n, number, weak, lex) {
                if let Some(key) = named {
                    found.unit = Some(key.to_string());
                }
                if vague {
                    found.approx = true;
                    if found.bound == Bound::Exact {
                        found.bound = Bound::AtLeast;
                    }
                }
                taken = trial;
                out.push(found);
                i += n;
                continue;
            }
        }
        i += 1;
    }
    out.extend(times);
    out.sort_by_key(|q| (q.span.start, q.span.end));
    out
}

/// A hedge or a bound at word `k`, after a number or its counted noun ("تقريبا",
/// "or more", "على الأكثر"): how many words it takes, whether it hedges, and
/// the bound it sets.
fn hedge_after(text: &str, ws: &[Word], k: usize, q: &QuantityLexicon) -> Option<(usize, bool, Bound)> {
    if let Some(n) = q.approx_after.at(text, ws, k) {
        return Some((n, true, Bound::Exact));
    }
    if let Some(n) = q.at_least_after.at(text, ws, k) {
        return Some((n, true, Bound::AtLeast));
    }
    q.at_most_after.at(text, ws, k).map(|n| (n, false, Bound::AtMost))
}

/// The number written in words from word `i` ("twenty-five", "two hundred
/// and fifty", "twelve thousand", "خمسة وعشرون", "ثلاثة عشر", "ألف وخمسمئة"):
/// how many words it takes, its value, and whether it is weak, that is, counts
/// only before a counted noun. A number is weak when it is one word of
/// `need_unit` ("one" alone), when its first word matched only with a clitic
/// or article stripped (الاثنين is Monday), or when a hyphen glues it to the
/// next word ("two-thirds").
fn number_phrase(text: &str, ws: &[Word], i: usize, q: &QuantityLexicon) -> Option<(usize, f64, bool)> {
    let (n0, v0) = q.number_words.at(text, ws, i)?;
    let literal = q.number_words.at_conj(text, ws, i).is_some_and(|(n, _)| n == n0);
    let (mut total, mut current) = if v0 >= 1000.0 { (v0, 0.0) } else { (0.0, v0) };
    let mut k = i + n0;
    while let Some(w) = ws.get(k) {
        let g = gap(text, ws[k - 1].span, w.span);
        if !(g == "-" || !g.is_empty() && g.chars().all(char::is_whitespace)) {
            break;
        }
        // "two hundred and fifty".
        let mut m = k;
        if w.norm() == "and"
            && current % 100.0 == 0.0
            && (current > 0.0 || total > 0.0)
            && ws.get(k + 1).is_some_and(|x| tight(text, w.span, x.span))
        {
            m = k + 1;
        }
        let conj = ws[m].norm().starts_with(['و', 'ف'])
            && q.number_words.at_exact(text, ws, m).is_none()
            && q.scales.at_exact(text, ws, m).is_none();
        if m == k && !conj {
            if let Some((n, scale)) = q.scales.at_exact(text, ws, m) {
                if scale >= 1000.0 {
                    total += current.max(1.0) * scale;
                    current = 0.0;
                } else {
                    current = current.max(1.0) * scale;
                }
                k = m + n;
                continue;
            }
        }
        // After a number with the article, the rest has it too ("الأربع
        // والعشرين").
        let rest = if literal {
            q.number_words.at_conj(text, ws, m)
        } else {
            q.number_words.at(text, ws, m)
        };
        let Some((n, v)) = rest.filter(|&(_, v)| v < 1000.0) else {
            break;
        };
        if !fits(current, total, v, conj) {
            break;
        }
        current += v;
        k = m + n;
    }
    let end = ws[k - 1].span.end;
    let hyphened = text[end..].starts_with('-');
    let weak = !literal || hyphened || k == i + n0 && q.need_unit.at_conj(text, ws, i) == Some(n0);
    Some((k - i, total + current, weak))
}

/// Whether the number word `v` adds to the number read so far (`total` in
/// thousands and above, `current` below): units after tens ("twenty five"),
/// tens after units with "و" (خمسة وعشرون), ten after units (ثلاثة عشر), and
/// anything below a hundred after hundreds or thousands.
fn fits(current: f64, total: f64, v: f64, conj: bool) -> bool {
    let r = current % 100.0;
    if current == 0.0 {
        return total > 0.0;
    }
    if r == 0.0 {
        return v < 100.0;
    }
    if r >= 20.0 && r % 10.0 == 0.0 {
        return v < 10.0 && !conj;
    }
    if r < 10.0 {
        return conj && (20.0..100.0).contains(&v) && v % 10.0 == 0.0 || !conj && v == 10.0;
    }
    false
}

/// The unit of the counted noun before the number word at `before..at`, when
/// the number stands after it as an adjective, agreeing with it: "مولد
/// واحد"، "قاربين اثنين" (one and two follow their noun), "المولدات الثلاثة"
/// (any number, both definite). Not
/// "يوم الاثنين" (Monday), "إصابة ثلاثة صيادين" (the number heads its own
/// noun), "للتر الواحد" (per litre) or "الساعات الأربع والعشرين" (the
/// number goes on).
fn after_noun<'q>(
    text: &str,
    ws: &[Word],
    before: usize,
    at: usize,
    value: f64,
    q: &'q QuantityLexicon,
) -> Option<&'q str> {
    let noun = &ws[before - 1];
    let (_, key) = q.units.at(text, ws, before - 1).filter(|&(n, _)| n == 1)?;
    if ws[before].has_digit()
        || q.number_words.at(text, ws, before).is_none()
        || !gap(text, noun.span, ws[before].span).trim().is_empty()
        || q.number_words.at(text, ws, at).is_some()
    {
        return None;
    }
    let (noun_def, number_def) = (definite(noun.norm()), definite(ws[before].norm()));
    let agrees = noun_def == number_def && if number_def { value > 1.0 } else { value <= 2.0 };
    agrees.then_some(key)
}

/// Whether an Arabic word carries the article, after a one-letter clitic
/// ("المولدات"، "والمولدات"، "للتر").
fn definite(norm: &str) -> bool {
    let bare = norm
        .strip_prefix(['و', 'ف', 'ب', 'ك'])
        .filter(|b| b.starts_with("ال"))
        .unwrap_or(norm);
    bare.starts_with("ال") || bare.starts_with("لل")
}

/// A number found in the text, before hedges and units are read.
#[derive(Clone, Copy, Debug)]
struct Number {
    span: Span,
    value: f64,
    /// An integer from 1900 to 2100 written without separators.
    year_like: bool,
}

/// Reads what surrounds the number spanning words `before..at` (exclusive
/// end `at`): scale, percent, hedges, counted noun, qualifier and place.
/// `need_unit`: a number word counts only with a counted noun after it.
#[allow(clippy::too_many_arguments)]
fn complete(
    text: &str,
    ws: &[Word],
    taken: &mut [bool],
    before: usize,
    at: usize,
    number: Number,
    need_unit: bool,
    lex: &InterpretLexicon,
) -> Option<Quantity> {
    let q = &lex.quantity;
    let months = &lex.time.months;
    if months.at(text, ws, at).is_some() || before > 0 && months.at(text, ws, before - 1).is_some() {
        return None;
    }
    if before > 0 && q.year_markers.at(text, ws, before - 1).is_some() && number.year_like {
        return None;
    }
    if before > 0 && q.identifiers.at(text, ws, before - 1).is_some() {
        return None;
    }
    let mut value = number.value;
    let mut end = number.span.end;
    let mut glued_unit = None;
    let glued: String = text[end..]
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect();
    if !glued.is_empty() {
        match glued.to_lowercase().as_str() {
            "bn" => value *= 1e9,
            "m" | "mn" => value *= 1e6,
            "k" => value *= 1e3,
            other => glued_unit = Some(other.to_string()),
        }
        end += glued.len();
    }
    let mut j = ws.partition_point(|w| w.span.start < end);
    let near = |j: usize, end: usize| ws.get(j).filter(|w| tight(text, Span::new(end, end), w.span));
    // "5 بالمئة" is a percent, not five hundred.
    if near(j, end).is_some() && q.percent.at(text, ws, j).is_none() {
        if let Some((n, scale)) = q.scales.at(text, ws, j) {
            value *= scale;
            end = ws[j + n - 1].span.end;
            j += n;
            // "29 ألفاً و140 صوتاً": the rest of the number after the scale.
            if let Some((rest, rest_end)) = conjoined_rest(text, end, scale) {
                value += rest;
                end = rest_end;
                j = ws.partition_point(|w| w.span.start < end);
            }
        }
    }
    let mut percent = false;
    let after = text.get(end..).unwrap_or("");
    let trimmed = after.trim_start();
    if let Some(c) = trimmed.chars().next().filter(|c| matches!(c, '%' | '٪')) {
        percent = true;
        end += after.len() - trimmed.len() + c.len_utf8();
        j = ws.partition_point(|w| w.span.start < end);
    } else if near(j, end).is_some() {
        if let Some(n) = q.percent.at(text, ws, j) {
            percent = true;
            end = ws[j + n - 1].span.end;
            j += n;
        }
    }
    let mut approx = false;
    let mut bound = Bound::Exact;
    if let Some((n, hedged, b)) = near(j, end).and_then(|_| hedge_after(text, ws, j, q)) {
        (approx, bound) = (hedged, b);
        end = ws[j + n - 1].span.end;
        j += n;
    }
    // The counted noun, with link words and a leading qualifier before it.
    let mut unit = glued_unit;
    let mut qualifier = None;
    let mut k = j;
    let mut last = end;
    let mut dollar = false;
    let mut adjective = false;
    while k < ws.len() && k < j + 4 && !percent && unit.is_none() {
        if breaks_clause(gap(text, Span::new(last, last), ws[k].span)) {
            break;
        }
        if let Some((n, key)) = q.units.at(text, ws, k) {
            unit = Some(key.to_string());
            end = ws[k + n - 1].span.end;
            k += n;
            break;
        } else if let Some((n, key)) = q.qualifiers.at(text, ws, k).filter(|_| qualifier.is_none()) {
            qualifier = Some(key.to_string());
            last = ws[k + n - 1].span.end;
            k += n;
        } else if let Some(n) = q.unit_links.at_exact(text, ws, k) {
            last = ws[k + n - 1].span.end;
            k += n;
        } else if k + 1 < ws.len() && !adjective && q.units.at(text, ws, k + 1).is_some() {
            // One word that describes the counted noun before it ("two of
            // the confirmed patients", "900 more troops").
            adjective = true;
            last = ws[k].span.end;
            k += 1;
        } else {
            break;
        }
    }
    // A hedge or a bound after the counted noun: "ثمانية عشر شهراً على
    // الأقل", "five people at least", "30 كيلومترا تقريبا".
    let unhedged = unit.is_some() && bound == Bound::Exact && !approx;
    if let Some((n, hedged, b)) = near(k, end)
        .filter(|_| unhedged)
        .and_then(|_| hedge_after(text, ws, k, q))
    {
        (approx, bound) = (hedged, b);
        end = ws[k + n - 1].span.end;
        k += n;
    }
    // "The number of workers on the shift was more than 200", "عدد المحتجزين
    // ... لم يتجاوز 210 أشخاص": the noun named after the count head, in the
    // same clause, is what the number counts.
    // A number without a unit takes one only where its clause ends ("at
    // more than 200."), not before a noun of its own ("بينهم 3 أطفال").
    let unnamed = !percent
        && match &unit {
            None => ws
                .get(j)
                .is_none_or(|w| breaks_clause(gap(text, Span::new(end, end), w.span))),
            Some(u) => q.generic_units.contains(u),
        };
    if unnamed {
        if let Some(named) = counted_before(text, ws, before, q) {
            unit = Some(named);
        }
    }
    // A number word after its counted noun ("مولد واحد"، "المولدات الثلاثة").
    let mut noun_start = None;
    if unit.is_none() && !percent && before > 0 {
        if let Some(key) = after_noun(text, ws, before, at, number.value, q) {
            unit = Some(key.to_string());
            noun_start = Some(ws[before - 1].span.start);
        }
    }
    // Figures with the article after their counted noun ("أفراد الطاقم
    // الـ21", the 21 crew members).
    let glued_article = text
        .get(ws[before].span.start..number.span.start)
        .is_some_and(|head| matches!(head.trim_end_matches('\u{0640}'), "ال" | "وال"));
    if unit.is_none() && !percent && glued_article {
        let noun = (1..=before.min(3)).find_map(|n| {
            let (len, key) = q.units.at(text, ws, before - n)?;
            (len == n).then_some((before - n, key))
        });
        if let Some((first, key)) = noun {
            unit = Some(key.to_string());
            noun_start = Some(ws[first].span.start);
        }
    }
    if unit.is_none() {
        k = j;
        let head = text.get(..number.span.start).unwrap_or("").trim_end();
        if head.ends_with('$') {
            dollar = true;
            unit = Some("usd".to_string());
        }
    }
    if need_unit && unit.is_none() {
        return None;
    }
    if number.year_like && unit.is_none() && !percent && value == number.value {
        return None;
    }
    // "The past 24 hours", "الأيام الثلاثة المقبلة": a window the statement
    // speaks of, not an amount it gives.
    if unit.as_ref().is_some_and(|u| q.window_units.contains(u)) {
        let next = ws.partition_point(|w| w.span.start < end);
        let window_after = ws
            .get(next)
            .is_some_and(|w| !breaks_clause(gap(text, Span::new(end, end), w.span)))
            && q.windows_after.at(text, ws, next).is_some();
        let window_before = q
            .windows_before
            .ending_before(text, ws, before, number.span.start, |g| {
                g.chars().all(char::is_whitespace)
            })
            .is_some();
        if window_after || window_before {
            return None;
        }
    }
    // A qualifier or place after the counted noun.
    let mut place = None;
    let mut last = end;
    let stop = (k + 5).min(ws.len());
    while k < stop {
        if breaks_clause(gap(text, Span::new(last, last), ws[k].span)) {
            break;
        }
        if let Some((_, key)) = q.places.at(text, ws, k) {
            place = Some(key.to_string());
            break;
        } else if let Some((n, key)) = q.qualifiers.at(text, ws, k).filter(|_| qualifier.is_none()) {
            qualifier = Some(key.to_string());
            last = ws[k + n - 1].span.end;
            k += n;
        } else if let Some(n) = q.tail_links.at(text, ws, k) {
            last = ws[k + n - 1].span.end;
            k += n;
        } else {
            break;
        }
    }
    // The period of a rate, a few words on ("containers a day", "كيلومترا في
    // الساعة"), within the clause.
    let mut per = None;
    let mut last = number.span.end;
    for k in ws.partition_point(|w| w.span.start < number.span.end)..(k + 3).min(ws.len()) {
        if breaks_clause(gap(text, Span::new(last, last), ws[k].span)) {
            break;
        }
        if let Some((_, key)) = q.per.at(text, ws, k) {
            per = Some(key.to_string());
            break;
        }
        last = ws[k].span.end;
    }
    // Or a one-word period a few words before it, in its clause ("يحتاج
    // يومياً إلى نحو 9 آلاف لتر", needs about 9,000 litres a day).
    if per.is_none() {
        for m in (before.saturating_sub(PER_BEFORE)..before).rev() {
            if breaks_clause(gap(text, ws[m].span, ws[m + 1].span)) {
                break;
            }
            if let Some((1, key)) = q.per.at(text, ws, m) {
                per = Some(key.to_string());
                break;
            }
        }
    }
    // A hedge before the number (or before its dollar sign): the longest of
    // the three lists' matches, so that "لم يتجاوز" (did not exceed) bounds
    // from above where "يتجاوز" alone bounds from below.
    let mut start = number.span.start;
    if dollar {
        start = text[..start].trim_end().len() - 1;
    }
    let hedges = [
        (&q.at_least, Bound::AtLeast),
        (&q.at_most, Bound::AtMost),
        (&q.approx, Bound::Exact),
    ];
    // (Reversed: on a tie the earlier list wins.)
    let hedge = hedges
        .into_iter()
        .rev()
        .filter_map(|(list, b)| {
            let n = list.ending_before(text, ws, before, start, |g| g.chars().all(char::is_whitespace))?;
            Some((n, b))
        })
        .max_by_key(|&(n, _)| n)
        .filter(|&(n, _)| {
            n > 1
                || before
                    .checked_sub(n + 1)
                    .is_none_or(|p| q.particle_verbs.at_exact(text, ws, p) != Some(1))
        });
    if let Some((n, b)) = hedge {
        approx = true;
        if b != Bound::Exact {
            bound = b;
        }
        start = ws[before - n].span.start;
        for flag in &mut taken[before - n..before] {
            *flag = true;
        }
    }
    let last_word = ws.partition_point(|w| w.span.end <= end);
    for flag in &mut taken[at.min(last_word)..last_word] {
        *flag = true;
    }
    Some(Quantity {
        value,
        approx,
        bound,
        percent,
        unit,
        place,
        qualifier,
        per,
        span: Span::new(noun_start.unwrap_or(start), end),
    })
}

/// How many words before a number a one-word period ("daily", "يومياً") may
/// stand.
const PER_BEFORE: usize = 3;

/// How many words before a number a count head may stand.
const COUNT_HEAD_REACH: usize = 12;

/// The unit named after a count head in the clause before word `before`
/// ("عدد المحتجزين", "the number of workers"): for a number without a unit,
/// or with a generic one, a generic unit too ("the number of workers on the
/// shift at more than 200" counts people).
fn counted_before(text: &str, ws: &[Word], before: usize, q: &QuantityLexicon) -> Option<String> {
    let lowest = before.saturating_sub(COUNT_HEAD_REACH);
    for m in (lowest..before).rev() {
        if breaks_clause(gap(text, ws[m].span, ws[m + 1].span)) {
            return None;
        }
        let Some(n) = q.count_heads.at(text, ws, m) else {
            continue;
        };
        let (_, key) = q.units.at(text, ws, m + n)?;
        return Some(key.to_string());
    }
    None
}

/// The digits after a scale that finish its number, joined by "و" or "and"
/// ("29 ألفاً و140", "2 million and 500"): their value (below the scale) and
/// where they end.
fn conjoined_rest(text: &str, end: usize, scale: f64) -> Option<(f64, usize)> {
    let after = text.get(end..)?;
    let rest = after.trim_start();
    let rest = rest.strip_prefix('و').or_else(|| {
        rest.strip_prefix("and ")
            .or_else(|| rest.strip_prefix("and\u{a0}"))
    })?;
    let trimmed = rest.trim_start();
    let from = text.len() - trimmed.len();
    let window = Span::new(
        from,
        from + trimmed.find(char::is_whitespace).unwrap_or(trimmed.len()),
    );
    let number = digit_numbers(text, window).into_iter().next()?;
    (number.span.start == from && number.value < scale && !number.year_like)
        .then_some((number.value, number.span.end))
}

/// The value of a digit in any of the three digit sets.
pub(super) fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '٠'..='٩' => Some(c as u32 - '٠' as u32),
        '۰'..='۹' => Some(c as u32 - '۰' as u32),
        _ => None,
    }
}

/// The digit numbers of `span` that are not parts of dates, times, codes or
/// ranges.
fn digit_numbers(text: &str, span: Span) -> Vec<Number> {
    let slice = span.slice(text);
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if digit(chars[i].1).is_none() {
            i += 1;
            continue;
        }
        let first = i;
        let mut int = String::new();
        let mut frac = String::new();
        let mut in_frac = false;
        let mut separated = false;
        let mut bad = false;
        while i < chars.len() {
            let c = chars[i].1;
            if let Some(d) = digit(c) {
                let s = if in_frac { &mut frac } else { &mut int };
                s.push(char::from_digit(d, 10).unwrap_or('0'));
                i += 1;
                continue;
            }
            let next_digits = chars[i + 1..]
                .iter()
                .take_while(|(_, c)| digit(*c).is_some())
                .count();
            if matches!(c, ',' | '٬') && !in_frac && next_digits == 3 {
                separated = true;
                i += 1;
            } else if matches!(c, '.' | '٫') && next_digits > 0 {
                if in_frac {
                    bad = true;
                }
                in_frac = true;
                i += 1;
            } else {
                break;
            }
        }
        let start = chars[first].0;
        let end = chars.get(i).map_or(slice.len(), |(b, _)| *b);
        let prev = first.checked_sub(1).map(|p| chars[p].1);
        let prev2 = first.checked_sub(2).map(|p| chars[p].1);
        let next = chars.get(i).map(|(_, c)| *c);
        let next2 = chars.get(i + 1).map(|(_, c)| *c);
        let is_digit = |c: Option<char>| c.and_then(digit).is_some();
        let glued_latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
        let joined = |c: Option<char>, other: Option<char>| {
            matches!(c, Some('/' | ':' | '\\')) && is_digit(other) || c == Some('-') && is_digit(other)
        };
        let prev_solid = slice[..start].trim_end().chars().next_back();
        let next_solid = slice[end..].trim_start().chars().next();
        let spaced = |c: Option<char>, raw: Option<char>| is_digit(c) && raw.is_some_and(char::is_whitespace);
        bad |= prev == Some('+')
            || spaced(prev_solid, prev)
            || spaced(next_solid, next)
            || glued_latin(prev)
            || joined(prev, prev2)
            || joined(next, next2)
            || glued_latin(next) && !suffix_ok(&slice[end..])
            || prev == Some('-') && glued_latin(prev2);
        if !bad {
            let value = format!(
                "{}.{}",
                if int.is_empty() { "0" } else { &int },
                if frac.is_empty() { "0" } else { &frac }
            )
            .parse::<f64>()
            .unwrap_or(0.0);
            let year_like =
                !separated && frac.is_empty() && int.len() == 4 && (1900.0..=2100.0).contains(&value);
            out.push(Number {
                span: Span::new(span.start + start, span.start + end),
                value,
                year_like,
            });
        }
    }
    out
}

/// Whether letters glued after a number are a unit or scale abbreviation
/// (5km, 2.5bn) rather than an ordinal or a code.
fn suffix_ok(rest: &str) -> bool {
    let letters: String = rest.chars().take_while(char::is_ascii_alphabetic).collect();
    matches!(
        letters.to_lowercase().as_str(),
        "km" | "m" | "bn" | "k" | "kg" | "mn"
    )
}

#[cfg(test)]
mod tests {
    use super::super::words;
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn every_digit_is_inside_a_word_that_has_a_digit() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            for s in [
                c.to_string(),
                format!("قال {c}"),
                format!("{c}x ب"),
                format!("a-{c}{c}"),
            ] {
                let span = Span::new(0, s.len());
                let in_words = words(&s, span).iter().any(super::super::Word::has_digit);
                assert_eq!(in_words, s.chars().any(|c| digit(c).is_some()), "{c:?}");
            }
        }
        let text = "قال إن ٢٠٢٤ عاما و۱۲ يوما";
        let ws = words(text, Span::new(0, text.len()));
        let with: Vec<&str> = ws
            .iter()
            .filter(|w| w.has_digit())
            .map(|w| w.span.slice(text))
            .collect();
        assert_eq!(with, ["٢٠٢٤", "و۱۲"]);
    }
    use crate::lexicon::Lexicons;

    fn run(lang: Lang, text: &str) -> Vec<Quantity> {
        let lex = Lexicons::builtin().lang(lang).interpret.clone();
        let span = Span::new(0, text.len());
        let out = quantities(text, span, &words(text, span), &lex);
        for q in &out {
            assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
        }
        out
    }

    fn one(lang: Lang, text: &str) -> Quantity {
        let mut out = run(lang, text);
        eprintln!("{text}: {out:?}");
        assert_eq!(out.len(), 1, "{text}: {out:?}");
        out.remove(0)
    }

    #[test]
    fn arabic_counts_with_units_qualifiers_places() {
        let q = one(Lang::Ar, "ينتشر نحو 2500 عسكري أميركي في العراق");
        assert_eq!(q.value, 2500.0);
        assert!(q.approx);
        assert_eq!(q.unit.as_deref(), Some("troops"));
        assert_eq!(q.qualifier.as_deref(), Some("us"));
        assert_eq!(q.place.as_deref(), Some("iraq"));
        let q = one(Lang::Ar, "هناك 3 آلاف عسكري تابع لقوات التحالف");
        assert_eq!(q.value, 3000.0);
        assert_eq!(q.qualifier.as_deref(), Some("coalition"));
        let q = one(Lang::Ar, "ويبقى 900 جندي في سوريا");
        assert_eq!((q.value, q.place.as_deref()), (900.0, Some("syria")));
        assert!(!q.approx);
        let q = one(Lang::Ar, "تعرضت القواعد لأكثر من 150 هجوما");
        assert_eq!(
            (q.value, q.bound, q.unit.as_deref()),
            (150.0, Bound::AtLeast, Some("attacks"))
        );
        let q = one(Lang::Ar, "أصيب أقل من عشرة جنود");
        assert_eq!((q.value, q.bound), (10.0, Bound::AtMost));
    }

    #[test]
    fn a_counted_noun_in_the_dual_counts_two() {
        let q = one(Lang::Ar, "وتوفي منها شخصان في المستشفى");
        assert_eq!((q.value, q.unit.as_deref()), (2.0, Some("people")));
        let q = one(Lang::Ar, "استهدفت غارتان القاعدة");
        assert_eq!((q.value, q.unit.as_deref()), (2.0, Some("attacks")));
        let q = one(Lang::Ar, "قتل جنديين أميركيين في الهجوم");
        assert_eq!((q.value, q.qualifier.as_deref()), (2.0, Some("us")));
        // A sound plural ending like a dual is a plural; a span of time is
        // when, not how much.
        assert!(run(Lang::Ar, "أصيب عدد من المدنيين").is_empty());
        assert!(run(Lang::Ar, "تراجعت الإطلاقات خلال الأسبوعين الماضيين").is_empty());
    }

    #[test]
    fn a_span_of_time_without_a_number_is_one_of_its_unit() {
        for (lang, text, bound) in [
            (
                Lang::Ar,
                "لم تصل سيارات الإسعاف إلا بعد أكثر من ساعة",
                Bound::AtLeast,
            ),
            (Lang::Ar, "وصلت الفرق بعد نحو ساعة من البلاغ", Bound::Exact),
            (
                Lang::En,
                "the engines took more than an hour to arrive",
                Bound::AtLeast,
            ),
            (Lang::En, "the patrol arrived within an hour", Bound::Exact),
            (
                Lang::En,
                "the company alerted the regulator within the hour",
                Bound::Exact,
            ),
        ] {
            let q = one(lang, text);
            assert_eq!(
                (q.value, q.unit.as_deref(), q.bound),
                (1.0, Some("hours"), bound),
                "{text}"
            );
        }
        // Without a word of length before it or one that makes it whole
        // after it, the unit word tells when.
        let q = one(Lang::Ar, "عند الساعة الثانية فجرا");
        assert_eq!((q.value, q.unit.as_deref()), (120.0, Some(Quantity::TIME_OF_DAY)));
        assert!(run(Lang::Ar, "حانت ساعة الحسم في المجلس").is_empty());
        let q = one(Lang::Ar, "اجتمع المجلس ساعة كاملة");
        assert_eq!((q.value, q.unit.as_deref()), (1.0, Some("hours")));
        assert!(run(Lang::En, "the talks resume a week from Monday").is_empty());
    }

    #[test]
    fn one_word_may_describe_the_counted_noun_before_it() {
        let q = one(Lang::En, "two of the confirmed patients had died");
        assert_eq!((q.value, q.unit.as_deref()), (2.0, Some("people")));
        let q = one(Lang::En, "the army sent 900 more troops");
        assert_eq!(q.unit.as_deref(), Some("troops"));
        // Two words do not: what follows is no longer the count's noun.
        let q = one(Lang::En, "he counted 900 and then sent troops");
        assert_eq!(q.unit, None);
    }

    #[test]
    fn a_count_head_names_what_a_number_counts() {
        let q = one(
            Lang::Ar,
            "عدد المحتجزين الذين أطلقتهم الحكومة لم يتجاوز 210 أشخاص",
        );
        assert_eq!((q.value, q.unit.as_deref()), (210.0, Some("prisoners")));
        let q = one(
            Lang::En,
            "the number of prisoners released by the government was 210.",
        );
        assert_eq!((q.value, q.unit.as_deref()), (210.0, Some("prisoners")));
        // A generic noun after the head is what a bare number counts too:
        // workers are people.
        let q = one(
            Lang::En,
            "The federation put the number of workers on the night shift at more than 200.",
        );
        assert_eq!((q.value, q.unit.as_deref()), (200.0, Some("people")));
        let q = one(
            Lang::Ar,
            "قال الاتحاد إن عدد العمال في المناوبة الليلية تجاوز 200.",
        );
        assert_eq!((q.value, q.unit.as_deref()), (200.0, Some("people")));
        // So are migrants and passengers counted by their own noun.
        let q = one(Lang::Ar, "القارب كان يحمل 40 مهاجرا فقط");
        assert_eq!((q.value, q.unit.as_deref()), (40.0, Some("people")));
        let q = one(Lang::En, "a boat carrying 90 migrants capsized");
        assert_eq!((q.value, q.unit.as_deref()), (90.0, Some("people")));
        // A noun of the number's own comes first ("3 أطفال" are no deaths).
        let qs = run(Lang::Ar, "عدد القتلى بلغ 12، بينهم 3 أطفال");
        let unit = |v: f64| qs.iter().find(|q| q.value == v).and_then(|q| q.unit.as_deref());
        assert_eq!(unit(12.0), Some("deaths"));
        assert_eq!(unit(3.0), None);
        // Another clause names nothing of it.
        let qs = run(Lang::Ar, "ارتفع عدد القتلى، وقال الوزير إن 40 أصيبوا");
        assert_eq!(
            qs.iter()
                .find(|q| q.value == 40.0)
                .and_then(|q| q.unit.as_deref()),
            None
        );
    }

    #[test]
    fn a_negated_lower_bound_bounds_from_above() {
        let q = one(Lang::Ar, "عدد المفرج عنهم لم يتجاوز 210 أشخاص");
        assert_eq!((q.value, q.bound), (210.0, Bound::AtMost));
        let q = one(Lang::Ar, "عدد المفرج عنهم يتجاوز 210 أشخاص");
        assert_eq!((q.value, q.bound), (210.0, Bound::AtLeast));
        let q = one(Lang::En, "the number freed did not exceed 210 people");
        assert_eq!((q.value, q.bound), (210.0, Bound::AtMost));
        // A figure it will not fall short of, or will not exceed.
        let q = one(Lang::Ar, "كلفتها لن تقل عن تسعة ملايين دينار");
        assert_eq!((q.value, q.bound), (9_000_000.0, Bound::AtLeast));
        let q = one(Lang::Ar, "الكمية لن تتجاوز 20 ألف لتر");
        assert_eq!((q.value, q.bound), (20_000.0, Bound::AtMost));
    }

    #[test]
    fn a_hedge_or_bound_after_the_counted_noun_holds_for_the_number() {
        let q = one(Lang::Ar, "إعادة البناء ستستغرق ثمانية عشر شهراً على الأقل");
        assert_eq!(
            (q.value, q.unit.as_deref(), q.bound),
            (18.0, Some("months"), Bound::AtLeast)
        );
        assert_eq!(
            q.span.slice("إعادة البناء ستستغرق ثمانية عشر شهراً على الأقل"),
            "ثمانية عشر شهراً على الأقل"
        );
        let q = one(Lang::Ar, "تقع البلدة على بعد 30 كيلومترا تقريبا");
        assert_eq!((q.value, q.approx, q.bound), (30.0, true, Bound::Exact));
        let q = one(Lang::En, "the storm killed five people at least");
        assert_eq!((q.value, q.bound), (5.0, Bound::AtLeast));
        let q = one(Lang::En, "the repairs will take 18 months or more");
        assert_eq!(
            (q.value, q.unit.as_deref(), q.bound),
            (18.0, Some("months"), Bound::AtLeast)
        );
        // With none, the figure stays exact.
        let q = one(Lang::En, "the repairs will take 18 months at the plant");
        assert_eq!((q.value, q.approx, q.bound), (18.0, false, Bound::Exact));
    }

    #[test]
    fn spans_of_time_in_the_dual_or_made_whole_are_amounts() {
        let q = one(Lang::Ar, "الكمية تكفي يومين على الأكثر");
        assert_eq!(
            (q.value, q.unit.as_deref(), q.bound),
            (2.0, Some("days"), Bound::AtMost)
        );
        let q = one(Lang::Ar, "أنجزت العملية خلال ساعتين فقط");
        assert_eq!((q.value, q.unit.as_deref()), (2.0, Some("hours")));
        for text in ["سيبقى الخط مغلقاً أسبوعاً كاملاً", "المخزون يكفي لأسبوع كامل"]
        {
            let q = one(Lang::Ar, text);
            assert_eq!((q.value, q.unit.as_deref()), (1.0, Some("weeks")), "{text}");
        }
        for text in [
            "the stock will last a week",
            "the line stays closed for a full week",
        ] {
            let q = one(Lang::En, text);
            assert_eq!((q.value, q.unit.as_deref()), (1.0, Some("weeks")), "{text}");
        }
        let q = one(Lang::En, "the fuel is enough for two days at most");
        assert_eq!(
            (q.value, q.unit.as_deref(), q.bound),
            (2.0, Some("days"), Bound::AtMost)
        );
        // A dual with the article tells when; so does a span ago; a span
        // with no word that makes it a length is none.
        assert!(run(Lang::Ar, "خلال الأسبوعين الماضيين").is_empty());
        assert!(run(Lang::En, "the crash happened three days ago").is_empty());
        assert!(run(Lang::Ar, "وصل الوفد يوم الأحد").is_empty());
        assert!(run(Lang::En, "the week began quietly").is_empty());
    }

    #[test]
    fn numbers_that_name_things_are_no_amounts() {
        assert!(run(Lang::Ar, "اصطدم القطار رقم 914 بقطار شحن").is_empty());
        assert!(run(Lang::En, "train number 914 hit a freight train on platform 3").is_empty());
        assert_eq!(one(Lang::En, "flight 370 carried 239 people").value, 239.0);
    }

    #[test]
    fn the_rest_of_a_number_after_its_scale() {
        let qs = run(
            Lang::Ar,
            "حصلت القائمة على 29 ألفاً و140 صوتاً، ونالت الأخرى 26 ألفاً و870 صوتاً",
        );
        let got: Vec<_> = qs.iter().map(|q| (q.value, q.unit.as_deref())).collect();
        assert_eq!(got, [(29140.0, Some("votes")), (26870.0, Some("votes"))]);
        let q = one(Lang::En, "the fund holds 2 million and 500 dollars");
        assert_eq!(q.value, 2_000_500.0);
        // A second number after a scale's counted noun is a number of its own.
        let qs = run(Lang::Ar, "قتل 3 آلاف شخص و140 جريحاً");
        assert_eq!(qs.iter().map(|q| q.value).collect::<Vec<_>>(), [3000.0, 140.0]);
    }

    #[test]
    fn arabic_number_words_after_their_counted_noun() {
        let q = one(Lang::Ar, "ما زلنا نعمل بمولد واحد");
        assert_eq!((q.value, q.unit.as_deref()), (1.0, Some("generators")));
        let q = one(Lang::Ar, "والمولدات الثلاثة تعمل الآن");
        assert_eq!((q.value, q.unit.as_deref()), (3.0, Some("generators")));
        assert_eq!(q.span.slice("والمولدات الثلاثة تعمل الآن"), "والمولدات الثلاثة");
        let q = one(Lang::Ar, "لم يعد سوى قارب واحد");
        assert_eq!((q.value, q.unit.as_deref()), (1.0, Some("ships")));
        // Not a day's name, a number heading its own noun, "per litre" or the
        // first word of a longer number.
        assert!(run(Lang::Ar, "وصل يوم الاثنين").is_empty());
        assert_eq!(one(Lang::Ar, "أدى إلى إصابة ثلاثة صيادين").unit, None);
        assert_eq!(one(Lang::Ar, "ارتفع بنحو 60 مليما للتر الواحد").value, 60.0);
        assert_eq!(one(Lang::Ar, "في الساعات الأربع والعشرين").value, 24.0);
        // A figure with the article after its noun.
        let q = one(Lang::Ar, "أفراد الطاقم الـ21 بخير");
        assert_eq!((q.value, q.unit.as_deref()), (21.0, Some("crew")));
        // A window of time is no amount.
        assert!(run(Lang::Ar, "خلال الساعات الأربع والعشرين الماضية").is_empty());
        assert!(run(Lang::Ar, "خلال الـ48 ساعة المقبلة").is_empty());
        assert!(run(Lang::En, "no new cases in the past 24 hours").is_empty());
        assert_eq!(one(Lang::En, "the pipe was fixed within 48 hours").value, 48.0);
        // Not after a word that counts nothing, nor across a comma.
        assert!(run(Lang::Ar, "قال واحد منهم").is_empty());
        assert!(run(Lang::Ar, "زار القرية، واحدة تلو الأخرى").is_empty());
    }

    #[test]
    fn units_and_rate_periods_in_both_languages() {
        let q = one(Lang::Ar, "يمتد الجزء المنهار لنحو ستين مترا");
        assert_eq!((q.value, q.unit.as_deref()), (60.0, Some("metres")));
        let q = one(Lang::Ar, "كان يسير بسرعة 60 كيلومترا في الساعة");
        assert_eq!((q.unit.as_deref(), q.per.as_deref()), (Some("km"), Some("hour")));
        let q = one(Lang::En, "the port handles about 6,500 containers a day");
        assert_eq!(
            (q.unit.as_deref(), q.per.as_deref()),
            (Some("containers"), Some("day"))
        );
        let q = one(Lang::Ar, "يستقبل الميناء 6500 حاوية أسبوعيا");
        assert_eq!(
            (q.unit.as_deref(), q.per.as_deref()),
            (Some("containers"), Some("week"))
        );
        let q = one(Lang::En, "40 ships were waiting");
        assert_eq!((q.unit.as_deref(), q.per), (Some("ships"), None));
        // A one-word period may stand a few words before the number.
        let q = one(Lang::Ar, "يحتاج المستشفى يومياً إلى نحو 9 آلاف لتر من الديزل");
        assert_eq!(
            (q.unit.as_deref(), q.per.as_deref()),
            (Some("litres"), Some("day"))
        );
        let q = one(Lang::En, "the plant uses daily about 9,000 litres of diesel");
        assert_eq!(
            (q.unit.as_deref(), q.per.as_deref()),
            (Some("litres"), Some("day"))
        );
        // Not one of another clause, nor a phrase ("a day later").
        let q = one(Lang::Ar, "يعمل المصنع يومياً، ووصلت 40 ألف لتر من الديزل");
        assert_eq!(q.per, None);
        let q = one(Lang::En, "A day later 40 ships were waiting");
        assert_eq!(q.per, None);
    }

    #[test]
    fn arabic_digits_separators_decimals() {
        assert_eq!(one(Lang::Ar, "نشر ٢٬٥٠٠ جندي").value, 2500.0);
        assert_eq!(one(Lang::Ar, "نشر ۲۵۰۰ جندي").value, 2500.0);
        assert_eq!(one(Lang::Ar, "رصد ٢٫٥ مليون دولار").value, 2_500_000.0);
        let q = one(Lang::Ar, "خصص 1.5 مليار دولار");
        assert_eq!((q.value, q.unit.as_deref()), (1_500_000_000.0, Some("usd")));
    }

    #[test]
    fn arabic_hedges_and_percent() {
        for hedge in ["حوالي", "قرابة", "زهاء", "ما يقرب من", "بنحو", "في حدود"]
        {
            let q = one(Lang::Ar, &format!("قتل {hedge} 40 مدنيا"));
            assert!(q.approx, "{hedge}");
            assert_eq!(q.unit.as_deref(), Some("civilians"));
            assert!(q.span.start < q.span.end);
        }
        let q = one(Lang::Ar, "ما لا يقل عن 12 قتيلا");
        assert_eq!((q.bound, q.unit.as_deref()), (Bound::AtLeast, Some("deaths")));
        let q = one(Lang::Ar, "ارتفعت النسبة 60 في المئة");
        assert!(q.percent);
        assert_eq!(q.value, 60.0);
        assert!(one(Lang::Ar, "تراجع بنسبة 5 بالمئة").percent);
        assert!(one(Lang::Ar, "تراجع بنسبة 5%").percent);
        // Doctors, students and bodies are counted nouns.
        for (text, unit) in [
            ("أرسلت الوزارة 15 طبيبا", "doctors"),
            ("أدى الامتحان 410 آلاف طالب", "students"),
            ("انتشلت الفرق 31 جثة", "deaths"),
        ] {
            assert_eq!(one(Lang::Ar, text).unit.as_deref(), Some(unit), "{text}");
        }
        for (text, unit) in [
            ("the ministry sent 15 doctors", "doctors"),
            ("410,000 students sat the exam", "students"),
            ("teams recovered 31 bodies", "deaths"),
        ] {
            assert_eq!(one(Lang::En, text).unit.as_deref(), Some(unit), "{text}");
        }
    }

    #[test]
    fn arabic_number_words() {
        let q = one(Lang::Ar, "قتل ثلاثة جنود");
        assert_eq!((q.value, q.unit.as_deref()), (3.0, Some("troops")));
        let q = one(Lang::Ar, "أطلقت عشرات الصواريخ");
        assert_eq!(
            (q.value, q.bound, q.unit.as_deref()),
            (10.0, Bound::AtLeast, Some("rockets"))
        );
        assert!(q.approx);
        let q = one(Lang::Ar, "نشر ثلاثة آلاف جندي");
        assert_eq!(q.value, 3000.0);
        assert!(run(Lang::Ar, "قال واحد من المسؤولين").is_empty());
    }

    #[test]
    fn arabic_non_quantities() {
        assert_eq!(run(Lang::Ar, "في عام 2014 دخلت القوات"), []);
        assert!(run(Lang::Ar, "في 24 يناير الماضي").is_empty());
        assert!(run(Lang::Ar, "بتاريخ 2021/06/05").is_empty());
        let q = one(Lang::Ar, "الساعة 10:30 صباحا");
        assert!(q.is_time_of_day() && q.value == 630.0, "{q:?}");
        assert!(run(Lang::Ar, "الجولة الأولى من المحادثات").is_empty());
        assert!(run(Lang::Ar, "في 7-8 أغسطس").is_empty());
        assert!(run(Lang::Ar, "اتصلوا على +964 770 123").is_empty());
    }

    #[test]
    fn english_quantities() {
        let q = one(Lang::En, "about 2,500 US troops in Iraq");
        assert_eq!(q.value, 2500.0);
        assert!(q.approx);
        assert_eq!(q.unit.as_deref(), Some("troops"));
        assert_eq!(q.qualifier.as_deref(), Some("us"));
        assert_eq!(q.place.as_deref(), Some("iraq"));
        let q = one(Lang::En, "the bases were attacked about 150 times");
        assert_eq!((q.value, q.unit.as_deref()), (150.0, Some("times")));
        let q = one(Lang::En, "2.5 million people");
        assert_eq!((q.value, q.unit.as_deref()), (2_500_000.0, Some("people")));
        let q = one(Lang::En, "more than 900 American service members in Syria");
        assert_eq!(
            (q.bound, q.unit.as_deref(), q.qualifier.as_deref()),
            (Bound::AtLeast, Some("troops"), Some("us"))
        );
        assert_eq!(q.place.as_deref(), Some("syria"));
        let q = one(Lang::En, "up to 40 percent");
        assert!(q.percent && q.bound == Bound::AtMost);
        let q = one(Lang::En, "it cost $2.5bn");
        assert_eq!((q.value, q.unit.as_deref()), (2_500_000_000.0, Some("usd")));
        let q = one(Lang::En, "dozens of rockets");
        assert_eq!(
            (q.value, q.unit.as_deref(), q.bound),
            (12.0, Some("rockets"), Bound::AtLeast)
        );
        let q = one(Lang::En, "three soldiers were wounded");
        assert_eq!((q.value, q.unit.as_deref()), (3.0, Some("troops")));
        let q = one(Lang::En, "fewer than 20 wounded");
        assert_eq!((q.bound, q.unit.as_deref()), (Bound::AtMost, Some("wounded")));
        let q = one(Lang::En, "a 10 km road");
        assert_eq!(q.unit.as_deref(), Some("km"));
        // The particle of a phrasal verb is no hedge.
        let q = one(Lang::En, "the government handed over 268 detainees");
        assert_eq!((q.value, q.bound, q.approx), (268.0, Bound::Exact, false));
        let q = one(Lang::En, "the train was moving at 38 mph");
        assert_eq!(
            (q.value, q.unit.as_deref(), q.per.as_deref()),
            (38.0, Some("mph"), None)
        );
        let q = one(Lang::En, "they held over 268 detainees");
        assert_eq!((q.value, q.bound), (268.0, Bound::AtLeast));
    }

    #[test]
    fn english_number_words_are_values() {
        let q = one(Lang::En, "Nine patients have been infected");
        assert_eq!(
            (q.value, q.unit.as_deref(), q.approx),
            (9.0, Some("people"), false)
        );
        assert_eq!(one(Lang::En, "two of them have died").value, 2.0);
        assert_eq!(one(Lang::En, "four patients had died").value, 4.0);
        assert_eq!(one(Lang::En, "a further six suspected cases").value, 6.0);
        let q = one(Lang::En, "twelve thousand workers went on strike");
        assert_eq!(q.value, 12_000.0);
        let q = one(Lang::En, "about twenty-five soldiers");
        assert_eq!(
            (q.value, q.approx, q.unit.as_deref()),
            (25.0, true, Some("troops"))
        );
        assert_eq!(one(Lang::En, "two hundred and fifty people").value, 250.0);
        assert_eq!(one(Lang::En, "one hundred people").value, 100.0);
        assert_eq!(one(Lang::En, "a thousand people").value, 1000.0);
        assert_eq!(one(Lang::En, "one soldier was hurt").value, 1.0);
        let q = one(Lang::En, "dozens were hurt");
        assert_eq!((q.value, q.approx, q.bound), (12.0, true, Bound::AtLeast));
        assert!(run(Lang::En, "one of them was hurt").is_empty());
        assert!(run(Lang::En, "several said so").is_empty());
        assert!(run(Lang::En, "two-thirds of voters").is_empty());
        assert_eq!(run(Lang::En, "two soldiers and three civilians").len(), 2);
    }

    #[test]
    fn arabic_number_words_are_values() {
        let q = one(Lang::Ar, "أصيب تسعة مرضى");
        assert_eq!((q.value, q.unit.as_deref()), (9.0, Some("people")));
        assert_eq!(one(Lang::Ar, "توفي اثنان منهم").value, 2.0);
        assert_eq!(one(Lang::Ar, "توفي أربعة").value, 4.0);
        assert_eq!(one(Lang::Ar, "أضرب ثلاثة آلاف عامل").value, 3000.0);
        let q = one(Lang::Ar, "وصل عشرات");
        assert_eq!((q.value, q.approx), (10.0, true));
        let q = one(Lang::Ar, "نقل نحو مئتي مريض");
        assert_eq!((q.value, q.approx), (200.0, true));
        assert_eq!(one(Lang::Ar, "قتل خمسة وعشرون جنديا").value, 25.0);
        assert_eq!(one(Lang::Ar, "اعتقل ثلاثة عشر شخصا").value, 13.0);
        assert_eq!(one(Lang::Ar, "نقل ثلاث مئة مريض").value, 300.0);
        assert_eq!(one(Lang::Ar, "وصل ألف وخمسمئة لاجئ").value, 1500.0);
        assert!(run(Lang::Ar, "قال واحد منهم").is_empty());
        assert!(run(Lang::Ar, "وصل الوفد يوم الاثنين").is_empty());
    }

    #[test]
    fn english_non_quantities() {
        assert!(run(Lang::En, "in 2014 the troops came back").is_empty());
        assert!(run(Lang::En, "on January 24, 2024").is_empty());
        assert!(run(Lang::En, "on 24 January").is_empty());
        assert!(run(Lang::En, "F-16 jets and the 1st division").is_empty());
        assert!(run(Lang::En, "call 555-1234").is_empty());
        assert!(run(Lang::En, "no one was hurt").is_empty());
        assert_eq!(one(Lang::En, "2000 troops").value, 2000.0);
    }
}
