//! The referral directory (`guide/directory.yaml`): which real institution provides each of
//! the guide's services in each place, with its current and former names and, only where a
//! public source states it, a phone number.
//!
//! The tree names *services* (`child_protection`); the directory says who that is in Honduras
//! (SENAF, formerly DINAF), in El Salvador (CONAPINA) or in a municipality. Places nest: a
//! municipality's providers come first, then its country's.

use std::collections::HashMap;

use serde::Deserialize;

use super::diagnostic::{Code, Diagnostic};
use super::guide::findings::Findings;
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
    /// Its id in directory.yaml (`hn_san_pedro_sula`), which `--location` names.
    pub id: String,
    /// Message id of its name.
    pub name: MessageId,
    /// The larger place it lies in, whose providers also serve it.
    pub within: Option<PlaceId>,
}

/// An institution that provides a service in a place.
#[derive(Debug, Clone)]
pub struct Provider {
    /// Its id in directory.yaml, unique among providers.
    pub id: String,
    /// The service it provides.
    pub service: ServiceId,
    /// The place it serves directly; places within it are served too.
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
    /// Countries and municipalities in file order; a [`PlaceId`] indexes this list.
    pub places: Vec<Place>,
    /// Institutions in file order; [`Directory::providers`] picks those for a place.
    pub providers: Vec<Provider>,
    /// Every message id the directory names, with its place, for the check that each
    /// language has it.
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
    let root = YamlPath::root();
    let mut found = Findings::default();
    if raw.format != 1 {
        found.report(
            Diagnostic::error(
                Code::UnsupportedFormat,
                format!(
                    "this directory is format {}, ruta reads format 1",
                    raw.format
                ),
            ),
            root.key("format"),
        );
    }

    let mut place_ids: HashMap<String, PlaceId> = HashMap::new();
    for (i, place) in raw.locations.iter().enumerate() {
        let path = root.key("locations").index(i).key("id");
        found.register(
            &mut place_ids,
            "location",
            &place.id,
            PlaceId(i as u32),
            path,
        );
    }
    let mut places = Vec::new();
    for (i, place) in raw.locations.iter().enumerate() {
        let path = root.key("locations").index(i);
        let within = place.within.as_deref().and_then(|w| {
            found.lookup(
                &place_ids,
                "location",
                Code::UnknownLocation,
                w,
                path.key("within"),
            )
        });
        places.push(Place {
            id: place.id.clone(),
            name: found.message(&place.name, path.key("name")),
            within,
        });
    }
    // A place inside itself would make every lookup for it go round.
    for (i, place) in places.iter().enumerate() {
        let mut current = place.within;
        for _ in 0..places.len() {
            match current {
                Some(p) if p.0 as usize == i => {
                    found.report(
                        Diagnostic::error(
                            Code::Cycle,
                            format!(
                                "location `{}` lies, through `within`, inside itself",
                                place.id
                            ),
                        ),
                        root.key("locations").index(i).key("within"),
                    );
                    break;
                }
                Some(p) => current = places[p.0 as usize].within,
                None => break,
            }
        }
    }

    let services: HashMap<String, ServiceId> = guide
        .services
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.clone(), ServiceId(i as u32)))
        .collect();
    let mut provider_ids: HashMap<String, ()> = HashMap::new();
    let mut providers = Vec::new();
    for (i, p) in raw.providers.iter().enumerate() {
        let path = root.key("providers").index(i);
        found.register(&mut provider_ids, "provider", &p.id, (), path.key("id"));
        let service = found.lookup(
            &services,
            "service",
            Code::UnknownService,
            &p.service,
            path.key("service"),
        );
        let place = found.lookup(
            &place_ids,
            "location",
            Code::UnknownLocation,
            &p.location,
            path.key("location"),
        );
        let name = found.message(&p.name, path.key("name"));
        let formerly = p
            .formerly
            .as_ref()
            .map(|f| found.message(f, path.key("formerly")));
        let note = p.note.as_ref().map(|n| found.message(n, path.key("note")));
        if let (Some(service), Some(place)) = (service, place) {
            providers.push(Provider {
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
    let directory = Directory {
        places,
        providers,
        message_refs: found.take_messages(),
    };
    found.into_result(directory, &Locator::new(file))
}
