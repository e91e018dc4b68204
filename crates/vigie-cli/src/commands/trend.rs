//! `vigie trend`: the events between two actors per day or ISO week — counts, Goldstein sums and
//! the four CAMEO quad classes, asserted, negated and hypothetical events apart, each event
//! counted once (`vigie_analysis::trends`) — as a table, JSON Lines or CSV, and as an SVG plot.
//!
//! It reads only the stored event rows (`Store::for_each_event`), never whole documents, so it
//! answers in a fraction of a second on a large store.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use chrono::NaiveDate;
use serde::Serialize;
use vigie_analysis::events::EventReport;
use vigie_analysis::trends::{
    self, Counts, Period, QuadClass, TrendOptions, TrendReport, TrendRow,
};
use vigie_events::CameoTable;

use crate::args::{self, DateBound};
use crate::commands::events::actor_test;
use crate::output;

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum By {
    Day,
    /// ISO 8601 weeks, Monday to Sunday (`2026-W45`).
    Week,
}

#[derive(clap::Args)]
pub struct Args {
    /// Source actor: a code or code prefix ("BLR" matches BLR and BLRMIL), or a name (any case or
    /// accents), as `vigie events --source`. All sources when left out.
    #[arg(long)]
    pub source: Option<String>,
    /// Target actor, likewise.
    #[arg(long)]
    pub target: Option<String>,
    /// Period length.
    #[arg(long, value_enum, default_value = "week")]
    pub by: By,
    /// Only events first reported on or after this date (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_parser = args::date_bound)]
    pub since: Option<DateBound>,
    /// Only events first reported on or before this date (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_parser = args::date_bound)]
    pub until: Option<DateBound>,
    /// One JSON object per period.
    #[arg(long, conflicts_with = "csv")]
    pub json: bool,
    /// CSV with a header line.
    #[arg(long)]
    pub csv: bool,
    /// Also draw the asserted events per quad class and their Goldstein sum into this SVG file.
    #[arg(long, value_name = "FILE.svg")]
    pub plot: Option<PathBuf>,
}

/// One period as `--json` writes it.
#[derive(Serialize)]
struct JsonRow<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    target: Option<&'a str>,
    by: Period,
    #[serde(flatten)]
    row: &'a TrendRow,
}

const MODALITIES: [&str; 3] = ["asserted", "negated", "hypothetical"];

fn by_modality(r: &TrendRow) -> [&Counts; 3] {
    [&r.asserted, &r.negated, &r.hypothetical]
}

pub fn run(data_dir: &Path, args: Args) -> anyhow::Result<ExitCode> {
    if let Some(p) = &args.plot {
        let svg = p
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("svg"));
        if !svg {
            anyhow::bail!(
                "--plot {}: only SVG files are drawn (FILE.svg)",
                p.display()
            );
        }
    }
    let store = super::open_for_reading(data_dir)?;
    let table = CameoTable::load()?;
    let (reports, unknown_codes) = reports(
        &store,
        &table,
        args.source.as_deref(),
        args.target.as_deref(),
    )?;
    if unknown_codes > 0 {
        crate::diag!(
            "{unknown_codes} events with a CAMEO code outside data/cameo/codes.toml left out"
        );
    }
    let opts = TrendOptions {
        by: match args.by {
            By::Day => Period::Day,
            By::Week => Period::Week,
        },
        since: args.since.as_ref().and_then(|b| first_day(&b.0)),
        until: args.until.as_ref().and_then(|b| last_day(&b.0)),
    };
    let trend = trends::trend(&reports, opts);
    if trend.undated > 0 {
        crate::diag!("{} events without a date left out", trend.undated);
    }
    output::ok_if_closed((|| {
        if args.json {
            for row in &trend.rows {
                output::json_line(&JsonRow {
                    source: args.source.as_deref(),
                    target: args.target.as_deref(),
                    by: opts.by,
                    row,
                })?;
            }
        } else if args.csv {
            write_csv(&trend.rows)?;
        } else {
            write_table(&trend.rows)?;
        }
        Ok(())
    })())?;
    if trend.rows.is_empty() {
        crate::diag!("no event matches");
    }
    if let Some(path) = &args.plot {
        plot(path, &trend.rows, &args)?;
        crate::diag!("plot written to {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// The events between `source` and `target` (each a code or name any case or accents contains;
/// `None`: any actor) as trend reports in date order, and how many were left out because their
/// CAMEO code is not in the table. Shared by `vigie trend` and `vigie serve`.
pub fn reports(
    store: &vigie_store::Store,
    table: &CameoTable,
    source: Option<&str>,
    target: Option<&str>,
) -> anyhow::Result<(Vec<TrendReport>, usize)> {
    // Through the store's index of who each event is between: each distinct actor is tested
    // once, and only the events of matching actors are read.
    let (source_test, target_test) = (actor_test(source), actor_test(target));
    let mut reports = Vec::new();
    let mut unknown_codes = 0usize;
    store.for_each_event_fact(
        source_test
            .as_ref()
            .map(|t| t as &vigie_store::ActorTest<'_>),
        target_test
            .as_ref()
            .map(|t| t as &vigie_store::ActorTest<'_>),
        &mut |e| {
            let root = e.cameo.get(..2).unwrap_or(&e.cameo);
            let Some(quad) = table
                .get(&e.cameo)
                .or_else(|| table.get(root))
                .and_then(|c| QuadClass::from_number(c.quad_class))
            else {
                unknown_codes += 1;
                return;
            };
            // The same report `vigie events --distinct` groups (`EventReport::of_event`), so
            // both count the same events.
            reports.push((
                e.seq,
                TrendReport {
                    report: EventReport {
                        source: e.source_code.or(e.source),
                        target: e.target_code.or(e.target),
                        date: e
                            .date
                            .as_deref()
                            .or(e.published.as_deref())
                            .and_then(vigie_analysis::day_of),
                        cameo: e.cameo,
                        place: e.place,
                        negated: e.negated,
                        hypothetical: e.hypothetical,
                        original: e.copy_of.unwrap_or_else(|| e.article.clone()),
                        article: e.article,
                    },
                    goldstein: e.goldstein,
                    quad,
                },
            ));
        },
    )?;
    // Grouping reads them in date order, ties in the order of their articles and their
    // places in them, as `vigie events` does for the same groups.
    reports.sort_by(|(sa, a), (sb, b)| {
        (a.report.date, &a.report.article, sa).cmp(&(b.report.date, &b.report.article, sb))
    });
    let reports = reports.into_iter().map(|(_, r)| r).collect();
    Ok((reports, unknown_codes))
}

/// The first day of a date bound (`2026` → 2026-01-01, `2026-11` → 2026-11-01).
pub(crate) fn first_day(bound: &str) -> Option<NaiveDate> {
    match bound.len() {
        4 => NaiveDate::from_ymd_opt(bound.parse().ok()?, 1, 1),
        7 => NaiveDate::parse_from_str(&format!("{bound}-01"), "%Y-%m-%d").ok(),
        _ => NaiveDate::parse_from_str(bound, "%Y-%m-%d").ok(),
    }
}

/// The last day of a date bound (`2026` → 2026-12-31, `2026-02` → 2026-02-28).
pub(crate) fn last_day(bound: &str) -> Option<NaiveDate> {
    match bound.len() {
        4 => NaiveDate::from_ymd_opt(bound.parse().ok()?, 12, 31),
        7 => {
            let first = first_day(bound)?;
            first.checked_add_months(chrono::Months::new(1))?.pred_opt()
        }
        _ => first_day(bound),
    }
}

fn csv_header() -> Vec<String> {
    let mut h = vec!["period".to_string(), "start".to_string()];
    for m in MODALITIES {
        h.push(format!("{m}_events"));
        h.push(format!("{m}_goldstein"));
        for q in QuadClass::ALL {
            h.push(format!("{m}_{}", q.as_str()));
        }
    }
    h
}

fn write_csv(rows: &[TrendRow]) -> std::io::Result<()> {
    let mut w = csv::Writer::from_writer(std::io::stdout().lock());
    w.write_record(csv_header())?;
    for r in rows {
        let mut rec = vec![r.period.clone(), r.start.to_string()];
        for c in by_modality(r) {
            rec.push(c.events.to_string());
            rec.push(format!("{:.1}", c.goldstein));
            for q in QuadClass::ALL {
                rec.push(c.quad(q).to_string());
            }
        }
        w.write_record(&rec)?;
    }
    w.flush()
}

/// The table: asserted events with their quad classes, then negated and hypothetical ones.
fn write_table(rows: &[TrendRow]) -> std::io::Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    output::line(&format!(
        "{:<10}  {:>8} {:>9} {:>6} {:>6} {:>6} {:>6}  {:>7} {:>9}  {:>7} {:>9}",
        "period",
        "asserted",
        "goldstein",
        "v.coop",
        "m.coop",
        "v.conf",
        "m.conf",
        "negated",
        "goldstein",
        "hypoth.",
        "goldstein"
    ))?;
    for r in rows {
        let a = &r.asserted;
        output::line(&format!(
            "{:<10}  {:>8} {:>9.1} {:>6} {:>6} {:>6} {:>6}  {:>7} {:>9.1}  {:>7} {:>9.1}",
            r.period,
            a.events,
            a.goldstein,
            a.verbal_cooperation,
            a.material_cooperation,
            a.verbal_conflict,
            a.material_conflict,
            r.negated.events,
            r.negated.goldstein,
            r.hypothetical.events,
            r.hypothetical.goldstein
        ))?;
    }
    Ok(())
}

/// Draws the asserted events per quad class (left axis) and their Goldstein sum (right axis,
/// dashed) per period into an SVG file.
fn plot(path: &Path, rows: &[TrendRow], args: &Args) -> anyhow::Result<()> {
    use plotters::prelude::*;

    let n = rows.len().max(1) as i32;
    let max_count = rows
        .iter()
        .flat_map(|r| QuadClass::ALL.map(|q| r.asserted.quad(q)))
        .max()
        .unwrap_or(0)
        .max(1) as i32;
    let (mut g_min, mut g_max) = rows.iter().fold((0.0f64, 0.0f64), |(lo, hi), r| {
        (lo.min(r.asserted.goldstein), hi.max(r.asserted.goldstein))
    });
    if g_max - g_min < 1.0 {
        g_min -= 1.0;
        g_max += 1.0;
    }
    let title = format!(
        "{} → {}: asserted events per {}",
        args.source.as_deref().unwrap_or("any"),
        args.target.as_deref().unwrap_or("any"),
        match args.by {
            By::Day => "day",
            By::Week => "week",
        }
    );
    let draw = || -> Result<(), Box<dyn std::error::Error>> {
        let root = SVGBackend::new(path, (1000, 520)).into_drawing_area();
        root.fill(&WHITE)?;
        let mut chart = ChartBuilder::on(&root)
            .caption(title, ("sans-serif", 20))
            .margin(12)
            .x_label_area_size(40)
            .y_label_area_size(48)
            .right_y_label_area_size(56)
            .build_cartesian_2d(-1i32..n, 0i32..max_count + 1)?
            .set_secondary_coord(-1i32..n, g_min..g_max);
        let label = |i: &i32| {
            usize::try_from(*i)
                .ok()
                .and_then(|i| rows.get(i))
                .map_or(String::new(), |r| r.period.clone())
        };
        chart
            .configure_mesh()
            .x_labels(rows.len().clamp(1, 12))
            .x_label_formatter(&label)
            .y_desc("events")
            .draw()?;
        chart
            .configure_secondary_axes()
            .y_desc("Goldstein sum")
            .draw()?;
        let colours = [GREEN, BLUE, MAGENTA, RED];
        for (q, colour) in QuadClass::ALL.into_iter().zip(colours) {
            chart
                .draw_series(LineSeries::new(
                    rows.iter()
                        .enumerate()
                        .map(|(i, r)| (i as i32, r.asserted.quad(q) as i32)),
                    colour.stroke_width(2),
                ))?
                .label(q.as_str().replace('_', " "))
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 18, y)], colour));
        }
        chart
            .draw_secondary_series(DashedLineSeries::new(
                rows.iter()
                    .enumerate()
                    .map(|(i, r)| (i as i32, r.asserted.goldstein)),
                6,
                4,
                BLACK.stroke_width(2),
            ))?
            .label("Goldstein sum (right)")
            .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 18, y)], BLACK));
        chart
            .configure_series_labels()
            .background_style(WHITE.mix(0.8))
            .border_style(BLACK)
            .draw()?;
        root.present()?;
        Ok(())
    };
    draw()
        .map_err(|e| anyhow::anyhow!("{e}"))
        .with_context(|| format!("drawing {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_bounds_become_first_and_last_days() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(first_day("2026"), Some(d("2026-01-01")));
        assert_eq!(last_day("2026"), Some(d("2026-12-31")));
        assert_eq!(first_day("2026-02"), Some(d("2026-02-01")));
        assert_eq!(last_day("2026-02"), Some(d("2026-02-28")));
        assert_eq!(last_day("2026-12"), Some(d("2026-12-31")));
        assert_eq!(last_day("2026-11-05"), Some(d("2026-11-05")));
    }

    #[test]
    fn csv_header_has_every_modality_and_quad_class() {
        let h = csv_header();
        assert_eq!(h.len(), 2 + 3 * 6);
        assert!(h.contains(&"negated_material_conflict".to_string()));
        assert!(h.contains(&"hypothetical_goldstein".to_string()));
    }
}
