//! The problems of a draft in the page's language. The library's errors name their
//! field and speak English; here each says, next to its field, what to do, in Finnish,
//! Swedish or English. An error the builder does not know yet shows in the library's
//! own words.

use peerwork::{DetailsError, ExperienceBackground, JobError, Language, PayError, Vocabulary};

use crate::form_read::Problem;
use crate::i18n::in_language;

/// One text in each language.
fn say(ui: Language, fi: String, sv: String, en: String) -> String {
    match ui {
        Language::Finnish => fi,
        Language::Swedish => sv,
        _ => en,
    }
}

macro_rules! say {
    ($ui:expr, $fi:expr, $sv:expr, $en:expr $(,)?) => {
        say($ui, format!($fi), format!($sv), format!($en))
    };
}

/// The library's message without its leading `field: `.
fn library_words(message: &str) -> String {
    message
        .split_once(": ")
        .map_or(message, |(_, rest)| rest)
        .to_owned()
}

/// What is wrong, and what to do, in `ui`.
pub(crate) fn message(ui: Language, problem: &Problem) -> String {
    match problem {
        Problem::Job(err) => job(ui, err),
        Problem::Details(err) => details(ui, err),
        Problem::Pay(err) => pay(ui, err),
        Problem::WholeNumber { min, max } => say!(
            ui,
            "Anna kokonaisluku väliltä {min}–{max}.",
            "Ange ett heltal mellan {min} och {max}.",
            "Give a whole number from {min} to {max}."
        ),
        Problem::NotADate => say!(
            ui,
            "Anna päivämäärä muodossa vvvv-kk-pp.",
            "Ange datumet som åååå-mm-dd.",
            "Give the date as yyyy-mm-dd."
        ),
        Problem::NotATime => say!(
            ui,
            "Anna kellonaika muodossa tt:mm.",
            "Ange klockslaget som tt:mm.",
            "Give the time as hh:mm."
        ),
        Problem::NotAnAmount => say!(
            ui,
            "Anna luku, jossa on enintään kaksi desimaalia, esimerkiksi 1,5.",
            "Ange ett tal med högst två decimaler, till exempel 1,5.",
            "Give a number with at most two decimals, for example 1.5."
        ),
        Problem::UnknownChoice => say!(
            ui,
            "Valitse jokin tarjolla olevista vaihtoehdoista.",
            "Välj ett av de alternativ som finns.",
            "Choose one of the options offered."
        ),
    }
}

#[allow(clippy::too_many_lines)] // one arm per rule of the library
fn job(ui: Language, err: &JobError) -> String {
    match err {
        JobError::EmptyText { .. } => say!(
            ui,
            "Kirjoita tähän jotain.",
            "Skriv något här.",
            "Write something here."
        ),
        JobError::TextTooLong { max, actual, .. } => say!(
            ui,
            "Teksti on liian pitkä: enintään {max} merkkiä, nyt {actual}.",
            "Texten är för lång: högst {max} tecken, nu {actual}.",
            "The text is too long: at most {max} characters, now {actual}."
        ),
        JobError::ControlCharacter { .. } => say!(
            ui,
            "Kirjoita teksti yhdelle riville ilman ohjausmerkkejä.",
            "Skriv texten på en rad utan styrtecken.",
            "Write the text on one line, without control or direction-formatting characters."
        ),
        JobError::MissingTranslation { language, .. } => {
            let lang = in_language(ui, *language);
            say!(
                ui,
                "Kirjoita teksti myös {lang}.",
                "Skriv texten också {lang}.",
                "Write the text {lang} too."
            )
        }
        JobError::NotWrittenIn { language, .. } => {
            let lang = in_language(ui, *language);
            say!(
                ui,
                "Ilmoitusta ei kirjoiteta {lang}: lisää kieli ilmoituksen kieliin tai poista teksti.",
                "Annonsen skrivs inte {lang}: lägg till språket eller ta bort texten.",
                "The post is not written {lang}: add the language or remove the text."
            )
        }
        JobError::NoLanguage => say!(
            ui,
            "Valitse ainakin yksi kieli, jolla ilmoitus kirjoitetaan.",
            "Välj minst ett språk som annonsen skrivs på.",
            "Choose at least one language the post is written in."
        ),
        JobError::MissingEmployer => say!(
            ui,
            "Kerro työnantaja.",
            "Ange arbetsgivaren.",
            "Name the employer."
        ),
        JobError::MissingLocation => say!(
            ui,
            "Valitse kunta.",
            "Välj kommun.",
            "Choose the municipality."
        ),
        JobError::MissingSetting => say!(
            ui,
            "Valitse palveluympäristö tai profiili, josta se otetaan.",
            "Välj verksamhetsområde eller en profil som det tas från.",
            "Choose a service setting, or a profile to take it from."
        ),
        JobError::EmptyTaskSet => say!(
            ui,
            "Valitse ainakin yksi tehtävä.",
            "Välj minst en uppgift.",
            "Choose at least one task."
        ),
        JobError::NoEssentialTask => say!(
            ui,
            "Ainakin yhden tehtävän on oltava välttämätön.",
            "Minst en uppgift måste vara nödvändig.",
            "At least one task must be essential."
        ),
        JobError::TaskBothEssentialAndOptional(task) => {
            let label = task.label_in(ui);
            say!(
                ui,
                "Tehtävä ”{label}” on sekä välttämätön että valinnainen: valitse toinen.",
                "Uppgiften ”{label}” är både nödvändig och valfri: välj det ena.",
                "The task “{label}” is both essential and optional: choose one."
            )
        }
        JobError::InvalidOwnTaskId { value, .. } => say!(
            ui,
            "Tunnisteessa {value} saa olla vain pieniä kirjaimia a–z, numeroita ja alaviivoja, ja sen on alettava kirjaimella. Se ei saa olla luettelon tehtävän tunniste.",
            "Id:t {value} får bara ha små bokstäver a–z, siffror och understreck och ska börja med en bokstav. Det får inte vara id:t för en uppgift i katalogen.",
            "The id {value} may hold only a–z, 0–9 and _, start with a letter, and not be a catalogue task's id."
        ),
        JobError::TooMany { max, .. } => {
            say!(ui, "Enintään {max}.", "Högst {max}.", "At most {max}.")
        }
        JobError::NoWorkingMode => say!(
            ui,
            "Valitse ainakin yksi työskentelytapa.",
            "Välj minst ett arbetssätt.",
            "Choose at least one working mode."
        ),
        JobError::WorkingTimeOutOfRange(percent) => say!(
            ui,
            "Työajan on oltava 1–100 % täydestä työajasta, nyt {percent}.",
            "Arbetstiden ska vara 1–100 % av heltid, nu {percent}.",
            "The working time must be 1 to 100 % of full time, now {percent}."
        ),
        JobError::ZeroLength { .. } => say!(
            ui,
            "Keston on oltava pidempi kuin nolla.",
            "Längden ska vara mer än noll.",
            "The length must be more than zero."
        ),
        JobError::TermEndsBeforeStart { start, end } => say!(
            ui,
            "Määräaika päättyy {end} eli ennen kuin se alkaa ({start}).",
            "Visstiden slutar {end}, alltså innan den börjar ({start}).",
            "The term ends on {end}, before it starts on {start}."
        ),
        JobError::TrialPeriodTooLong {
            of_fixed_term: true,
        } => say!(
            ui,
            "Koeaika voi olla enintään puolet määräajasta (työsopimuslaki 55/2001, 1 luku 4 §).",
            "Prövotiden får vara högst hälften av visstiden (arbetsavtalslagen 55/2001, 1 kap. 4 §).",
            "A trial period is at most half of a fixed term (Employment Contracts Act 55/2001, 1:4)."
        ),
        JobError::TrialPeriodTooLong { .. } => say!(
            ui,
            "Koeaika voi olla enintään kuusi kuukautta (työsopimuslaki 55/2001, 1 luku 4 §).",
            "Prövotiden får vara högst sex månader (arbetsavtalslagen 55/2001, 1 kap. 4 §).",
            "A trial period is at most six months (Employment Contracts Act 55/2001, 1:4)."
        ),
        JobError::NoAssignments => say!(
            ui,
            "Lisää palkkioperusteiseen tehtävään ainakin yksi palkkion peruste.",
            "Lägg till minst en arvodespost i det arvodesbaserade uppdraget.",
            "A fee-based post needs at least one assignment."
        ),
        JobError::HoursOutOfRange { .. } => say!(
            ui,
            "Tuntimäärän on oltava yli 0 ja enintään 10 000.",
            "Antalet timmar ska vara över 0 och högst 10 000.",
            "The hours must be more than 0 and at most 10 000."
        ),
        JobError::NoRate { activity, .. } => {
            let label = activity.label_in(ui);
            say!(
                ui,
                "Palkkiotaulukossa ei ole tuntipalkkiota toiminnolle ”{label}”.",
                "Arvodestabellen har inget timarvode för ”{label}”.",
                "The fee schedule has no rate for “{label}”."
            )
        }
        JobError::OpenToAllWithOtherBackgrounds { .. } => {
            let label = ExperienceBackground::OpenToAll.label_in(ui);
            say!(
                ui,
                "”{label}” valitaan yksinään ja vain edellytyksiin.",
                "”{label}” väljs ensamt och bara bland kraven.",
                "“{label}” stands alone, and only among the required."
            )
        }
        JobError::NoRequiredLanguage => say!(
            ui,
            "Valitse ainakin yksi työkieli, jota edellytetään.",
            "Välj minst ett arbetsspråk som krävs.",
            "Choose at least one language of work the post requires."
        ),
        JobError::ZeroTrainingHours { .. } => say!(
            ui,
            "Tuntimäärän on oltava yli 0.",
            "Antalet timmar ska vara över 0.",
            "The hours must be more than 0."
        ),
        JobError::RequiredAndDesired { value, .. } => say!(
            ui,
            "{value} on jo edellytyksissä: poista se toiveista.",
            "{value} krävs redan: ta bort det bland önskemålen.",
            "{value} is already required: remove it from the wishes."
        ),
        JobError::Duplicate { value, .. } => say!(
            ui,
            "{value} on valittu kahdesti.",
            "{value} är valt två gånger.",
            "{value} is chosen twice."
        ),
        other => library_words(&other.to_string()),
    }
}

fn details(ui: Language, err: &DetailsError) -> String {
    match err {
        DetailsError::BeforeDatePosted {
            date, date_posted, ..
        } => say!(
            ui,
            "Päivä {date} on ennen julkaisupäivää {date_posted}.",
            "Datumet {date} är före publiceringsdagen {date_posted}.",
            "The date {date} is before the day of posting, {date_posted}."
        ),
        DetailsError::TimeWithoutDeadline => say!(
            ui,
            "Anna myös hakuajan viimeinen päivä.",
            "Ange också sista ansökningsdag.",
            "Give the last day to apply too."
        ),
        DetailsError::InvalidText { max, .. } => say!(
            ui,
            "Kirjoita yhdelle riville 1–{max} merkkiä.",
            "Skriv 1–{max} tecken på en rad.",
            "Write 1 to {max} characters on one line."
        ),
        DetailsError::InvalidUrl { .. } => say!(
            ui,
            "Anna verkko-osoite, joka alkaa https:// tai http:// ja jossa ei ole välilyöntejä eikä lainausmerkkejä.",
            "Ange en webbadress som börjar med https:// eller http:// och saknar mellanslag och citattecken.",
            "Give a web address starting https:// or http://, without spaces or quotes."
        ),
        DetailsError::InvalidEmail { .. } => say!(
            ui,
            "Anna sähköpostiosoite.",
            "Ange en e-postadress.",
            "Give an e-mail address."
        ),
        DetailsError::InvalidPhone { .. } => say!(
            ui,
            "Puhelinnumerossa saa olla vain numeroita, välilyöntejä ja merkit + - ( ).",
            "Telefonnumret får bara ha siffror, mellanslag och tecknen + - ( ).",
            "A telephone number holds only digits, spaces and + - ( )."
        ),
        DetailsError::TooManyContacts => say!(
            ui,
            "Enintään viisi yhteyshenkilöä.",
            "Högst fem kontaktpersoner.",
            "At most five contact persons."
        ),
        DetailsError::NoOpenings => say!(ui, "Ainakin yksi.", "Minst en.", "At least one."),
        DetailsError::MissingTranslation { language, .. } => {
            let lang = in_language(ui, *language);
            say!(
                ui,
                "Kirjoita teksti myös {lang}.",
                "Skriv texten också {lang}.",
                "Write the text {lang} too."
            )
        }
        other => library_words(&other.to_string()),
    }
}

fn pay(ui: Language, err: &PayError) -> String {
    match err {
        PayError::Zero => say!(
            ui,
            "Palkan on oltava suurempi kuin nolla.",
            "Lönen ska vara större än noll.",
            "The pay must be more than zero."
        ),
        PayError::RangeEndsBelowStart { .. } => say!(
            ui,
            "Palkan yläraja on pienempi kuin alaraja.",
            "Lönens övre gräns är lägre än den nedre.",
            "The top of the pay range is below its bottom."
        ),
        other => library_words(&other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_translation_names_the_language_in_the_page_language() {
        let err = Problem::Job(JobError::MissingTranslation {
            field: "title".into(),
            language: Language::Swedish,
        });
        assert_eq!(
            message(Language::Finnish, &err),
            "Kirjoita teksti myös ruotsiksi."
        );
        assert_eq!(
            message(Language::Swedish, &err),
            "Skriv texten också på svenska."
        );
        assert_eq!(
            message(Language::English, &err),
            "Write the text in Swedish too."
        );
    }

    #[test]
    fn an_unknown_rule_shows_in_the_library_words() {
        let err = Problem::Job(JobError::UnsupportedFormatVersion(9));
        assert_eq!(
            message(Language::Finnish, &err),
            "this version of peerwork reads format versions 1 and 2, got 9"
        );
    }
}
