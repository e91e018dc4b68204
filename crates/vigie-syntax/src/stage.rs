//! The syntax stage: Universal Dependencies words for every sentence of a language that has a
//! model, stored on the document's `Sentence` annotations (the one sentence layer).
//!
//! It runs right after the sentence stage. Each sentence's tokens come from the pipeline's one
//! tokenizer (`vigie_text::tokens`), contractions are split by `lexicons/<lang>/contractions.toml`
//! (see [`crate::words`]), then the language's model tags, lemmatises and parses them. A language
//! without a model (no `models/syntax/<lang>/syntax.model`) gets sentences without words, as
//! before this stage existed.
//!
//! Models are read from the resources (embedded in the binary, or `VIGIE_RESOURCES=DIR`), each
//! the first time an article of its language comes, once per process: every pipeline built in
//! the process, and every ingest worker, shares them. `SyntaxStage::from_dir` reads a folder of
//! models instead (`vigie extract --conllu --syntax-models DIR`).

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock, RwLock};

use vigie_core::{AnnotationData, Document, Stage, StageError};
use vigie_resources::BinarySource;

use crate::model::MODEL_FILE;
use crate::tokens::Contractions;
use crate::words::{analysed_words, tagged_words_of};
use crate::SyntaxModel;

/// The model and contraction table of one language.
pub struct Language {
    pub model: SyntaxModel,
    pub contractions: Contractions,
}

/// Where models come from.
enum Source {
    /// `models/syntax/<lang>/syntax.model` in the resources.
    Resources,
    /// `DIR/<lang>/syntax.model`.
    Dir(PathBuf),
}

/// One language's load: done at most once; `Ok(None)` for a language without a model, `Err`
/// (the message, with the file's path) for a model or table that does not load.
type Slot = Arc<OnceLock<Result<Option<Arc<Language>>, String>>>;

/// The languages met so far, each loaded once.
struct Models {
    source: Source,
    loaded: RwLock<HashMap<String, Slot>>,
}

impl Models {
    fn new(source: Source) -> Models {
        Models {
            source,
            loaded: RwLock::new(HashMap::new()),
        }
    }

    fn get(&self, lang: &str) -> Result<Option<Arc<Language>>, String> {
        // A language code names a folder: anything but letters, digits and `-`/`_` (a path)
        // has no model.
        if lang.is_empty()
            || !lang
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return Ok(None);
        }
        let found = self
            .loaded
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(lang)
            .cloned();
        let slot = match found {
            Some(slot) => slot,
            None => self
                .loaded
                .write()
                .unwrap_or_else(|e| e.into_inner())
                .entry(lang.to_string())
                .or_default()
                .clone(),
        };
        // Loading happens outside the map's lock: another language is not held up, and the
        // workers that want this one wait for the first to finish reading it.
        slot.get_or_init(|| self.load(lang).map(|l| l.map(Arc::new)))
            .clone()
    }

    fn load(&self, lang: &str) -> Result<Option<Language>, String> {
        let model = match &self.source {
            Source::Resources => {
                let path = format!("models/syntax/{lang}/{MODEL_FILE}");
                // Read as a stream, embedded or not: no copy of the file is held.
                match vigie_resources::binary_source(&path) {
                    Some(BinarySource::Embedded { origin, bytes }) => {
                        let model = SyntaxModel::from_bytes(bytes, &origin);
                        vigie_resources::release_embedded(&path);
                        model
                    }
                    Some(BinarySource::File(file)) => SyntaxModel::load(&file),
                    None => return Ok(None),
                }
            }
            Source::Dir(dir) => {
                let path = dir.join(lang).join(MODEL_FILE);
                if !path.is_file() {
                    return Ok(None);
                }
                SyntaxModel::load(&path)
            }
        }
        .map_err(|e| e.to_string())?;
        let table = format!("lexicons/{lang}/contractions.toml");
        let contractions = match vigie_resources::file(&table) {
            Some(r) => Contractions::parse(&r.path, &r.contents).map_err(|e| e.to_string())?,
            None => Contractions::default(),
        };
        Ok(Some(Language {
            model,
            contractions,
        }))
    }
}

/// The models of the resources, shared by every stage built in the process.
fn resource_models() -> &'static Models {
    static MODELS: OnceLock<Models> = OnceLock::new();
    MODELS.get_or_init(|| Models::new(Source::Resources))
}

/// Fills the `words` of every `Sentence` annotation of a document whose language has a model.
pub struct SyntaxStage {
    /// `None`: the resources' models, shared by the process.
    own: Option<Models>,
}

impl Default for SyntaxStage {
    fn default() -> Self {
        SyntaxStage::new()
    }
}

impl SyntaxStage {
    /// The stage with the models of the resources (embedded, or `VIGIE_RESOURCES=DIR`).
    pub fn new() -> SyntaxStage {
        SyntaxStage { own: None }
    }

    /// The stage with the models of `DIR/<lang>/syntax.model`.
    pub fn from_dir(dir: PathBuf) -> SyntaxStage {
        SyntaxStage {
            own: Some(Models::new(Source::Dir(dir))),
        }
    }

    fn models(&self) -> &Models {
        self.own.as_ref().unwrap_or_else(|| resource_models())
    }

    /// The model and contractions of `lang`; `Ok(None)` when it has no model.
    pub fn language(&self, lang: &str) -> Result<Option<Arc<Language>>, String> {
        self.models().get(lang)
    }
}

impl Stage for SyntaxStage {
    fn name(&self) -> &'static str {
        "syntax"
    }

    /// Loads the model of every language of the resources (the folders of `lexicons/`) that has
    /// one, so that ingest reads them once at start-up rather than inside the first article's
    /// time budget.
    fn prepare(&self) -> Result<(), StageError> {
        let mut languages: Vec<String> = vigie_resources::files("lexicons/", ".toml")
            .iter()
            .filter_map(|r| r.language().map(str::to_string))
            .collect();
        languages.dedup();
        for lang in languages {
            self.language(&lang).map_err(|message| StageError {
                stage: "syntax",
                message,
            })?;
        }
        Ok(())
    }

    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        let Some(lang) = doc.meta.language.as_deref() else {
            return Ok(());
        };
        let language = match self.language(lang) {
            Ok(Some(language)) => language,
            Ok(None) => return Ok(()),
            Err(message) => {
                return Err(StageError {
                    stage: "syntax",
                    message,
                })
            }
        };
        let text = &doc.text;
        for a in doc.annotations.iter_mut() {
            let AnnotationData::Sentence(sentence) = &mut a.data else {
                continue;
            };
            let (words, spans) =
                tagged_words_of(text, a.span, &language.contractions, &language.model);
            sentence.words = analysed_words(text, &language.model, &words, &spans);
        }
        Ok(())
    }
}
