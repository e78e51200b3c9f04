//! Word lists (lower case, separated by spaces) for names and attributions in
//! English, German and French. Look words up with [`super::words::Word::is_in`].

use std::collections::HashSet;
use std::sync::LazyLock;

/// Short words hash much faster with `foldhash` than with the default `SipHash`;
/// the seed is random per process, so text cannot be made to collide.
pub(crate) type Fast = foldhash::fast::RandomState;

/// A set of lower-case words, built once, with a filter on length and first byte
/// that turns most words away before they are hashed.
#[derive(Debug, Default)]
pub(crate) struct Set {
    words: HashSet<&'static str, Fast>,
    /// The ASCII words of up to eight bytes, as [`pack`] packs them.
    short: HashSet<u64, Fast>,
    /// Bit `n`: some word is `n` bytes long (bit 63: 63 or more).
    lens: u64,
    /// Bit `b`: some word starts with byte `b`.
    firsts: [u64; 4],
}

impl Set {
    /// Whether a word of `len` bytes starting with byte `first` may be in the set;
    /// `None` for either when it is not known.
    pub(crate) fn may_hold(&self, len: Option<usize>, first: Option<u8>) -> bool {
        let len_ok = len.is_none_or(|n| self.lens >> n.min(63) & 1 == 1);
        let first_ok = first.is_none_or(|b| {
            self.firsts
                .get(usize::from(b >> 6))
                .is_some_and(|f| f >> (b & 63) & 1 == 1)
        });
        len_ok && first_ok
    }

    /// `word` (lower case) is in the set.
    pub fn contains(&self, word: &str) -> bool {
        self.may_hold(Some(word.len()), word.bytes().next()) && self.words.contains(word)
    }

    /// `word` is in the set once its ASCII letters are lowered (other letters must
    /// be as listed): `str::eq_ignore_ascii_case` against each word, by hashing.
    pub(crate) fn contains_ascii_folded(&self, word: &str) -> bool {
        if let Some(key) = pack(word.as_bytes()) {
            return self.contains_packed(key);
        }
        if !self.may_hold(Some(word.len()), None) {
            return false;
        }
        let mut buf = [0u8; 32];
        let Some(dst) = buf.get_mut(..word.len()) else {
            return self.contains(&word.to_ascii_lowercase());
        };
        dst.copy_from_slice(word.as_bytes());
        dst.make_ascii_lowercase();
        std::str::from_utf8(dst).is_ok_and(|w| self.contains(w))
    }

    /// The ASCII word of up to eight bytes that [`pack`] gave `key` is in the set.
    pub(crate) fn contains_packed(&self, key: u64) -> bool {
        self.short.contains(&key)
    }
}

/// Up to eight ASCII bytes, lowered, as one integer (byte 0 lowest); `None` for
/// longer words, other characters or NUL (which would read as padding).
pub(crate) fn pack(word: &[u8]) -> Option<u64> {
    if word.len() > 8 {
        return None;
    }
    // Shifted in byte by byte: no call to copy or search a slice (this is hot).
    let mut x = 0u64;
    for (k, &b) in word.iter().enumerate() {
        x |= u64::from(b) << (8 * k);
    }
    // No byte may have its high bit set (non-ASCII) or be NUL (padding).
    let ones = 0x0101_0101_0101_0101u64;
    let high = 0x8080_8080_8080_8080u64;
    if x & high != 0 {
        return None;
    }
    // The lowest flagged byte is the first zero byte (the padding zeros start at
    // `word.len()`): a NUL inside the word is flagged below it.
    let zeros = x.wrapping_sub(ones) & !x & high;
    if zeros != 0 && zeros.trailing_zeros() as usize / 8 < word.len() {
        return None;
    }
    Some(x | upper_bits(x) >> 2)
}

/// 0x80 in each byte of `x` (ASCII) that is a capital letter.
fn upper_bits(x: u64) -> u64 {
    let ones = 0x0101_0101_0101_0101u64;
    let high = 0x8080_8080_8080_8080u64;
    let at_least_a = x + ones * u64::from(0x80 - b'A');
    let above_z = x + ones * u64::from(0x7f - b'Z');
    at_least_a & !above_z & high
}

/// A word list, built once.
pub type Words = LazyLock<Set>;

fn set(words: &'static str) -> Set {
    let mut out = Set::default();
    for w in words.split_ascii_whitespace() {
        out.lens |= 1 << w.len().min(63);
        if let Some(b) = w.bytes().next()
            && let Some(f) = out.firsts.get_mut(usize::from(b >> 6))
        {
            *f |= 1 << (b & 63);
        }
        out.words.insert(w);
        if let Some(key) = pack(w.as_bytes()) {
            out.short.insert(key);
        }
    }
    out
}

/// Words that go before a name and are not part of it.
const TITLES_WORDS: &str = "minister president chancellor mayor governor senator secretary general chief prime \
    foreign interior finance defence defense health deputy vice acting former dr mr mrs ms \
    prof professor sir dame lord judge economy state spokesman spokeswoman director ceo \
    chairman chairwoman captain coach commissioner ambassador bishop cardinal pope king \
    queen prince princess rep sen gov gen col lt sgt inspector detective premier leader head \
    kanzler kanzlerin bundeskanzler ministerin präsident präsidentin bürgermeister \
    bürgermeisterin frau herr ministre président présidente maire m mme député sénateur \
    chair councillor councilman councilwoman baker farmer teacher doctor nurse librarian officer \
    sergeant constable pastor rabbi imam chef owner manager founder architect engineer \
    student driver pilot researcher scientist economist author writer artist singer actor \
    striker goalkeeper activist campaigner historian curator fisherman winemaker sprecher sprecherin stadtrat stadträtin \
    gemeinderat gemeinderätin direktor direktorin leiter leiterin commander \
    alcalde alcaldesa sindaco sindaca prefeito prefeita burgemeester wethouder ministro \
    ministra presidente portavoz portavoce woordvoerder havenmeester ingeniero engenheiro \
    master harbourmaster maj major brig brigadier cpl corporal adm admiral cmdr commodore supt \
    superintendent insp rev reverend hon marshal lieutenant colonel pres atty";
pub(crate) static TITLES: Words = LazyLock::new(|| set(TITLES_WORDS));

/// Capitalised words that never start a name.
const FUNCTION_WORDS_WORDS: &str = "the a an this that these those it he she they we i you but and or so then in on at for \
    as when while after before if yet his her their our my there here what why how who der \
    die das ein eine er sie es wir und aber le la les un une il elle nous mais et according \
    selon laut monday tuesday wednesday thursday friday saturday sunday yesterday today \
    later meanwhile however earlier now still also instead last next both some many most all \
    several each every other others one two no not only even since until although though \
    because despite during with without from by of to about over under into like asked \
    speaking dazu auch dann später doch nach vor mit bei im am zum als wie für puis alors \
    ensuite avec pour dans depuis après avant el los las lo gli una uno os het een pero \
    ma maar según secondo segundo volgens";
pub(crate) static FUNCTION_WORDS: Words = LazyLock::new(|| set(FUNCTION_WORDS_WORDS));

/// Last words that make a run an organisation or a place, not a person.
const NOT_PEOPLE_WORDS: &str = "ministry party council union nations agency office police department government bank \
    company inc ltd corp association university court commission committee institute service \
    times news post street square road city river house parliament group club hospital \
    school army navy ministerium regierung polizei ministère gouvernement assembly senate \
    congress board point bay island islands harbour harbor lake mountain mountains county \
    valley park bridge station airport hall centre center church castle port beach coast \
    league cup games festival awards prize day week avenue lane forest hills sea ocean \
    kingdom republic states province region district village town airline airlines airways \
    january february march july september october november december januar februar märz \
    juli oktober dezember janvier février mars avril juin juillet août septembre octobre \
    novembre décembre";
pub(crate) static NOT_PEOPLE: Words = LazyLock::new(|| set(NOT_PEOPLE_WORDS));

/// First words of places, not people ("New York", "North Sea").
const PLACE_STARTS_WORDS: &str = "new north south east west united saint st san santa los las \
    lake mount fort port cape upper lower greater central northern southern eastern western \
    santo são rua rue avenida via piazza plaza calle";
pub(crate) static PLACE_STARTS: Words = LazyLock::new(|| set(PLACE_STARTS_WORDS));

/// Abbreviations whose full stop does not end a sentence (`Mr.`); all ASCII, so
/// `is_in` answers as `is_one_of` did.
const ABBREVIATIONS_WORDS: &str = "mr mrs ms dr prof st gen sen gov rep lt col sgt capt mme m jr sr no maj brig cpl adm cmdr cdr supt insp rev hon pres atty";
pub(crate) static ABBREVIATIONS: Words = LazyLock::new(|| set(ABBREVIATIONS_WORDS));

/// Particles inside a name (`Ursula von der Leyen`, `Charles de Gaulle`).
const PARTICLES_WORDS: &str = "von van der den de da di du del dos le la al bin ibn ter ten zu";
pub(crate) static PARTICLES: Words = LazyLock::new(|| set(PARTICLES_WORDS));

/// Nouns that name a speaker in a phrase: roles and bodies ("the minister",
/// "a spokesman for the council", "die Polizei").
const ROLES_WORDS: &str = "official officials spokesperson spokespeople source sources witness witnesses resident \
    residents statement aide aides lawyer lawyers analyst analysts expert experts organisers \
    organizers sprecher sprecherin porte-parole porte parole avocat préfecture mairie \
    chambre syndicat fédération verband gewerkschaft behörde amt skipper crew \
    neighbour neighbor neighbours neighbors man woman men women boy girl friend colleague \
    customer customers client visitor visitors passenger passengers worker workers nephew \
    niece son daughter mother father wife husband guide host reporter reporters \
    journalist journalists protester protesters demonstrator demonstrators fan fans voter \
    voters shopper shoppers parent parents police coordinator organiser organizer \
    volunteer volunteers member members star stars executive boss veteran";
pub(crate) static ROLES: Words = LazyLock::new(|| set(ROLES_WORDS));

/// Verbs that introduce or follow a quotation.
const SPEECH_WORDS: &str = "said says say told tells added adds asked asks wrote writes warned warns called calls \
    stated states declared explained explains insisted insists noted notes argued argues \
    replied replies answered continued tweeted recalled recalls admitted admits acknowledged \
    conceded claimed claims confirmed announced predicted urged promised vowed suggested \
    observed remarked responded cautioned stressed emphasised emphasized complained shouted \
    whispered joked described pleaded sagte sagt sagten gesagt erklärte erklärt erklärten \
    betonte betont meinte meint fügte ergänzte ergänzt schrieb schreibt warnte warnt \
    kritisierte forderte fordert sprach déclaré déclare dit ajouté ajoute affirmé affirme \
    expliqué explique écrit estimé estime souligné souligne averti prévient indiqué indique \
    précisé précise assuré assure lancé lance confié confie répondu répond insisté insiste \
    salué salue qualifié qualifie dénoncé dénonce évoqué évoque reconnu reconnaît regretté \
    regrette martelé rappelé rappelle welcomed saying adding noting arguing insisting \
    warning accused accuses praised praises applauded applauds criticised criticized \
    condemned blamed dismissed shares shared alleged alleges \
    fasste fasst führt führte bejaht bejahte erzählt erzählte berichtet berichtete \
    kommentiert kommentierte unterstrich versicherte \
    dijo dice declaró declara afirmó afirma explicó explica señaló señala aseguró asegura \
    añadió agregó indicó comentó sostuvo advirtió subrayó manifestó destacó insistió \
    dicho declarado afirmado explicado \
    detto dichiarato affermato spiegato aggiunto sottolineato commentato precisato \
    dichiara afferma spiega aggiunge sottolinea \
    disse diz afirmou declarou explicou acrescentou garantiu sublinhou destacou \
    referiu salientou \
    zei zegt verklaarde verklaart vertelde vertelt stelt stelde benadrukte reageerde schreef";
pub(crate) static SPEECH: Words = LazyLock::new(|| set(SPEECH_WORDS));

/// Auxiliaries between a subject and a participle (`a déclaré`, `has said`).
const AUXILIARY_WORDS: &str = "a ont avait has had have hat hatte t ha hanno heeft";
pub(crate) static AUXILIARY: Words = LazyLock::new(|| set(AUXILIARY_WORDS));

/// Little words that may stand between a subject and its verb (`she later said`).
const ADVERBS_WORDS: &str = "also later then once again previously earlier recently auch dann später aussi encore \
    ensuite";
pub(crate) static ADVERBS: Words = LazyLock::new(|| set(ADVERBS_WORDS));

/// Third-person pronouns that stand for a person.
const PRONOUNS_WORDS: &str = "he she er sie il elle él ella lei ele ela hij zij";
pub(crate) static PRONOUNS: Words = LazyLock::new(|| set(PRONOUNS_WORDS));

/// Articles that open a noun phrase (`the minister`, `die Ministerin`, `le maire`).
const DETERMINERS_WORDS: &str = "the a an der die das dem den des ein eine einem einen einer le la les un une l \
    el los las il lo gli una uno os het een";
pub(crate) static DETERMINERS: Words = LazyLock::new(|| set(DETERMINERS_WORDS));

/// Endings of German compound titles ("Badmeister", "Pressesprecherin").
pub(crate) const TITLE_ENDINGS: &str = "meister meisterin leiter leiterin sprecher sprecherin chef chefin \
    direktor direktorin präsident präsidentin minister ministerin führer führerin";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_words_are_found_like_strings() {
        for (list, words) in [(&TITLES, TITLES_WORDS), (&SPEECH, SPEECH_WORDS)] {
            for w in words.split_ascii_whitespace() {
                assert!(list.contains(w), "{w}");
                if let Some(key) = pack(w.as_bytes()) {
                    assert!(list.contains_packed(key), "{w}");
                    assert_eq!(pack(w.to_uppercase().as_bytes()), Some(key), "{w}");
                }
            }
        }
        for b in 1..128u8 {
            let word = [b, b'q', b];
            let low = b.to_ascii_lowercase();
            assert_eq!(
                pack(&word),
                Some(u64::from_le_bytes([low, b'q', low, 0, 0, 0, 0, 0]))
            );
        }
        assert_eq!(pack(b"ninechars"), None);
        assert_eq!(pack("dé".as_bytes()), None);
        assert_eq!(pack(b"a\0"), None);
        assert_eq!(pack(b"\0a"), None);
        assert_eq!(pack(b"abcdefg\0"), None);
        assert_eq!(pack(b"\x01\0"), None);
        assert_eq!(pack(b"\x01"), Some(1));
        assert_eq!(pack(b""), Some(0));
        assert_eq!(pack(b"ABCDEFGH"), pack(b"abcdefgh"));
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut word = *b"abcdefgh";
                word[at] = b;
                for len in at + 1..=8 {
                    let ok = word[..len].iter().all(|&c| c != 0 && c.is_ascii());
                    assert_eq!(pack(&word[..len]).is_some(), ok, "{b} {at} {len}");
                }
            }
        }
        assert!(!SPEECH.contains_packed(pack(b"sai").unwrap_or(0)));
    }

    #[test]
    fn ascii_folded_lookup_is_eq_ignore_ascii_case() {
        let listed = |w: &str| {
            PLACE_STARTS_WORDS
                .split_ascii_whitespace()
                .any(|p| w.eq_ignore_ascii_case(p))
        };
        for w in [
            "New",
            "NORTH",
            "São",
            "SãO",
            "SÃO",
            "Northern",
            "NORTHERNS",
            "Avenida",
            "Plaza",
            "Anna",
            "",
            "a\0",
            "ſan",
            "Ⅽalle",
            "Saint-Denis",
            "Southern-most-long-word-here",
        ] {
            assert_eq!(PLACE_STARTS.contains_ascii_folded(w), listed(w), "{w}");
        }
    }
}
