//! The stories articles are about.

/// A story: the headline's verb phrase, its subject, the thing it is about and the
/// organisation in charge.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Topic {
    pub headline: &'static str,
    pub subject: &'static str,
    pub thing: &'static str,
    pub org: &'static str,
}

const fn topic(
    headline: &'static str,
    subject: &'static str,
    thing: &'static str,
    org: &'static str,
) -> Topic {
    Topic {
        headline,
        subject,
        thing,
        org,
    }
}

pub(crate) const TOPICS: &[Topic] = &[
    topic(
        "votes to keep night trains running through winter",
        "the night train service",
        "the night trains",
        "the national rail operator",
    ),
    topic(
        "approves plan to turn old docks into housing",
        "the docks housing plan",
        "the docks",
        "the housing department",
    ),
    topic(
        "delays opening of new bridge after cracks found",
        "the new bridge",
        "the bridge",
        "the regional transport authority",
    ),
    topic(
        "cuts bus fares for under-25s",
        "the fare cut",
        "the buses",
        "the regional transport authority",
    ),
    topic(
        "bans cars from historic centre on weekends",
        "the weekend car ban",
        "the old town",
        "the city council",
    ),
    topic(
        "opens first public sauna on the harbour",
        "the harbour sauna",
        "the sauna",
        "the port authority",
    ),
    topic(
        "raises water tariffs by a tenth",
        "the tariff rise",
        "the water network",
        "the water utility",
    ),
    topic(
        "plants thousands of trees along ring road",
        "the tree-planting scheme",
        "the ring road",
        "the parks department",
    ),
    topic(
        "closes two rural schools despite protests",
        "the school closures",
        "the village schools",
        "the education department",
    ),
    topic(
        "tests driverless ferry across the harbour",
        "the driverless ferry trial",
        "the ferry",
        "the port authority",
    ),
    topic(
        "reopens century-old covered market after fire",
        "the covered market",
        "the market hall",
        "the city council",
    ),
    topic(
        "caps holiday lets in old quarter",
        "the holiday-let cap",
        "the old quarter",
        "the housing department",
    ),
    topic(
        "expands heat shelters as summer records fall",
        "the heat shelter network",
        "the shelters",
        "the health department",
    ),
    topic(
        "buys back tram network from private operator",
        "the tram buyback",
        "the trams",
        "the city council",
    ),
    topic(
        "turns disused airport into solar park",
        "the solar park",
        "the old airfield",
        "the airport operator",
    ),
    topic(
        "pays farmers to rewet drained peatland",
        "the peatland scheme",
        "the peat bogs",
        "the environment agency",
    ),
    topic(
        "limits cruise ships to two a day",
        "the cruise ship limit",
        "the cruise terminal",
        "the port authority",
    ),
    topic(
        "restores salmon river after dam removal",
        "the river restoration",
        "the river",
        "the environment agency",
    ),
    topic(
        "tries four-day week for city staff",
        "the four-day week trial",
        "city hall",
        "the city council",
    ),
    topic(
        "builds floating homes for flood-hit residents",
        "the floating homes project",
        "the floating homes",
        "the housing department",
    ),
    topic(
        "opens library in converted railway station",
        "the new library",
        "the old station",
        "the city council",
    ),
    topic(
        "extends hospital visiting hours into the evening",
        "the new visiting hours",
        "the hospital",
        "the university hospital",
    ),
    topic(
        "hands out free bikes to pensioners",
        "the free bike scheme",
        "the bikes",
        "the city council",
    ),
    topic(
        "plans new ski lift as snow grows scarcer",
        "the ski lift plan",
        "the slopes",
        "the tourism board",
    ),
];
