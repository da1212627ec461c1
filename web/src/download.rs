//! What a coordinator takes away: the job as JSON and TOML, and per language the
//! posting as an HTML page and as Markdown, the `JobPosting` JSON-LD and its `<script>`
//! element.
//!
//! A download is named by the app from a fixed list ([`Download::parse`]): no text of a
//! draft goes into a file name, and no name can reach outside the draft's own folder.

use maud::{Markup, html};
use peerwork::{Format, JobDescription, JobPosting, Language, PostingDetails, Rendering};

use crate::form_read::Reading;
use crate::i18n::{T, in_language};

/// One file a draft can be taken away as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Download {
    JobJson,
    JobToml,
    PostingHtml(Language),
    PostingMarkdown(Language),
    JsonLd(Language),
    JsonLdScript(Language),
}

/// A file's content and media type.
pub(crate) struct File {
    pub content: String,
    pub media_type: &'static str,
}

/// Why a file cannot be made now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Unavailable {
    /// The draft has problems to fix first.
    Invalid,
    /// The post is not written in the language.
    NotWrittenIn,
    /// The posting details have problems, or give no day of posting.
    NeedsDetails,
}

impl Download {
    /// The downloads of a post written in `languages`.
    pub(crate) fn all(languages: &[Language]) -> Vec<Download> {
        let mut all = vec![Download::JobJson, Download::JobToml];
        for &language in languages {
            all.extend([
                Download::PostingHtml(language),
                Download::PostingMarkdown(language),
                Download::JsonLd(language),
                Download::JsonLdScript(language),
            ]);
        }
        all
    }

    /// The download named `name`, one of the names [`Download::name`] gives.
    pub(crate) fn parse(name: &str) -> Option<Self> {
        match name {
            "job.json" => return Some(Self::JobJson),
            "job.toml" => return Some(Self::JobToml),
            _ => {}
        }
        let (kind, rest) = name.split_once('.')?;
        let (code, extension) = rest.split_once('.')?;
        let language: Language = code.parse().ok()?;
        match (kind, extension) {
            ("posting", "html") => Some(Self::PostingHtml(language)),
            ("posting", "md") => Some(Self::PostingMarkdown(language)),
            ("jobposting", "jsonld") => Some(Self::JsonLd(language)),
            ("jobposting", "script.html") => Some(Self::JsonLdScript(language)),
            _ => None,
        }
    }

    /// The file's name: `job.json`, `posting.sv.html`, `jobposting.fi.jsonld` …
    pub(crate) fn name(self) -> String {
        match self {
            Self::JobJson => "job.json".to_owned(),
            Self::JobToml => "job.toml".to_owned(),
            Self::PostingHtml(l) => format!("posting.{}.html", l.code()),
            Self::PostingMarkdown(l) => format!("posting.{}.md", l.code()),
            Self::JsonLd(l) => format!("jobposting.{}.jsonld", l.code()),
            Self::JsonLdScript(l) => format!("jobposting.{}.script.html", l.code()),
        }
    }

    fn label(self, ui: Language) -> String {
        let t = |key: T| key.get(ui);
        match self {
            Self::JobJson => t(T::JobAsJson).to_owned(),
            Self::JobToml => t(T::JobAsToml).to_owned(),
            Self::PostingHtml(l) => format!("{} ({})", t(T::PostingAsHtml), in_language(ui, l)),
            Self::PostingMarkdown(l) => {
                format!("{} ({})", t(T::PostingAsMarkdown), in_language(ui, l))
            }
            Self::JsonLd(l) => format!("{} ({})", t(T::PostingAsJsonLd), in_language(ui, l)),
            Self::JsonLdScript(l) => format!("{} ({})", t(T::PostingAsScript), in_language(ui, l)),
        }
    }

    /// Makes the file from a draft's reading.
    pub(crate) fn make(self, reading: &Reading) -> Result<File, Unavailable> {
        let job = reading.job.as_ref().ok_or(Unavailable::Invalid)?;
        let details = reading.details.as_ref();
        match self {
            Self::JobJson => Ok(File {
                content: serde_json::to_string_pretty(job).map_err(|_| Unavailable::Invalid)?,
                media_type: "application/json",
            }),
            Self::JobToml => Ok(File {
                content: toml::to_string_pretty(job).map_err(|_| Unavailable::Invalid)?,
                media_type: "application/toml",
            }),
            Self::PostingHtml(l) => render(
                job,
                details,
                l,
                Format::HtmlPage,
                "text/html; charset=utf-8",
            ),
            Self::PostingMarkdown(l) => render(
                job,
                details,
                l,
                Format::Markdown,
                "text/markdown; charset=utf-8",
            ),
            Self::JsonLd(l) | Self::JsonLdScript(l) => {
                if !job.is_written_in(l) {
                    return Err(Unavailable::NotWrittenIn);
                }
                let details = details.ok_or(Unavailable::NeedsDetails)?;
                let posting =
                    JobPosting::new(job, details, l).map_err(|_| Unavailable::NeedsDetails)?;
                if let Self::JsonLdScript(_) = self {
                    Ok(File {
                        content: posting.to_html_script(),
                        media_type: "text/html; charset=utf-8",
                    })
                } else {
                    Ok(File {
                        content: serde_json::to_string_pretty(&posting)
                            .map_err(|_| Unavailable::Invalid)?,
                        media_type: "application/ld+json",
                    })
                }
            }
        }
    }
}

fn render(
    job: &JobDescription,
    details: Option<&PostingDetails>,
    language: Language,
    format: Format,
    media_type: &'static str,
) -> Result<File, Unavailable> {
    let rendering = Rendering::new(job, language, format).map_err(|_| Unavailable::NotWrittenIn)?;
    let rendering = match details {
        Some(details) => rendering
            .with_details(details)
            .map_err(|_| Unavailable::NeedsDetails)?,
        None => rendering,
    };
    Ok(File {
        content: rendering.to_string(),
        media_type,
    })
}

/// The list of downloads of draft `id`.
pub(crate) fn list(ui: Language, id: i64, reading: &Reading) -> Markup {
    let t = |key: T| key.get(ui);
    html! {
        section #downloads aria-labelledby="h-downloads" {
            h2 #h-downloads { (t(T::TakeAway)) }
            @if reading.job.is_none() {
                p { (t(T::DownloadsNeedValidDraft)) }
            } @else {
                ul.downloads {
                    @for download in Download::all(&reading.languages) {
                        li {
                            @match download.make(reading) {
                                Ok(_) => {
                                    a href=(format!("/{}/drafts/{id}/download/{}", ui.code(), download.name())) download {
                                        (download.label(ui))
                                    }
                                    " " code { (download.name()) }
                                }
                                Err(_) => {
                                    span.unavailable { (download.label(ui)) " – " (t(T::NeedsDatePosted)) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_back_and_nothing_else_does() {
        for download in Download::all(Language::ALL) {
            assert_eq!(Download::parse(&download.name()), Some(download));
        }
        for name in [
            "../job.json",
            "job.json/..",
            "posting.xx.html",
            "posting.fi.exe",
            "jobposting.fi",
            ".",
            "%2e%2e",
        ] {
            assert_eq!(Download::parse(name), None, "{name}");
        }
    }
}
