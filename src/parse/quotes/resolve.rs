//! What an attribution names, made a speaker: a name resolved to the full name
//! named before, a description to the person in that role, a pronoun to the last
//! person named. Shared by the attribution around a quotation (`speaker`) and the
//! one carried over from the paragraph before (`carry`).

use super::attribution::{self, Found};
use super::people::People;
use super::role_person::Roles;

/// What attributions are resolved against: the people named, and the people
/// named in roles.
pub(crate) struct Ctx<'a, 's> {
    pub people: &'a People,
    pub roles: &'a Roles<'s>,
}

/// The speaker an attribution names, resolved against the people named before
/// (`found.at` is a byte of block `block` counted from `base`). A pronoun inside a
/// quotation (`nested`) stands for nobody we can tell.
pub fn resolve(
    ctx: &Ctx<'_, '_>,
    found: Found,
    (section, block, base): (usize, usize, usize),
    nested: bool,
) -> Option<String> {
    let at = (section, block, base + found.at);
    match found.kind {
        attribution::Kind::Name(name) => Some(ctx.people.resolve(name, at)),
        attribution::Kind::Phrase(phrase) => Some(ctx.roles.person(at, &phrase).unwrap_or(phrase)),
        attribution::Kind::Pronoun if !nested => ctx.people.last_before(at).map(str::to_string),
        attribution::Kind::Pronoun => None,
    }
}
