//! Arabic folding and light stemming.

pub(super) fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            _ => c,
        })
        .collect()
}

pub(super) fn stem(folded: &str) -> String {
    let stemmer = frostem::Stemmer::new(frostem::Algorithm::Arabic);
    stemmer.stem(folded).to_string()
}
