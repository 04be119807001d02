//! `claimgraph judge --pairs FILE`: judges sentence pairs read from CSV.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use claimgraph::Config;
use claimgraph::link::judge_sentences;

/// Reads the pairs (CSV, RFC 4180 quoting, header `s1,s2[,...]`), judges each
/// with [`judge_sentences`], and writes `relation,score` rows in input order.
///
/// A file that cannot be read, a header that does not start with `s1,s2`, bad
/// quoting or a row with fewer than two fields stops the run with a one-line
/// message naming the file and the line, and exit status 1. Rows already
/// judged have been written by then.
pub(crate) fn run(path: &Path) -> ExitCode {
    match judge_file(path) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("claimgraph: {}: {message}", path.display());
            ExitCode::from(1)
        }
    }
}

fn judge_file(path: &Path) -> Result<(), String> {
    let config = Config::default();
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    check_quoting(&bytes)?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(bytes.as_slice());
    let headers = reader.headers().map_err(|e| describe(&e))?.clone();
    let column = |i: usize| headers.get(i).map(|h| h.trim().trim_start_matches('\u{feff}'));
    if column(0) != Some("s1") || column(1) != Some("s2") {
        return Err(format!(
            "line 1: the header must start with s1,s2 (found {:?})",
            headers.iter().take(2).collect::<Vec<_>>().join(",")
        ));
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    writeln!(out, "relation,score").map_err(|e| e.to_string())?;
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let _ = out.flush();
                return Err(describe(&e));
            }
        }
        let line = record.position().map_or(0, |p| p.line());
        let (Some(s1), Some(s2)) = (record.get(0), record.get(1)) else {
            let _ = out.flush();
            return Err(format!(
                "line {line}: a row needs two fields, s1 and s2; found {}",
                record.len()
            ));
        };
        let j = judge_sentences(s1, s2, &config);
        writeln!(out, "{},{:.3}", j.relation.as_str(), j.score).map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}

/// A CSV error as one line that names the line of the file.
fn describe(e: &csv::Error) -> String {
    let line = e.position().map(|p| p.line());
    let what = match e.kind() {
        csv::ErrorKind::Utf8 { err, .. } => format!("not UTF-8 ({err})"),
        csv::ErrorKind::UnequalLengths { .. } => "rows of unequal length".to_string(),
        csv::ErrorKind::Io(err) => err.to_string(),
        _ => e.to_string(),
    };
    match line {
        Some(l) => format!("line {l}: {what}"),
        None => what,
    }
}

/// Checks RFC 4180 quoting, which the CSV reader accepts loosely: a quote may
/// open a field only at its start, a quote inside a quoted field is doubled,
/// a closing quote is followed by a comma or the end of the line, and every
/// quoted field is closed. Names the line of the first fault.
fn check_quoting(bytes: &[u8]) -> Result<(), String> {
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
                        Some(_) => return Err(format!("line {line}: text after a closing quote")),
                    }
                }
                b'\n' => line += 1,
                _ => {}
            }
        } else {
            match b {
                b'"' if field_start => {
                    in_quotes = true;
                    opened_at = line;
                }
                b'"' => return Err(format!("line {line}: a quote inside an unquoted field")),
                b'\n' => line += 1,
                _ => {}
            }
            field_start = matches!(b, b',' | b'\n' | b'\r');
        }
        i += 1;
    }
    if in_quotes {
        return Err(format!("line {opened_at}: a quoted field is never closed"));
    }
    Ok(())
}
