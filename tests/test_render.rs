//! Rendered job ads: snapshots of the four Vantaa posts, a fee-based assignment and a
//! volunteer role in Finnish, Swedish and English, as HTML and Markdown; and the
//! properties every rendering has, checked by parsing the output — HTML with an HTML5
//! parser, Markdown with a CommonMark parser — so that no free text of a document can
//! become markup.
//!
//! The snapshots under `tests/snapshots/` are the ads as a reader sees them. After an
//! intended change, regenerate them with `UPDATE_SNAPSHOTS=1 cargo test --test
//! test_render` and review the diff.

mod util;

use peerwork::{
    Format, JobDescription, Language, LocalizedText, Municipality, PostingDetails, Profile,
    RenderError, Rendering,
};
use proptest::prelude::*;
use util::posts::{details, fee_based_post, vantaa_post, volunteer_post};
use util::snapshot::assert_snapshot;

fn render(
    job: &JobDescription,
    details: &PostingDetails,
    language: Language,
    format: Format,
) -> String {
    Rendering::new(job, language, format)
        .unwrap()
        .with_details(details)
        .unwrap()
        .to_string()
}

#[test]
fn snapshots_of_every_post_in_three_languages() {
    let details = details();
    let mut posts: Vec<(String, JobDescription)> = Profile::ALL
        .iter()
        .map(|&profile| (profile.id().to_owned(), vantaa_post(profile)))
        .collect();
    posts.push(("fee_based".to_owned(), fee_based_post()));
    posts.push(("volunteer".to_owned(), volunteer_post()));
    for (name, job) in &posts {
        for &language in Language::ALL {
            let code = language.code();
            assert_snapshot(
                "test_render",
                &format!("{name}.{code}.md"),
                &render(job, &details, language, Format::Markdown),
            );
            assert_snapshot(
                "test_render",
                &format!("{name}.{code}.html"),
                &render(job, &details, language, Format::HtmlPage),
            );
        }
    }
    assert_snapshot(
        "test_render",
        "helping_eyes.fi.txt",
        &render(
            &vantaa_post(Profile::HelpingEyes),
            &details,
            Language::Finnish,
            Format::PlainText,
        ),
    );
}

#[test]
fn an_ad_is_shaped_like_a_finnish_municipal_ad() {
    let ad = render(
        &vantaa_post(Profile::Storyteller),
        &details(),
        Language::Finnish,
        Format::Markdown,
    );
    let headings: Vec<&str> = ad.lines().filter(|l| l.starts_with("## ")).collect();
    assert_eq!(
        headings,
        [
            "## Työnkuva",
            "## Edellytämme",
            "## Toivomme",
            "## Tarjoamme",
            "## Työsuhde",
            "## Näin haet"
        ]
    );
    for line in [
        "Tehtäviisi kuuluu:",
        "- **Palkkaus:** SOTE-sopimus, tehtäväkohtainen palkka, 1\u{a0}320,00\u{a0}€/kk",
        "- **Esihenkilö:** palveluesihenkilö",
        "- **Aloitus:** 1.2.2027 tai sopimuksen mukaan",
        "- **Sijainti:** Asematie 7, 01300 Vantaa",
        "Hakuaika päättyy 14.12.2026 klo 16.00.",
        "Lisätietoja antavat:",
    ] {
        assert!(ad.lines().any(|l| l == line), "no line {line:?} in\n{ad}");
    }
    // Internal facts of the model stay out of an ad.
    for internal in [
        "Tarinankertoja",
        "Tehtävän luonne",
        "vertaistuki",
        "työajan seuranta",
    ] {
        assert!(!ad.contains(internal), "{internal}");
    }
    // The Storyteller's ad opens with using one's own experience, then its own duties.
    let first_task = ad
        .lines()
        .skip_while(|l| *l != "Tehtäviisi kuuluu:")
        .nth(2)
        .unwrap();
    assert_eq!(
        first_task,
        "- oman kokemuksesi ja toipumistarinasi hyödyntäminen työssä"
    );
    let second = ad
        .lines()
        .skip_while(|l| *l != "Tehtäviisi kuuluu:")
        .nth(3)
        .unwrap();
    assert_eq!(
        second,
        "- yhteyden löytäminen asiakkaan tarinaan jakamalla omaa tarinaasi"
    );
}

#[test]
fn numbers_and_words_as_each_language_writes_them() {
    let fee = fee_based_post();
    let details = details();
    let fi = render(&fee, &details, Language::Finnish, Format::Markdown);
    assert!(
        fi.contains(
            "| Seminaarit, paneelit, alustukset, luennot | 1,5 | 50,00\u{a0}€/h | 75,00\u{a0}€ |"
        ),
        "{fi}"
    );
    assert!(fi.contains("| Yhteensä |  |  | 390,00\u{a0}€ |"), "{fi}");
    let en = render(&fee, &details, Language::English, Format::Markdown);
    assert!(
        en.contains("| Seminars, panels, talks, lectures | 1.5 | €50.00 per hour | €75.00 |"),
        "{en}"
    );
    assert!(
        en.contains("Applications close on 14 December 2026 at 16:00."),
        "{en}"
    );
    let sv = render(
        &vantaa_post(Profile::Caretaker),
        &details,
        Language::Swedish,
        Format::Markdown,
    );
    assert!(sv.contains("visstidsanställning, 3 månader"), "{sv}");
    assert!(
        sv.contains("Ansökningstiden går ut 14.12.2026 kl. 16.00."),
        "{sv}"
    );
}

#[test]
fn fee_lines_are_the_posts_own_assignments() {
    // Only the activities the post lists are priced, and a salaried post has no table.
    let fi = render(
        &fee_based_post(),
        &details(),
        Language::Finnish,
        Format::Markdown,
    );
    let rows = fi
        .lines()
        .filter(|l| {
            l.starts_with("| ")
                && !l.starts_with("| ---")
                && !l.starts_with("| Tehtävä")
                && !l.starts_with("| Yhteensä")
        })
        .count();
    assert_eq!(rows, 3);
    let salaried = render(
        &vantaa_post(Profile::Caretaker),
        &details(),
        Language::Finnish,
        Format::Markdown,
    );
    assert!(!salaried.contains('|'));
}

#[test]
fn a_post_renders_only_in_the_languages_it_is_written_in() {
    let job = JobDescription::vantaa_pilot_in(Profile::Caretaker, Language::Swedish)
        .build()
        .unwrap();
    assert!(job.render(Language::Swedish, Format::Markdown).is_ok());
    let err = job.render(Language::Finnish, Format::Markdown).unwrap_err();
    assert!(matches!(
        err,
        RenderError::NotWrittenIn(Language::Finnish, _)
    ));
    assert_eq!(
        err.to_string(),
        "languages: the post is not written in Finnish (fi); it is written in sv"
    );
}

#[test]
fn an_html_page_sets_its_language() {
    let page = render(
        &vantaa_post(Profile::BridgeBuilder),
        &details(),
        Language::Swedish,
        Format::HtmlPage,
    );
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"));
    let document = scraper::Html::parse_document(&page);
    let title = scraper::Selector::parse("title").unwrap();
    assert_eq!(
        document
            .select(&title)
            .next()
            .unwrap()
            .text()
            .collect::<String>(),
        "Erfarenhetsexpert, samarbete med organisationer"
    );
}

// ---- free text renders as text, in every format

/// A job whose every free text is `text`.
fn hostile(text: &str) -> JobDescription {
    JobDescription::builder(text)
        .languages([Language::English])
        .employer_details(peerwork::Employer::new(text).unit(text).introduction(text))
        .location(
            peerwork::Location::new(Municipality::VANTAA)
                .address(LocalizedText::same(text), "01300"),
        )
        .profile(Profile::BridgeBuilder)
        .own_task(peerwork::OwnTask::new(
            "own",
            text,
            (
                peerwork::Audience::Peers,
                peerwork::Aim::Support,
                peerwork::TaskCategory::ClientWork,
            ),
        ))
        .close_contact_employee(peerwork::CloseContactEmployee::in_role(text))
        .line_manager(text)
        .desired_training(peerwork::TrainingRequirement::other(text))
        .build()
        .unwrap()
}

/// Texts that would be markup if a renderer let them through.
fn hostile_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "<script>",
        "</script>",
        "<img src=x onerror=alert(1)>",
        "&amp;",
        "&",
        "<",
        ">",
        "\"",
        "'",
        "*",
        "**",
        "_",
        "`",
        "[x](javascript:alert(1))",
        "![i](x)",
        "#",
        "# ",
        "- ",
        "+ ",
        "1. ",
        "|",
        "~~",
        "\\",
        "<!--",
        "-->",
        "]]>",
        "<https://x>",
        " ",
        "a",
        "ä",
        "Z",
    ]);
    proptest::collection::vec(pieces, 1..8)
        .prop_map(|pieces| format!("x{}", pieces.concat()))
        .prop_filter("one visible line", |text| text.trim() == text)
}

fn texts_of_html(html: &str) -> (Vec<String>, usize, bool) {
    let fragment = scraper::Html::parse_fragment(html);
    let mut texts = Vec::new();
    let mut links = 0;
    let mut foreign = false;
    for node in fragment.tree.nodes() {
        match node.value() {
            scraper::Node::Text(text) => texts.push(text.to_string()),
            scraper::Node::Element(element) => {
                let name = element.name();
                if ![
                    "body", "html", "h1", "h2", "p", "ul", "li", "strong", "table", "thead",
                    "tbody", "tfoot", "tr", "th", "td", "a",
                ]
                .contains(&name)
                {
                    foreign = true;
                }
                if name == "a" {
                    links += 1;
                }
                if element.attrs().any(|(attr, _)| attr != "href") {
                    foreign = true;
                }
            }
            _ => {}
        }
    }
    (texts, links, foreign)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(util::cases(300)))]

    /// Parsed as HTML5, every free text comes back as the text it was, no element,
    /// attribute or link appears that the renderer did not write, and no script runs.
    #[test]
    fn html_free_text_is_text(text in hostile_text()) {
        let job = hostile(&text);
        let html = job.render(Language::English, Format::Html).unwrap();
        let (texts, links, foreign) = texts_of_html(&html);
        prop_assert!(!foreign, "{html}");
        prop_assert_eq!(links, 0);
        let title = texts.first().cloned().unwrap_or_default();
        prop_assert_eq!(title, text.clone());
        prop_assert!(texts.iter().filter(|t| t.contains(&text)).count() >= 5);
    }

    /// Parsed as CommonMark, every free text comes back as text only: no HTML, link,
    /// image, emphasis, code or heading it could have opened.
    #[test]
    fn markdown_free_text_is_text(text in hostile_text()) {
        use pulldown_cmark::{Event, Options, Parser, Tag};
        let job = hostile(&text);
        let markdown = job.render(Language::English, Format::Markdown).unwrap();
        let mut heading_text = String::new();
        let mut in_title = false;
        for event in Parser::new_ext(&markdown, Options::ENABLE_TABLES) {
            match event {
                Event::Html(_) | Event::InlineHtml(_) => prop_assert!(false, "HTML in {markdown}"),
                Event::Code(_) => prop_assert!(false, "code in {markdown}"),
                Event::Start(Tag::Link { .. } | Tag::Image { .. } | Tag::Emphasis | Tag::Strikethrough | Tag::CodeBlock(_) | Tag::BlockQuote(_)) => {
                    prop_assert!(false, "markup in {markdown}")
                }
                Event::Start(Tag::Heading { level: pulldown_cmark::HeadingLevel::H1, .. }) => in_title = true,
                Event::End(pulldown_cmark::TagEnd::Heading(pulldown_cmark::HeadingLevel::H1)) => in_title = false,
                Event::Text(t) if in_title => heading_text.push_str(&t),
                _ => {}
            }
        }
        prop_assert_eq!(heading_text, text);
    }
}
