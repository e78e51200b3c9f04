//! Word lists: places, people, organisations and the stories they are in.
//!
//! All names are invented combinations; no real person is meant.

/// A city, the country or region that may follow it in a dateline, and its money.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Place {
    pub city: &'static str,
    pub country: &'static str,
    pub money: &'static str,
}

const fn place(city: &'static str, country: &'static str, money: &'static str) -> Place {
    Place {
        city,
        country,
        money,
    }
}

pub(crate) const PLACES: &[Place] = &[
    place("Bergen", "Norway", "kroner"),
    place("Tromsø", "Norway", "kroner"),
    place("Omsk", "Russia", "roubles"),
    place("Tartu", "Estonia", "euros"),
    place("Gdańsk", "Poland", "złoty"),
    place("Porto", "Portugal", "euros"),
    place("Lisbon", "Portugal", "euros"),
    place("Valencia", "Spain", "euros"),
    place("Bilbao", "Spain", "euros"),
    place("Lyon", "France", "euros"),
    place("Marseille", "France", "euros"),
    place("Ghent", "Belgium", "euros"),
    place("Utrecht", "Netherlands", "euros"),
    place("Leipzig", "Germany", "euros"),
    place("Hamburg", "Germany", "euros"),
    place("Graz", "Austria", "euros"),
    place("Basel", "Switzerland", "francs"),
    place("Trieste", "Italy", "euros"),
    place("Bologna", "Italy", "euros"),
    place("Split", "Croatia", "euros"),
    place("Thessaloniki", "Greece", "euros"),
    place("Cork", "Ireland", "euros"),
    place("Glasgow", "Scotland", "pounds"),
    place("Cardiff", "Wales", "pounds"),
    place("Halifax", "Nova Scotia", "dollars"),
    place("Duluth", "Minnesota", "dollars"),
    place("Tucson", "Arizona", "dollars"),
    place("Savannah", "Georgia", "dollars"),
    place("Hobart", "Australia", "dollars"),
    place("Dunedin", "New Zealand", "dollars"),
    place("Valparaíso", "Chile", "pesos"),
    place("Mombasa", "Kenya", "shillings"),
];

/// First names with the pronoun used for a later `she said` / `he said`.
pub(crate) const FIRST_NAMES: &[(&str, &str)] = &[
    ("Marit", "she"),
    ("Solveig", "she"),
    ("Anna", "she"),
    ("Helen", "she"),
    ("Priya", "she"),
    ("Camille", "she"),
    ("Lena", "she"),
    ("Rosa", "she"),
    ("Nadia", "she"),
    ("Fiona", "she"),
    ("Inês", "she"),
    ("Katrin", "she"),
    ("Amara", "she"),
    ("Yuki", "she"),
    ("Delia", "she"),
    ("Maureen", "she"),
    ("Sofia", "she"),
    ("Agnieszka", "she"),
    ("Erlend", "he"),
    ("Pavel", "he"),
    ("Daniel", "he"),
    ("Gareth", "he"),
    ("Tomás", "he"),
    ("Jonas", "he"),
    ("Ewan", "he"),
    ("Luca", "he"),
    ("Samuel", "he"),
    ("Marcus", "he"),
    ("Kwame", "he"),
    ("Haruto", "he"),
    ("Rui", "he"),
    ("Owen", "he"),
    ("Matteo", "he"),
    ("Nikos", "he"),
    ("Aleksander", "he"),
    ("Bruno", "he"),
];

pub(crate) const SURNAMES: &[&str] = &[
    "Haugland",
    "Tvedt",
    "Myking",
    "Ignatov",
    "Vorobyova",
    "Okafor",
    "Penhaligon",
    "Hollis",
    "Chandran",
    "Marchetti",
    "Ferrand",
    "Ledoux",
    "Calloway",
    "Whitfield",
    "Ortega",
    "Banks",
    "Wendland",
    "Albrecht",
    "Lechner",
    "Krüger",
    "Ravier",
    "Bruyère",
    "Mollon",
    "Ashworth",
    "Carvalho",
    "Sequeira",
    "Dalloway",
    "Mbeki",
    "Petrie",
    "Nishida",
    "Valadares",
    "Barros",
    "Teixeira",
    "Ondrasek",
    "Vance",
    "Gillespie",
    "Lindsay",
    "Macdonald",
    "Farrugia",
    "Holm",
    "Camilleri",
    "Azzopardi",
    "Kowalczyk",
    "Papadakis",
    "O'Sullivan",
    "D'Amato",
    "Nowak",
    "Achterberg",
];

/// How a person is introduced after their name; `{o}` is the story's organisation.
pub(crate) const ROLES: &[&str] = &[
    "a spokesperson for {o}",
    "who chairs the council's transport committee",
    "the project's director",
    "a shop owner on the main square",
    "an economist at the regional university",
    "the union's regional organiser",
    "a retired teacher who has lived in the area since the '80s",
    "the deputy mayor",
    "a nurse who commutes from the suburbs",
    "head of planning at {o}",
    "a local historian",
    "the opposition's spokesperson on transport",
    "who runs a café near the harbour",
    "a researcher who has studied the scheme",
    "chair of the residents' association",
    "a lawyer representing several families",
    "the operator's chief executive",
    "a member of the regional parliament",
    "who has campaigned against the plan for years",
    "a student at the city's technical college",
];

/// Fictional news agencies: (name in brackets, name between slashes, owner).
pub(crate) const AGENCIES: &[(&str, &str, &str)] = &[
    ("Meridian", "MERIDIAN", "Meridian News Agency"),
    ("Northwire", "NORTHWIRE", "Northwire Ltd"),
    ("UPN", "UPN", "United Press Network"),
    ("NORDPRESS", "NORDPRESS", "Nordpress AS"),
    ("Coastline", "SIBINFORM", "Sibinform"),
    ("Baltic News", "BALTINFO", "Baltinfo"),
];

pub(crate) const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Month names as wire datelines abbreviate them (`Sept.` is house style too).
pub(crate) const MONTHS_SHORT: &[&str] = &[
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
];

pub(crate) const MONTHS_DE: &[&str] = &[
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

pub(crate) const MONTHS_FR: &[&str] = &[
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

pub(crate) const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

pub(crate) const KICKERS: &[&str] = &[
    "World",
    "Latest news",
    "Opinion",
    "Europe",
    "Business",
    "Local",
    "Climate",
    "Transport",
];

pub(crate) const BEATS: &[&str] = &[
    "Europe",
    "Transport",
    "Environment",
    "Northern Europe",
    "Business",
    "Health",
    "Cities",
];

pub(crate) const CALLED_IT: &[&str] = &[
    "a disgrace",
    "long overdue",
    "a bold experiment",
    "a step in the right direction",
    "a gamble with other people's money",
    "a quiet revolution",
    "a waste of money",
    "the best news in years",
    "rock 'n' roll town planning",
];
