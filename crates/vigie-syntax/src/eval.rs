//! Scores of predicted against gold words, as in the CoNLL 2018 shared task from gold
//! tokens: UPOS, UFeats (the whole FEATS string), lemma accuracy, UAS and LAS (head and the
//! universal part of the relation, subtypes after `:` ignored), over all words.

use crate::Sentence;

/// Correct counts over `words`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub words: usize,
    pub upos: usize,
    pub feats: usize,
    pub lemma: usize,
    pub uas: usize,
    pub las: usize,
}

impl Counts {
    pub fn rate(&self, correct: usize) -> f64 {
        correct as f64 / self.words.max(1) as f64
    }
}

fn universal(deprel: &str) -> &str {
    deprel.split(':').next().unwrap_or(deprel)
}

/// Compares sentences word by word; both sides must have the same words.
pub fn score(gold: &[Sentence], predicted: &[Sentence]) -> Result<Counts, String> {
    if gold.len() != predicted.len() {
        return Err(format!(
            "{} gold sentences, {} predicted",
            gold.len(),
            predicted.len()
        ));
    }
    let mut c = Counts::default();
    for (n, (g, p)) in gold.iter().zip(predicted).enumerate() {
        if g.words.len() != p.words.len() {
            return Err(format!("sentence {}: words differ", n + 1));
        }
        for (g, p) in g.words.iter().zip(&p.words) {
            c.words += 1;
            c.upos += usize::from(g.upos == p.upos);
            c.feats += usize::from(g.feats == p.feats);
            c.lemma += usize::from(g.lemma == p.lemma);
            let head = g.head == p.head;
            c.uas += usize::from(head);
            c.las += usize::from(head && universal(&g.deprel) == universal(&p.deprel));
        }
    }
    Ok(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conllu::parse;

    #[test]
    fn las_ignores_subtypes_but_not_heads() {
        let gold = parse(
            "1\tIl\til\tPRON\t_\tPerson=3\t2\tnsubj:pass\t_\t_\n\
             2\test\têtre\tAUX\t_\t_\t3\taux:pass\t_\t_\n\
             3\tvu\tvoir\tVERB\t_\tVoice=Pass\t0\troot\t_\t_\n\
             4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_\n\n",
            "gold",
        )
        .unwrap();
        let predicted = parse(
            "1\tIl\til\tPRON\t_\tPerson=3\t2\tnsubj\t_\t_\n\
             2\test\test\tVERB\t_\t_\t3\taux:tense\t_\t_\n\
             3\tvu\tvoir\tVERB\t_\t_\t0\tccomp\t_\t_\n\
             4\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n",
            "predicted",
        )
        .unwrap();
        let c = score(&gold, &predicted).unwrap();
        assert_eq!(
            c,
            Counts {
                words: 4,
                upos: 3,
                feats: 3,
                lemma: 3,
                uas: 3,
                las: 2,
            }
        );
        assert!(score(&gold, &[]).is_err());
    }
}
