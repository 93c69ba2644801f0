//! The people registry of a searcher generation, and each segment's speaker ordinals mapped to
//! people: facet counts, filters and hits give one canonical name a person (see
//! [`crate::people::registry`]). Built once for each generation of the index (the forms are read from
//! the term dictionaries, not from documents: 14 ms for the bundled corpus), kept in memory until
//! the index changes and on disk beside the generation for the next process (`src/index/kept.rs`;
//! what a search reads back is described at [`People`]). The who's who is `whos_who.rs`.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

mod packed;
use packed::{Details, DetailsAt, DetailsWire, Numbers, NumbersAt, Strings, StringsAt, StringsWire};

use tantivy::schema::Facet;
use tantivy::{Searcher, Term};

use serde::{Deserialize, Serialize};

use crate::Index;
use crate::error::Result;
use crate::index::kept::{Keepable, KeptBytes, KeptCache, version_of};
use crate::index::schema::names;
use crate::people::registry::RegistryParts;
use crate::people::{Aliases, Person, Registry};

/// A person id in a [`People`]'s registry for an ordinal with no person (cannot happen: every form
/// of the index has one; kept apart rather than trusted).
pub(crate) const NO_PERSON: u32 = u32::MAX;

/// The registry of one searcher generation, with each segment's ordinal → person table.
///
/// A search needs the canonical name of a form and of a person number, not the whole registry:
/// those are kept as two [`Strings`] (every form in order, every canonical name), read where they
/// lie in the kept bytes; the registry itself (each person's forms, the words of every name asked
/// for) is decoded from its place in those bytes only when a name is looked up or people are
/// listed. Reading the
/// whole registry back was 45% of the instructions of a `readouts search Svalbard` process (7.3 M
/// of 16.0 M: 11,000 strings allocated one by one).
pub(crate) struct People {
    /// Who is who: built, or decoded from the bytes at `lists.registry` when first asked for.
    registry: OnceLock<Registry>,
    /// The kept bytes: mapped from the file an earlier process kept, or made by this one.
    bytes: KeptBytes,
    /// Where each list lies in `bytes`.
    lists: Places,
}

/// Where the lists of [`KeptPeople`] lie in their kept bytes, checked when found
/// ([`Places::of`]).
struct Places {
    registry: Range<usize>,
    names: StringsAt,
    forms: StringsAt,
    form_person: NumbersAt,
    by_segment_ord: Vec<NumbersAt>,
    details: DetailsAt,
    labels: StringsAt,
}

impl People {
    /// Who is who, decoded from its kept bytes the first time.
    pub(crate) fn registry(&self) -> Result<&Registry> {
        if let Some(registry) = self.registry.get() {
            return Ok(registry);
        }
        let registry = postcard::from_bytes::<RegistryParts>(&self.bytes.as_slice()[self.lists.registry.clone()])
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
        let bytes = self.bytes.as_slice();
        let (mut low, mut high) = (0, self.lists.forms.len());
        while low < high {
            let middle = (low + high) / 2;
            match self.lists.forms.get_bytes(bytes, middle).cmp(form.as_bytes()) {
                std::cmp::Ordering::Less => low = middle + 1,
                std::cmp::Ordering::Greater => high = middle,
                std::cmp::Ordering::Equal => return self.lists.form_person.get(bytes, middle).map(|p| p as usize),
            }
        }
        None
    }

    /// The canonical name of person `person`.
    fn name(&self, person: usize) -> &str {
        self.lists.names.get(self.bytes.as_slice(), person)
    }

    /// The canonical name of a form the index holds (the form itself when it is unknown).
    pub(crate) fn canonical_name<'a>(&'a self, form: &'a str) -> &'a str {
        self.number_of_form(form).map_or(form, |p| self.name(p))
    }

    /// The country readouts most often say `person` (an index into the registry) speaks for.
    pub(crate) fn country_of(&self, person: usize) -> Option<&str> {
        let label = self.lists.details.country(self.bytes.as_slice(), person)?;
        Some(self.lists.labels.get(self.bytes.as_slice(), label as usize)).filter(|country| !country.is_empty())
    }

    /// The titles readouts give `person`, most frequent first.
    pub(crate) fn titles_of(&self, person: usize) -> impl Iterator<Item = &str> {
        self.lists
            .details
            .titles(self.bytes.as_slice(), person)
            .map(|l| self.lists.labels.get(self.bytes.as_slice(), l as usize))
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
            let name = person.map_or(form.as_str(), |p| self.name(p)).to_string();
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

    /// The person of speaker ordinal `ord` of the searcher's segment `segment` ([`People::top`]
    /// reads them in order instead).
    #[cfg(test)]
    fn of_ord(&self, segment: usize, ord: usize) -> u32 {
        self.lists
            .by_segment_ord
            .get(segment)
            .and_then(|ords| ords.get(self.bytes.as_slice(), ord))
            .unwrap_or(NO_PERSON)
    }

    /// The `limit` people with the highest counts, ties by name, from per-segment counts by
    /// ordinal. A readout names a person by one form (extraction resolves a readout's names to
    /// one), so summing the forms' counts counts readouts.
    pub(crate) fn top(&self, per_segment: &[(usize, Vec<u32>)], limit: usize) -> Vec<(String, u64)> {
        let bytes = self.bytes.as_slice();
        let mut totals = vec![0u64; self.lists.names.len()];
        for (segment, counts) in per_segment {
            let Some(ords) = self.lists.by_segment_ord.get(*segment) else { continue };
            // Each segment's ordinals in order, read as they lie.
            for (&count, person) in counts.iter().zip(ords.iter(bytes)) {
                if count > 0
                    && let Some(total) = totals.get_mut(person as usize)
                {
                    *total += u64::from(count);
                }
            }
        }
        let mut found: Vec<(usize, u64)> = totals.into_iter().enumerate().filter(|&(_, c)| c > 0).collect();
        if limit == 0 {
            return Vec::new();
        }
        // By count first, then by name only the people whose counts reach the top `limit`: a
        // broad query's thousands of people seen once each are not sorted by name (unless fewer
        // than `limit` people are seen more than once).
        found.sort_unstable_by_key(|&(_, count)| std::cmp::Reverse(count));
        if let Some(&(_, lowest)) = found.get(limit.saturating_sub(1)) {
            found.truncate(found.partition_point(|&(_, count)| count >= lowest));
        }
        let name = |p: usize| self.lists.names.get_bytes(bytes, p);
        found.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| name(a.0).cmp(name(b.0))));
        found.truncate(limit);
        found.into_iter().map(|(p, c)| (self.name(p).to_string(), c)).collect()
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
                    include_str!("../../people/role.rs"),
                    include_str!("../../people/name.rs"),
                    crate::people::registry::BUNDLED_TXT,
                    crate::people::name::DATA_VERSION_INPUT,
                    crate::people::role::TITLE_KINDS_TXT,
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
        // What readouts say each form is: (form, title, country, readouts).
        let mut roles: Vec<(String, Option<String>, Option<String>, u64)> = Vec::new();
        if let Ok(role_field) = searcher.schema().get_field(names::SPEAKER_ROLE) {
            for segment in searcher.segment_readers() {
                let inverted = segment.inverted_index(role_field)?;
                let mut terms = inverted.terms().stream()?;
                while terms.advance() {
                    let Some(role) = std::str::from_utf8(terms.key()).ok().and_then(crate::index::schema::decode_role)
                    else {
                        continue;
                    };
                    roles.push((role.name, role.title, role.country, u64::from(terms.value().doc_freq)));
                }
            }
        }
        let registry =
            Registry::build_knowing_roles(forms, Aliases::bundled(), &crate::people::role::roles_of_forms(&roles));
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
        if searcher.schema().get_field(names::SPEAKER_ROLE).is_ok() {
            let mut titles: Vec<HashMap<String, u64>> = vec![HashMap::new(); count];
            let mut countries: Vec<HashMap<String, u64>> = vec![HashMap::new(); count];
            for (name, title, country, n) in roles {
                let Some(&p) = person_of.get(name.as_str()) else { continue };
                if let Some(title) = title {
                    *titles[p as usize].entry(title).or_default() += n;
                }
                if let Some(country) = country {
                    *countries[p as usize].entry(country).or_default() += n;
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
                // A title given once beside titles given more often is mostly a misreading
                // ("Brussels President" of "… to Brussels President Biden"): someone with a
                // title readouts repeat shows only those; someone whose every title is given
                // once shows them all.
                let mut seen = std::mem::take(&mut titles[p]);
                if seen.values().any(|&n| n > 1) {
                    seen.retain(|_, n| *n > 1);
                }
                let titles = ranked(seen);
                details.push(&titles, ranked(std::mem::take(&mut countries[p])).first().copied());
            }
        } else {
            (0..count).for_each(|_| details.push(&[], None));
        }
        People::of(registry, by_segment_ord, details, labels, searcher.segment_readers().len())
    }

    fn to_kept(&self) -> Vec<u8> {
        self.bytes.as_slice().to_vec()
    }

    /// The people kept for `searcher`'s segments; `None` when the parts do not fit together (a
    /// person, a label or a segment that is not there: what would make a lookup panic). The
    /// forms' order is the writer's (the file's hash and version say it is this code's), not
    /// checked again: comparing 11,000 forms took a quarter of reading them. The registry's own
    /// bytes are checked when it is first decoded ([`People::registry`]).
    fn from_kept(kept: KeptBytes, searcher: &Searcher) -> Option<People> {
        let lists = Places::of(kept.as_slice(), searcher.segment_readers().len())?;
        Some(People { registry: OnceLock::new(), bytes: kept, lists })
    }
}

impl People {
    /// People of a registry built in this process, for a searcher of `segments` segments: packed
    /// as they are kept and read as an earlier process's are, so that both take one way.
    fn of(
        registry: Registry,
        by_segment_ord: Vec<Numbers>,
        details: Details,
        labels: Vec<String>,
        segments: usize,
    ) -> tantivy::Result<People> {
        let names = Strings::of(registry.people().iter().map(|p| p.name.as_str()));
        let (forms, form_person): (Vec<&str>, Vec<u32>) = registry.forms_in_order().unzip();
        let kept = KeptPeople {
            registry: postcard::to_stdvec(&registry.to_parts()).unwrap_or_default(),
            names,
            forms: Strings::of(forms),
            form_person: Numbers(form_person),
            by_segment_ord,
            details,
            labels: Strings::of(labels.iter().map(String::as_str)),
        };
        let bytes = KeptBytes::Made(postcard::to_stdvec(&kept).unwrap_or_default());
        let lists = Places::of(bytes.as_slice(), segments).ok_or_else(|| {
            tantivy::TantivyError::InternalError("the people registry made here does not read back".into())
        })?;
        Ok(People { registry: OnceLock::from(registry), bytes, lists })
    }
}

impl Places {
    /// Where the lists of [`KeptPeople`] lie in `bytes`, for a searcher of `segments` segments;
    /// `None` when the parts do not fit together (a person, a label or a segment that is not there:
    /// what would make a lookup panic).
    fn of(bytes: &[u8], segments: usize) -> Option<Places> {
        let wire: KeptPeopleWire<'_> = postcard::from_bytes(bytes).ok()?;
        let names = StringsAt::of(bytes, &wire.names)?;
        let count = names.len();
        let is_person = |p: u32| (p as usize) < count;
        let forms = StringsAt::of(bytes, &wire.forms)?;
        let form_person = NumbersAt::of(bytes, wire.form_person)?;
        let by_segment_ord =
            wire.by_segment_ord.iter().map(|ords| NumbersAt::of(bytes, ords)).collect::<Option<Vec<_>>>()?;
        let labels = StringsAt::of(bytes, &wire.labels)?;
        let details = DetailsAt::of(bytes, &wire.details, labels.len())?;
        let fits = forms.len() == form_person.len()
            && form_person.iter(bytes).all(is_person)
            && details.len() == count
            && by_segment_ord.len() == segments
            && by_segment_ord.iter().all(|ords| ords.iter(bytes).all(|p| p == NO_PERSON || is_person(p)));
        let registry = packed::place(bytes, wire.registry)?;
        fits.then_some(Places { registry, names, forms, form_person, by_segment_ord, details, labels })
    }
}

/// [`KeptPeople`] as postcard lends them out of their kept bytes (the same fields in the same
/// order): places, not copies.
#[derive(Deserialize)]
struct KeptPeopleWire<'a> {
    registry: &'a [u8],
    #[serde(borrow)]
    names: StringsWire<'a>,
    #[serde(borrow)]
    forms: StringsWire<'a>,
    form_person: &'a [u8],
    #[serde(borrow)]
    by_segment_ord: Vec<&'a [u8]>,
    #[serde(borrow)]
    details: DetailsWire<'a>,
    #[serde(borrow)]
    labels: StringsWire<'a>,
}

/// [`People`] as kept on disk: written whole, read in place through [`KeptPeopleWire`], which
/// must hold the same fields in the same order. (Read back whole only by tests that change a kept
/// file.)
#[derive(Serialize)]
#[cfg_attr(test, derive(Deserialize))]
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
    labels: Strings,
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

    /// Adds `readouts` (id, title, body) to `index` in one commit.
    fn commit(index: &Index, readouts: &[(&str, &str, &str)]) {
        let mut writer = index.writer().unwrap();
        for (id, title, body) in readouts {
            writer.add(&readout(id, title, body)).unwrap();
        }
        writer.commit().unwrap();
    }

    /// A second process reads the registry the first kept, and answers as the first did.
    #[test]
    fn a_kept_registry_answers_as_the_one_built() {
        let dir = tempfile::tempdir().unwrap();
        let index = Index::create(dir.path()).unwrap();
        commit(
            &index,
            &[
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
            ],
        );
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
        let labels = kept.labels.to_vec().len();
        assert!(labels > 0);
        kept.labels = super::Strings::of(std::iter::repeat_n("Tampered", labels));
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

    /// The lists a search reads where they lie in the kept bytes hold what decoding those bytes
    /// whole (postcard into owned lists, as before session 43) gives.
    #[test]
    fn the_lists_read_in_place_are_the_lists_decoded() {
        let dir = tempfile::tempdir().unwrap();
        let index = Index::create(dir.path()).unwrap();
        commit(
            &index,
            &[
                (
                    "a",
                    "Secretary Blinken’s Call with Prime Minister Pashinyan",
                    "Secretary Antony J. Blinken spoke with Prime Minister Nikol Pashinyan.",
                ),
                (
                    "b",
                    "Readout of President Biden’s Call with President Erdoğan",
                    "President Joe Biden spoke with President Recep Tayyip Erdoğan of Türkiye.",
                ),
            ],
        );
        commit(
            &index,
            &[("c", "Statement by President Joseph R. Biden, Jr.", "President Biden said the talks were useful.")],
        );
        index.reload().unwrap();
        let searcher = index.searcher();
        let _ = index.search(&SearchRequest::new("")).unwrap();
        let bytes = index.kept_bytes(super::People::NAME, super::People::version(), &searcher).unwrap();
        let decoded: super::KeptPeople = postcard::from_bytes(bytes.as_slice()).unwrap();
        let people = <super::People as Keepable>::from_kept(bytes, &searcher).unwrap();
        let registry = people.registry().unwrap();
        assert_eq!(people.lists.names.len(), registry.people().len());
        for (p, person) in registry.people().iter().enumerate() {
            assert_eq!(people.name(p), person.name);
        }
        let forms: Vec<(String, u32)> = registry.forms_in_order().map(|(f, p)| (f.to_string(), p)).collect();
        assert_eq!(forms.len(), decoded.form_person.0.len());
        for (i, (form, person)) in forms.iter().enumerate() {
            assert_eq!(people.lists.forms.get(people.bytes.as_slice(), i), form);
            assert_eq!(people.lists.form_person.get(people.bytes.as_slice(), i), Some(decoded.form_person.0[i]));
            assert_eq!(people.number_of_form(form), Some(*person as usize));
        }
        assert_eq!(decoded.by_segment_ord.len(), searcher.segment_readers().len());
        assert!(decoded.by_segment_ord.len() >= 2);
        for (segment, ords) in decoded.by_segment_ord.iter().enumerate() {
            for (ord, &person) in ords.0.iter().enumerate() {
                assert_eq!(people.of_ord(segment, ord), person);
            }
        }
        let labels: Vec<&str> =
            (0..people.lists.labels.len()).map(|i| people.lists.labels.get(people.bytes.as_slice(), i)).collect();
        assert_eq!(labels, decoded.labels.to_vec());
    }
}
