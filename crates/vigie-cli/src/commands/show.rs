//! `vigie show ID`: one article with its annotations, each shown with the words it covers.

use std::path::Path;
use std::process::ExitCode;

use anyhow::bail;
use vigie_core::{AnnotationData, Layer};

use crate::args;
use crate::output;

#[derive(clap::Args)]
pub struct Args {
    /// Article id, or any unique prefix of it.
    pub id: String,
    /// Only these annotation layers (boilerplate, paragraph, sentence, date, mention, quote, event).
    #[arg(long, value_delimiter = ',', value_parser = args::layer)]
    pub layers: Vec<Layer>,
    /// The whole document (text, metadata, annotations, sources) as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(data_dir: &Path, args: Args) -> anyhow::Result<ExitCode> {
    let store = super::open_for_reading(data_dir)?;
    let Some(doc) = store.get(&args.id)? else {
        bail!("no article with id {:?} in {}", args.id, data_dir.display());
    };
    let sources = store.sources(doc.id.as_str())?;
    let copy_of = store.copy_of(doc.id.as_str())?;
    let story = store.story_of(doc.id.as_str())?;
    if args.json {
        let mut value = serde_json::to_value(&doc)?;
        // Spans with character offsets and words (see `vigie_core::SpanView`).
        value["annotations"] = serde_json::to_value(doc.annotation_views())?;
        value["sources"] = serde_json::to_value(&sources)?;
        if let Some(c) = &copy_of {
            value["copy_of"] = serde_json::to_value(c)?;
        }
        if let Some(s) = &story {
            value["story"] = serde_json::to_value(s)?;
        }
        output::ok_if_closed(output::json_line(&value))?;
        return Ok(ExitCode::SUCCESS);
    }
    let m = &doc.meta;
    let mut out = vec![
        format!("id:        {}", doc.id),
        format!("title:     {}", m.title.as_deref().unwrap_or("-")),
        format!(
            "published: {}{}",
            m.published.as_deref().unwrap_or("-"),
            m.published_source
                .as_deref()
                .map(|s| format!(" ({s})"))
                .unwrap_or_default()
        ),
        format!("language:  {}", m.language.as_deref().unwrap_or("-")),
        format!("outlet:    {}", m.outlet.as_deref().unwrap_or("-")),
    ];
    if let Some(url) = &m.url {
        out.push(format!("url:       {url}"));
    }
    if let Some(author) = &m.author {
        out.push(format!("author:    {author}"));
    }
    for s in &sources {
        out.push(format!("source:    {s}"));
    }
    if let Some(c) = &copy_of {
        out.push(if c.kind == "translation" {
            format!(
                "translation of: {} (actors in common {:.2}, numbers {:.2})",
                c.original, c.similarity, c.containment
            )
        } else {
            format!(
                "copy of:   {} (similarity {:.2}, containment {:.2})",
                c.original, c.similarity, c.containment
            )
        });
    }
    if let Some(s) = &story {
        out.push(format!("story:     {s}"));
    }
    out.push(String::new());
    out.push(doc.text.trim_end().to_string());
    out.push(String::new());
    for layer in Layer::ALL {
        if !args.layers.is_empty() && !args.layers.contains(&layer) {
            continue;
        }
        let anns: Vec<_> = doc.layer(layer).collect();
        if anns.is_empty() || (args.layers.is_empty() && layer == Layer::Sentence) {
            continue;
        }
        out.push(format!("── {layer} ({})", anns.len()));
        for a in anns {
            let words = output::truncate(&doc.slice(a.span).replace('\n', " ⏎ "), 90);
            out.push(format!(
                "  {:>6}..{:<6} {:?}  {}",
                a.span.start,
                a.span.end,
                words,
                describe(&a.data)
            ));
        }
    }
    output::ok_if_closed(out.iter().try_for_each(|l| output::line(l)))?;
    Ok(ExitCode::SUCCESS)
}

/// A one-line description of an annotation's data.
fn describe(data: &AnnotationData) -> String {
    let mut json = serde_json::to_value(data).unwrap_or_default();
    if let Some(obj) = json.as_object_mut() {
        obj.remove("layer");
    }
    json.to_string()
}
