//! HTML main-content extraction.

/// What an HTML page yields.
#[derive(Debug, Clone, Default)]
pub struct Extracted {
    pub text: String,
    pub title: Option<String>,
    pub author: Option<String>,
    pub outlet: Option<String>,
    pub canonical_url: Option<String>,
    pub published: Option<String>,
    pub published_source: Option<String>,
}

/// Extracts the main content of a page with the `trafilatura` crate.
pub fn extract(html: &str) -> Extracted {
    let some = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
    match trafilatura::extract(html, &trafilatura::Options::default()) {
        Ok(r) => Extracted {
            text: r.content_text,
            title: some(&r.metadata.title),
            author: some(&r.metadata.author),
            outlet: some(&r.metadata.sitename),
            canonical_url: some(&r.metadata.url),
            published: r.metadata.date.map(|d| d.to_string()),
            published_source: r.metadata.date.map(|_| "html-metadata".to_string()),
        },
        Err(_) => Extracted::default(),
    }
}
