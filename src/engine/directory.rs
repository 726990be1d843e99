//! The referral directory (`guide/directory.yaml`): which real institution provides each of
//! the guide's services in each place, with its current and former names and, only where a
//! public source states it, a phone number.
//!
//! The tree names *services* (`child_protection`); the directory says who that is in Honduras
//! (SENAF, formerly DINAF), in El Salvador (CONAPINA) or in a municipality. Places nest: a
//! municipality's providers come first, then its country's.

use std::collections::HashMap;

use serde::Deserialize;

use super::diagnostic::{Code, Diagnostic, suggest};
use super::guide::resolve::is_message_id;
use super::guide::{Guide, MessageId, ServiceId};
use super::source::SourceFile;
use super::yaml::{self, Locator, YamlPath};

/// The path of the directory inside a guide folder. It is optional.
pub const DIRECTORY_FILE: &str = "guide/directory.yaml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDirectory {
    format: u32,
    #[serde(default)]
    locations: Vec<RawPlace>,
    #[serde(default)]
    providers: Vec<RawProvider>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlace {
    id: String,
    name: String,
    #[serde(default)]
    within: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProvider {
    id: String,
    service: String,
    location: String,
    name: String,
    #[serde(default)]
    formerly: Option<String>,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    phone: Option<String>,
    #[serde(default)]
    confirmed: bool,
}

/// Index of a place in [`Directory::places`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PlaceId(pub u32);

/// A country or a municipality.
#[derive(Debug, Clone)]
pub struct Place {
    /// YAML id (`hn_san_pedro_sula`).
    pub id: String,
    /// Message id of its name.
    pub name: MessageId,
    /// The larger place it lies in, whose providers also serve it.
    pub within: Option<PlaceId>,
}

/// An institution that provides a service in a place.
#[derive(Debug, Clone)]
pub struct Provider {
    /// YAML id.
    pub id: String,
    /// The service it provides.
    pub service: ServiceId,
    /// Where.
    pub place: PlaceId,
    /// Message id of its current name.
    pub name: MessageId,
    /// Message id of its former name, when it was renamed.
    pub formerly: Option<MessageId>,
    /// Message id of a practical note (where, when).
    pub note: Option<MessageId>,
    /// A phone number a public source states.
    pub phone: Option<String>,
    /// Whether the local team has confirmed the entry.
    pub confirmed: bool,
}

/// The resolved directory; empty when a guide has none.
#[derive(Debug, Clone, Default)]
pub struct Directory {
    /// Every place.
    pub places: Vec<Place>,
    /// Every provider.
    pub providers: Vec<Provider>,
    /// Every message id the directory uses, with where.
    pub message_refs: Vec<(MessageId, YamlPath)>,
}

impl Directory {
    /// The place whose id is `id`.
    pub fn find_place(&self, id: &str) -> Option<PlaceId> {
        self.places
            .iter()
            .position(|p| p.id == id)
            .map(|i| PlaceId(i as u32))
    }

    /// The place with index `id`.
    pub fn place(&self, id: PlaceId) -> &Place {
        &self.places[id.0 as usize]
    }

    /// The providers of `service` for someone in `place`: the place's own first, then those of
    /// each larger place it lies in.
    pub fn providers(&self, service: ServiceId, place: PlaceId) -> Vec<&Provider> {
        let mut found = Vec::new();
        let mut current = Some(place);
        // Bounded by the number of places, in case a file makes `within` loop.
        for _ in 0..self.places.len() {
            let Some(here) = current else { break };
            found.extend(
                self.providers
                    .iter()
                    .filter(|p| p.service == service && p.place == here),
            );
            current = self.place(here).within;
        }
        found
    }
}

/// Reads and resolves the directory in `file` against the services of `guide`.
pub fn load_directory(file: &SourceFile, guide: &Guide) -> Result<Directory, Vec<Diagnostic>> {
    let raw: RawDirectory = yaml::parse(file)?;
    let locator = Locator::new(file);
    let root = YamlPath::root();
    let mut errors: Vec<(Diagnostic, YamlPath)> = Vec::new();
    let mut directory = Directory::default();
    if raw.format != 1 {
        errors.push((
            Diagnostic::error(
                Code::UnsupportedFormat,
                format!(
                    "this directory is format {}, ruta reads format 1",
                    raw.format
                ),
            ),
            root.key("format"),
        ));
    }

    let message = |directory: &mut Directory,
                   errors: &mut Vec<(Diagnostic, YamlPath)>,
                   id: &str,
                   path: YamlPath| {
        if !is_message_id(id) {
            errors.push((
                Diagnostic::error(
                    Code::InvalidMessageId,
                    format!("`{id}` is not a Fluent message id"),
                )
                .with_help(
                    "the YAML holds message ids, not text; put the words in locales/<lang>/*.ftl",
                ),
                path.clone(),
            ));
        }
        let id = MessageId(id.to_owned());
        directory.message_refs.push((id.clone(), path));
        id
    };

    let mut place_ids: HashMap<&str, PlaceId> = HashMap::new();
    for (i, place) in raw.locations.iter().enumerate() {
        if place_ids.insert(&place.id, PlaceId(i as u32)).is_some() {
            errors.push((
                Diagnostic::error(
                    Code::DuplicateId,
                    format!("location id `{}` is used more than once", place.id),
                ),
                root.key("locations").index(i).key("id"),
            ));
        }
    }
    for (i, place) in raw.locations.iter().enumerate() {
        let path = root.key("locations").index(i);
        let within = place.within.as_deref().and_then(|w| {
            let found = place_ids.get(w).copied();
            if found.is_none() {
                errors.push((
                    unknown(
                        "location",
                        Code::UnknownLocation,
                        w,
                        place_ids.keys().copied(),
                    ),
                    path.key("within"),
                ));
            }
            found
        });
        let name = message(&mut directory, &mut errors, &place.name, path.key("name"));
        directory.places.push(Place {
            id: place.id.clone(),
            name,
            within,
        });
    }
    // A place inside itself would make every lookup for it go round.
    for (i, place) in directory.places.iter().enumerate() {
        let mut current = place.within;
        for _ in 0..directory.places.len() {
            match current {
                Some(p) if p.0 as usize == i => {
                    errors.push((
                        Diagnostic::error(
                            Code::Cycle,
                            format!(
                                "location `{}` lies, through `within`, inside itself",
                                place.id
                            ),
                        ),
                        root.key("locations").index(i).key("within"),
                    ));
                    break;
                }
                Some(p) => current = directory.places[p.0 as usize].within,
                None => break,
            }
        }
    }

    let services: HashMap<&str, ServiceId> = guide
        .services
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), ServiceId(i as u32)))
        .collect();
    let mut provider_ids: HashMap<&str, ()> = HashMap::new();
    for (i, p) in raw.providers.iter().enumerate() {
        let path = root.key("providers").index(i);
        if provider_ids.insert(&p.id, ()).is_some() {
            errors.push((
                Diagnostic::error(
                    Code::DuplicateId,
                    format!("provider id `{}` is used more than once", p.id),
                ),
                path.key("id"),
            ));
        }
        let service = services.get(p.service.as_str()).copied();
        if service.is_none() {
            errors.push((
                unknown(
                    "service",
                    Code::UnknownService,
                    &p.service,
                    services.keys().copied(),
                ),
                path.key("service"),
            ));
        }
        let place = place_ids.get(p.location.as_str()).copied();
        if place.is_none() {
            errors.push((
                unknown(
                    "location",
                    Code::UnknownLocation,
                    &p.location,
                    place_ids.keys().copied(),
                ),
                path.key("location"),
            ));
        }
        let name = message(&mut directory, &mut errors, &p.name, path.key("name"));
        let formerly = p
            .formerly
            .as_ref()
            .map(|f| message(&mut directory, &mut errors, f, path.key("formerly")));
        let note = p
            .note
            .as_ref()
            .map(|n| message(&mut directory, &mut errors, n, path.key("note")));
        if let (Some(service), Some(place)) = (service, place) {
            directory.providers.push(Provider {
                id: p.id.clone(),
                service,
                place,
                name,
                formerly,
                note,
                phone: p.phone.clone(),
                confirmed: p.confirmed,
            });
        }
    }
    if errors.is_empty() {
        Ok(directory)
    } else {
        Err(errors
            .into_iter()
            .map(|(d, path)| d.at(locator.locate(&path)))
            .collect())
    }
}

fn unknown<'a>(
    kind: &str,
    code: Code,
    id: &str,
    known: impl IntoIterator<Item = &'a str>,
) -> Diagnostic {
    let d = Diagnostic::error(code, format!("`{id}` is not a {kind} of this guide"));
    match suggest(id, known) {
        Some(near) => d.with_help(format!("did you mean `{near}`?")),
        None => d.with_help(format!("declare the {kind} first, or fix the id")),
    }
}
