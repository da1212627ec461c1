//! Job descriptions rendered as job ads for people: Markdown, plain text, an HTML
//! fragment or a whole HTML page, in each language the post is written in.
//!
//! An ad follows the shape of a Finnish municipal job ad: the title and the unit, the
//! employer's introduction, the work in the second person (*Tehtäviisi kuuluu …*), what
//! the post requires (*Edellytämme*) and would like (*Toivomme*), what the employer
//! offers (*Tarjoamme*), the terms, and — with the [`PostingDetails`] of a publication —
//! the deadline, how to apply and whom to contact. Swedish ads say *I ditt arbete ingår
//! att*, *Vi förutsätter*, *Vi önskar*, *Vi erbjuder*, as Finland-Swedish employers
//! write them. The post's internal facts (its role in the role test, the profile it
//! derives from, the review's advisories) are not shown to applicants.
//!
//! Terms of the model come from their label tables; the ad's own phrases are in one
//! table per language. Output is deterministic. Every free text of the documents is
//! escaped for the format: in HTML nothing a document holds can add an element, an
//! attribute or a link, and in Markdown every free text renders literally.
//!
//! An ad describes the experience backgrounds a *post* seeks; it never describes a
//! person.

mod ad;
mod emit;
mod phrases;
mod words;

use core::fmt;

use crate::details::{DetailsError, PostingDetails};
use crate::job::JobDescription;
use crate::language::Language;

pub(crate) use ad::{capitalized, posting_order};
pub(crate) use phrases::background as background_phrase;

model_enum! {
/// The output format of a rendered job description.
#[non_exhaustive]
pub enum Format {
    /// Markdown (CommonMark with tables), for job boards and sites that take it.
    Markdown,
    /// Plain text, for e-mail and print.
    #[strum(serialize = "text")]
    #[serde(rename = "text")]
    PlainText,
    /// An HTML fragment: the ad's headings, paragraphs, lists and table, to put in a
    /// page.
    Html,
    /// A whole HTML page with its language set, ready to publish.
    HtmlPage,
}
}

/// Why a job description cannot be rendered as asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RenderError {
    /// The post is not written in the language asked for.
    #[error("languages: the post is not written in {name} ({0}); it is written in {1}", name = .0.label())]
    NotWrittenIn(Language, String),
    /// The details' texts do not fit the post's languages.
    #[error(transparent)]
    Details(#[from] DetailsError),
}

/// A job description ready to render; see [`JobDescription::render`] for the common
/// case.
///
/// ```
/// use peerwork::{Format, JobDescription, Language, PostingDetails, Profile, Rendering};
///
/// let job = JobDescription::vantaa_pilot(Profile::Storyteller).build()?;
/// let details = PostingDetails::builder().deadline("2026-12-14".parse()?, None).check()?;
/// let ad = Rendering::new(&job, Language::Swedish, Format::Markdown)?
///     .with_details(&details)?
///     .to_string();
/// assert!(ad.contains("I ditt arbete ingår att:"));
/// assert!(ad.contains("Ansökningstiden går ut 14.12.2026."));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Rendering<'a> {
    job: &'a JobDescription,
    language: Language,
    format: Format,
    details: Option<&'a PostingDetails>,
}

impl<'a> Rendering<'a> {
    /// Renders `job` in `language` as `format`.
    ///
    /// # Errors
    ///
    /// [`RenderError::NotWrittenIn`] when the post is not written in `language`.
    pub fn new(
        job: &'a JobDescription,
        language: Language,
        format: Format,
    ) -> Result<Self, RenderError> {
        if !job.is_written_in(language) {
            let written: Vec<&str> = job.languages().iter().map(|l| l.code()).collect();
            return Err(RenderError::NotWrittenIn(language, written.join(", ")));
        }
        Ok(Self {
            job,
            language,
            format,
            details: None,
        })
    }

    /// Adds what one publication says: the start date, the deadline, how to apply and
    /// whom to contact.
    ///
    /// # Errors
    ///
    /// [`RenderError::Details`] when a text of the details given per language lacks
    /// one of the post's languages.
    pub fn with_details(mut self, details: &'a PostingDetails) -> Result<Self, RenderError> {
        details.check_languages(self.job.languages())?;
        self.details = Some(details);
        Ok(self)
    }

    /// The HTML fragment of the ad without its title, as a `JobPosting`'s description.
    pub(crate) fn html_body(&self) -> String {
        let blocks = ad::blocks(self.job, self.details, self.language);
        let mut out = String::new();
        let body: Vec<_> = blocks
            .into_iter()
            .filter(|block| !matches!(block, ad::Block::Title(_)))
            .collect();
        // Writing to a String cannot fail.
        let _ = emit::html(&mut out, &body);
        out
    }
}

impl fmt::Display for Rendering<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let blocks = ad::blocks(self.job, self.details, self.language);
        match self.format {
            Format::Markdown => emit::markdown(f, &blocks),
            Format::PlainText => emit::plain_text(f, &blocks),
            Format::Html => emit::html(f, &blocks),
            Format::HtmlPage => {
                let title = self.job.title().get(self.language).unwrap_or_default();
                let mut escaped = String::new();
                emit::html_escape(&mut escaped, title);
                writeln!(f, "<!DOCTYPE html>")?;
                writeln!(f, "<html lang=\"{}\">", self.language.code())?;
                writeln!(f, "<head>")?;
                writeln!(f, "<meta charset=\"utf-8\">")?;
                writeln!(
                    f,
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                )?;
                writeln!(f, "<title>{escaped}</title>")?;
                writeln!(f, "</head>")?;
                writeln!(f, "<body>")?;
                writeln!(f, "<main>")?;
                writeln!(f, "<article>")?;
                emit::html(f, &blocks)?;
                writeln!(f, "</article>")?;
                writeln!(f, "</main>")?;
                writeln!(f, "</body>")?;
                writeln!(f, "</html>")
            }
        }
    }
}

impl JobDescription {
    /// The job description as a job ad in `language` and `format`.
    ///
    /// ```
    /// use peerwork::{Format, JobDescription, Language, Profile};
    ///
    /// let job = JobDescription::vantaa_pilot(Profile::Caretaker).build()?;
    /// let ad = job.render(Language::Finnish, Format::PlainText)?;
    /// assert!(ad.contains("Tehtäviisi kuuluu:"));
    /// assert!(ad.contains("Työaika: 50 % täydestä työajasta"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`RenderError::NotWrittenIn`] when the post is not written in `language`.
    pub fn render(&self, language: Language, format: Format) -> Result<String, RenderError> {
        Ok(Rendering::new(self, language, format)?.to_string())
    }
}
