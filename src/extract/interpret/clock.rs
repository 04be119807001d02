//! Times of day: "6 a.m.", "11:15 p.m.", "03:40", "noon", "الساعة السادسة من
//! صباح السبت", "التاسعة والنصف ليلاً", "منتصف الليل", with their hedges ("about
//! 2 a.m.", "قرابة الساعة الحادية عشرة") and bounds ("before midnight", "بعد
//! الظهر").
//!
//! A time of day is a quantity of unit [`Quantity::TIME_OF_DAY`] whose value is
//! minutes after midnight. An hour needs what places it in the day: a part of
//! the day after it ("a.m.", صباحاً، ليلاً), or a 24-hour form ("03:40",
//! "23:15"). An hour without one ("at 10:20", "الساعة الثانية") is still a time
//! of day, not an amount, but which half of the day it is is unknown: its
//! words are set aside and no quantity is made. The words live in the `clock`
//! table of the interpretation lexicons.

use super::{InterpretLexicon, Word, tight};
use crate::claim::{Bound, Quantity};
use crate::span::Span;

/// A time of day found in the words: the words it takes (hedge and marker
/// included) and the quantity, when its half of the day is known.
pub(super) struct Clock {
    pub(super) words: std::ops::Range<usize>,
    pub(super) quantity: Option<Quantity>,
}

/// The times of day among `ws`, in order and not overlapping.
pub(super) fn clock_times(text: &str, ws: &[Word], lex: &InterpretLexicon) -> Vec<Clock> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        match clock_at(text, ws, i, lex) {
            Some(clock) => {
                i = clock.words.end.max(i + 1);
                out.push(clock);
            }
            None => i += 1,
        }
    }
    out
}

/// Where in the day an hour said with a part of the day falls.
#[derive(Clone, Copy)]
enum Part {
    Am,
    Pm,
    Night,
    Midday,
}

impl Part {
    fn from_key(key: &str) -> Option<Part> {
        match key {
            "am" => Some(Part::Am),
            "pm" => Some(Part::Pm),
            "night" => Some(Part::Night),
            "midday" => Some(Part::Midday),
            _ => None,
        }
    }

    /// The hour on the 24-hour clock of `hour` (1-12) said with this part.
    fn place(self, hour: u32) -> u32 {
        let late = hour % 12 + 12;
        match (self, hour) {
            (Part::Am, _) => hour % 12,
            (Part::Pm, _) => late,
            (Part::Night, 1..=5) => hour,
            (Part::Night, 12) => 0,
            (Part::Night, _) => late,
            (Part::Midday, 11 | 12) => hour,
            (Part::Midday, _) => late,
        }
    }
}

/// The time of day that starts at word `i` (its hour or its name), if any.
fn clock_at(text: &str, ws: &[Word], i: usize, lex: &InterpretLexicon) -> Option<Clock> {
    let c = &lex.clock;
    let mut approx = false;
    // How many words of a list end right before word `at`, with only white
    // space between.
    let before = |list: &super::Phrases, at: usize| {
        list.ending_before(text, ws, at, ws.get(at)?.span.start, |g| {
            g.chars().all(char::is_whitespace)
        })
    };
    // The marker of the clock before the hour (الساعة).
    let marker = before(&c.markers, i);
    let marked = marker.is_some();
    // The hour: digits ("6", "10:20", "6pm", "03:40"), a word of the clock
    // (السادسة), or a named time (noon, منتصف الليل). `minutes` is known
    // when the hour is placed in the day.
    let (minutes, end) = if let Some(digits) = digit_hour(text, ws, i, lex) {
        let (part, end) = match digits.part {
            Some(part) => (Some(part), digits.end),
            None => part_after(text, ws, digits.end, lex).map_or((None, digits.end), |(p, e)| (Some(p), e)),
        };
        let hour = digits.hour;
        let placed = match part {
            Some(part) if (1..=12).contains(&hour) => Some(part.place(hour)),
            // A 24-hour form: two digits for the hour, or an hour past 12.
            _ if digits.minutes.is_some() && (digits.padded || hour > 12) => Some(hour),
            _ => None,
        };
        if placed.is_none() && !marked {
            return None;
        }
        (
            placed.map(|h| i64::from(h * 60 + digits.minutes.unwrap_or(0))),
            end,
        )
    } else if let Some((n, hour)) = c.hours.at_conj(text, ws, i) {
        let mut end = i + n;
        let mut offset = 0i64;
        if let Some((m, v)) = next_tight(text, ws, end).and_then(|j| c.minutes.at_exact(text, ws, j)) {
            offset = v as i64;
            end += m;
        }
        let part = part_after(text, ws, end, lex);
        if part.is_none() && !marked {
            return None;
        }
        let placed = part.map(|(p, e)| {
            end = e;
            i64::from(p.place(hour as u32)) * 60 + offset
        });
        (placed, end)
    } else if let Some((n, v)) = c.named.at(text, ws, i) {
        approx = true;
        (Some(v as i64), i + n)
    } else {
        let (n, v) = c.named_before_day.at(text, ws, i)?;
        let day = next_tight(text, ws, i + n).is_some_and(|j| {
            lex.time.weekdays.at(text, ws, j).is_some() || lex.time.relative_days.at(text, ws, j).is_some()
        });
        if !day {
            return None;
        }
        approx = true;
        (Some(v as i64), i + n)
    };
    // What stands before: the marker, then a hedge or a bound.
    let mut first = i - marker.unwrap_or(0);
    let mut bound = Bound::Exact;
    if let Some(n) = before(&c.before, first) {
        bound = Bound::AtMost;
        first -= n;
    } else if let Some(n) = before(&c.after, first) {
        bound = Bound::AtLeast;
        first -= n;
    }
    if let Some(n) = before(&lex.quantity.approx, first) {
        approx = true;
        first -= n;
    }
    let end = end.min(ws.len());
    let span = Span::new(ws[first].span.start, ws[end - 1].span.end);
    let quantity = minutes.map(|m| Quantity {
        value: m.rem_euclid(MINUTES_A_DAY) as f64,
        approx,
        bound,
        percent: false,
        unit: Some(Quantity::TIME_OF_DAY.to_string()),
        place: None,
        qualifier: None,
        per: None,
        span,
    });
    Some(Clock {
        words: first..end,
        quantity,
    })
}

const MINUTES_A_DAY: i64 = 24 * 60;

/// An hour written in digits at word `i`.
struct DigitHour {
    hour: u32,
    minutes: Option<u32>,
    /// Whether the hour is written with two digits ("03").
    padded: bool,
    /// A part of the day glued to the digits ("6pm", "6:30am").
    part: Option<Part>,
    /// The word after the hour and its minutes.
    end: usize,
}

/// The hour (and minutes after ':' or '.') written in digits from word `i`.
fn digit_hour(text: &str, ws: &[Word], i: usize, lex: &InterpretLexicon) -> Option<DigitHour> {
    let (hour_digits, glued) = split_glued(ws[i].span.slice(text))?;
    if hour_digits.is_empty() || hour_digits.chars().count() > 2 {
        return None;
    }
    // Not the end of a number ("1,200", "2.5", "10:20" read from its "20").
    if i > 0
        && matches!(
            super::gap(text, ws[i - 1].span, ws[i].span),
            "," | "." | ":" | "٫" | "٬" | "/" | "-"
        )
        && ws[i - 1].has_digit()
    {
        return None;
    }
    let hour = number(hour_digits)?;
    let mut out = DigitHour {
        hour,
        minutes: None,
        padded: hour_digits.chars().count() == 2 && hour < 10,
        part: glued,
        end: i + 1,
    };
    if glued.is_some() {
        return (hour <= 12).then_some(out);
    }
    if let Some(next) = ws.get(i + 1) {
        let sep = super::gap(text, ws[i].span, next.span);
        if matches!(sep, ":" | ".") {
            let (min_digits, glued) = split_glued(next.span.slice(text))?;
            let minutes = number(min_digits).filter(|&m| min_digits.chars().count() == 2 && m < 60)?;
            // "2.5" is a decimal unless a part of the day follows ("11.15pm",
            // "11.15 p.m.").
            if sep == "." && glued.is_none() && part_after(text, ws, i + 2, lex).is_none() {
                return None;
            }
            out.minutes = Some(minutes);
            out.part = glued;
            out.end = i + 2;
        }
    }
    (out.hour < 24).then_some(out)
}

/// The digits of a word and a part of the day glued after them ("6pm").
fn split_glued(word: &str) -> Option<(&str, Option<Part>)> {
    let at = word
        .find(|c: char| super::quantity::digit(c).is_none())
        .unwrap_or(word.len());
    let (digits, rest) = word.split_at(at);
    let part = match rest.to_ascii_lowercase().as_str() {
        "" => None,
        "am" => Some(Part::Am),
        "pm" => Some(Part::Pm),
        _ => return None,
    };
    Some((digits, part))
}

/// The value of a run of digits of any digit set.
fn number(digits: &str) -> Option<u32> {
    digits
        .chars()
        .try_fold(0u32, |v, c| Some(v * 10 + super::quantity::digit(c)?))
}

/// Word `j` when it follows the word before it with only white space between.
fn next_tight(text: &str, ws: &[Word], j: usize) -> Option<usize> {
    (j > 0 && j < ws.len() && tight(text, ws[j - 1].span, ws[j].span)).then_some(j)
}

/// The part of the day said from word `j` and the word after it.
fn part_after(text: &str, ws: &[Word], j: usize, lex: &InterpretLexicon) -> Option<(Part, usize)> {
    let j = next_tight(text, ws, j)?;
    let (n, key) = lex.clock.parts.at(text, ws, j)?;
    Some((Part::from_key(key)?, j + n))
}

#[cfg(test)]
mod tests {
    use super::super::{quantity::quantities, words};
    use crate::claim::{Bound, Quantity};
    use crate::lang::Lang;
    use crate::lexicon::Lexicons;
    use crate::span::Span;

    fn run(lang: Lang, text: &str) -> Vec<Quantity> {
        let lex = Lexicons::builtin().lang(lang).interpret.clone();
        let span = Span::new(0, text.len());
        quantities(text, span, &words(text, span), &lex)
    }

    /// The times of day of `text`: (minutes after midnight, hedged, bound).
    fn times(lang: Lang, text: &str) -> Vec<(f64, bool, Bound)> {
        run(lang, text)
            .into_iter()
            .filter(Quantity::is_time_of_day)
            .map(|q| (q.value, q.approx, q.bound))
            .collect()
    }

    #[test]
    fn hours_with_a_part_of_the_day_or_in_24_hour_form_are_times_of_day() {
        let exact = |v: f64| vec![(v, false, Bound::Exact)];
        let about = |v: f64| vec![(v, true, Bound::Exact)];
        for (text, want) in [
            ("the crossing closed at 6 a.m. on Saturday", exact(360.0)),
            (
                "the tanker was boarded at about 11:15 p.m. local time",
                about(1395.0),
            ),
            ("the last bus left at 6pm", exact(1080.0)),
            ("the alarm sounded at 10 at night", exact(1320.0)),
            ("it was intercepted at 03:40 on Tuesday", exact(220.0)),
            ("the vote closed at 12 a.m.", exact(0.0)),
            ("the gates reopened at noon", about(720.0)),
            ("the fire began before midnight", vec![(0.0, true, Bound::AtMost)]),
            (
                "the last bus crossed shortly after 2 a.m.",
                vec![(120.0, false, Bound::AtLeast)],
            ),
        ] {
            assert_eq!(times(Lang::En, text), want, "{text}");
        }
        for (text, want) in [
            ("أغلقت السلطات المعبر في السادسة من صباح السبت", exact(360.0)),
            ("بقي المركز مفتوحاً حتى التاسعة والنصف ليلاً", exact(1290.0)),
            (
                "سمع الأهالي إطلاق النار قرابة الساعة الحادية عشرة من ليل الأربعاء",
                about(1380.0),
            ),
            ("وقعت العملية نحو الساعة الثانية من فجر الخميس", about(120.0)),
            ("انقطع التيار عند الساعة الثانية عشرة ليلاً", exact(0.0)),
            ("يبدأ الدوام في الواحدة ظهراً", exact(780.0)),
            ("نشر في الساعة السابعة وخمس دقائق صباحاً", exact(425.0)),
            ("السابعة إلا ربعاً مساءً", exact(1125.0)),
            (
                "اعترض الزورق الناقلة عند الساعة 03:40 من فجر الثلاثاء",
                exact(220.0),
            ),
            ("الإغلاق بدأ ظهر السبت", about(720.0)),
            (
                "بدأت عملية الفرار قبل منتصف ليل الأربعاء",
                vec![(0.0, true, Bound::AtMost)],
            ),
        ] {
            assert_eq!(times(Lang::Ar, text), want, "{text}");
        }
    }

    #[test]
    fn an_hour_not_placed_in_the_day_is_neither_a_time_nor_an_amount() {
        // Which half of the day is unknown: no time, and no number either.
        for (lang, text) in [
            (Lang::En, "the alarm sounded at 10:20 near Fenwick"),
            (Lang::Ar, "وقع الانفجار عند الساعة الثانية"),
            (Lang::Ar, "وقع الانفجار عند الساعة 3"),
        ] {
            assert_eq!(run(lang, text), Vec::new(), "{text}");
        }
        // Words that only look like the clock are left to the other rules.
        let values = |lang, text| {
            run(lang, text)
                .iter()
                .map(|q| (q.value, q.unit.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            values(Lang::En, "6 people were hurt"),
            [(6.0, Some("people".to_string()))]
        );
        assert_eq!(values(Lang::En, "a loss of 2.5 percent"), [(2.5, None)]);
        assert_eq!(values(Lang::Ar, "ظهر الرئيس في المؤتمر"), []);
        assert_eq!(values(Lang::Ar, "حصلت القائمة على المرتبة الثانية"), []);
    }
}
