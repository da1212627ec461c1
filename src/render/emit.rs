//! Writes the blocks of an ad as Markdown, plain text or HTML, escaping every free text
//! for the format.

use core::fmt::{self, Write};

use super::ad::{Block, Line, Span};

/// A free text as `CommonMark` shows it literally. The characters that open or close
/// emphasis, code, links and images, raw HTML, entities, headings, block quotes,
/// strikethrough and table cells are backslash-escaped wherever they are; at the start
/// of a line, so are the markers of lists (`-`, `+`, and the `.` or `)` after leading
/// digits), and a leading space is written as a character reference, so that the text
/// cannot become an indented code block.
fn markdown_escape(out: &mut String, text: &str, at_line_start: bool) {
    let leading_digits = text.chars().take_while(char::is_ascii_digit).count();
    for (i, c) in text.chars().enumerate() {
        let line_marker = at_line_start
            && ((i == 0 && matches!(c, '-' | '+'))
                || (i == leading_digits && i > 0 && matches!(c, '.' | ')')));
        if at_line_start && i == 0 && c == ' ' {
            out.push_str("&#32;");
        } else if line_marker
            || matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '#' | '|' | '~' | '!'
            )
        {
            out.push('\\');
            out.push(c);
        } else {
            out.push(c);
        }
    }
}

/// A text as HTML shows it literally, in element content or a quoted attribute.
pub(crate) fn html_escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// A line as Markdown; `at_line_start` when the line begins a block's text.
fn markdown_line(line: &Line, at_line_start: bool) -> String {
    let mut out = String::new();
    for (i, span) in line.iter().enumerate() {
        match span {
            Span::Ours(text) => out.push_str(text),
            Span::Free(text) => markdown_escape(&mut out, text, at_line_start && i == 0),
            Span::Link(url) => {
                out.push('<');
                out.push_str(url);
                out.push('>');
            }
        }
    }
    out
}

fn plain_line(line: &Line) -> String {
    line.iter()
        .map(|span| match span {
            Span::Ours(text) | Span::Free(text) | Span::Link(text) => text.as_str(),
        })
        .collect()
}

fn html_line(line: &Line) -> String {
    let mut out = String::new();
    for span in line {
        match span {
            Span::Ours(text) | Span::Free(text) => html_escape(&mut out, text),
            Span::Link(url) => {
                out.push_str("<a href=\"");
                html_escape(&mut out, url);
                out.push_str("\">");
                html_escape(&mut out, url);
                out.push_str("</a>");
            }
        }
    }
    out
}

/// Writes `blocks` as Markdown.
pub(super) fn markdown(out: &mut fmt::Formatter<'_>, blocks: &[Block]) -> fmt::Result {
    for (i, block) in blocks.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        match block {
            Block::Title(line) => writeln!(out, "# {}", markdown_line(line, true))?,
            Block::Heading(text) => writeln!(out, "## {text}")?,
            Block::Paragraph(line) => writeln!(out, "{}", markdown_line(line, true))?,
            Block::List(items) => {
                for item in items {
                    writeln!(out, "- {}", markdown_line(item, true))?;
                }
            }
            Block::Facts(facts) => {
                for (key, value) in facts {
                    writeln!(out, "- **{key}:** {}", markdown_line(value, false))?;
                }
            }
            Block::Table { head, rows, foot } => {
                writeln!(out, "| {} |", head.join(" | "))?;
                writeln!(out, "|{}", " --- |".repeat(head.len()))?;
                for row in rows.iter().chain(foot) {
                    let cells: Vec<String> =
                        row.iter().map(|cell| markdown_line(cell, true)).collect();
                    writeln!(out, "| {} |", cells.join(" | "))?;
                }
            }
        }
    }
    Ok(())
}

/// Writes `blocks` as plain text: headings underlined, lists dashed, tables aligned.
pub(super) fn plain_text(out: &mut fmt::Formatter<'_>, blocks: &[Block]) -> fmt::Result {
    for (i, block) in blocks.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        match block {
            Block::Title(line) => {
                let text = plain_line(line);
                writeln!(out, "{text}")?;
                writeln!(out, "{}", "=".repeat(text.chars().count()))?;
            }
            Block::Heading(text) => {
                writeln!(out, "{text}")?;
                writeln!(out, "{}", "-".repeat(text.chars().count()))?;
            }
            Block::Paragraph(line) => writeln!(out, "{}", plain_line(line))?,
            Block::List(items) => {
                for item in items {
                    writeln!(out, "- {}", plain_line(item))?;
                }
            }
            Block::Facts(facts) => {
                for (key, value) in facts {
                    writeln!(out, "{key}: {}", plain_line(value))?;
                }
            }
            Block::Table { head, rows, foot } => {
                let mut table: Vec<Vec<String>> = vec![head.clone()];
                table.extend(
                    rows.iter()
                        .chain(foot)
                        .map(|row| row.iter().map(plain_line).collect()),
                );
                let widths: Vec<usize> = (0..head.len())
                    .map(|c| {
                        table
                            .iter()
                            .map(|row| row.get(c).map_or(0, |cell| cell.chars().count()))
                            .max()
                            .unwrap_or(0)
                    })
                    .collect();
                for row in &table {
                    let mut line = String::new();
                    for (c, width) in widths.iter().enumerate() {
                        let cell = row.get(c).map_or("", String::as_str);
                        let pad = width.saturating_sub(cell.chars().count());
                        if c > 0 {
                            line.push_str("  ");
                        }
                        // Numbers line up on the right, the first column on the left.
                        if c == 0 {
                            line.push_str(cell);
                            line.push_str(&" ".repeat(pad));
                        } else {
                            line.push_str(&" ".repeat(pad));
                            line.push_str(cell);
                        }
                    }
                    writeln!(out, "{}", line.trim_end())?;
                }
            }
        }
    }
    Ok(())
}

/// Writes `blocks` as an HTML fragment: `h1` for the title, `h2` for sections, `p`,
/// `ul`/`li` and a `table` for fees.
pub(super) fn html(out: &mut impl Write, blocks: &[Block]) -> fmt::Result {
    for block in blocks {
        match block {
            Block::Title(line) => writeln!(out, "<h1>{}</h1>", html_line(line))?,
            Block::Heading(text) => {
                let mut escaped = String::new();
                html_escape(&mut escaped, text);
                writeln!(out, "<h2>{escaped}</h2>")?;
            }
            Block::Paragraph(line) => writeln!(out, "<p>{}</p>", html_line(line))?,
            Block::List(items) => {
                writeln!(out, "<ul>")?;
                for item in items {
                    writeln!(out, "<li>{}</li>", html_line(item))?;
                }
                writeln!(out, "</ul>")?;
            }
            Block::Facts(facts) => {
                writeln!(out, "<ul>")?;
                for (key, value) in facts {
                    let mut escaped = String::new();
                    html_escape(&mut escaped, key);
                    writeln!(
                        out,
                        "<li><strong>{escaped}:</strong> {}</li>",
                        html_line(value)
                    )?;
                }
                writeln!(out, "</ul>")?;
            }
            Block::Table { head, rows, foot } => {
                writeln!(out, "<table>")?;
                write!(out, "<thead><tr>")?;
                for cell in head {
                    let mut escaped = String::new();
                    html_escape(&mut escaped, cell);
                    write!(out, "<th>{escaped}</th>")?;
                }
                writeln!(out, "</tr></thead>")?;
                writeln!(out, "<tbody>")?;
                for row in rows {
                    write!(out, "<tr>")?;
                    for cell in row {
                        write!(out, "<td>{}</td>", html_line(cell))?;
                    }
                    writeln!(out, "</tr>")?;
                }
                writeln!(out, "</tbody>")?;
                if let Some(foot) = foot {
                    write!(out, "<tfoot><tr>")?;
                    for cell in foot {
                        write!(out, "<td>{}</td>", html_line(cell))?;
                    }
                    writeln!(out, "</tr></tfoot>")?;
                }
                writeln!(out, "</table>")?;
            }
        }
    }
    Ok(())
}
