//! Time: explicit and relative dates, resolved against the article's date.
//!
//! Forms read (Arabic and English, words from the lexicon):
//! - numeric dates: `2021/06/05`, `2024-01-24` (year first) and `05/06/2021`,
//!   `24.01.2024` (day first, unless the second number cannot be a month);
//! - month names of both Arabic series and English, with a slash alternative
//!   (`يناير/كانون الثاني`), a day before (`24 يناير`, `7-8 أغسطس`: the first day)
//!   or after (`January 24`), a weekday before (`الخميس 25 يناير`), a year
//!   after (`2024`, `عام 2014`), or a modifier (`الماضي`, `الحالي`, `last`);
//!   a month part (`منتصف`, `mid`) keeps month precision. A bare month name
//!   needs a preposition (`في`, `in`) or a month part before it;
//! - a year after a marker: `عام 2014`, `في 2014`, `in 2014`;
//! - weekdays (with or without `يوم`): the most recent such day on or before
//!   the article's date;
//! - relative days (`أمس`, `اليوم`, `غدا`, `yesterday`) and periods
//!   (`الشهر الماضي`, `last year`, `this month`, `الأسبوع الماضي`: weeks give
//!   the month the shifted date falls in).
//!
//! A day and month without a year take the year that puts the date nearest the
//! article's date; a month with `الماضي`/`last` is its previous occurrence
//! before the article's month. Whatever needs the article's date is marked
//! `relative`, and without a date only what the words themselves say is kept.

use jiff::ToSpan;
use jiff::civil::Date;
use once_cell::sync::Lazy;
use regex::Regex;

use super::{InterpretLexicon, SentenceWords, Word, clamp, embedded, gap, tight, words};
use crate::claim::{PeriodUnit, TimeRef};
use crate::span::Span;

/// The time of a claim: the first time expression in its content outside an
/// embedded clause ("the bridge, which opened in 1987, was fully serviced in
/// 2021" is of 2021), else the first in its content, else the first in the
/// rest of its sentence.
pub(super) fn claim_time(
    text: &str,
    content: Span,
    sentence: Span,
    published: Option<Date>,
    cache: &SentenceWords,
    lex: &InterpretLexicon,
) -> Option<TimeRef> {
    let content = clamp(text, content);
    let ws = cache.words(text, content);
    let mut found = self::times(text, content, &ws, published, lex);
    // A content naming two days ("arrived on Monday, not on Saturday") is of
    // no one day of the week.
    let days = || found.iter().filter_map(|t| t.weekday);
    if days().any(|d| days().any(|e| e != d)) {
        for t in &mut found {
            t.weekday = None;
        }
    }
    if found.len() > 1 {
        let inside = embedded(text, &ws, &lex.negation);
        if let Some(k) = found.iter().position(|t| !in_embedded(&ws, &inside, t)) {
            return Some(found.swap_remove(k));
        }
    }
    if let Some(t) = found.into_iter().next() {
        return Some(t);
    }
    // Outside the content, a time in an embedded clause ("..., recalling
    // that the repair after the floods of 2015 cost four million") is that
    // clause's, not the statement's.
    let sentence = clamp(text, sentence);
    let before = Span::new(sentence.start, content.start.max(sentence.start));
    let after = Span::new(content.end.min(sentence.end), sentence.end);
    [before, after]
        .into_iter()
        .filter(|s| s.start < s.end)
        .find_map(|s| {
            let ws = cache.words(text, s);
            let inside = embedded(text, &ws, &lex.negation);
            times(text, s, &ws, published, lex)
                .into_iter()
                .find(|t| !in_embedded(&ws, &inside, t))
        })
}

/// Whether a time stands in an embedded clause: `inside` flags the words of
/// `ws` that do.
fn in_embedded(ws: &[Word], inside: &[bool], t: &TimeRef) -> bool {
    ws.iter()
        .position(|w| w.span.end > t.span.start)
        .is_some_and(|k| inside[k])
}

/// Guesses an article's publication date from a dateline: a full date on one
/// of the first eight non-empty lines that is short (at most 60 characters)
/// or starts with a publication marker ("Published:", "نشر في") and is at
/// most 200 characters long.
pub(crate) fn guess_published(text: &str, lex: &InterpretLexicon) -> Option<Date> {
    let mut offset = 0;
    let mut seen = 0;
    for line in text.split_inclusive('\n') {
        let span = Span::new(offset, offset + line.trim_end().len());
        offset += line.len();
        if line.trim().is_empty() {
            continue;
        }
        seen += 1;
        if seen > 8 {
            break;
        }
        let n_chars = line.trim().chars().take(201).count();
        if n_chars > 200 {
            continue;
        }
        let ws = words(text, span);
        let marked = !ws.is_empty() && lex.time.published_markers.at(text, &ws, 0).is_some();
        if !marked && n_chars > 60 {
            continue;
        }
        if let Some(date) = times(text, span, &ws, None, lex)
            .into_iter()
            .find_map(|t| t.date.filter(|_| !t.relative))
        {
            return Some(date);
        }
    }
    None
}

static NUMERIC_DATE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})|(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})")
        .expect("numeric date pattern")
});

/// Every time expression in `span`, whose words are `ws` (as [`words`] splits
/// them), in text order (leftmost, then longest).
fn times(
    text: &str,
    span: Span,
    ws: &[Word],
    published: Option<Date>,
    lex: &InterpretLexicon,
) -> Vec<TimeRef> {
    let mut found = numeric_dates(text, span);
    let mut i = 0;
    while i < ws.len() {
        if let Some((end, t)) = word_time(text, ws, i, published, lex) {
            found.push(t);
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    found.sort_by_key(|t| (t.span.start, std::cmp::Reverse(t.span.end)));
    let mut out: Vec<TimeRef> = Vec::new();
    for mut t in found {
        let Some(last) = out.last() else {
            out.push(t);
            continue;
        };
        if t.span.start < last.span.end {
            continue;
        }
        // A weekday right before an explicit date names the same day
        // ("السبت 2021/06/05"): one expression.
        let between = gap(text, last.span, t.span);
        if last.relative
            && !t.relative
            && t.date.is_some()
            && between
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, ',' | '،'))
        {
            t.span = last.span.cover(t.span);
            out.pop();
        }
        out.push(t);
    }
    out
}

fn numeric_dates(text: &str, span: Span) -> Vec<TimeRef> {
    let slice = span.slice(text);
    if !may_hold_numeric_date(slice) {
        return Vec::new();
    }
    let num = |m: Option<regex::Match<'_>>| -> Option<i64> {
        let m = m?;
        let mut v: i64 = 0;
        for c in m.as_str().chars() {
            v = v * 10 + i64::from(c.to_digit(10).or_else(|| arabic_digit(c))?);
        }
        Some(v)
    };
    let mut out = Vec::new();
    for caps in NUMERIC_DATE.captures_iter(slice) {
        let Some(whole) = caps.get(0) else { continue };
        let before = slice[..whole.start()].chars().next_back();
        let after = slice[whole.end()..].chars().next();
        if before.is_some_and(|c| c.is_numeric()) || after.is_some_and(|c| c.is_numeric()) {
            continue;
        }
        let (y, a, b) = if caps.get(1).is_some() {
            (num(caps.get(1)), num(caps.get(2)), num(caps.get(3)))
        } else {
            (num(caps.get(6)), num(caps.get(5)), num(caps.get(4)))
        };
        let (Some(y), Some(mut m), Some(mut d)) = (y, a, b) else {
            continue;
        };
        if m > 12 && d <= 12 {
            std::mem::swap(&mut m, &mut d);
        }
        let Some(date) = make_date(y, m, d) else { continue };
        out.push(TimeRef {
            span: Span::new(span.start + whole.start(), span.start + whole.end()),
            date: Some(date),
            year: Some(date.year()),
            month: Some(date.month()),
            relative: false,
            counted: None,
            weekday: None,
        });
    }
    out
}

/// Whether [`NUMERIC_DATE`] can match in `slice`: every match has a digit
/// right before a `/`, `-` or `.` (checked with [`char::is_numeric`], which
/// every decimal digit passes), and most claims have none.
fn may_hold_numeric_date(slice: &str) -> bool {
    slice.bytes().enumerate().any(|(i, b)| {
        matches!(b, b'/' | b'-' | b'.') && slice[..i].chars().next_back().is_some_and(char::is_numeric)
    })
}

fn arabic_digit(c: char) -> Option<u32> {
    match c {
        '٠'..='٩' => Some(c as u32 - '٠' as u32),
        '۰'..='۹' => Some(c as u32 - '۰' as u32),
        _ => None,
    }
}

fn make_date(y: i64, m: i64, d: i64) -> Option<Date> {
    Date::new(
        i16::try_from(y).ok()?,
        i8::try_from(m).ok()?,
        i8::try_from(d).ok()?,
    )
    .ok()
}

/// The numeric value of a word made only of digits.
fn number(w: &Word) -> Option<i64> {
    let mut v: i64 = 0;
    let mut n = 0;
    for c in w.norm().chars() {
        let d = c.to_digit(10).or_else(|| arabic_digit(c))?;
        v = v.checked_mul(10)?.checked_add(i64::from(d))?;
        n += 1;
    }
    (n > 0 && n <= 4).then_some(v)
}

fn year_word(w: &Word) -> Option<i16> {
    number(w)
        .filter(|y| (1900..=2100).contains(y) && w.norm().chars().count() == 4)
        .map(|y| y as i16)
}

/// Which way a modifier points.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shift {
    Past,
    Current,
    Next,
}

fn shift_at(text: &str, ws: &[Word], i: usize, lex: &InterpretLexicon) -> Option<(usize, Shift)> {
    let t = &lex.time;
    if i >= ws.len() || i > 0 && !tight(text, ws[i - 1].span, ws[i].span) {
        return None;
    }
    t.past
        .at(text, ws, i)
        .map(|n| (n, Shift::Past))
        .or_else(|| t.current.at(text, ws, i).map(|n| (n, Shift::Current)))
        .or_else(|| t.next.at(text, ws, i).map(|n| (n, Shift::Next)))
}

/// A time expression starting at word `i`: the index after its last word, and
/// the time.
fn word_time(
    text: &str,
    ws: &[Word],
    i: usize,
    published: Option<Date>,
    lex: &InterpretLexicon,
) -> Option<(usize, TimeRef)> {
    month_expr(text, ws, i, published, lex)
        .or_else(|| weekday_expr(text, ws, i, published, lex))
        .or_else(|| year_expr(text, ws, i, lex))
        .or_else(|| relative_expr(text, ws, i, published, lex))
}

fn month_at(text: &str, ws: &[Word], i: usize, lex: &InterpretLexicon) -> Option<(usize, i8)> {
    let w = ws.get(i)?;
    let latin = w.norm().chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    if latin && !w.span.slice(text).starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    lex.time.months.at_conj(text, ws, i).map(|(n, m)| (n, m as i8))
}

fn month_expr(
    text: &str,
    ws: &[Word],
    i: usize,
    published: Option<Date>,
    lex: &InterpretLexicon,
) -> Option<(usize, TimeRef)> {
    let t = &lex.time;
    let mut k = i;
    let mut had_weekday = false;
    if let Some(n) = t.day_words.at_exact(text, ws, k) {
        if t.weekdays.at_conj(text, ws, k + n).is_some() {
            k += n;
        }
    }
    if let Some((n, _)) = t.weekdays.at_conj(text, ws, k) {
        k += n;
        had_weekday = true;
    }
    let mut part = false;
    if let Some(n) = t.month_parts.at(text, ws, k) {
        k += n;
        part = true;
    }
    let mut day = None;
    if let Some(d) = ws.get(k).and_then(number).filter(|d| (1..=31).contains(d)) {
        let mut after = k + 1;
        let g = ws.get(after).map(|w| gap(text, ws[k].span, w.span).trim());
        if g == Some("-")
            && ws
                .get(after)
                .and_then(number)
                .is_some_and(|d| (1..=31).contains(&d))
        {
            after += 1;
        }
        if month_at(text, ws, after, lex).is_some() && tight(text, ws[after - 1].span, ws[after].span) {
            day = Some(d);
            k = after;
        }
    }
    let mut past_before = None;
    if day.is_none() && !part {
        if let Some((n, s)) = shift_at(text, ws, k, lex).filter(|_| month_at(text, ws, k + 1, lex).is_some())
        {
            past_before = Some(s);
            k += n;
        }
    }
    let (n, month) = month_at(text, ws, k, lex)?;
    let month_start = k;
    k += n;
    // A slash alternative naming the same month in the other series.
    if let Some(w) = ws.get(k) {
        if gap(text, ws[k - 1].span, w.span).trim() == "/" {
            if let Some((n2, _)) = month_at(text, ws, k, lex) {
                k += n2;
            }
        }
    }
    if day.is_none() {
        if let Some(d) = ws
            .get(k)
            .and_then(number)
            .filter(|d| (1..=31).contains(d) && ws[k].norm().len() <= 2)
        {
            if matches!(gap(text, ws[k - 1].span, ws[k].span).trim(), "" | ".") {
                day = Some(d);
                k += 1;
            }
        }
    }
    let mut year = None;
    let mut yk = k;
    if let Some(n) = t.year_markers.at(text, ws, yk).filter(|_| ws.get(yk).is_some()) {
        yk += n;
    }
    if let Some(y) = ws.get(yk).and_then(year_word) {
        let g = gap(text, ws[yk - 1].span, ws[yk].span).trim();
        if g.is_empty() || g == "," || g == "،" {
            year = Some(y);
            k = yk + 1;
        }
    }
    let mut shift = past_before;
    if year.is_none() && shift.is_none() {
        if let Some((n, s)) = shift_at(text, ws, k, lex) {
            shift = Some(s);
            k += n;
        }
    }
    let preposition = month_start > 0 && t.month_preps.at(text, ws, month_start - 1).is_some();
    if day.is_none() && year.is_none() && shift.is_none() && !part && !preposition && !had_weekday {
        return None;
    }
    let span = ws[i].span.cover(ws[k - 1].span);
    let time = resolve_month(span, day, month, year, shift, published);
    Some((k, time))
}

fn resolve_month(
    span: Span,
    day: Option<i64>,
    month: i8,
    year: Option<i16>,
    shift: Option<Shift>,
    published: Option<Date>,
) -> TimeRef {
    let mut t = TimeRef {
        span,
        date: None,
        year,
        month: Some(month),
        relative: year.is_none(),
        counted: None,
        weekday: None,
    };
    let year = year.or_else(|| {
        let p = published?;
        let py = p.year();
        Some(match shift {
            Some(Shift::Current) => py,
            Some(Shift::Past) => {
                if month < p.month() || (month == p.month() && day.is_some_and(|d| d < i64::from(p.day()))) {
                    py
                } else {
                    py - 1
                }
            }
            Some(Shift::Next) => {
                if month > p.month() {
                    py
                } else {
                    py + 1
                }
            }
            None => {
                let d = day.unwrap_or(15);
                [py - 1, py, py + 1]
                    .into_iter()
                    .filter_map(|y| make_date(i64::from(y), i64::from(month), d).map(|date| (y, date)))
                    .min_by_key(|(_, date)| date.since(p).map_or(i64::MAX, |s| i64::from(s.get_days()).abs()))
                    .map_or(py, |(y, _)| y)
            }
        })
    });
    t.year = year;
    if let (Some(y), Some(d)) = (year, day) {
        t.date = make_date(i64::from(y), i64::from(month), d);
    }
    t
}

fn weekday_expr(
    text: &str,
    ws: &[Word],
    i: usize,
    published: Option<Date>,
    lex: &InterpretLexicon,
) -> Option<(usize, TimeRef)> {
    let t = &lex.time;
    let mut k = i;
    if let Some(n) = t.day_words.at_exact(text, ws, k) {
        if t.weekdays.at_conj(text, ws, k + n).is_some() {
            k += n;
        }
    }
    let (n, day) = t.weekdays.at_conj(text, ws, k)?;
    let w = &ws[k];
    let latin = w.norm().chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    if latin && !w.span.slice(text).starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    k += n;
    let date = published.and_then(|p| {
        let today = i64::from(p.weekday().to_monday_one_offset());
        let back = (today - day as i64).rem_euclid(7);
        p.checked_sub(back.days()).ok()
    });
    let mut t = dated(ws[i].span.cover(ws[k - 1].span), date);
    t.weekday = Some(day as i8);
    Some((k, t))
}

/// A relative time resolved to `date` (day precision), or to nothing.
fn dated(span: Span, date: Option<Date>) -> TimeRef {
    TimeRef {
        span,
        date,
        year: date.map(|d| d.year()),
        month: date.map(|d| d.month()),
        relative: true,
        counted: None,
        weekday: None,
    }
}

fn year_expr(text: &str, ws: &[Word], i: usize, lex: &InterpretLexicon) -> Option<(usize, TimeRef)> {
    let n = lex.time.year_markers.at(text, ws, i)?;
    let y = ws.get(i + n).and_then(year_word)?;
    if !tight(text, ws[i + n - 1].span, ws[i + n].span) {
        return None;
    }
    let span = ws[i].span.cover(ws[i + n].span);
    Some((
        i + n + 1,
        TimeRef {
            span,
            date: None,
            year: Some(y),
            month: None,
            relative: false,
            counted: None,
            weekday: None,
        },
    ))
}

fn relative_expr(
    text: &str,
    ws: &[Word],
    i: usize,
    published: Option<Date>,
    lex: &InterpretLexicon,
) -> Option<(usize, TimeRef)> {
    let t = &lex.time;
    if let Some((n, offset)) = t.relative_days.at_conj(text, ws, i) {
        let date = published.and_then(|p| p.checked_add((offset as i64).days()).ok());
        return Some((i + n, dated(ws[i].span.cover(ws[i + n - 1].span), date)));
    }
    let period_at = |k: usize| {
        t.month_words
            .at(text, ws, k)
            .map(|n| (n, PeriodUnit::Month))
            .or_else(|| t.year_words.at(text, ws, k).map(|n| (n, PeriodUnit::Year)))
            .or_else(|| t.week_words.at(text, ws, k).map(|n| (n, PeriodUnit::Week)))
    };
    let (end, period, shift) = if let Some((n, p)) = period_at(i) {
        let (m, s) = shift_at(text, ws, i + n, lex)?;
        (i + n + m, p, s)
    } else {
        let (m, s) = shift_at(text, ws, i, lex)?;
        let (n, p) = period_at(i + m).filter(|_| tight(text, ws[i + m - 1].span, ws[i + m].span))?;
        (i + m + n, p, s)
    };
    let step: i8 = match shift {
        Shift::Past => -1,
        Shift::Current => 0,
        Shift::Next => 1,
    };
    let span = ws[i].span.cover(ws[end - 1].span);
    let mut time = TimeRef {
        span,
        date: None,
        year: None,
        month: None,
        relative: true,
        counted: Some((period, step)),
        weekday: None,
    };
    if let Some(p) = published {
        let step = i64::from(step);
        let shifted = match period {
            PeriodUnit::Week => p.checked_add((7 * step).days()).ok(),
            PeriodUnit::Month => p.first_of_month().checked_add(step.months()).ok(),
            PeriodUnit::Year => p.first_of_month().checked_add(step.years()).ok(),
        };
        if let Some(d) = shifted {
            time.year = Some(d.year());
            time.month = (period != PeriodUnit::Year).then_some(d.month());
        }
    }
    Some((end, time))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::lexicon::Lexicons;

    fn lex(lang: Lang) -> InterpretLexicon {
        Lexicons::builtin().lang(lang).interpret.clone()
    }

    fn first(lang: Lang, text: &str, published: Option<&str>) -> Option<TimeRef> {
        let published = published.map(|p| p.parse::<Date>().unwrap());
        let span = Span::new(0, text.len());
        let out = times(text, span, &words(text, span), published, &lex(lang));
        for t in &out {
            assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        }
        out.into_iter().next()
    }

    fn iso(lang: Lang, text: &str, published: Option<&str>) -> Option<String> {
        first(lang, text, published).and_then(|t| t.iso())
    }

    const PUB: Option<&str> = Some("2024-01-27");

    #[test]
    fn the_date_precheck_passes_every_numeric_date() {
        for text in ["في 2021/06/05", "٢٠٢١/٠٦/٠٥", "on 05.06.2021", "۱۴۰۲-۰۱-۱۲"] {
            assert!(may_hold_numeric_date(text), "{text}");
            assert!(
                !numeric_dates(text, Span::new(0, text.len())).is_empty(),
                "{text}"
            );
        }
        for text in ["no date. here - none", "٢٠٢١ عاما.", ""] {
            assert!(!may_hold_numeric_date(text), "{text}");
        }
    }

    #[test]
    fn arabic_explicit_dates() {
        assert_eq!(
            iso(Lang::Ar, "في 24 يناير/كانون الثاني", PUB).as_deref(),
            Some("2024-01-24")
        );
        assert_eq!(
            iso(Lang::Ar, "يوم 25 يناير الحالي", PUB).as_deref(),
            Some("2024-01-25")
        );
        assert_eq!(
            iso(Lang::Ar, "في 11 فبراير/شباط 2024", None).as_deref(),
            Some("2024-02-11")
        );
        assert_eq!(
            iso(Lang::Ar, "بين 7-8 أغسطس/ آب 2023", None).as_deref(),
            Some("2023-08-07")
        );
        assert_eq!(
            iso(Lang::Ar, "السبت 2021/06/05", None).as_deref(),
            Some("2021-06-05")
        );
        assert_eq!(
            iso(Lang::Ar, "الخميس 25 يناير", PUB).as_deref(),
            Some("2024-01-25")
        );
        let t = first(Lang::Ar, "الخميس 25 يناير", PUB).unwrap();
        assert!(t.relative);
        assert_eq!(iso(Lang::Ar, "منذ عام 2014", None).as_deref(), Some("2014"));
        assert_eq!(iso(Lang::Ar, "في 2014", None).as_deref(), Some("2014"));
        assert_eq!(
            iso(Lang::Ar, "في سبتمبر/ أيلول عام 2014", None).as_deref(),
            Some("2014-09")
        );
        assert_eq!(
            iso(Lang::Ar, "في كانون الأول 2023", None).as_deref(),
            Some("2023-12")
        );
        assert_eq!(iso(Lang::Ar, "في إبريل 2023", None).as_deref(), Some("2023-04"));
        assert_eq!(iso(Lang::Ar, "في أبريل 2023", None).as_deref(), Some("2023-04"));
        assert_eq!(iso(Lang::Ar, "في يوليه 2023", None).as_deref(), Some("2023-07"));
    }

    #[test]
    fn arabic_relative() {
        assert_eq!(iso(Lang::Ar, "قال أمس", PUB).as_deref(), Some("2024-01-26"));
        assert_eq!(iso(Lang::Ar, "البارحة", PUB).as_deref(), Some("2024-01-26"));
        assert_eq!(iso(Lang::Ar, "اليوم", PUB).as_deref(), Some("2024-01-27"));
        assert_eq!(iso(Lang::Ar, "غدا", PUB).as_deref(), Some("2024-01-28"));
        assert_eq!(iso(Lang::Ar, "يوم الأحد", PUB).as_deref(), Some("2024-01-21"));
        assert_eq!(iso(Lang::Ar, "السبت", PUB).as_deref(), Some("2024-01-27"));
        assert_eq!(iso(Lang::Ar, "الشهر الماضي", PUB).as_deref(), Some("2023-12"));
        assert_eq!(iso(Lang::Ar, "الشهر الجاري", PUB).as_deref(), Some("2024-01"));
        assert_eq!(iso(Lang::Ar, "العام الماضي", PUB).as_deref(), Some("2023"));
        assert_eq!(iso(Lang::Ar, "الأسبوع الماضي", PUB).as_deref(), Some("2024-01"));
        assert_eq!(
            iso(Lang::Ar, "في منتصف تشرين الأول/أكتوبر", PUB).as_deref(),
            Some("2023-10")
        );
        assert_eq!(iso(Lang::Ar, "في أكتوبر الماضي", PUB).as_deref(), Some("2023-10"));
        let t = first(Lang::Ar, "الشهر الماضي", None).unwrap();
        assert!(t.relative && t.iso().is_none());
        assert_eq!(t.counted, Some((PeriodUnit::Month, -1)));
        let t = first(Lang::Ar, "العام المقبل", PUB).unwrap();
        assert_eq!((t.year, t.counted), (Some(2025), Some((PeriodUnit::Year, 1))));
        assert_eq!(
            first(Lang::En, "last week", None).unwrap().counted,
            Some((PeriodUnit::Week, -1))
        );
        assert_eq!(first(Lang::Ar, "أمس", None).unwrap().counted, None);
        assert!(first(Lang::Ar, "أب الجندي", None).is_none());
    }

    #[test]
    fn english_dates() {
        assert_eq!(
            iso(Lang::En, "on January 24, 2024", None).as_deref(),
            Some("2024-01-24")
        );
        assert_eq!(iso(Lang::En, "on Jan. 24", PUB).as_deref(), Some("2024-01-24"));
        assert_eq!(
            iso(Lang::En, "on 24 January 2024", None).as_deref(),
            Some("2024-01-24")
        );
        assert_eq!(
            iso(Lang::En, "dated 2024-01-24", None).as_deref(),
            Some("2024-01-24")
        );
        assert_eq!(iso(Lang::En, "in 2014", None).as_deref(), Some("2014"));
        assert_eq!(iso(Lang::En, "yesterday", PUB).as_deref(), Some("2024-01-26"));
        assert_eq!(iso(Lang::En, "tomorrow", PUB).as_deref(), Some("2024-01-28"));
        assert_eq!(iso(Lang::En, "on Thursday", PUB).as_deref(), Some("2024-01-25"));
        assert_eq!(iso(Lang::En, "last month", PUB).as_deref(), Some("2023-12"));
        assert_eq!(iso(Lang::En, "this month", PUB).as_deref(), Some("2024-01"));
        assert_eq!(iso(Lang::En, "last year", PUB).as_deref(), Some("2023"));
        assert_eq!(iso(Lang::En, "in mid-October", PUB).as_deref(), Some("2023-10"));
        assert_eq!(iso(Lang::En, "last October", PUB).as_deref(), Some("2023-10"));
        assert!(first(Lang::En, "troops may march", PUB).is_none());
    }

    #[test]
    fn without_a_date_relative_times_keep_what_they_say() {
        let t = first(Lang::Ar, "في 24 يناير", None).unwrap();
        assert_eq!((t.year, t.month, t.date, t.relative), (None, Some(1), None, true));
        let t = first(Lang::En, "on Thursday", None).unwrap();
        assert!(t.relative && t.date.is_none());
        let t = first(Lang::En, "in September 2025", None).unwrap();
        assert_eq!((t.year, t.month, t.relative), (Some(2025), Some(9), false));
    }

    #[test]
    fn claim_time_prefers_content() {
        let text = "Yesterday the ministry said troops left in 2021.";
        let lex = lex(Lang::En);
        let p = Some("2024-01-27".parse().unwrap());
        let content = Span::new(text.find("troops").unwrap(), text.len() - 1);
        let whole = Span::new(0, text.len());
        let cache = SentenceWords::new(vec![whole]);
        let t = claim_time(text, content, whole, p, &cache, &lex).unwrap();
        assert_eq!(t.iso().as_deref(), Some("2021"));
        let content = Span::new(text.find("troops").unwrap(), text.find(" in").unwrap());
        let t = claim_time(text, content, whole, p, &cache, &lex).unwrap();
        assert_eq!(t.iso().as_deref(), Some("2024-01-26"));
    }

    #[test]
    fn claim_time_skips_a_time_of_an_embedded_clause() {
        let p = Some("2024-01-27".parse().unwrap());
        for (lang, text, year) in [
            (
                Lang::Ar,
                "الجسر، الذي افتتح عام 1987، خضع لأعمال صيانة شاملة عام 2021",
                "2021",
            ),
            (
                Lang::En,
                "The bridge, which opened in 1987, was fully repaired in 2021",
                "2021",
            ),
            // The only time, in the relative clause, is still the claim's.
            (Lang::En, "The bridge, which opened in 1987, collapsed", "1987"),
            (Lang::Ar, "أعمال الصيانة التي كانت مقررة عام 2021 أرجئت", "2021"),
        ] {
            let lex = lex(lang);
            let whole = Span::new(0, text.len());
            let cache = SentenceWords::new(vec![whole]);
            let t = claim_time(text, whole, whole, p, &cache, &lex).unwrap();
            assert_eq!(t.iso().as_deref(), Some(year), "{text}");
        }
    }

    #[test]
    fn a_time_of_an_embedded_clause_after_the_content_does_not_date_it() {
        let p = Some("2024-01-27".parse().unwrap());
        for (lang, text, content, year) in [
            (
                Lang::Ar,
                "وقالت إن كلفتها لن تقل عن تسعة ملايين دينار، مذكرة بأن الترميم بعد أن جرفته السيول عام 2015 كلف أربعة ملايين.",
                "كلفتها لن تقل عن تسعة ملايين دينار",
                None,
            ),
            (
                Lang::En,
                "The rebuilding will take 18 months, she said, after floods destroyed another bridge in 2015.",
                "The rebuilding will take 18 months",
                None,
            ),
            // A time in the tail itself still dates the statement.
            (
                Lang::En,
                "The rebuilding will take 18 months, she said in March 2024.",
                "The rebuilding will take 18 months",
                Some("2024-03"),
            ),
        ] {
            let lex = lex(lang);
            let whole = Span::new(0, text.len());
            let start = text.find(content).unwrap();
            let content = Span::new(start, start + content.len());
            let cache = SentenceWords::new(vec![whole]);
            let t = claim_time(text, content, whole, p, &cache, &lex);
            assert_eq!(t.and_then(|t| t.iso()).as_deref(), year, "{text}");
        }
    }

    #[test]
    fn published_from_dateline() {
        let text = "أخبار العالم\nالسبت 2021/06/05\n\nقالت الوزارة إن القوات ستبقى.";
        assert_eq!(
            guess_published(text, &lex(Lang::Ar))
                .map(|d| d.to_string())
                .as_deref(),
            Some("2021-06-05")
        );
        let text = "Published: January 24, 2024 10:30 GMT\nThe ministry said the troops left.";
        assert_eq!(
            guess_published(text, &lex(Lang::En))
                .map(|d| d.to_string())
                .as_deref(),
            Some("2024-01-24")
        );
        let text = "The ministry said the troops left yesterday.";
        assert!(guess_published(text, &lex(Lang::En)).is_none());
    }
}
