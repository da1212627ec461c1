//! Form controls: each labelled, each showing the problems at its path next to it,
//! each named by its path in the document (see [`crate::form`]).

use maud::{Markup, html};
use peerwork::{Language, Vocabulary};

use crate::errors;
use crate::form::Form;
use crate::form_read::Reading;
use crate::i18n::{T, in_language};

/// The id of the control named `name`: `f-` and the name with every character other
/// than a letter or digit as `-`.
pub(crate) fn id(name: &str) -> String {
    let mut id = String::with_capacity(name.len().saturating_add(2));
    id.push_str("f-");
    id.extend(
        name.chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }),
    );
    id
}

/// The form being drawn: its values, the problems found, the page's language.
#[derive(Clone, Copy)]
pub(crate) struct Fields<'a> {
    pub form: &'a Form,
    pub reading: &'a Reading,
    pub ui: Language,
}

impl Fields<'_> {
    pub(crate) fn t(&self, key: T) -> &'static str {
        key.get(self.ui)
    }

    /// The languages texts are written in: the post's, or Finnish while none is ticked.
    pub(crate) fn text_languages(&self) -> Vec<Language> {
        if self.reading.languages.is_empty() {
            vec![Language::Finnish]
        } else {
            self.reading.languages.clone()
        }
    }

    fn invalid(&self, path: &str) -> bool {
        self.reading.issues.iter().any(|issue| issue.path == path)
    }

    /// The problems at exactly `path`, as a list tied to the control by its id.
    pub(crate) fn problems(&self, path: &str) -> Markup {
        let issues: Vec<_> = self
            .reading
            .issues
            .iter()
            .filter(|i| i.path == path)
            .collect();
        html! {
            @if !issues.is_empty() {
                ul.problems id=(format!("{}-problems", id(path))) {
                    @for issue in issues {
                        li { (errors::message(self.ui, &issue.problem)) }
                    }
                }
            }
        }
    }

    fn described_by(&self, name: &str, hint: bool) -> Option<String> {
        let mut ids = Vec::new();
        if hint {
            ids.push(format!("{}-hint", id(name)));
        }
        if self.invalid(name) {
            ids.push(format!("{}-problems", id(name)));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }

    /// A one-line input of `kind` (`text`, `date`, `time`, `url`, `email`, `tel`).
    pub(crate) fn input(&self, name: &str, label: &str, kind: &str, hint: Option<&str>) -> Markup {
        let inputmode = (kind == "decimal").then_some("decimal");
        let kind = if kind == "decimal" { "text" } else { kind };
        html! {
            div.field {
                label for=(id(name)) { (label) }
                @if let Some(hint) = hint { span.hint id=(format!("{}-hint", id(name))) { (hint) } }
                input id=(id(name)) name=(name) type=(kind) value=(self.form.get(name))
                    inputmode=[inputmode]
                    aria-invalid=[self.invalid(name).then_some("true")]
                    aria-describedby=[self.described_by(name, hint.is_some())];
                (self.problems(name))
            }
        }
    }

    /// A text given in each of the post's languages, `base.fi`, `base.sv` …
    pub(crate) fn localized(&self, base: &str, label: &str, long: bool) -> Markup {
        html! {
            div.localized id=(id(base)) {
                @for language in self.text_languages() {
                    @let name = format!("{base}.{}", language.code());
                    @let text = format!("{label} ({})", in_language(self.ui, language));
                    div.field {
                        label for=(id(&name)) { (text) }
                        @if long {
                            textarea id=(id(&name)) name=(name) rows="3" lang=(language.code())
                                aria-invalid=[self.invalid(&name).then_some("true")]
                                aria-describedby=[self.described_by(&name, false)] {
                                (self.form.get(&name))
                            }
                        } @else {
                            input id=(id(&name)) name=(name) type="text" lang=(language.code())
                                value=(self.form.get(&name))
                                aria-invalid=[self.invalid(&name).then_some("true")]
                                aria-describedby=[self.described_by(&name, false)];
                        }
                        (self.problems(&name))
                    }
                }
                (self.problems(base))
            }
        }
    }

    /// A checkbox sent as `name=on`.
    pub(crate) fn checkbox(&self, name: &str, label: &str) -> Markup {
        html! {
            div.check {
                input id=(id(name)) name=(name) type="checkbox" value="on" checked[self.form.checked(name)];
                label for=(id(name)) { (label) }
                (self.problems(name))
            }
        }
    }

    /// A choice from `options` (value, label); `blank` offers an empty choice first.
    pub(crate) fn select(
        &self,
        name: &str,
        label: &str,
        options: &[(&str, &str)],
        blank: Option<&str>,
    ) -> Markup {
        let current = self.form.get(name);
        html! {
            div.field {
                label for=(id(name)) { (label) }
                select id=(id(name)) name=(name)
                    aria-invalid=[self.invalid(name).then_some("true")]
                    aria-describedby=[self.described_by(name, false)] {
                    @if let Some(blank) = blank {
                        option value="" selected[current.is_empty()] { (blank) }
                    }
                    @for (value, text) in options {
                        option value=(value) selected[current == *value] { (text) }
                    }
                }
                (self.problems(name))
            }
        }
    }

    /// A choice from the values of a vocabulary, labelled in the page's language.
    pub(crate) fn select_of<V: Vocabulary>(
        &self,
        name: &str,
        label: &str,
        values: &[V],
        blank: Option<&str>,
    ) -> Markup {
        let ids: Vec<String> = values.iter().map(ToString::to_string).collect();
        let options: Vec<(&str, &str)> = ids
            .iter()
            .zip(values)
            .map(|(value, v)| (value.as_str(), v.label_in(self.ui)))
            .collect();
        self.select(name, label, &options, blank)
    }

    /// Radio buttons in a group with its legend.
    pub(crate) fn radios(&self, name: &str, legend: &str, options: &[(&str, &str)]) -> Markup {
        let current = self.form.get(name);
        html! {
            fieldset.radios id=(id(name)) {
                legend { (legend) }
                @for (value, text) in options {
                    @let option_id = format!("{}-{}", id(name), value);
                    div.check {
                        input id=(option_id) name=(name) type="radio" value=(value) checked[current == *value];
                        label for=(option_id) { (text) }
                    }
                }
                (self.problems(name))
            }
        }
    }

    /// Checkboxes, one per value of a vocabulary, in a group with its legend.
    pub(crate) fn checkboxes<V: Vocabulary>(
        &self,
        name: &str,
        legend: &str,
        values: &[V],
    ) -> Markup {
        html! {
            fieldset.checks id=(id(name)) {
                legend { (legend) }
                @for value in values {
                    @let value_id = format!("{}-{}", id(name), value);
                    div.check {
                        input id=(value_id) name=(name) type="checkbox" value=(value.to_string())
                            checked[self.form.has(name, &value.to_string())];
                        label for=(value_id) {
                            (value.label_in(self.ui))
                            @if let Some(description) = value.description_in(self.ui) {
                                " "
                                span.hint { (description) }
                            }
                        }
                    }
                }
                (self.problems(name))
            }
        }
    }
}
