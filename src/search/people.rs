//! The people registry of a searcher generation, and each segment's speaker ordinals mapped to
//! people: facet counts, filters and hits give one canonical name a person (see
//! [`crate::people::registry`]). Built once for each generation of the index (the forms are read from
//! the term dictionaries, not from documents: a few milliseconds for the bundled corpus) and kept
//! until the index changes.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tantivy::schema::Facet;
use tantivy::{Searcher, Term};

use crate::index::schema::names;
use crate::people::{Aliases, Person, Registry};

/// A person id in a [`People`]'s registry for an ordinal with no person (cannot happen: every form
/// of the index has one; kept apart rather than trusted).
pub(crate) const NO_PERSON: u32 = u32::MAX;

/// The registry of one searcher generation, with each segment's ordinal → person table.
pub(crate) struct People {
    generation: u64,
    /// Who is who.
    pub registry: Registry,
    /// For each segment of the searcher (by its ordinal in the searcher), each speaker ordinal's
    /// person, an index into `registry.people()`.
    by_segment_ord: Vec<Vec<u32>>,
}

impl People {
    fn build(searcher: &Searcher) -> tantivy::Result<People> {
        let field = searcher.schema().get_field(names::SPEAKER_FACET)?;
        let mut readouts: HashMap<String, u64> = HashMap::new();
        let mut segment_forms: Vec<Vec<String>> = Vec::new();
        for segment in searcher.segment_readers() {
            let inverted = segment.inverted_index(field)?;
            let mut terms = inverted.terms().stream()?;
            while terms.advance() {
                let form = decode(terms.key())?;
                *readouts.entry(form).or_default() += u64::from(terms.value().doc_freq);
            }
            let reader = segment.facet_reader(names::SPEAKER_FACET)?;
            let mut forms = Vec::with_capacity(reader.num_facets());
            let mut stream = reader.facet_dict().stream()?;
            while stream.advance() {
                forms.push(decode(stream.key())?);
            }
            segment_forms.push(forms);
        }
        let mut forms: Vec<(String, u64)> = readouts.into_iter().collect();
        // The registry's ties are broken by name, but its input order decides nothing else: sorted
        // anyway, so that a build is the same whatever the hash order.
        forms.sort_unstable();
        let registry = Registry::build(forms, Aliases::bundled());
        let person_of: HashMap<&str, u32> = registry
            .people()
            .iter()
            .enumerate()
            .flat_map(|(p, person)| person.forms.iter().map(move |f| (f.as_str(), p as u32)))
            .collect();
        let by_segment_ord = segment_forms
            .iter()
            .map(|forms| forms.iter().map(|f| person_of.get(f.as_str()).copied().unwrap_or(NO_PERSON)).collect())
            .collect();
        Ok(People { generation: searcher.generation().generation_id(), registry, by_segment_ord })
    }

    /// The person of speaker ordinal `ord` of the searcher's segment `segment`.
    pub(crate) fn of_ord(&self, segment: usize, ord: usize) -> u32 {
        self.by_segment_ord.get(segment).and_then(|ords| ords.get(ord)).copied().unwrap_or(NO_PERSON)
    }

    /// The `limit` people with the highest counts, ties by name, from per-segment counts by
    /// ordinal. A readout names a person by one form (extraction resolves a readout's names to
    /// one), so summing the forms' counts counts readouts.
    pub(crate) fn top(&self, per_segment: &[(usize, Vec<u32>)], limit: usize) -> Vec<(String, u64)> {
        let mut totals = vec![0u64; self.registry.people().len()];
        for (segment, counts) in per_segment {
            for (ord, &count) in counts.iter().enumerate() {
                if count > 0 {
                    let person = self.of_ord(*segment, ord);
                    if let Some(total) = totals.get_mut(person as usize) {
                        *total += u64::from(count);
                    }
                }
            }
        }
        let people = self.registry.people();
        let mut found: Vec<(usize, u64)> = totals.into_iter().enumerate().filter(|&(_, c)| c > 0).collect();
        found.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| people[a.0].name.cmp(&people[b.0].name)));
        found.truncate(limit);
        found.into_iter().map(|(p, c)| (people[p].name.clone(), c)).collect()
    }

    /// The speaker facet terms of every form of `person`.
    pub(crate) fn terms(person: &Person, field: tantivy::schema::Field) -> Vec<Term> {
        person.forms.iter().map(|form| Term::from_facet(field, &Facet::from_path([form.as_str()]))).collect()
    }

    /// `speakers` (forms as stored) as canonical names, each person once, in their order.
    pub(crate) fn canonical(&self, speakers: Vec<String>) -> Vec<String> {
        let mut out: Vec<String> = Vec::with_capacity(speakers.len());
        for form in speakers {
            let name = self.registry.canonical(&form).to_string();
            if !out.contains(&name) {
                out.push(name);
            }
        }
        out
    }
}

fn decode(encoded: &[u8]) -> tantivy::Result<String> {
    let facet = Facet::from_encoded(encoded.to_vec())
        .map_err(|e| tantivy::TantivyError::InternalError(format!("speaker facet is not UTF-8: {e}")))?;
    Ok(facet.to_path().last().map(|s| s.to_string()).unwrap_or_default())
}

/// The people of the latest searcher generation asked for.
#[derive(Default)]
pub(crate) struct PeopleCache {
    latest: Mutex<Option<Arc<People>>>,
}

impl PeopleCache {
    /// The people of `searcher`'s generation: kept, or built now.
    pub(crate) fn get(&self, searcher: &Searcher) -> tantivy::Result<Arc<People>> {
        let generation = searcher.generation().generation_id();
        let mut latest = self.latest.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(people) = latest.as_ref().filter(|p| p.generation == generation) {
            return Ok(Arc::clone(people));
        }
        let people = Arc::new(People::build(searcher)?);
        *latest = Some(Arc::clone(&people));
        Ok(people)
    }
}
