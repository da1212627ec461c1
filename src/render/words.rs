//! Numbers, amounts, dates and lists as each language writes them: `2 400,00 €` in
//! Finnish and Swedish and `€2,400.00` in English; `1 tunti` but `3 tuntia`; `1.2.2027`
//! in Finnish and Swedish and `1 February 2027` in English.

use crate::date::{ClockTime, Date};
use crate::fee::Cents;
use crate::job::{Duration, TimeUnit};
use crate::language::Language;

/// Groups the digits of `n` by three with `separator`.
fn grouped(n: u64, separator: &str) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len().saturating_mul(2));
    let len = digits.len();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (len.saturating_sub(i)).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

/// The no-break space Finnish and Swedish put between digit groups and before `€`.
const NBSP: &str = "\u{a0}";

/// An amount of money: `2 400,00 €` (fi, sv) or `€2,400.00` (en).
pub(crate) fn money(amount: Cents, language: Language) -> String {
    let (euros, cents) = (amount.euros(), amount.cents_part());
    match language {
        Language::English => format!("€{}.{cents:02}", grouped(euros, ",")),
        Language::Finnish | Language::Swedish => {
            format!("{},{cents:02}{NBSP}€", grouped(euros, NBSP))
        }
    }
}

/// A range of money: `1 350,00–1 450,00 €` (fi, sv) or `€1,350.00–€1,450.00` (en).
pub(crate) fn money_range(min: Cents, max: Cents, language: Language) -> String {
    match language {
        Language::English => format!("{}–{}", money(min, language), money(max, language)),
        Language::Finnish | Language::Swedish => {
            let low = money(min, language);
            let low = low.strip_suffix("\u{a0}€").unwrap_or(&low);
            format!("{low}–{}", money(max, language))
        }
    }
}

/// A number with up to two decimals: `1,5` (fi, sv) or `1.5` (en).
pub(crate) fn decimal(hundredths: u32, language: Language) -> String {
    let (whole, part) = (hundredths / 100, hundredths % 100);
    let point = if language == Language::English {
        "."
    } else {
        ","
    };
    match part {
        0 => whole.to_string(),
        p if p.is_multiple_of(10) => format!("{whole}{point}{}", p / 10),
        p => format!("{whole}{point}{p:02}"),
    }
}

/// The singular and plural of a unit, as a count writes them.
struct Forms {
    one: &'static str,
    other: &'static str,
}

const fn forms(one: &'static str, other: &'static str) -> Forms {
    Forms { one, other }
}

/// How `language` writes a count of `unit`: Finnish takes the nominative singular after
/// 1 and the partitive singular after other numbers (`1 tunti`, `3 tuntia`), Swedish and
/// English the singular after 1 and the plural otherwise.
fn unit_forms(unit: Unit, language: Language) -> Forms {
    match (unit, language) {
        (Unit::Days, Language::Finnish) => forms("päivä", "päivää"),
        (Unit::Weeks, Language::Finnish) => forms("viikko", "viikkoa"),
        (Unit::Months, Language::Finnish) => forms("kuukausi", "kuukautta"),
        (Unit::Hours, Language::Finnish) => forms("tunti", "tuntia"),
        (Unit::People, Language::Finnish) => forms("henkilö", "henkilöä"),
        (Unit::Days, Language::Swedish) => forms("dag", "dagar"),
        (Unit::Weeks, Language::Swedish) => forms("vecka", "veckor"),
        (Unit::Months, Language::Swedish) => forms("månad", "månader"),
        (Unit::Hours, Language::Swedish) => forms("timme", "timmar"),
        (Unit::People, Language::Swedish) => forms("person", "personer"),
        (Unit::Days, Language::English) => forms("day", "days"),
        (Unit::Weeks, Language::English) => forms("week", "weeks"),
        (Unit::Months, Language::English) => forms("month", "months"),
        (Unit::Hours, Language::English) => forms("hour", "hours"),
        (Unit::People, Language::English) => forms("person", "people"),
    }
}

/// A unit a count is written with.
#[derive(Clone, Copy)]
pub(crate) enum Unit {
    Days,
    Weeks,
    Months,
    Hours,
    People,
}

impl From<TimeUnit> for Unit {
    fn from(unit: TimeUnit) -> Self {
        match unit {
            TimeUnit::Days => Self::Days,
            TimeUnit::Weeks => Self::Weeks,
            TimeUnit::Months => Self::Months,
        }
    }
}

/// `count` of `unit` in words of `language`, `count` in hundredths: `1 kuukausi`, `3
/// kuukautta`, `1,5 tuntia`.
pub(crate) fn count(hundredths: u32, unit: Unit, language: Language) -> String {
    let forms = unit_forms(unit, language);
    let word = if hundredths == 100 {
        forms.one
    } else {
        forms.other
    };
    format!("{} {word}", decimal(hundredths, language))
}

/// A duration: `3 kuukautta`, `1 month`.
pub(crate) fn duration(duration: Duration, language: Language) -> String {
    count(
        u32::from(duration.amount).saturating_mul(100),
        duration.unit.into(),
        language,
    )
}

/// A whole count: `2 henkilöä`.
pub(crate) fn whole(n: u16, unit: Unit, language: Language) -> String {
    count(u32::from(n).saturating_mul(100), unit, language)
}

const MONTHS_EN: [&str; 12] = [
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

/// A date: `1.2.2027` (fi, sv) or `1 February 2027` (en).
pub(crate) fn date(date: Date, language: Language) -> String {
    match language {
        Language::English => {
            let month = MONTHS_EN
                .get(usize::from(date.month().saturating_sub(1)))
                .copied()
                .unwrap_or_default();
            format!("{} {month} {}", date.day(), date.year())
        }
        Language::Finnish | Language::Swedish => {
            format!("{}.{}.{}", date.day(), date.month(), date.year())
        }
    }
}

/// A time of day: `16.00` (fi, sv) or `16:00` (en).
pub(crate) fn time(time: ClockTime, language: Language) -> String {
    match language {
        Language::English => format!("{:02}:{:02}", time.hour(), time.minute()),
        Language::Finnish | Language::Swedish => format!("{}.{:02}", time.hour(), time.minute()),
    }
}

/// Items joined as a sentence lists them: `a, b ja c`. Where an item holds the word
/// "and" itself, the last one is joined with the word a writer would use instead:
/// *sekä* in Finnish, *samt* in Swedish, and a serial comma in English.
pub(crate) fn join(items: &[String], language: Language) -> String {
    let (and, instead) = match language {
        Language::Finnish => (" ja ", " sekä "),
        Language::Swedish => (" och ", " samt "),
        Language::English => (" and ", ", and "),
    };
    let and = if items.iter().any(|item| item.contains(and)) {
        instead
    } else {
        and
    };
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{}{and}{last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_as_each_language_writes_them() {
        assert_eq!(money(Cents(2500), Language::Finnish), "25,00\u{a0}€");
        assert_eq!(
            money(Cents(240_000), Language::Swedish),
            "2\u{a0}400,00\u{a0}€"
        );
        assert_eq!(money(Cents(240_050), Language::English), "€2,400.50");
        assert_eq!(
            money(Cents(123_456_789), Language::English),
            "€1,234,567.89"
        );
        assert_eq!(
            money_range(Cents(135_000), Cents(145_000), Language::Finnish),
            "1\u{a0}350,00–1\u{a0}450,00\u{a0}€"
        );
    }

    #[test]
    fn one_and_other() {
        assert_eq!(count(100, Unit::Hours, Language::Finnish), "1 tunti");
        assert_eq!(count(200, Unit::Hours, Language::Finnish), "2 tuntia");
        assert_eq!(count(150, Unit::Hours, Language::Finnish), "1,5 tuntia");
        assert_eq!(count(100, Unit::Hours, Language::Swedish), "1 timme");
        assert_eq!(count(150, Unit::Hours, Language::Swedish), "1,5 timmar");
        assert_eq!(count(100, Unit::Hours, Language::English), "1 hour");
        assert_eq!(count(75, Unit::Hours, Language::English), "0.75 hours");
        assert_eq!(
            duration(Duration::months(1), Language::Finnish),
            "1 kuukausi"
        );
        assert_eq!(
            duration(Duration::months(3), Language::Swedish),
            "3 månader"
        );
    }

    #[test]
    fn dates_and_lists() {
        let d = Date::new(2027, 2, 1).unwrap();
        assert_eq!(date(d, Language::Finnish), "1.2.2027");
        assert_eq!(date(d, Language::English), "1 February 2027");
        let items = ["a".to_owned(), "b".to_owned(), "c".to_owned()];
        assert_eq!(join(&items, Language::Swedish), "a, b och c");
        let items = [
            "asunnottomuus ja sen ehkäisy".to_owned(),
            "riippuvuudet".to_owned(),
        ];
        assert_eq!(
            join(&items, Language::Finnish),
            "asunnottomuus ja sen ehkäisy sekä riippuvuudet"
        );
        assert_eq!(
            time(ClockTime::new(16, 0).unwrap(), Language::Finnish),
            "16.00"
        );
    }
}
