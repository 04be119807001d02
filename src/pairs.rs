//! Reading sentence pairs from CSV: the input of `claimgraph judge --pairs`.
//!
//! The file has a header whose first two columns are `s1,s2` (more columns may
//! follow and are kept), and RFC 4180 quoting, checked strictly: a quote opens a
//! field only at its start, a quote inside a quoted field is doubled, a closing
//! quote is followed by a comma or the end of the line, and every quoted field is
//! closed. Every error names the origin and the 1-based line.

use crate::error::{Error, Result};
use crate::link::Relation;

/// One row of a pairs file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pair {
    /// The 1-based line the row starts on.
    pub line: usize,
    /// The first sentence.
    pub s1: String,
    /// The second sentence.
    pub s2: String,
    /// The row's other fields, in column order (a label, an id ...).
    pub rest: Vec<String>,
}

/// Reads every pair of a CSV file's bytes; `origin` names the file in errors.
///
/// ```
/// let pairs = claimgraph::pairs::read_pairs("pairs.csv", b"s1,s2,label\n\"a, b\",c,agree\n").unwrap();
/// assert_eq!(pairs[0].s1, "a, b");
/// assert_eq!(pairs[0].rest, vec!["agree".to_string()]);
///
/// let err = claimgraph::pairs::read_pairs("pairs.csv", b"s1,s2\nonly one\n").unwrap_err();
/// assert_eq!(err.to_string(), "pairs.csv:2: a row needs two fields, s1 and s2; found 1");
/// ```
pub fn read_pairs(origin: &str, bytes: &[u8]) -> Result<Vec<Pair>> {
    // The reader's byte positions start after a byte order mark: drop it first.
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    check_quoting(origin, bytes)?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(bytes);
    let headers = reader.headers().map_err(|e| describe(origin, &e))?.clone();
    let column = |i: usize| headers.get(i).map(str::trim);
    if column(0) != Some("s1") || column(1) != Some("s2") {
        return Err(Error::parse(
            origin,
            Some(1),
            format!(
                "the header must start with s1,s2 (found {:?})",
                headers.iter().take(2).collect::<Vec<_>>().join(",")
            ),
        ));
    }
    let mut out = Vec::new();
    let mut lines = LineCounter::new(bytes);
    let mut record = csv::StringRecord::new();
    while reader
        .read_record(&mut record)
        .map_err(|e| describe(origin, &e))?
    {
        // The reader may place a record at the line break before it (it reads
        // `\r\n` as `\r` and an empty line): its first byte is past those.
        let mut start = record.position().map_or(bytes.len(), |p| p.byte() as usize);
        while matches!(bytes.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        let line = lines.line_at(start);
        let (Some(s1), Some(s2)) = (record.get(0), record.get(1)) else {
            return Err(Error::parse(
                origin,
                Some(line),
                format!("a row needs two fields, s1 and s2; found {}", record.len()),
            ));
        };
        out.push(Pair {
            line,
            s1: s1.to_string(),
            s2: s2.to_string(),
            rest: record.iter().skip(2).map(str::to_string).collect(),
        });
    }
    Ok(out)
}

/// The judge's relation for a label of the public stance and inference
/// benchmarks: agree / entailment / for → corroborates; disagree /
/// contradiction / against → contradicts; other / neutral → unrelated (and the
/// relation names themselves). `Ok(None)` for `observing`, which no relation
/// stands for; an error for any other label.
///
/// ```
/// use claimgraph::{link::Relation, pairs::relation_of_label};
/// assert_eq!(relation_of_label("ENTAILMENT"), Ok(Some(Relation::Corroborates)));
/// assert_eq!(relation_of_label("observing"), Ok(None));
/// assert!(relation_of_label("maybe").is_err());
/// ```
pub fn relation_of_label(label: &str) -> std::result::Result<Option<Relation>, String> {
    Ok(Some(match label.trim().to_ascii_lowercase().as_str() {
        "agree" | "entailment" | "for" | "corroborates" => Relation::Corroborates,
        "disagree" | "contradiction" | "against" | "contradicts" => Relation::Contradicts,
        "other" | "neutral" | "unrelated" => Relation::Unrelated,
        "observing" => return Ok(None),
        other => return Err(format!("unknown label {other:?}")),
    }))
}

/// A sentence pair with its gold relation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LabelledPair {
    /// The first sentence.
    pub s1: String,
    /// The second sentence.
    pub s2: String,
    /// How they relate.
    pub gold: Relation,
}

/// Reads the rows of one part of a SICK file (tab-separated, with columns
/// `sentence_A`, `sentence_B`, `entailment_label` and `SemEval_set`): `set` is
/// `TRAIN`, `TRIAL` or `TEST`. Errors name `origin` and the line.
///
/// ```
/// let text = "pair_ID\tsentence_A\tsentence_B\tentailment_label\tSemEval_set\n\
///             1\tA man runs\tA man is running\tENTAILMENT\tTRAIN\n\
///             2\tA dog sleeps\tA dog barks\tNEUTRAL\tTEST\n";
/// let train = claimgraph::pairs::read_sick("SICK.txt", text, "TRAIN").unwrap();
/// assert_eq!(train.len(), 1);
/// assert_eq!(train[0].s2, "A man is running");
/// let err = claimgraph::pairs::read_sick("SICK.txt", "a\tb\n", "TRAIN").unwrap_err();
/// assert_eq!(err.to_string(), "SICK.txt:1: no column \"sentence_A\"");
/// ```
pub fn read_sick(origin: &str, text: &str, set: &str) -> Result<Vec<LabelledPair>> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h.trim() == name)
            .ok_or_else(|| Error::parse(origin, Some(1), format!("no column {name:?}")))
    };
    let (ca, cb, cl, cs) = (
        col("sentence_A")?,
        col("sentence_B")?,
        col("entailment_label")?,
        col("SemEval_set")?,
    );
    let mut out = Vec::new();
    for (i, line) in lines.enumerate() {
        let f: Vec<&str> = line.trim_end_matches('\r').split('\t').collect();
        if f.len() <= cs.max(cl).max(ca).max(cb) {
            return Err(Error::parse(origin, Some(i + 2), "short row"));
        }
        if f[cs].trim() != set {
            continue;
        }
        let gold = relation_of_label(f[cl]).map_err(|e| Error::parse(origin, Some(i + 2), e))?;
        if let Some(gold) = gold {
            out.push(LabelledPair {
                s1: f[ca].to_string(),
                s2: f[cb].to_string(),
                gold,
            });
        }
    }
    Ok(out)
}

/// Turns byte offsets, asked for in increasing order, into 1-based line numbers;
/// a line ends at `\n`, `\r\n` or a lone `\r`.
struct LineCounter<'b> {
    bytes: &'b [u8],
    at: usize,
    line: usize,
}

impl<'b> LineCounter<'b> {
    fn new(bytes: &'b [u8]) -> LineCounter<'b> {
        LineCounter {
            bytes,
            at: 0,
            line: 1,
        }
    }

    fn line_at(&mut self, offset: usize) -> usize {
        let offset = offset.min(self.bytes.len());
        while self.at < offset {
            match self.bytes[self.at] {
                b'\n' => self.line += 1,
                b'\r' if self.bytes.get(self.at + 1) != Some(&b'\n') => self.line += 1,
                _ => {}
            }
            self.at += 1;
        }
        self.line
    }
}

/// A CSV error as one that names the line of the file.
fn describe(origin: &str, e: &csv::Error) -> Error {
    let line = e.position().map(|p| p.line() as usize);
    let what = match e.kind() {
        csv::ErrorKind::Utf8 { err, .. } => format!("not UTF-8 ({err})"),
        csv::ErrorKind::UnequalLengths { .. } => "rows of unequal length".to_string(),
        csv::ErrorKind::Io(err) => err.to_string(),
        _ => e.to_string(),
    };
    Error::parse(origin, line, what)
}

/// Checks RFC 4180 quoting, which the CSV reader accepts loosely, and names the
/// line of the first fault.
fn check_quoting(origin: &str, bytes: &[u8]) -> Result<()> {
    let fault = |line: usize, what: &str| Err(Error::parse(origin, Some(line), what));
    let mut line = 1usize;
    let mut opened_at = 0usize;
    let mut in_quotes = false;
    let mut field_start = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if in_quotes {
            match b {
                b'"' if bytes.get(i + 1) == Some(&b'"') => i += 1,
                b'"' => {
                    in_quotes = false;
                    match bytes.get(i + 1) {
                        None | Some(b',') | Some(b'\n') | Some(b'\r') => {}
                        Some(_) => return fault(line, "text after a closing quote"),
                    }
                }
                b'\n' => line += 1,
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => line += 1,
                _ => {}
            }
        } else {
            match b {
                b'"' if field_start => {
                    in_quotes = true;
                    opened_at = line;
                }
                b'"' => return fault(line, "a quote inside an unquoted field"),
                b'\n' => line += 1,
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => line += 1,
                _ => {}
            }
            field_start = matches!(b, b',' | b'\n' | b'\r');
        }
        i += 1;
    }
    if in_quotes {
        return fault(opened_at, "a quoted field is never closed");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line_of(text: &str) -> Option<usize> {
        read_pairs("t.csv", text.as_bytes()).unwrap_err().line()
    }

    #[test]
    fn good_rows_are_read_with_their_lines() {
        let pairs = read_pairs(
            "t.csv",
            "s1,s2\n\"multi\nline\",b\nc,\"d \"\"q\"\"\"\n".as_bytes(),
        )
        .unwrap();
        assert_eq!(pairs.len(), 2);
        assert_eq!(pairs[0].s1, "multi\nline");
        assert_eq!(pairs[1].line, 4);
        assert_eq!(pairs[1].s2, "d \"q\"");
    }

    #[test]
    fn every_fault_names_its_line() {
        assert_eq!(line_of("s1,s2\n\"one\",\"two\"\nonly one field\n"), Some(3));
        assert_eq!(line_of("first,second\na,b\n"), Some(1));
        assert_eq!(line_of("s1,s2\n\"a\",\"b\"\n\"bad \"quote\" here\",x\n"), Some(3));
        assert_eq!(line_of("s1,s2\na \"quoted\" word,b\n"), Some(2));
        assert_eq!(line_of("s1,s2\n\"a\",b\n\"never closed,b\n"), Some(3));
        assert_eq!(line_of(""), Some(1));
    }

    #[test]
    fn lines_count_every_kind_of_line_break() {
        let pairs = read_pairs("t.csv", b"\xef\xbb\xbfs1,s2\r\na,b\r\nc,d\re,f\n").unwrap();
        let lines: Vec<usize> = pairs.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![2, 3, 4]);
        assert_eq!(line_of("s1,s2\ra,b\rbad \"q\",c\r"), Some(3));
    }

    #[test]
    fn a_byte_order_mark_before_the_header_is_accepted() {
        assert_eq!(
            read_pairs("t.csv", "\u{feff}s1,s2\na,b\n".as_bytes())
                .unwrap()
                .len(),
            1
        );
    }
}
