//! A small document for people — headings, paragraphs, lists and tables — written as
//! plain text, Markdown or an HTML page. Every text is escaped for the format.

use core::fmt::Write as _;

use clap::ValueEnum;

/// The formats a [`Layout`] is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LayoutFormat {
    /// Plain text.
    Text,
    /// Markdown (CommonMark with tables).
    Markdown,
    /// A whole HTML page.
    Html,
}

/// One block of a layout.
#[derive(Debug, Clone)]
pub enum Block {
    /// A heading of level 1 to 3.
    Heading(u8, String),
    /// A list of items.
    List(Vec<String>),
    /// A table: its header and rows.
    Table(Vec<String>, Vec<Vec<String>>),
}

/// A document for people.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// The page's language code, for HTML.
    pub language: &'static str,
    /// The blocks, in order.
    pub blocks: Vec<Block>,
}

impl Layout {
    /// Adds a block.
    pub fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    /// The layout written as `format`.
    pub fn write(&self, format: LayoutFormat) -> String {
        match format {
            LayoutFormat::Text => self.text(),
            LayoutFormat::Markdown => self.markdown(),
            LayoutFormat::Html => self.html(),
        }
    }

    fn text(&self) -> String {
        let mut out = String::new();
        for (i, block) in self.blocks.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            match block {
                Block::Heading(level, text) => {
                    let mark = if *level <= 1 { '=' } else { '-' };
                    let _ = writeln!(
                        out,
                        "{text}\n{}",
                        mark.to_string().repeat(text.chars().count())
                    );
                }
                Block::List(items) => {
                    for item in items {
                        let _ = writeln!(out, "- {item}");
                    }
                }
                Block::Table(header, rows) => text_table(&mut out, header, rows),
            }
        }
        out
    }

    fn markdown(&self) -> String {
        let mut out = String::new();
        for (i, block) in self.blocks.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            match block {
                Block::Heading(level, text) => {
                    let hashes = "#".repeat(usize::from((*level).clamp(1, 6)));
                    let _ = writeln!(out, "{hashes} {}", markdown_escape(text));
                }
                Block::List(items) => {
                    for item in items {
                        let _ = writeln!(out, "- {}", markdown_escape(item));
                    }
                }
                Block::Table(header, rows) => {
                    let row = |cells: &[String]| {
                        let cells: Vec<String> = cells.iter().map(|c| markdown_escape(c)).collect();
                        format!("| {} |", cells.join(" | "))
                    };
                    let _ = writeln!(out, "{}", row(header));
                    let _ = writeln!(out, "|{}", "---|".repeat(header.len()));
                    for cells in rows {
                        let _ = writeln!(out, "{}", row(cells));
                    }
                }
            }
        }
        out
    }

    fn html(&self) -> String {
        let title = self
            .blocks
            .iter()
            .find_map(|b| match b {
                Block::Heading(_, text) => Some(text.as_str()),
                _ => None,
            })
            .unwrap_or_default();
        let mut out = String::new();
        let _ = writeln!(
            out,
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>",
            self.language
        );
        let _ = writeln!(out, "<meta charset=\"utf-8\">");
        let _ = writeln!(
            out,
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        );
        let _ = writeln!(
            out,
            "<title>{}</title>\n</head>\n<body>\n<main>",
            html_escape(title)
        );
        for block in &self.blocks {
            match block {
                Block::Heading(level, text) => {
                    let level = (*level).clamp(1, 6);
                    let _ = writeln!(out, "<h{level}>{}</h{level}>", html_escape(text));
                }
                Block::List(items) => {
                    out.push_str("<ul>\n");
                    for item in items {
                        let _ = writeln!(out, "<li>{}</li>", html_escape(item));
                    }
                    out.push_str("</ul>\n");
                }
                Block::Table(header, rows) => {
                    out.push_str("<table>\n<thead>\n<tr>");
                    for cell in header {
                        let _ = write!(out, "<th>{}</th>", html_escape(cell));
                    }
                    out.push_str("</tr>\n</thead>\n<tbody>\n");
                    for cells in rows {
                        out.push_str("<tr>");
                        for cell in cells {
                            let _ = write!(out, "<td>{}</td>", html_escape(cell));
                        }
                        out.push_str("</tr>\n");
                    }
                    out.push_str("</tbody>\n</table>\n");
                }
            }
        }
        out.push_str("</main>\n</body>\n</html>\n");
        out
    }
}

/// A table in plain text, its columns padded to their widest cell.
fn text_table(out: &mut String, header: &[String], rows: &[Vec<String>]) {
    let columns = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let mut text = String::new();
        for (i, (cell, width)) in cells.iter().zip(&widths).enumerate() {
            text.push_str(cell);
            if i + 1 < columns {
                text.push_str(&" ".repeat(width.saturating_sub(cell.chars().count()) + 2));
            }
        }
        text.trim_end().to_owned()
    };
    let _ = writeln!(out, "{}", line(header));
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    let _ = writeln!(out, "{}", line(&rule));
    for row in rows {
        let _ = writeln!(out, "{}", line(row));
    }
}

/// `text` with the characters Markdown would read as markup escaped.
pub fn markdown_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '!' | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `text` with `&`, `<`, `>` and `"` escaped for HTML.
pub fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_escaped_for_each_format() {
        let mut layout = Layout {
            language: "en",
            ..Layout::default()
        };
        layout.push(Block::Heading(1, "A <b> & *c*".into()));
        layout.push(Block::List(vec!["[x](y)".into()]));
        let html = layout.write(LayoutFormat::Html);
        assert!(html.contains("<h1>A &lt;b&gt; &amp; *c*</h1>"));
        assert!(html.contains("<title>A &lt;b&gt; &amp; *c*</title>"));
        let markdown = layout.write(LayoutFormat::Markdown);
        assert!(markdown.contains("# A \\<b\\> \\& \\*c\\*"));
        assert!(markdown.contains("- \\[x\\](y)"));
        let text = layout.write(LayoutFormat::Text);
        assert!(text.starts_with("A <b> & *c*\n===========\n"));
    }
}
