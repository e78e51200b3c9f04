//! Sentence templates and stories.
//!
//! Slots in braces are filled by `Builder::expand`: `{p}` a person (named in full the
//! first time), `{s}` the surname of the last person named, `{P}` their pronoun,
//! `{o}`/`{O}` the organisation, `{c}`/`{C}` city and country, `{t}` the story's subject,
//! `{h}` its thing, `{n}` a small number, `{N}` a large one, `{m}` money, `{%}` a percentage,
//! `{w}` a weekday, `{M}` a month, `{y}` a year, `{d}` a decade, `{k}` a short phrase.
//! `'` is an apostrophe; `<` and `>` open and close a quotation one level deeper than
//! the text around them.

pub(crate) const STANDFIRSTS: &[&str] = &[
    "Supporters say {t} is long overdue; critics say nobody asked the people who live with it",
    "The {m} plan has split {c}, and the first results are due within {n} months",
    "Officials' figures suggest the scheme is working, but residents aren't convinced",
    "A decision years in the making, and a test for {o}",
    "Residents of {c} have waited since the {d} for a change like this",
];

pub(crate) const SUBHEADINGS: &[&str] = &[
    "What changes now",
    "A long wait",
    "Costs and questions",
    "The view from the street",
    "Next steps",
    "Opposition grows",
    "A model for others",
    "Money and time",
    "Residents divided",
    "How it works",
    "Years in the making",
    "What critics say",
    "Quiet streets",
    "A question of trust",
    "The numbers behind the plan",
    "Winter ahead",
    "The first week",
    "Lessons from elsewhere",
    "Who pays",
    "An old problem",
    "Back to the drawing board",
    "Local reaction",
    "What happens next",
    "A test for the mayor",
    "Hopes and doubts",
    "Under pressure",
    "By the numbers",
    "Not everyone is convinced",
];

pub(crate) const NARRATIVE: &[&str] = &[
    "{O} said {t} would cost about {m} over {n} years.",
    "The decision follows {n} months of talks between {o} and residents of {c}.",
    "According to {o}, about {N} people use {h} on a typical weekday.",
    "Opponents have collected more than {N} signatures against {t}.",
    "The plan still needs approval from {o}, which is expected to vote in {M}.",
    "In {y}, a similar proposal was dropped after protests outside city hall.",
    "Figures published on {w} showed a rise of {%} compared with the same period last year.",
    "Officials' estimates put the total cost at {m}, though critics say it's likely to be higher.",
    "Work on {h} began in {M} and is due to finish by the end of next year.",
    "Residents of {c} have long complained about noise, traffic and rising rents.",
    "The city's population has grown by {%} since {y}, most of it in the new districts to the east.",
    "A survey commissioned by {o} found that {%} of residents supported the change.",
    "{O} declined to comment on the figures.",
    "Local businesses say the past {n} years have been the hardest since the {d}.",
    "It wasn't the first time {h} had made headlines in {c}.",
    "The measure will be reviewed after {n} months, {o} said.",
    "Around {N} households will be affected, according to {o}.",
    "Neither side would say when talks would resume.",
    "There's no sign yet that the dispute will end soon.",
    "{O} said in a statement on {w} that it was <confident> the timetable would hold.",
    "On {w} morning, a queue had formed outside {h} well before nine o'clock.",
    "The council's own report, published in {M}, warned of delays and rising costs.",
    "Critics point out that {t} was first promised in {y} and has been postponed twice.",
    "Similar schemes elsewhere in {C} have had mixed results.",
    "{s} said the first weeks had gone better than expected.",
    "By {w} evening, more than {N} people had signed up online.",
    "Nobody from {o} was available for comment on {w}.",
    "The opposition has called for an independent review of {t}.",
    "Insurers' figures show claims in the area rose by {%} last year.",
    "Supporters say the scheme will pay for itself within {n} years.",
];

/// Quotations without final punctuation (the builder adds `.` or `,` as needed).
pub(crate) const QUOTES: &[&str] = &[
    "We've waited {n} years for this, and we're not going to wait another {n}",
    "It's not perfect. But it's a lot better than what we had",
    "Nobody asked us. Not once",
    "The numbers don't lie, and the numbers say this works",
    "People here aren't against change. They're against being ignored",
    "I've lived in {c} all my life and I've never seen anything like it",
    "We'll keep going until somebody listens",
    "It's a good plan on paper. Paper doesn't pay the rent",
    "If it works here, it'll work anywhere",
    "We're not asking for miracles. We're asking for a timetable",
    "This is the biggest change to {h} since the {d}",
    "I don't think anyone expected it to be this popular",
    "You can't run a city on goodwill alone",
    "There's a lot of anger, and most of it's justified",
    "The money's there. What's missing is the will",
    "We made mistakes, and we've learned from them",
    "Everyone's talking about it, in the shops, on the bus, at the school gate",
    "We'll review it in {n} months, and if it doesn't work, we'll change it",
    "Frankly, it's about time",
    "I'm cautiously optimistic. Cautiously",
    "Ask anyone on this street and they'll tell you the same thing",
    "The old system wasn't broken. It just wasn't fixed either",
    "We can't afford to get this wrong",
    "The first day felt like rock 'n' roll, honestly",
    "Back in the '90s, nobody would have believed this",
    "Our members' patience has run out",
    "A man stopped me in the street and said, <Is it true?> I said, <It's true>",
    "When we asked {o} for the figures, they told us, <Come back next month>",
    "My daughter read the letter and said, <They can't do that>. She was right",
    "The sign on the door just said <Closed until further notice>, and that was it",
    "They keep calling it <a temporary measure>. It's been temporary for {n} years",
];

/// Lines that introduce a quotation running over several paragraphs.
pub(crate) const LONG_QUOTE_INTROS: &[&str] = &[
    "{s} put it this way:",
    "In a letter to {o}, {p} wrote:",
    "At a public meeting on {w}, {p} told the room:",
];

/// Inline passages in German or French marks, as English reports quote them.
pub(crate) const FOREIGN: &[&str] = &[
    "A banner on the town hall read „Wir sagen ‚Nein‘ zum Plan“ on {w} morning.",
    "A German visitor told the local paper: „Das ist mutig, aber teuer.“",
    "The regional daily ran the headline „{c} wagt den Neuanfang“ across its front page.",
    "«\u{202f}Nous attendons depuis {n} ans\u{202f}», a déclaré une habitante au journal local.",
    "A French tourist summed it up: «\u{a0}C’est magnifique, mais c’est cher\u{a0}».",
    "Swiss papers called it «ein Experiment mit „offenem Ausgang“», and left it at that.",
];

/// First sentences, written straight after the dateline.
pub(crate) const LEADS: &[&str] = &[
    "{O} announced {t} on {w}, ending months of speculation about the future of {h}.",
    "Plans for {t} were approved on {w} after a debate that ran late into the night, {o} said.",
    "Residents of {c} woke on {w} to the news that {t} would go ahead, {n} years after it was first proposed.",
    "The first week of {t} has brought crowds, complaints and a great deal of argument to {c}.",
    "It's been {n} years since anyone in {c} seriously proposed {t}, and on {w} it finally happened.",
];
