//! Lemmas: the (form, UPOS) → lemma dictionary of the treebank, then suffix edit scripts
//! ("strip 2 characters, append `ir`") keyed by UPOS + the longest form suffix seen in training.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::features::{hash_str, Fnv, IdMap};

use crate::model::{intern, ByteReader, ByteWriter};
use crate::Sentence;

/// Longest form suffix a rule is keyed by.
const MAX_SUFFIX: usize = 6;

/// An edit script from a form to its lemma.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Rule {
    /// Lowercase the form first ("Était" → "être").
    lower: bool,
    /// Characters removed from the end.
    strip: u32,
    /// Then appended.
    append: String,
}

impl Rule {
    fn learn(form: &str, lemma: &str) -> Rule {
        let lower = form.chars().any(char::is_uppercase) && !lemma.chars().any(char::is_uppercase);
        let base: Vec<char> = if lower {
            form.to_lowercase().chars().collect()
        } else {
            form.chars().collect()
        };
        let lem: Vec<char> = lemma.chars().collect();
        let common = base.iter().zip(&lem).take_while(|(a, b)| a == b).count();
        Rule {
            lower,
            strip: (base.len() - common) as u32,
            append: lem[common..].iter().collect(),
        }
    }

    fn apply(&self, form: &str) -> Option<String> {
        let base: Vec<char> = if self.lower {
            form.to_lowercase().chars().collect()
        } else {
            form.chars().collect()
        };
        let keep = base.len().checked_sub(self.strip as usize)?;
        let mut out: String = base[..keep].iter().collect();
        out.push_str(&self.append);
        (!out.is_empty()).then_some(out)
    }
}

/// The lemmatizer: dictionary first, rules for unseen forms.
pub struct Lemmatizer {
    /// What writing the model needs, in the file's order: `form \t UPOS` → lemma and
    /// `UPOS \t lowercase suffix` → index of the most frequent rule, both sorted by key. Kept by
    /// training, not by a model read to annotate (lookups go through the hashes below).
    keys: Option<Keys>,
    rules: Vec<Rule>,
    /// Hash of `form \t UPOS` → its lemma (interned: the words of every document borrow it),
    /// looked up without building the key string.
    dictionary_index: IdMap<&'static str>,
    /// Hash of `UPOS \t lowercase suffix` → its rule.
    suffix_index: IdMap<u32>,
}

struct Keys {
    dictionary: Vec<(String, &'static str)>,
    by_suffix: Vec<(String, u32)>,
}

/// Hash of `a \t b`, as [`hash_str`] of that string.
fn key_hash(a: &str, b: &str) -> u64 {
    let mut h = Fnv::default();
    h.write(a.as_bytes());
    h.write(b"\t");
    h.write(b.as_bytes());
    h.finish()
}

fn key(a: &str, b: &str) -> String {
    let mut k = String::with_capacity(a.len() + b.len() + 1);
    k.push_str(a);
    k.push('\t');
    k.push_str(b);
    k
}

fn suffix(lower: &[char], k: usize) -> String {
    lower[lower.len() - k..].iter().collect()
}

impl Lemmatizer {
    pub fn train(sentences: &[Sentence]) -> Lemmatizer {
        let mut seen: HashMap<String, HashMap<String, u32>> = HashMap::new();
        let mut rule_ids: HashMap<Rule, u32> = HashMap::new();
        let mut rules = Vec::new();
        let mut votes: HashMap<String, HashMap<u32, u32>> = HashMap::new();
        for w in sentences.iter().flat_map(|s| &s.words) {
            if w.lemma == "_" && w.form != "_" {
                continue;
            }
            *seen
                .entry(key(&w.form, &w.upos))
                .or_default()
                .entry(w.lemma.clone())
                .or_default() += 1;
            let rule = Rule::learn(&w.form, &w.lemma);
            let id = *rule_ids.entry(rule.clone()).or_insert_with(|| {
                rules.push(rule);
                rules.len() as u32 - 1
            });
            let lower: Vec<char> = w.form.to_lowercase().chars().collect();
            for k in 0..=MAX_SUFFIX.min(lower.len()) {
                *votes
                    .entry(key(&w.upos, &suffix(&lower, k)))
                    .or_default()
                    .entry(id)
                    .or_default() += 1;
            }
        }
        let most = |m: HashMap<String, u32>| {
            let mut v: Vec<(String, u32)> = m.into_iter().collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            v.into_iter().next().map(|(l, _)| l)
        };
        let mut dictionary: Vec<(String, String)> = seen
            .into_iter()
            .filter_map(|(k, m)| most(m).map(|l| (k, l)))
            .collect();
        dictionary.sort();
        let dictionary: Vec<(String, &'static str)> = dictionary
            .into_iter()
            .map(|(k, l)| (k, intern(&l)))
            .collect();
        let mut by_suffix: Vec<(String, u32)> = votes
            .into_iter()
            .filter_map(|(k, m)| {
                let mut v: Vec<(u32, u32)> = m.into_iter().collect();
                v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                v.first().map(|&(id, _)| (k, id))
            })
            .collect();
        by_suffix.sort();
        let dictionary_index = dictionary.iter().map(|(k, l)| (hash_str(k), *l)).collect();
        let suffix_index = by_suffix.iter().map(|(k, id)| (hash_str(k), *id)).collect();
        Lemmatizer {
            keys: Some(Keys {
                dictionary,
                by_suffix,
            }),
            rules,
            dictionary_index,
            suffix_index,
        }
    }

    fn known(&self, form: &str, upos: &str) -> Option<&'static str> {
        self.dictionary_index.get(&key_hash(form, upos)).copied()
    }

    /// The lemma of `form` tagged `upos`: borrowed from the dictionary when it knows the form.
    pub fn lemma_static(&self, form: &str, upos: &str) -> Cow<'static, str> {
        if let Some(l) = self.known(form, upos) {
            return Cow::Borrowed(l);
        }
        let lower: Cow<str> = if form.chars().any(char::is_uppercase) {
            form.to_lowercase().into()
        } else {
            form.into()
        };
        if lower != form {
            if let Some(l) = self.known(&lower, upos) {
                return Cow::Borrowed(l);
            }
        }
        let starts: Vec<usize> = lower.char_indices().map(|(i, _)| i).collect();
        let n = starts.len();
        for k in (0..=MAX_SUFFIX.min(n)).rev() {
            let at = if k == 0 { lower.len() } else { starts[n - k] };
            if let Some(&id) = self.suffix_index.get(&key_hash(upos, &lower[at..])) {
                if let Some(l) = self.rules[id as usize].apply(form) {
                    return Cow::Owned(l);
                }
            }
        }
        Cow::Owned(form.to_string())
    }

    /// The lemma of `form` tagged `upos`, written into `out`.
    pub fn lemma_into(&self, form: &str, upos: &str, out: &mut String) {
        out.clear();
        out.push_str(&self.lemma_static(form, upos));
    }

    pub fn lemma(&self, form: &str, upos: &str) -> String {
        self.lemma_static(form, upos).into_owned()
    }

    /// Writes the lemmatizer; one read from a file (no keys) writes nothing, and
    /// `SyntaxModel::save` refuses it before.
    pub fn write(&self, out: &mut ByteWriter) {
        let Some(keys) = &self.keys else {
            return;
        };
        out.u32(keys.dictionary.len() as u32);
        for (k, v) in &keys.dictionary {
            out.string(k);
            out.string(v);
        }
        out.u32(self.rules.len() as u32);
        for r in &self.rules {
            out.u8(u8::from(r.lower));
            out.u32(r.strip);
            out.string(&r.append);
        }
        out.u32(keys.by_suffix.len() as u32);
        for (k, v) in &keys.by_suffix {
            out.string(k);
            out.u32(*v);
        }
    }

    /// Reads what [`Lemmatizer::write`] wrote, straight into the lookup tables (the key strings
    /// are kept only when `r` asks for them).
    pub fn read(r: &mut ByteReader) -> Result<Lemmatizer, String> {
        let keep = r.keep_keys();
        let n = r.u32()? as usize;
        let mut dictionary = Vec::new();
        let mut dictionary_index = IdMap::default();
        dictionary_index.reserve(n.min(r.remaining() / 8));
        for _ in 0..n {
            let k = r.string()?;
            let lemma = intern(&r.string()?);
            dictionary_index.insert(hash_str(&k), lemma);
            if keep {
                dictionary.push((k, lemma));
            }
        }
        let n = r.u32()? as usize;
        let mut rules = Vec::with_capacity(n.min(r.remaining() / 9));
        for _ in 0..n {
            let lower = r.u8()? != 0;
            let strip = r.u32()?;
            rules.push(Rule {
                lower,
                strip,
                append: r.string()?,
            });
        }
        let n = r.u32()? as usize;
        let mut by_suffix = Vec::new();
        let mut suffix_index = IdMap::default();
        suffix_index.reserve(n.min(r.remaining() / 8));
        for _ in 0..n {
            let k = r.string()?;
            let id = r.u32()?;
            if id as usize >= rules.len() {
                return Err(format!("lemma rule {id} out of {}", rules.len()));
            }
            suffix_index.insert(hash_str(&k), id);
            if keep {
                by_suffix.push((k, id));
            }
        }
        Ok(Lemmatizer {
            keys: keep.then_some(Keys {
                dictionary,
                by_suffix,
            }),
            rules,
            dictionary_index,
            suffix_index,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_generalise_to_unseen_forms() {
        let r = Rule::learn("Chantaient", "chanter");
        assert_eq!(r.apply("Dansaient").as_deref(), Some("danser"));
        let r = Rule::learn("chantaient", "chanter");
        assert_eq!(r.apply("dansaient").as_deref(), Some("danser"));
    }
}
