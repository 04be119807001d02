//! The root of an Arabic word without a root dictionary: affixes stripped,
//! then the word's length and the letters of its pattern (مفعول, افتعال,
//! استفعل ...) tell which letters are radicals. The algorithm is that of
//! Taghva, Elkhoury and Coombs, "Arabic Stemming without a Root Dictionary"
//! (ISRI, 2005), with the pattern تفاعيل added and hamza left as folding
//! leaves it.
//!
//! A root joins the forms of one derivation (يصاب / إصابة, تدافع / دفاعا, يهبط /
//! هبوط, انخفاض / ينخفض) that a light stemmer keeps apart. It also joins words
//! of unrelated meaning now and then, so it serves as a second, weaker key
//! beside the stem, never in its place.

/// Three-letter prefixes, removed from words of six letters or more.
const P3: [&str; 4] = ["كال", "بال", "ولل", "وال"];
/// Two-letter prefixes, removed from words of five letters or more.
const P2: [&str; 2] = ["ال", "لل"];
/// One-letter prefixes, removed when a pattern left the word too long.
const P1: [char; 9] = ['ل', 'ب', 'ف', 'س', 'و', 'ي', 'ت', 'ن', 'ا'];
/// Three-letter suffixes, removed from words of six letters or more.
const S3: [&str; 5] = ["تمل", "همل", "تان", "تين", "كمل"];
/// Two-letter suffixes, removed from words of five letters or more.
const S2: [&str; 16] = [
    "ون", "ات", "ان", "ين", "تن", "كم", "هن", "نا", "يا", "ها", "تم", "كن", "ني", "وا", "ما", "هم",
];
/// One-letter suffixes (the feminine ending is folded to `ه`).
const S1: [char; 6] = ['ه', 'ي', 'ك', 'ت', 'ا', 'ن'];

/// The root of a folded Arabic word (see the module documentation). Words of
/// under four or over seven letters after affix stripping come back as they
/// are, less their affixes.
pub(crate) fn root(folded: &str) -> String {
    let mut w: Vec<char> = folded.chars().collect();
    if !strip_prefix(&mut w, &P3, 6) {
        strip_prefix(&mut w, &P2, 5);
    }
    if !strip_suffix(&mut w, &S3, 6) {
        strip_suffix(&mut w, &S2, 5);
    }
    if w.len() >= 4 && w[0] == 'و' && w[1] == 'و' {
        w.remove(0);
    }
    match w.len() {
        4 => w4(&mut w),
        5 => {
            w53(&mut w);
            end5(&mut w);
        }
        6 => {
            w6(&mut w);
            end6(&mut w);
        }
        7 => {
            suf1(&mut w);
            if w.len() == 7 {
                pre1(&mut w);
            }
            if w.len() == 6 {
                w6(&mut w);
                end6(&mut w);
            }
        }
        _ => {}
    }
    w.into_iter().collect()
}

fn starts(w: &[char], affix: &str) -> bool {
    let n = affix.chars().count();
    w.len() >= n && w.iter().take(n).copied().eq(affix.chars())
}

fn ends(w: &[char], affix: &str) -> bool {
    let n = affix.chars().count();
    w.len() >= n && w[w.len() - n..].iter().copied().eq(affix.chars())
}

/// Removes the first of `affixes` that starts a word of at least `min` letters.
fn strip_prefix(w: &mut Vec<char>, affixes: &[&str], min: usize) -> bool {
    if w.len() < min {
        return false;
    }
    match affixes.iter().find(|a| starts(w, a)) {
        Some(a) => {
            w.drain(..a.chars().count());
            true
        }
        None => false,
    }
}

/// Removes the first of `affixes` that ends a word of at least `min` letters.
fn strip_suffix(w: &mut Vec<char>, affixes: &[&str], min: usize) -> bool {
    if w.len() < min {
        return false;
    }
    match affixes.iter().find(|a| ends(w, a)) {
        Some(a) => {
            w.truncate(w.len() - a.chars().count());
            true
        }
        None => false,
    }
}

fn suf1(w: &mut Vec<char>) {
    if w.last().is_some_and(|c| S1.contains(c)) {
        w.pop();
    }
}

fn pre1(w: &mut Vec<char>) {
    if w.first().is_some_and(|c| P1.contains(c)) {
        w.remove(0);
    }
}

/// Keeps the letters at `idx`, in order.
fn pick(w: &mut Vec<char>, idx: &[usize]) {
    *w = idx.iter().map(|&i| w[i]).collect();
}

/// Four letters: مفعل, فاعل, فعال / فعول / فعيل, فعلة; else a short affix.
fn w4(w: &mut Vec<char>) {
    if w[0] == 'م' {
        pick(w, &[1, 2, 3]);
    } else if w[1] == 'ا' {
        pick(w, &[0, 2, 3]);
    } else if matches!(w[2], 'ا' | 'و' | 'ي') {
        pick(w, &[0, 1, 3]);
    } else if w[3] == 'ه' {
        w.pop();
    } else {
        suf1(w);
        if w.len() == 4 {
            pre1(w);
        }
    }
}

/// The patterns of five letters with a three-letter root, tried in order:
/// the letters two positions must hold (any of a list), and the positions of
/// the root's letters.
const FIVE: [(usize, &str, usize, &str, [usize; 3]); 15] = [
    (2, "ات", 0, "ا", [1, 3, 4]),  // افتعل, افاعل
    (3, "ايو", 0, "م", [1, 2, 4]), // مفعول, مفعال, مفعيل
    (0, "اتم", 4, "ه", [1, 2, 3]), // مفعلة, تفعلة, افعلة
    (0, "ميت", 2, "ت", [1, 3, 4]), // مفتعل, يفتعل, تفتعل
    (0, "مت", 2, "ا", [1, 3, 4]),  // مفاعل, تفاعل
    (2, "او", 4, "ه", [0, 1, 3]),  // فعولة, فعالة
    (0, "ام", 1, "ن", [2, 3, 4]),  // انفعل, منفعل
    (3, "ا", 0, "ا", [1, 2, 4]),   // افعال
    (4, "ن", 3, "ا", [0, 1, 2]),   // فعلان
    (3, "ي", 0, "ت", [1, 2, 4]),   // تفعيل
    (3, "و", 1, "ا", [0, 2, 4]),   // فاعول
    (2, "ا", 1, "و", [0, 3, 4]),   // فواعل
    (3, "ء", 2, "ا", [0, 1, 4]),   // فعائل
    (4, "ه", 1, "ا", [0, 2, 3]),   // فاعلة
    (4, "ي", 2, "ا", [0, 1, 3]),   // فعالي
];

/// Five letters with a three-letter root: the first pattern of [`FIVE`]
/// that fits, else a short affix.
fn w53(w: &mut Vec<char>) {
    let fits = |&&(i, xs, j, ys, _): &&(usize, &str, usize, &str, [usize; 3])| {
        xs.contains(w[i]) && ys.contains(w[j])
    };
    match FIVE.iter().find(fits) {
        Some(&(.., root)) => pick(w, &root),
        None => {
            suf1(w);
            if w.len() == 5 {
                pre1(w);
            }
        }
    }
}

/// Five letters with a four-letter root: تفعلل / افعلل / مفعلل, فعللة, فعالل.
fn w54(w: &mut Vec<char>) {
    if matches!(w[0], 'ا' | 'ت' | 'م') {
        w.remove(0);
    } else if w[4] == 'ه' {
        w.pop();
    } else if w[2] == 'ا' {
        w.remove(2);
    }
}

fn end5(w: &mut Vec<char>) {
    match w.len() {
        4 => w4(w),
        5 => w54(w),
        _ => {}
    }
}

/// Six letters with a three-letter root.
fn w6(w: &mut Vec<char>) {
    if starts(w, "است") || starts(w, "مست") {
        w.drain(..3); // استفعل, مستفعل
    } else if w[0] == 'م' && w[3] == 'ا' && w[5] == 'ه' {
        pick(w, &[1, 2, 4]); // مفعالة
    } else if w[0] == 'ا' && w[2] == 'ت' && w[4] == 'ا' {
        pick(w, &[1, 3, 5]); // افتعال
    } else if w[0] == 'ا' && w[3] == 'و' && w[2] == w[4] {
        pick(w, &[1, 4, 5]); // افعوعل
    } else if w[0] == 'ت' && w[2] == 'ا' && w[4] == 'ي' {
        pick(w, &[1, 3, 5]); // تفاعيل
    } else {
        suf1(w);
        if w.len() == 6 {
            pre1(w);
        }
    }
}

/// Six letters with a four-letter root: افعلال, متفعلل.
fn w64(w: &mut Vec<char>) {
    if w[0] == 'ا' && w[4] == 'ا' {
        pick(w, &[1, 2, 3, 5]);
    } else if starts(w, "مت") {
        w.drain(..2);
    }
}

fn end6(w: &mut Vec<char>) {
    match w.len() {
        5 => {
            w53(w);
            end5(w);
        }
        6 => w64(w),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::root;
    use crate::lang::Lang;
    use crate::text::normalize::fold;

    fn r(word: &str) -> String {
        root(&fold(word, Lang::Ar))
    }

    #[test]
    fn forms_of_one_derivation_share_a_root() {
        for (a, b) in [
            ("تدافع", "دفاعا"),
            ("يهبط", "هبوط"),
            ("انخفاض", "ينخفض"),
            ("تضرب", "إضراب"),
            ("الصعود", "صعوده"),
        ] {
            assert_eq!(r(a), r(b), "{a} / {b}");
        }
        assert_eq!(r("المطلوبين"), "طلب");
        assert_eq!(r("استقرار"), "قرر");
        assert_eq!(r("تتراجع"), "رجع");
    }

    #[test]
    fn words_of_other_roots_differ() {
        assert_ne!(r("ارتفاع"), r("انخفاض"));
        assert_ne!(r("يصعد"), r("يهبط"));
    }

    #[test]
    fn short_and_long_words_keep_their_letters() {
        assert_eq!(r("قرر"), "قرر");
        assert_eq!(r(""), "");
        let long = fold("ومستشفياتها", Lang::Ar);
        let stripped = root(&long);
        assert!(!stripped.is_empty() && stripped.chars().all(|c| long.contains(c)));
        assert!(stripped.chars().count() < long.chars().count());
    }
}
