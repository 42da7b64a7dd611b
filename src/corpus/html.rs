//! HTML pages → article text, title and publication date, with a real HTML parser
//! (`scraper`, built on html5ever).

use chrono::NaiveDate;
use scraper::{ElementRef, Html, Node};

use super::parse_date_value;

/// What an HTML page says about itself.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct HtmlPage {
    pub title: Option<String>,
    /// Paragraphs separated by blank lines.
    pub text: String,
    pub date: Option<NaiveDate>,
    /// `og:site_name`.
    pub source: Option<String>,
    /// `<link rel="canonical">` or `og:url`.
    pub url: Option<String>,
}

/// Elements whose text is never article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "svg",
    "math", "iframe", "object", "embed", "canvas", "button", "select", "textarea", "input",
    "label", "head", "title", "dialog", "menu",
];

/// Elements that start a new paragraph.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// `<meta name|property>` values naming the publication time, best first (before JSON-LD).
const META_PUBLISHED: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
];
/// Weaker `<meta name>` dates, after `<time>` elements.
const META_DATE: &[&str] = &[
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "parsely-pub-date",
    "sailthru.date",
];

pub(super) fn parse(raw: &str) -> HtmlPage {
    let doc = Html::parse_document(raw);
    let all: Vec<ElementRef> = doc.root_element().descendent_elements().collect();

    let meta = |keys: &[&str]| -> Option<String> {
        keys.iter().find_map(|key| {
            all.iter().find_map(|el| {
                let v = el.value();
                if v.name() != "meta" {
                    return None;
                }
                let named = ["property", "name", "itemprop"].iter().any(|a| {
                    v.attr(a)
                        .is_some_and(|n| n.trim().eq_ignore_ascii_case(key))
                });
                named
                    .then(|| v.attr("content"))
                    .flatten()
                    .map(|c| c.trim().to_string())
                    .filter(|c| !c.is_empty())
            })
        })
    };
    let first_text = |name: &str| -> Option<String> {
        all.iter()
            .filter(|el| el.value().name() == name)
            .map(|el| collapse(&el.text().collect::<String>()))
            .find(|t| !t.is_empty())
    };

    let title = meta(&["og:title", "twitter:title"])
        .or_else(|| first_text("title"))
        .or_else(|| first_text("h1"))
        .map(|t| collapse(&t));

    let root = content_root(&all).unwrap_or_else(|| doc.root_element());
    let mut text = extract_text(root);
    if text.is_empty() && root.value().name() != "html" {
        text = extract_text(doc.root_element());
    }

    let date = published_date(&all, root, &meta);
    let source = meta(&["og:site_name"]);
    let url = all
        .iter()
        .find(|el| {
            el.value().name() == "link"
                && el.value().attr("rel").is_some_and(|r| {
                    r.split_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("canonical"))
                })
        })
        .and_then(|el| el.value().attr("href"))
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .or_else(|| meta(&["og:url"]));
    HtmlPage {
        title,
        text,
        date,
        source,
        url,
    }
}

/// The element holding the article: the largest `<article>`, else `<main>`, else
/// `role="main"`, else `<body>`.
fn content_root<'a>(all: &[ElementRef<'a>]) -> Option<ElementRef<'a>> {
    fn named<'a, 'b>(
        all: &'b [ElementRef<'a>],
        name: &'static str,
    ) -> impl Iterator<Item = &'b ElementRef<'a>> {
        all.iter().filter(move |el| el.value().name() == name)
    }
    let size = |el: &ElementRef| el.text().map(str::len).sum::<usize>();
    named(all, "article")
        .max_by_key(|el| size(el))
        .or_else(|| named(all, "main").next())
        .or_else(|| {
            all.iter().find(|el| {
                el.value()
                    .attr("role")
                    .is_some_and(|r| r.eq_ignore_ascii_case("main"))
            })
        })
        .or_else(|| named(all, "body").next())
        .copied()
}

fn published_date(
    all: &[ElementRef],
    root: ElementRef,
    meta: &dyn Fn(&[&str]) -> Option<String>,
) -> Option<NaiveDate> {
    let date_of = |s: Option<String>| s.as_deref().and_then(parse_date_value);
    if let Some(d) = date_of(meta(META_PUBLISHED)) {
        return Some(d);
    }
    // JSON-LD `datePublished`.
    let json_ld = all
        .iter()
        .filter(|el| {
            el.value().name() == "script"
                && el
                    .value()
                    .attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
        })
        .filter_map(|el| {
            serde_json::from_str::<serde_json::Value>(&el.text().collect::<String>()).ok()
        })
        .find_map(|v| find_json_key(&v, "datePublished").and_then(parse_date_value));
    if json_ld.is_some() {
        return json_ld;
    }
    // Microdata `itemprop="datePublished"` on any element.
    let itemprop = all
        .iter()
        .filter(|el| {
            el.value()
                .attr("itemprop")
                .is_some_and(|p| p.trim() == "datePublished")
        })
        .find_map(|el| {
            let v = el.value();
            v.attr("content")
                .or(v.attr("datetime"))
                .map(str::to_string)
                .or_else(|| Some(el.text().collect::<String>()))
                .as_deref()
                .and_then(parse_date_value)
        });
    if itemprop.is_some() {
        return itemprop;
    }
    // `<time datetime>` inside the article, one marked `pubdate` first.
    let times: Vec<ElementRef> = root
        .descendent_elements()
        .filter(|el| el.value().name() == "time" && el.value().attr("datetime").is_some())
        .collect();
    let time_date = times
        .iter()
        .filter(|el| el.value().attr("pubdate").is_some())
        .chain(times.iter())
        .find_map(|el| el.value().attr("datetime").and_then(parse_date_value));
    if time_date.is_some() {
        return time_date;
    }
    if let Some(d) = date_of(meta(META_DATE)) {
        return Some(d);
    }
    // Any element with a `pubdate` attribute anywhere in the page.
    all.iter()
        .filter(|el| el.value().attr("pubdate").is_some())
        .find_map(|el| {
            let v = el.value();
            v.attr("datetime")
                .or(v.attr("content"))
                .or(v.attr("pubdate").filter(|p| !p.is_empty()))
                .and_then(parse_date_value)
        })
}

/// The first string value of `key` anywhere in a JSON value (JSON-LD `@graph`s nest).
fn find_json_key<'a>(v: &'a serde_json::Value, key: &str) -> Option<&'a str> {
    match v {
        serde_json::Value::Object(map) => map
            .get(key)
            .and_then(|x| match x {
                serde_json::Value::String(s) => Some(s.as_str()),
                serde_json::Value::Array(a) => a.iter().find_map(|x| x.as_str()),
                _ => None,
            })
            .or_else(|| map.values().find_map(|x| find_json_key(x, key))),
        serde_json::Value::Array(a) => a.iter().find_map(|x| find_json_key(x, key)),
        _ => None,
    }
}

/// Visible text below `root`: skipped elements left out, white space collapsed, one
/// paragraph per block element, paragraphs separated by blank lines. Iterative, so deeply
/// nested pages cannot overflow the stack.
fn extract_text(root: ElementRef) -> String {
    let mut out = Paragraphs::default();
    let mut stack = vec![(*root, false)];
    while let Some((node, closing)) = stack.pop() {
        match node.value() {
            Node::Text(t) if !closing => out.push_text(t),
            Node::Element(el) => {
                let name = el.name();
                if closing {
                    if BLOCKS.contains(&name) {
                        out.flush();
                    }
                    continue;
                }
                let hidden = el.attr("hidden").is_some()
                    || el.attr("aria-hidden").is_some_and(|v| v.trim() == "true");
                if SKIPPED.contains(&name) || hidden {
                    continue;
                }
                if name == "br" {
                    out.line_break();
                    continue;
                }
                if BLOCKS.contains(&name) {
                    out.flush();
                }
                stack.push((node, true));
                stack.extend(node.children().rev().map(|c| (c, false)));
            }
            Node::Document | Node::Fragment if !closing => {
                stack.extend(node.children().rev().map(|c| (c, false)));
            }
            _ => {}
        }
    }
    out.flush();
    out.done.join("\n\n")
}

#[derive(Default)]
struct Paragraphs {
    done: Vec<String>,
    current: String,
    space: bool,
}

impl Paragraphs {
    fn push_text(&mut self, t: &str) {
        for c in t.chars() {
            if c.is_whitespace() {
                self.space = true;
            } else {
                if self.space && !self.current.is_empty() && !self.current.ends_with('\n') {
                    self.current.push(' ');
                }
                self.current.push(c);
                self.space = false;
            }
        }
    }

    fn line_break(&mut self) {
        if !self.current.is_empty() && !self.current.ends_with('\n') {
            self.current.push('\n');
        }
        self.space = false;
    }

    fn flush(&mut self) {
        let p = self.current.trim();
        if !p.is_empty() {
            self.done.push(p.to_string());
        }
        self.current.clear();
        self.space = false;
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html>
<html><head>
  <title>Flood hits town - Daily News</title>
  <meta property="og:title" content="Flood hits  town">
  <meta property="article:published_time" content="2024-06-19T08:30:00+02:00">
  <meta property="og:site_name" content="Daily News">
  <link rel="canonical" href="https://example.com/flood">
  <style>.x::before { content: "2001-01-01"; }</style>
  <script>var published = "1999-12-31";</script>
</head><body>
  <header><nav>Home | World | 12 March 2020</nav></header>
  <article>
    <h1>Flood hits town</h1>
    <p>On Monday the river   rose.<br>People fled.</p>
    <script>track("2002-02-02")</script>
    <aside>Related: 3 May 2003</aside>
    <p>By <b>Tuesday</b>, it fell.</p>
    <form>Subscribe 2004</form>
  </article>
  <footer>© 2005</footer>
</body></html>"#;

    #[test]
    fn article_text_metadata_and_no_script_text() {
        let p = parse(PAGE);
        assert_eq!(p.title.as_deref(), Some("Flood hits town"));
        assert_eq!(p.date, NaiveDate::from_ymd_opt(2024, 6, 19));
        assert_eq!(p.source.as_deref(), Some("Daily News"));
        assert_eq!(p.url.as_deref(), Some("https://example.com/flood"));
        assert_eq!(
            p.text,
            "Flood hits town\n\nOn Monday the river rose.\nPeople fled.\n\nBy Tuesday, it fell."
        );
        for hidden in [
            "1999", "2001", "2002", "2003", "2004", "2005", "2020", "Home",
        ] {
            assert!(
                !p.text.contains(hidden),
                "{hidden} leaked into {:?}",
                p.text
            );
        }
    }

    #[test]
    fn date_sources_in_order() {
        let d = |html: &str| parse(html).date;
        let jun = NaiveDate::from_ymd_opt(2024, 6, 19);
        assert_eq!(
            d(r#"<meta property="og:published_time" content="2024-06-19">"#),
            jun
        );
        assert_eq!(
            d(
                r#"<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle",
               "datePublished":"2024-06-19T10:00:00Z"}]}</script><p>x</p>"#
            ),
            jun
        );
        assert_eq!(
            d(r#"<span itemprop="datePublished" content="2024-06-19">June</span>"#),
            jun
        );
        assert_eq!(
            d(
                r#"<article><p>Met <time datetime="2020-01-01">then</time>.</p>
               <time pubdate datetime="2024-06-19">x</time></article>"#
            ),
            jun
        );
        assert_eq!(d(r#"<meta name="date" content="2024-06-19"><p>x</p>"#), jun);
        assert_eq!(
            d(
                r#"<meta name="date" content="2024-06-19"><meta property="article:published_time"
               content="2023-01-02">"#
            ),
            NaiveDate::from_ymd_opt(2023, 1, 2)
        );
        assert_eq!(d("<p>no date 2024-06-19</p>"), None);
    }

    #[test]
    fn main_then_body_and_title_fallbacks() {
        let p = parse("<body><div>menu</div><main><h1>Head</h1><p>Body</p></main></body>");
        assert_eq!(p.text, "Head\n\nBody");
        assert_eq!(p.title.as_deref(), Some("Head"));
        let p = parse("<title> A  title </title><p>One</p><p>Two</p>");
        assert_eq!(p.text, "One\n\nTwo");
        assert_eq!(p.title.as_deref(), Some("A title"));
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = format!("{}text{}", "<div>".repeat(5_000), "</div>".repeat(5_000));
        assert_eq!(parse(&html).text, "text");
    }
}
