use std::time::Instant;
fn main() {
    let mut texts = Vec::new();
    for e in std::fs::read_dir("../shared/seeds").unwrap() {
        texts.push(std::fs::read_to_string(e.unwrap().path()).unwrap());
    }
    let config = claimgraph::Config::default();
    let arts: Vec<_> = (0..60)
        .flat_map(|i| {
            texts
                .iter()
                .map(move |t| claimgraph::Article::new(format!("a{i}"), t.clone()))
        })
        .collect();
    let bytes: usize = arts.iter().map(|a| a.text().len()).sum();
    let t = Instant::now();
    let mut n = 0;
    for a in &arts {
        n += claimgraph::extract(a, &config).claims.len();
    }
    let s = t.elapsed().as_secs_f64();
    println!(
        "{n} claims, {:.1} MB in {:.2}s = {:.2} MB/s",
        bytes as f64 / 1e6,
        s,
        bytes as f64 / 1e6 / s
    );
}
