//! Flat tables for CSV, JSON Lines and Parquet: each subject (articles, events, quotes,
//! mentions) declares its columns once and yields rows of typed values; the writers here turn
//! them into CSV records, JSON objects or Parquet row groups with proper types (integers,
//! booleans, floats, `Date32` dates, UTF-8 strings; absent values are empty, `null`, or null).

use std::fs::File;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use anyhow::Context;
use arrow_array::builder::{
    BooleanBuilder, Date32Builder, Float64Builder, Int64Builder, StringBuilder,
};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema};
use chrono::NaiveDate;
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

/// The type of a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Int,
    Float,
    Bool,
    /// A calendar date: `YYYY-MM-DD` in CSV and JSON, `Date32` in Parquet.
    Date,
}

/// One column: its name and type. Every column may hold absent values.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub name: &'static str,
    pub kind: Kind,
}

pub const fn col(name: &'static str, kind: Kind) -> Column {
    Column { name, kind }
}

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Text(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    Date(NaiveDate),
}

impl From<String> for Value {
    fn from(v: String) -> Self {
        Value::Text(v)
    }
}
impl From<&str> for Value {
    fn from(v: &str) -> Self {
        Value::Text(v.to_string())
    }
}
impl From<bool> for Value {
    fn from(v: bool) -> Self {
        Value::Bool(v)
    }
}
impl From<f64> for Value {
    fn from(v: f64) -> Self {
        Value::Float(v)
    }
}
impl From<usize> for Value {
    fn from(v: usize) -> Self {
        Value::Int(v as i64)
    }
}
impl From<i64> for Value {
    fn from(v: i64) -> Self {
        Value::Int(v)
    }
}
impl From<NaiveDate> for Value {
    fn from(v: NaiveDate) -> Self {
        Value::Date(v)
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Self {
        v.map_or(Value::Null, Into::into)
    }
}

impl Value {
    fn to_text(&self) -> String {
        match self {
            Value::Null => String::new(),
            Value::Text(s) => s.clone(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => f.to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Date(d) => d.format("%Y-%m-%d").to_string(),
        }
    }

    fn to_json(&self) -> serde_json::Value {
        match self {
            Value::Null => serde_json::Value::Null,
            Value::Text(s) => s.clone().into(),
            Value::Int(i) => (*i).into(),
            Value::Float(f) => (*f).into(),
            Value::Bool(b) => (*b).into(),
            Value::Date(d) => d.format("%Y-%m-%d").to_string().into(),
        }
    }
}

/// Where rows go.
pub trait Sink {
    fn row(&mut self, row: Vec<Value>) -> anyhow::Result<()>;
    fn finish(self: Box<Self>) -> anyhow::Result<()>;
}

pub struct CsvSink<W: Write> {
    w: csv::Writer<W>,
}

impl<W: Write> CsvSink<W> {
    pub fn new(out: W, columns: &[Column]) -> anyhow::Result<Self> {
        let mut w = csv::Writer::from_writer(out);
        w.write_record(columns.iter().map(|c| c.name))?;
        Ok(CsvSink { w })
    }
}

impl<W: Write> Sink for CsvSink<W> {
    fn row(&mut self, row: Vec<Value>) -> anyhow::Result<()> {
        self.w.write_record(row.iter().map(Value::to_text))?;
        Ok(())
    }
    fn finish(mut self: Box<Self>) -> anyhow::Result<()> {
        self.w.flush()?;
        Ok(())
    }
}

/// One flat JSON object per row, every column present (`null` when absent).
pub struct JsonlSink<W: Write> {
    out: W,
    names: Vec<&'static str>,
}

impl<W: Write> JsonlSink<W> {
    pub fn new(out: W, columns: &[Column]) -> Self {
        JsonlSink {
            out,
            names: columns.iter().map(|c| c.name).collect(),
        }
    }
}

impl<W: Write> Sink for JsonlSink<W> {
    fn row(&mut self, row: Vec<Value>) -> anyhow::Result<()> {
        let obj: serde_json::Map<String, serde_json::Value> = self
            .names
            .iter()
            .zip(&row)
            .map(|(n, v)| (n.to_string(), v.to_json()))
            .collect();
        serde_json::to_writer(&mut self.out, &obj)?;
        self.out.write_all(b"\n")?;
        Ok(())
    }
    fn finish(mut self: Box<Self>) -> anyhow::Result<()> {
        self.out.flush()?;
        Ok(())
    }
}

/// Rows per Parquet row group written at once: memory stays bounded whatever the store's size.
const BATCH_ROWS: usize = 8192;

enum Builder {
    Text(StringBuilder),
    Int(Int64Builder),
    Float(Float64Builder),
    Bool(BooleanBuilder),
    Date(Date32Builder),
}

impl Builder {
    fn new(kind: Kind) -> Builder {
        match kind {
            Kind::Text => Builder::Text(StringBuilder::new()),
            Kind::Int => Builder::Int(Int64Builder::new()),
            Kind::Float => Builder::Float(Float64Builder::new()),
            Kind::Bool => Builder::Bool(BooleanBuilder::new()),
            Kind::Date => Builder::Date(Date32Builder::new()),
        }
    }

    fn push(&mut self, v: Value, name: &str) -> anyhow::Result<()> {
        match (self, v) {
            (Builder::Text(b), Value::Null) => b.append_null(),
            (Builder::Int(b), Value::Null) => b.append_null(),
            (Builder::Float(b), Value::Null) => b.append_null(),
            (Builder::Bool(b), Value::Null) => b.append_null(),
            (Builder::Date(b), Value::Null) => b.append_null(),
            (Builder::Text(b), Value::Text(s)) => b.append_value(s),
            (Builder::Int(b), Value::Int(i)) => b.append_value(i),
            (Builder::Float(b), Value::Float(f)) => b.append_value(f),
            (Builder::Bool(b), Value::Bool(x)) => b.append_value(x),
            (Builder::Date(b), Value::Date(d)) => b.append_value(days_since_epoch(d)),
            (_, v) => anyhow::bail!("column {name}: value {v:?} does not fit its type"),
        }
        Ok(())
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            Builder::Text(b) => Arc::new(b.finish()),
            Builder::Int(b) => Arc::new(b.finish()),
            Builder::Float(b) => Arc::new(b.finish()),
            Builder::Bool(b) => Arc::new(b.finish()),
            Builder::Date(b) => Arc::new(b.finish()),
        }
    }
}

fn days_since_epoch(d: NaiveDate) -> i32 {
    (d - NaiveDate::from_ymd_opt(1970, 1, 1).expect("epoch")).num_days() as i32
}

/// A Parquet file (Snappy-compressed), written in row groups of [`BATCH_ROWS`] rows.
pub struct ParquetSink {
    columns: Vec<Column>,
    schema: Arc<Schema>,
    builders: Vec<Builder>,
    pending: usize,
    writer: ArrowWriter<File>,
}

impl ParquetSink {
    pub fn create(path: &Path, columns: &[Column]) -> anyhow::Result<Self> {
        let schema = Arc::new(Schema::new(
            columns
                .iter()
                .map(|c| {
                    let t = match c.kind {
                        Kind::Text => DataType::Utf8,
                        Kind::Int => DataType::Int64,
                        Kind::Float => DataType::Float64,
                        Kind::Bool => DataType::Boolean,
                        Kind::Date => DataType::Date32,
                    };
                    Field::new(c.name, t, true)
                })
                .collect::<Vec<_>>(),
        ));
        let file = File::create(path).with_context(|| format!("creating {}", path.display()))?;
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .build();
        let writer = ArrowWriter::try_new(file, schema.clone(), Some(props))
            .with_context(|| format!("writing Parquet to {}", path.display()))?;
        Ok(ParquetSink {
            columns: columns.to_vec(),
            schema,
            builders: columns.iter().map(|c| Builder::new(c.kind)).collect(),
            pending: 0,
            writer,
        })
    }

    fn flush_batch(&mut self) -> anyhow::Result<()> {
        if self.pending == 0 {
            return Ok(());
        }
        let arrays: Vec<ArrayRef> = self.builders.iter_mut().map(Builder::finish).collect();
        let batch = RecordBatch::try_new(self.schema.clone(), arrays)?;
        self.writer.write(&batch)?;
        self.pending = 0;
        Ok(())
    }
}

impl Sink for ParquetSink {
    fn row(&mut self, row: Vec<Value>) -> anyhow::Result<()> {
        anyhow::ensure!(
            row.len() == self.columns.len(),
            "a row of {} values for {} columns",
            row.len(),
            self.columns.len()
        );
        for ((b, v), c) in self.builders.iter_mut().zip(row).zip(&self.columns) {
            b.push(v, c.name)?;
        }
        self.pending += 1;
        if self.pending >= BATCH_ROWS {
            self.flush_batch()?;
        }
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> anyhow::Result<()> {
        self.flush_batch()?;
        self.writer.close()?;
        Ok(())
    }
}
