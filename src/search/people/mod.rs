//! The people registry of a searcher generation, and each segment's speaker ordinals mapped to
//! people: facet counts, filters and hits give one canonical name a person (see
//! [`crate::people::registry`]). Built once for each generation of the index (the forms are read from
//! the term dictionaries, not from documents: 14 ms for the bundled corpus), kept in memory until
//! the index changes and on disk beside the generation for the next process (`src/index/kept.rs`;
//! what a search reads back is described at [`People`]). The who's who is `whos_who.rs`.

use std::collections::HashMap;
use std::sync::OnceLock;

mod packed;
use packed::{Details, Numbers, Strings};

use tantivy::schema::Facet;
use tantivy::{Searcher, Term};

use serde::{Deserialize, Serialize};

use crate::Index;
use crate::error::Result;
use crate::index::kept::{Keepable, KeptCache, version_of};
use crate::index::schema::names;
use crate::people::registry::RegistryParts;
use crate::people::{Aliases, Person, Registry};

/// A person id in a [`People`]'s registry for an ordinal with no person (cannot happen: every form
/// of the index has one; kept apart rather than trusted).
pub(crate) const NO_PERSON: u32 = u32::MAX;

/// The registry of one searcher generation, with each segment's ordinal → person table.
///
/// A search needs the canonical name of a form and of a person number, not the whole registry:
/// those are kept as two [`Strings`] (every form in order, every canonical name), read back with
/// an allocation each; the registry itself (each person's forms, the words of every name asked
/// for) is read from its kept bytes only when a name is looked up or people are listed. Reading
/// the whole registry back was 45% of the instructions of a `readouts search Svalbard` process
/// (7.3 M of 16.0 M: 11,000 strings allocated one by one).
pub(crate) struct People {
    /// Who is who: built, or read from `lists.registry` when first asked for.
    registry: OnceLock<Registry>,
    /// What a search reads, as kept on disk (the registry's bytes empty when it was built in this
    /// process).
    lists: KeptPeople,
}

impl People {
    /// Who is who, read from its kept bytes the first time.
    pub(crate) fn registry(&self) -> Result<&Registry> {
        if let Some(registry) = self.registry.get() {
            return Ok(registry);
        }
        let registry = postcard::from_bytes::<RegistryParts>(&self.lists.registry)
            .ok()
            .and_then(Registry::from_parts)
            .filter(|r| r.people().len() == self.lists.names.len())
            .ok_or_else(|| {
                tantivy::TantivyError::InternalError("the people registry kept beside the index cannot be read".into())
            })?;
        Ok(self.registry.get_or_init(|| registry))
    }

    /// The number of the person of a form the index holds.
    fn number_of_form(&self, form: &str) -> Option<usize> {
        let (mut low, mut high) = (0, self.lists.forms.len());
        while low < high {
            let middle = (low + high) / 2;
            match self.lists.forms.get(middle).cmp(form) {
                std::cmp::Ordering::Less => low = middle + 1,
                std::cmp::Ordering::Greater => high = middle,
                std::cmp::Ordering::Equal => return Some(self.lists.form_person.0[middle] as usize),
            }
        }
        None
    }

    /// The canonical name of a form the index holds (the form itself when it is unknown).
    pub(crate) fn canonical_name<'a>(&'a self, form: &'a str) -> &'a str {
        self.number_of_form(form).map_or(form, |p| self.lists.names.get(p))
    }

    /// The country readouts most often say `person` (an index into the registry) speaks for.
    pub(crate) fn country_of(&self, person: usize) -> Option<&str> {
        self.lists.details.country(person).map(|l| self.lists.labels[l as usize].as_str())
    }

    /// The titles readouts give `person`, most frequent first.
    pub(crate) fn titles_of(&self, person: usize) -> impl Iterator<Item = &str> {
        self.lists.details.titles(person).iter().map(|&l| self.lists.labels[l as usize].as_str())
    }

    /// Everyone readouts say speaks for the country `code`.
    pub(crate) fn of_country<'a>(&'a self, code: &'a str) -> Result<impl Iterator<Item = &'a Person> + 'a> {
        Ok(self
            .registry()?
            .people()
            .iter()
            .enumerate()
            .filter(move |(p, _)| self.country_of(*p) == Some(code))
            .map(|(_, person)| person))
    }

    /// A readout's roles under canonical names, each person once, with the person's usual country
    /// where the readout gives none.
    pub(crate) fn roles(
        &self,
        roles: &[crate::readout::SpeakerRole],
        speakers: &[String],
    ) -> Vec<crate::readout::SpeakerRole> {
        let mut out: Vec<crate::readout::SpeakerRole> = Vec::new();
        for form in speakers {
            let person = self.number_of_form(form);
            let name = person.map_or(form.as_str(), |p| self.lists.names.get(p)).to_string();
            if out.iter().any(|r| r.name == name) {
                continue;
            }
            let given = roles.iter().find(|r| &r.name == form);
            let usual = person.and_then(|p| self.country_of(p)).map(str::to_string);
            out.push(crate::readout::SpeakerRole {
                name,
                title: given.and_then(|r| r.title.clone()),
                country: given.and_then(|r| r.country.clone()).or(usual),
            });
        }
        out
    }

    /// The person of speaker ordinal `ord` of the searcher's segment `segment`.
    pub(crate) fn of_ord(&self, segment: usize, ord: usize) -> u32 {
        self.lists.by_segment_ord.get(segment).and_then(|ords| ords.0.get(ord)).copied().unwrap_or(NO_PERSON)
    }

    /// The `limit` people with the highest counts, ties by name, from per-segment counts by
    /// ordinal. A readout names a person by one form (extraction resolves a readout's names to
    /// one), so summing the forms' counts counts readouts.
    pub(crate) fn top(&self, per_segment: &[(usize, Vec<u32>)], limit: usize) -> Vec<(String, u64)> {
        let mut totals = vec![0u64; self.lists.names.len()];
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
        let mut found: Vec<(usize, u64)> = totals.into_iter().enumerate().filter(|&(_, c)| c > 0).collect();
        found.sort_unstable_by(|a, b| {
            b.1.cmp(&a.1).then_with(|| self.lists.names.get(a.0).cmp(self.lists.names.get(b.0)))
        });
        found.truncate(limit);
        found.into_iter().map(|(p, c)| (self.lists.names.get(p).to_string(), c)).collect()
    }

    /// The speaker facet terms of every form of `person`.
    pub(crate) fn terms(person: &Person, field: tantivy::schema::Field) -> Vec<Term> {
        person.forms.iter().map(|form| Term::from_facet(field, &Facet::from_path([form.as_str()]))).collect()
    }

    /// `speakers` (forms as stored) as canonical names, each person once, in their order.
    pub(crate) fn canonical(&self, speakers: Vec<String>) -> Vec<String> {
        let mut out: Vec<String> = Vec::with_capacity(speakers.len());
        for form in speakers {
            let name = self.canonical_name(&form).to_string();
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

/// The people of the latest searcher generation asked for (see `src/index/kept.rs`).
pub(crate) type PeopleCache = KeptCache<People>;

impl Keepable for People {
    type Kept = KeptPeople;
    const NAME: &'static str = "people";

    /// The code that builds the registry and the data it is built with (a new rule, a new alias
    /// line, another name folding).
    fn version() -> &'static str {
        static VERSION: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
            version_of(
                "people",
                &[
                    include_str!("mod.rs"),
                    include_str!("packed.rs"),
                    include_str!("../../people/registry.rs"),
                    include_str!("../../people/name.rs"),
                    crate::people::registry::BUNDLED_TXT,
                    crate::people::name::DATA_VERSION_INPUT,
                ],
            )
        });
        &VERSION
    }

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
            .map(|forms| {
                Numbers(forms.iter().map(|f| person_of.get(f.as_str()).copied().unwrap_or(NO_PERSON)).collect())
            })
            .collect();
        let count = registry.people().len();
        let mut details = Details::default();
        let mut labels: Vec<String> = Vec::new();
        if let Ok(role_field) = searcher.schema().get_field(names::SPEAKER_ROLE) {
            let mut titles: Vec<HashMap<String, u64>> = vec![HashMap::new(); count];
            let mut countries: Vec<HashMap<String, u64>> = vec![HashMap::new(); count];
            for segment in searcher.segment_readers() {
                let inverted = segment.inverted_index(role_field)?;
                let mut terms = inverted.terms().stream()?;
                while terms.advance() {
                    let Some(role) = std::str::from_utf8(terms.key()).ok().and_then(crate::index::schema::decode_role)
                    else {
                        continue;
                    };
                    let Some(&p) = person_of.get(role.name.as_str()) else { continue };
                    let n = u64::from(terms.value().doc_freq);
                    if let Some(title) = role.title {
                        *titles[p as usize].entry(title).or_default() += n;
                    }
                    if let Some(country) = role.country {
                        *countries[p as usize].entry(country).or_default() += n;
                    }
                }
            }
            let mut label_of: HashMap<String, u32> = HashMap::new();
            let mut ranked = |counts: HashMap<String, u64>| {
                let mut v: Vec<(String, u64)> = counts.into_iter().collect();
                v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
                v.into_iter()
                    .map(|(label, _)| {
                        *label_of.entry(label).or_insert_with_key(|label| {
                            labels.push(label.clone());
                            (labels.len() - 1) as u32
                        })
                    })
                    .collect::<Vec<u32>>()
            };
            for p in 0..count {
                let titles = ranked(std::mem::take(&mut titles[p]));
                details.push(&titles, ranked(std::mem::take(&mut countries[p])).first().copied());
            }
        } else {
            (0..count).for_each(|_| details.push(&[], None));
        }
        Ok(People::of(registry, by_segment_ord, details, labels))
    }

    fn to_kept(&self) -> KeptPeople {
        let mut kept = self.lists.clone();
        if let Some(registry) = self.registry.get().filter(|_| kept.registry.is_empty()) {
            kept.registry = postcard::to_stdvec(&registry.to_parts()).unwrap_or_default();
        }
        kept
    }

    /// The people kept for `searcher`'s segments; `None` when the parts do not fit together (a
    /// person, a label or a segment that is not there: what would make a lookup panic). The
    /// forms' order is the writer's (the file's hash and version say it is this code's), not
    /// checked again: comparing 11,000 forms took a quarter of reading them. The registry's own
    /// bytes are checked when it is first read ([`People::registry`]).
    fn from_kept(kept: KeptPeople, searcher: &Searcher) -> Option<People> {
        let count = kept.names.len();
        let fits = kept.names.fits()
            && kept.forms.fits()
            && kept.forms.len() == kept.form_person.0.len()
            && kept.form_person.0.iter().all(|&p| (p as usize) < count)
            && kept.details.len() == count
            && kept.details.fits(kept.labels.len())
            && kept.by_segment_ord.len() == searcher.segment_readers().len()
            && kept.by_segment_ord.iter().flat_map(|n| &n.0).all(|&p| p == NO_PERSON || (p as usize) < count);
        if !fits {
            return None;
        }
        Some(People { registry: OnceLock::new(), lists: kept })
    }
}

impl People {
    /// People of a registry built in this process.
    fn of(registry: Registry, by_segment_ord: Vec<Numbers>, details: Details, labels: Vec<String>) -> People {
        let names = Strings::of(registry.people().iter().map(|p| p.name.as_str()));
        let (forms, form_person): (Vec<&str>, Vec<u32>) = registry.forms_in_order().unzip();
        let lists = KeptPeople {
            registry: Vec::new(),
            names,
            forms: Strings::of(forms),
            form_person: Numbers(form_person),
            by_segment_ord,
            details,
            labels,
        };
        People { registry: OnceLock::from(registry), lists }
    }
}

/// [`People`] as kept on disk.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct KeptPeople {
    /// [`RegistryParts`] (postcard), read only when asked for.
    #[serde(with = "serde_bytes")]
    registry: Vec<u8>,
    /// Each person's canonical name, by person number.
    names: Strings,
    /// Every form of the registry, in order ...
    forms: Strings,
    /// ... and the number of its person.
    form_person: Numbers,
    /// For each segment of the searcher (by its ordinal in the searcher), each speaker ordinal's
    /// person, an index into `names`.
    by_segment_ord: Vec<Numbers>,
    /// What readouts say each person is.
    details: Details,
    /// The titles and country codes `details` refers to, each once.
    labels: Vec<String>,
}

impl Index {
    /// `readout` as searches show it: each speaker (and each statement's) by their canonical name, once, and the roles
    /// under those names (what `show` and the server print; `export` keeps the forms as written).
    pub fn with_canonical_names(&self, mut readout: crate::Readout) -> Result<crate::Readout> {
        let people = self.cache::<PeopleCache>().get(self, &self.searcher())?;
        readout.roles = people.roles(&readout.roles, &readout.speakers);
        readout.speakers = people.canonical(std::mem::take(&mut readout.speakers));
        for statement in &mut readout.statements {
            statement.speaker = people.canonical_name(&statement.speaker).to_string();
        }
        Ok(readout)
    }
}

#[cfg(test)]
mod tests {
    use crate::index::kept::Keepable;
    use crate::search::PeopleRequest;
    use crate::{Index, Readout, SearchRequest, complete};

    fn readout(id: &str, title: &str, body: &str) -> Readout {
        let mut r = Readout { id: id.into(), title: title.into(), body: body.into(), ..Default::default() };
        complete(&mut r);
        r
    }

    /// A second process reads the registry the first kept, and answers as the first did.
    #[test]
    fn a_kept_registry_answers_as_the_one_built() {
        let dir = tempfile::tempdir().unwrap();
        let index = Index::create(dir.path()).unwrap();
        let mut writer = index.writer().unwrap();
        for (id, title, body) in [
            (
                "a",
                "Secretary Blinken’s Call with Armenian Prime Minister Pashinyan",
                "Secretary of State Antony J. Blinken spoke with Armenian Prime Minister Nikol Pashinyan.",
            ),
            (
                "b",
                "Secretary Blinken’s Meeting with Azerbaijani President Aliyev",
                "Secretary Blinken met with President Ilham Aliyev of Azerbaijan.",
            ),
            ("c", "Statement from President Joe Biden", "Today, President Biden said the agreement was historic."),
            (
                "d",
                "Readout of President Joseph R. Biden Jr.’s Call with Prime Minister Pashinyan",
                "President Joseph R. Biden Jr. spoke with Prime Minister Nikol Pashinyan of Armenia.",
            ),
        ] {
            writer.add(&readout(id, title, body)).unwrap();
        }
        writer.commit().unwrap();
        index.reload().unwrap();
        let asked = |index: &Index| {
            let people = index.people(&PeopleRequest::default()).unwrap();
            let search = index.search(&SearchRequest::new("")).unwrap();
            let filtered = index.search(&SearchRequest::new("").speaker("Joseph Biden")).unwrap();
            let hits = |r: crate::SearchResults| r.hits.into_iter().map(|h| (h.id, h.speakers)).collect::<Vec<_>>();
            (people, search.facets.speaker.clone(), hits(search), hits(filtered))
        };
        let built = asked(&index);
        assert!(dir.path().read_dir().unwrap().flatten().any(|g| g.path().join("people.kept").exists()));
        let reopened = Index::open(dir.path()).unwrap();
        assert_eq!(asked(&reopened), built);
        assert_eq!(built.0.iter().find(|p| p.name == "Joe Biden").map(|p| p.readouts), Some(2));
        // What the next process reads is what it uses: titles changed in the file show.
        let searcher = index.searcher();
        let mut kept: super::KeptPeople = index.kept(super::People::NAME, super::People::version(), &searcher).unwrap();
        assert!(!kept.labels.is_empty());
        kept.labels.iter_mut().for_each(|label| *label = "Tampered".into());
        index.keep(super::People::NAME, super::People::version(), &searcher, &kept);
        let people = Index::open(dir.path()).unwrap().people(&PeopleRequest::default()).unwrap();
        assert!(people.iter().any(|p| p.titles.iter().any(|t| t == "Tampered")));
        // The registry itself is read when a name is looked up: unreadable, a search that needs no
        // name still answers, and one that does gets an error, not a panic.
        let registry = std::mem::replace(&mut kept.registry, vec![7, 7, 7]);
        index.keep(super::People::NAME, super::People::version(), &searcher, &kept);
        let damaged = Index::open(dir.path()).unwrap();
        assert_eq!(damaged.search(&SearchRequest::new("")).unwrap().total, 4);
        assert!(damaged.search(&SearchRequest::new("").speaker("Joseph Biden")).is_err());
        kept.registry = registry;
        // Parts that do not fit together are no registry: built again.
        kept.by_segment_ord = vec![super::Numbers(vec![u32::MAX - 1])];
        index.keep(super::People::NAME, super::People::version(), &searcher, &kept);
        assert_eq!(asked(&Index::open(dir.path()).unwrap()), built);
    }
}
