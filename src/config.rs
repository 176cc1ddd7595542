//! `crossfoot.toml`: finding, reading, validating and merging configuration files.
//!
//! A file is found by walking up from each checked file's directory; `extend = "PATH"` inherits
//! another file, whose keys the extending file overrides (`[rules]` is merged code by code).
//! Every error names the file, the line and the allowed values, and is rendered by miette.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;

use globset::{Glob, GlobSet, GlobSetBuilder};
use miette::{NamedSource, SourceSpan};
use rust_decimal::Decimal;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::diagnostic::Severity;
use crate::{Settings, rules};

/// The name of the configuration file looked for in each directory.
pub const FILE_NAME: &str = "crossfoot.toml";

/// How many files a chain of `extend` may hold (the first included) before we call it a
/// mistake; documented in the README's configuration section.
const MAX_EXTEND_DEPTH: usize = 32;

/// A rule's level in `[rules]`: a severity, or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
    Info,
    Off,
}

impl Level {
    /// The severity this level reports at; `None` for off.
    #[must_use]
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Error => Some(Severity::Error),
            Level::Warning => Some(Severity::Warning),
            Level::Info => Some(Severity::Info),
            Level::Off => None,
        }
    }

    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Info => "info",
            Level::Off => "off",
        }
    }
}

impl From<Severity> for Level {
    fn from(s: Severity) -> Self {
        match s {
            Severity::Error => Level::Error,
            Severity::Warning => Level::Warning,
            Severity::Info => Level::Info,
        }
    }
}

/// The currency of the edition: its code, and the symbols accepted for it.
///
/// Only `code` reaches the rules today (messages and fixes); the parser recognises USD, US$ and
/// $ whatever `symbols` says. The symbols are kept in the configuration so that editions can
/// declare them now and keep working when the parser learns to read other currencies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Currency {
    pub code: String,
    pub symbols: Vec<String>,
}

impl Default for Currency {
    fn default() -> Self {
        Self {
            code: "USD".to_string(),
            symbols: vec!["USD".to_string(), "US$".to_string(), "$".to_string()],
        }
    }
}

/// One `[[ignore]]` entry: the findings it accepts (of some rules, in a section, in the files a
/// glob names) and why.
#[derive(Debug, Clone)]
pub struct Ignore {
    /// The section the findings are in, by name ("Kosovo"), or by key ("Regional Programmes #2").
    pub section: Option<String>,
    /// The glob as written, relative to `base`.
    pub path: Option<String>,
    paths: Option<GlobSet>,
    /// The directory of the file that wrote the entry.
    pub base: PathBuf,
    /// The rule codes it accepts; empty for every rule.
    pub rules: Vec<String>,
    pub reason: Option<String>,
    /// The file that wrote the entry, and where in it.
    pub origin: PathBuf,
    pub span: Range<usize>,
}

impl Ignore {
    /// Whether the entry applies to the file at `path` (absolute, or relative to the current
    /// directory): its glob names it, or it has none.
    #[must_use]
    pub fn applies_to(&self, path: &Path) -> bool {
        let Some(set) = &self.paths else {
            return true;
        };
        let Ok(abs) = std::path::absolute(path) else {
            return false;
        };
        abs.strip_prefix(&self.base)
            .is_ok_and(|rel| set.is_match(rel))
    }

    /// Whether the entry accepts `d` (in a file it applies to).
    #[must_use]
    pub fn accepts(&self, d: &crate::Diagnostic) -> bool {
        let rule = self.rules.is_empty() || self.rules.iter().any(|r| r == d.code);
        let section = self.section.as_ref().is_none_or(|want| {
            d.section.as_deref().is_some_and(|key| {
                let name = key.rsplit_once(" #").map_or(key, |(n, _)| n);
                key.eq_ignore_ascii_case(want) || name.eq_ignore_ascii_case(want)
            })
        });
        rule && section
    }

    /// The entry in words, for messages: "[[ignore]] of total-mismatch in Kosovo".
    #[must_use]
    pub fn describe(&self) -> String {
        let mut out = String::from("[[ignore]]");
        if !self.rules.is_empty() {
            let _ = write!(out, " of {}", self.rules.join(", "));
        }
        if let Some(s) = &self.section {
            let _ = write!(out, " in section \"{s}\"");
        }
        if let Some(p) = &self.path {
            let _ = write!(out, " for files \"{p}\"");
        }
        out
    }
}

/// The `exclude` globs of a configuration, relative to the directory of the file that set them.
#[derive(Debug, Clone, Default)]
pub struct Exclude {
    /// The directory the patterns are relative to.
    pub base: PathBuf,
    pub patterns: Vec<String>,
    set: GlobSet,
}

impl Exclude {
    /// Whether a directory walk skips `path` (absolute, or relative to the current directory).
    #[must_use]
    pub fn is_excluded(&self, path: &Path) -> bool {
        if self.patterns.is_empty() {
            return false;
        }
        let Ok(abs) = std::path::absolute(path) else {
            return false;
        };
        abs.strip_prefix(&self.base)
            .is_ok_and(|rel| self.set.is_match(rel))
    }
}

/// The effective configuration for a file.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The files read, nearest first: the file found (or given), then each file it extends.
    /// Empty when no file applies and the defaults are used.
    pub files: Vec<PathBuf>,
    pub tolerance: Decimal,
    pub currency: Currency,
    /// Whether a file set the currency (else the document's own is used).
    pub currency_configured: bool,
    /// Levels set by the files; rules not named keep their default severity.
    pub rules: BTreeMap<String, Level>,
    pub exclude: Exclude,
    /// `[title-mismatch] variants`: also report titles that differ only by variants, at info.
    pub title_variants: bool,
    /// The `[[ignore]]` entries of every file read, farthest ancestor first.
    pub ignores: Vec<Arc<Ignore>>,
}

impl Config {
    /// The settings the check uses (without the command line's `--select` and `--ignore`).
    #[must_use]
    pub fn settings(&self) -> Settings {
        Settings {
            tolerance: self.tolerance,
            currency: self.currency.code.clone(),
            currency_configured: self.currency_configured,
            rules: self.rules.clone(),
            title_variants: self.title_variants,
            ..Settings::default()
        }
    }

    /// The effective configuration as TOML, with comments saying where it comes from; every
    /// rule is listed with its effective level. The output is itself a valid `crossfoot.toml`.
    #[must_use]
    pub fn to_toml(&self, target: &str) -> String {
        let quote = |s: &str| toml::Value::String(s.to_string()).to_string();
        let mut out = String::new();
        let _ = writeln!(out, "# effective configuration for {target}");
        match self.files.split_first() {
            None => out.push_str("# no crossfoot.toml applies: these are the defaults\n"),
            Some((first, rest)) => {
                let _ = writeln!(out, "# read from {}", first.display());
                for f in rest {
                    let _ = writeln!(out, "#   which extends {}", f.display());
                }
            }
        }
        let _ = writeln!(out, "tolerance = {}", self.tolerance.normalize());
        if !self.exclude.patterns.is_empty() {
            let _ = writeln!(out, "# relative to {}", self.exclude.base.display());
        }
        let patterns: Vec<String> = self.exclude.patterns.iter().map(|p| quote(p)).collect();
        let _ = writeln!(out, "exclude = [{}]", patterns.join(", "));
        out.push_str("\n[currency]\n");
        let _ = writeln!(out, "code = {}", quote(&self.currency.code));
        out.push_str(
            "# only the code is used today: the parser reads USD, US$ and $ whatever this says\n",
        );
        let symbols: Vec<String> = self.currency.symbols.iter().map(|s| quote(s)).collect();
        let _ = writeln!(out, "symbols = [{}]", symbols.join(", "));
        out.push_str("\n[title-mismatch]\n");
        out.push_str(
            "# also report, at info, titles that differ only by spelling, plural, articles, abbreviations or a suffix\n",
        );
        let _ = writeln!(out, "variants = {}", self.title_variants);
        for ig in &self.ignores {
            let _ = writeln!(out, "\n# from {}", ig.origin.display());
            out.push_str("[[ignore]]\n");
            if let Some(s) = &ig.section {
                let _ = writeln!(out, "section = {}", quote(s));
            }
            if let Some(p) = &ig.path {
                let _ = writeln!(out, "path = {}", quote(p));
            }
            if !ig.rules.is_empty() {
                let rules: Vec<String> = ig.rules.iter().map(|r| quote(r)).collect();
                let _ = writeln!(out, "rules = [{}]", rules.join(", "));
            }
            if let Some(r) = &ig.reason {
                let _ = writeln!(out, "reason = {}", quote(r));
            }
        }
        out.push_str("\n[rules]\n");
        for rule in rules::RULES {
            let level = self
                .rules
                .get(rule.code)
                .copied()
                .unwrap_or_else(|| Level::from(rule.severity));
            let _ = writeln!(out, "{} = {}", rule.code, quote(level.as_str()));
        }
        out
    }
}

/// A configuration or baseline file that could not be read as one, pointing at the place.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("{location}: {message}")]
#[diagnostic(code(crossfoot::invalid_file))]
pub struct InvalidFile {
    /// `path:line:column`, so that the message names the place even without the excerpt.
    pub location: String,
    pub message: String,
    #[source_code]
    pub src: NamedSource<String>,
    #[label("{label}")]
    pub span: SourceSpan,
    pub label: String,
    #[help]
    pub help: Option<String>,
}

impl InvalidFile {
    /// An error at `span` (byte offsets) of the file `path` whose text is `text`.
    #[must_use]
    pub fn new(
        path: &Path,
        text: &str,
        span: Range<usize>,
        message: impl Into<String>,
        label: impl Into<String>,
        help: Option<String>,
    ) -> Self {
        let start = crate::source::floor_char_boundary(text, span.start.min(text.len()));
        let end = crate::source::floor_char_boundary(text, span.end.clamp(start, text.len()));
        let at = crate::source::Source::new(String::new(), text).line_col(start);
        let name = path.display().to_string();
        Self {
            location: format!("{name}:{}:{}", at.line, at.column),
            message: message.into(),
            src: NamedSource::new(name, text.to_string()),
            span: (start, end - start).into(),
            label: label.into(),
            help,
        }
    }
}

/// Why a configuration could not be used. Exit code 2.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum ConfigError {
    #[error("could not read the configuration {}: {source}", path.display())]
    #[diagnostic(
        code(crossfoot::config::read),
        help("check that the path exists and is readable")
    )]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error(transparent)]
    #[diagnostic(transparent)]
    Invalid(Box<InvalidFile>),

    /// A `crossfoot.toml` found by discovery that is a directory (or another thing that is not
    /// a file): an error rather than a file skipped in silence, since the files below it would
    /// otherwise get another configuration than their author meant.
    #[error("{} is {kind}, not a configuration file", path.display())]
    #[diagnostic(
        code(crossfoot::config::not_a_file),
        help(
            "crossfoot takes the nearest `crossfoot.toml` above each checked file; rename this one, or choose with --config FILE or --isolated"
        )
    )]
    NotAFile { path: PathBuf, kind: &'static str },
}

/// `currency = "EUR"` or `[currency] code = "EUR", symbols = ["EUR", "€"]`.
#[derive(Debug)]
enum RawCurrency {
    Code(String),
    Table(CurrencyTable),
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct CurrencyTable {
    code: Option<Spanned<String>>,
    symbols: Option<Vec<Spanned<String>>>,
}

impl<'de> Deserialize<'de> for RawCurrency {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawCurrency;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a currency code such as \"USD\", or a table with `code` and `symbols`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawCurrency, E> {
                Ok(RawCurrency::Code(v.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawCurrency, A::Error> {
                // Deserializing the table through serde keeps its own errors (unknown keys) and
                // their spans.
                CurrencyTable::deserialize(de::value::MapAccessDeserializer::new(map))
                    .map(RawCurrency::Table)
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// One file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    extend: Option<Spanned<String>>,
    tolerance: Option<Spanned<toml::Value>>,
    currency: Option<Spanned<RawCurrency>>,
    exclude: Option<Vec<Spanned<String>>>,
    rules: Option<BTreeMap<Spanned<String>, Spanned<Level>>>,
    #[serde(rename = "title-mismatch")]
    title_mismatch: Option<TitleMismatchTable>,
    ignore: Option<Vec<Spanned<RawIgnore>>>,
}

/// One `[[ignore]]` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIgnore {
    section: Option<String>,
    path: Option<Spanned<String>>,
    rules: Option<Vec<Spanned<String>>>,
    reason: Option<String>,
}

/// `[title-mismatch]`: how the rule treats titles that differ only by variants.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct TitleMismatchTable {
    variants: Option<bool>,
}

/// One file, validated: only what it sets itself.
#[derive(Debug)]
struct Layer {
    path: PathBuf,
    extend: Option<(PathBuf, Range<usize>)>,
    tolerance: Option<Decimal>,
    code: Option<String>,
    symbols: Option<Vec<String>>,
    exclude: Option<Exclude>,
    rules: BTreeMap<String, Level>,
    title_variants: Option<bool>,
    ignores: Vec<Arc<Ignore>>,
}

/// Reads and validates one file (without following `extend`).
fn read_layer(path: &Path) -> Result<(Layer, String), ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let layer = parse_layer(path, &text)?;
    Ok((layer, text))
}

fn invalid(
    path: &Path,
    text: &str,
    span: Range<usize>,
    message: impl Into<String>,
    label: impl Into<String>,
    help: Option<String>,
) -> ConfigError {
    ConfigError::Invalid(Box::new(InvalidFile::new(
        path, text, span, message, label, help,
    )))
}

/// Parses the text of one configuration file; `path` names it in errors and anchors `extend`
/// and `exclude`.
///
/// # Errors
/// [`ConfigError::Invalid`] pointing at the first unknown key, unknown rule code or bad value.
fn parse_layer(path: &Path, text: &str) -> Result<Layer, ConfigError> {
    let raw: RawFile = toml::from_str(text).map_err(|e| {
        let span = e.span().unwrap_or(0..0);
        invalid(
            path,
            text,
            span,
            e.message().trim().to_string(),
            "here",
            Some(
                "keys: extend, tolerance, currency, exclude, [rules], [title-mismatch], [[ignore]]; rule levels: error, warning, info, off"
                    .to_string(),
            ),
        )
    })?;
    let base = path
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);

    let extend = raw.extend.map(|e| (base.join(e.get_ref()), e.span()));

    let tolerance = match raw.tolerance {
        None => None,
        Some(t) => Some(parse_tolerance(path, text, &t)?),
    };

    let (mut code, mut symbols) = (None, None);
    if let Some(c) = raw.currency {
        let outer = c.span();
        match c.into_inner() {
            RawCurrency::Code(s) => code = Some(valid_code(path, text, &s, outer)?),
            RawCurrency::Table(t) => {
                if let Some(s) = t.code {
                    code = Some(valid_code(path, text, s.get_ref(), s.span())?);
                }
                if let Some(list) = t.symbols {
                    let mut out = Vec::with_capacity(list.len());
                    for s in list {
                        if s.get_ref().trim().is_empty()
                            || s.get_ref().chars().any(char::is_whitespace)
                        {
                            return Err(invalid(
                                path,
                                text,
                                s.span(),
                                "a currency symbol must be non-empty and contain no white space",
                                "bad symbol",
                                Some(
                                    "for example: symbols = [\"USD\", \"US$\", \"$\"]".to_string(),
                                ),
                            ));
                        }
                        out.push(s.into_inner());
                    }
                    symbols = Some(out);
                }
            }
        }
    }

    let exclude = match raw.exclude {
        None => None,
        Some(list) => {
            let mut builder = GlobSetBuilder::new();
            let mut patterns = Vec::with_capacity(list.len());
            for p in list {
                let glob = Glob::new(p.get_ref()).map_err(|e| {
                    invalid(
                        path,
                        text,
                        p.span(),
                        format!("`{}` is not a valid glob: {}", p.get_ref(), e.kind()),
                        "bad glob",
                        Some(
                            "globs are relative to this file's directory, e.g. \"drafts/**\""
                                .to_string(),
                        ),
                    )
                })?;
                builder.add(glob);
                patterns.push(p.into_inner());
            }
            let set = builder.build().map_err(|e| {
                invalid(
                    path,
                    text,
                    0..0,
                    format!("the exclude globs could not be compiled: {e}"),
                    "",
                    None,
                )
            })?;
            Some(Exclude {
                base: std::path::absolute(&base).unwrap_or(base.clone()),
                patterns,
                set,
            })
        }
    };

    let mut rule_levels = BTreeMap::new();
    for (code, level) in raw.rules.unwrap_or_default() {
        if rules::find(code.get_ref()).is_none() {
            let known: Vec<&str> = rules::RULES.iter().map(|r| r.code).collect();
            return Err(invalid(
                path,
                text,
                code.span(),
                format!("unknown rule code `{}`", code.get_ref()),
                "no rule has this code",
                Some(format!("known codes: {}", known.join(", "))),
            ));
        }
        rule_levels.insert(code.into_inner(), level.into_inner());
    }

    let mut ignores = Vec::new();
    for entry in raw.ignore.unwrap_or_default() {
        let span = entry.span();
        let raw = entry.into_inner();
        if raw.section.is_none() && raw.path.is_none() {
            return Err(invalid(
                path,
                text,
                span,
                "an [[ignore]] needs a `section` or a `path`",
                "this entry would ignore every finding",
                Some("to turn a rule off everywhere, set it to \"off\" under [rules]".to_string()),
            ));
        }
        let mut codes = Vec::new();
        for code in raw.rules.unwrap_or_default() {
            if rules::find(code.get_ref()).is_none() {
                return Err(invalid(
                    path,
                    text,
                    code.span(),
                    format!("unknown rule code `{}`", code.get_ref()),
                    "no rule has this code",
                    Some("`crossfoot rules` lists every code".to_string()),
                ));
            }
            codes.push(code.into_inner());
        }
        let paths = match &raw.path {
            None => None,
            Some(p) => Some(
                Glob::new(p.get_ref())
                    .and_then(|g| GlobSetBuilder::new().add(g).build())
                    .map_err(|e| {
                        invalid(
                            path,
                            text,
                            p.span(),
                            format!("`{}` is not a valid glob: {e}", p.get_ref()),
                            "bad glob",
                            Some(
                                "globs are relative to this file's directory, e.g. \"editions/2008*.txt\""
                                    .to_string(),
                            ),
                        )
                    })?,
            ),
        };
        ignores.push(Arc::new(Ignore {
            section: raw.section,
            path: raw.path.map(Spanned::into_inner),
            paths,
            base: std::path::absolute(&base).unwrap_or(base.clone()),
            rules: codes,
            reason: raw.reason,
            origin: path.to_path_buf(),
            span,
        }));
    }

    Ok(Layer {
        ignores,
        path: path.to_path_buf(),
        extend,
        tolerance,
        code,
        symbols,
        exclude,
        rules: rule_levels,
        title_variants: raw.title_mismatch.and_then(|t| t.variants),
    })
}

/// `Decimal::MAX` (about 7.9e28) as a float, to tell a tolerance that is too large.
const MAX_TOLERANCE: f64 = 7.922_816_251_426_434e28;
/// The smallest step a `Decimal` holds, 1e-28, as a float.
const MIN_TOLERANCE: f64 = 1e-28;

/// A tolerance is a non-negative amount: `0`, `0.5` or `"0.5"`. A float is read from its
/// written digits, never through `f64`.
fn parse_tolerance(
    path: &Path,
    text: &str,
    t: &Spanned<toml::Value>,
) -> Result<Decimal, ConfigError> {
    let span = t.span();
    let bad = |why: &str| {
        invalid(
            path,
            text,
            span.clone(),
            format!("tolerance must be a non-negative amount: {why}"),
            "bad tolerance",
            Some("for example: tolerance = 0.5, or tolerance = \"0.5\"".to_string()),
        )
    };
    let value = match t.get_ref() {
        toml::Value::Integer(i) => Decimal::from(*i),
        toml::Value::Float(f) => {
            let written = text.get(span.clone()).unwrap_or("").replace('_', "");
            let written = written.trim();
            match Decimal::from_str(written).or_else(|_| Decimal::from_scientific(written)) {
                Ok(d) => d,
                // The written digits do not fit a Decimal: say why from the float's size.
                Err(_) if !f.is_finite() => return Err(bad("it is not a finite number")),
                Err(_) if f.abs() > MAX_TOLERANCE => {
                    return Err(bad(&format!(
                        "it is out of range (the largest tolerance is {})",
                        Decimal::MAX
                    )));
                }
                Err(_) if *f != 0.0 && f.abs() < MIN_TOLERANCE => {
                    return Err(bad(&format!(
                        "it is too small (the smallest is 1e-{}, 28 decimal places)",
                        Decimal::MAX_SCALE
                    )));
                }
                Err(_) => return Err(bad("this float has no exact decimal form")),
            }
        }
        toml::Value::String(s) => {
            Decimal::from_str(s.trim()).map_err(|_| bad("this string is not a number"))?
        }
        other => return Err(bad(&format!("found a {}", other.type_str()))),
    };
    if value.is_sign_negative() && !value.is_zero() {
        return Err(bad("it is negative"));
    }
    Ok(value)
}

fn valid_code(
    path: &Path,
    text: &str,
    code: &str,
    span: Range<usize>,
) -> Result<String, ConfigError> {
    if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(code.to_string())
    } else {
        Err(invalid(
            path,
            text,
            span,
            format!("`{code}` is not a currency code"),
            "bad currency code",
            Some("a currency code is three capital letters (ISO 4217), e.g. \"USD\"".to_string()),
        ))
    }
}

/// Reads a configuration file and every file it extends, and merges them.
///
/// # Errors
/// [`ConfigError`] when a file cannot be read, is invalid, or `extend` forms a cycle.
///
/// # Panics
/// Never: a file is seen twice, or the chain grows too long, only through `extend`.
pub fn load(path: &Path) -> Result<Config, ConfigError> {
    let mut layers: Vec<Layer> = Vec::new();
    let mut seen: Vec<PathBuf> = Vec::new();
    let mut next = path.to_path_buf();
    // Where the current file was named, to point at it when it cannot be read.
    let mut named_at: Option<(PathBuf, String, Range<usize>)> = None;
    loop {
        let canonical = match std::fs::canonicalize(&next) {
            Ok(c) => c,
            Err(source) => {
                return Err(match named_at {
                    Some((from, text, span)) => invalid(
                        &from,
                        &text,
                        span,
                        format!("cannot read the extended file {}: {source}", next.display()),
                        "extended here",
                        Some(
                            "`extend` is relative to the directory of the file that says it"
                                .to_string(),
                        ),
                    ),
                    None => ConfigError::Read { path: next, source },
                });
            }
        };
        if seen.contains(&canonical) {
            let (from, text, span) = named_at.expect("a repeated file was reached through extend");
            return Err(invalid(
                &from,
                &text,
                span,
                format!(
                    "`extend` forms a cycle: {} is already part of the chain",
                    next.display()
                ),
                "extends a file that extends this one",
                None,
            ));
        }
        if seen.len() >= MAX_EXTEND_DEPTH {
            let (from, text, span) = named_at.expect("depth grows only through extend");
            return Err(invalid(
                &from,
                &text,
                span,
                format!("`extend` chains more than {MAX_EXTEND_DEPTH} files"),
                "here",
                Some(format!(
                    "a chain of `extend` holds at most {MAX_EXTEND_DEPTH} files, the first \
                     included; a longer one is taken for a mistake: let a file extend a file \
                     nearer the end of the chain"
                )),
            ));
        }
        seen.push(canonical);
        let (layer, text) = read_layer(&next)?;
        let following = layer.extend.clone();
        let this = layer.path.clone();
        layers.push(layer);
        match following {
            Some((target, span)) => {
                named_at = Some((this, text, span));
                next = target;
            }
            None => break,
        }
    }
    Ok(merge(layers))
}

/// Folds the layers, farthest ancestor first, so that nearer files win.
fn merge(layers: Vec<Layer>) -> Config {
    let mut config = Config {
        files: layers.iter().map(|l| l.path.clone()).collect(),
        ..Config::default()
    };
    for layer in layers.into_iter().rev() {
        if let Some(t) = layer.tolerance {
            config.tolerance = t;
        }
        if let Some(c) = layer.code {
            config.currency.code = c;
            config.currency_configured = true;
        }
        if let Some(s) = layer.symbols {
            config.currency.symbols = s;
        }
        if let Some(e) = layer.exclude {
            config.exclude = e;
        }
        config.rules.extend(layer.rules);
        if let Some(v) = layer.title_variants {
            config.title_variants = v;
        }
        config.ignores.extend(layer.ignores);
    }
    config
}

/// Where configuration comes from for a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// The nearest `crossfoot.toml` above each checked file.
    Discover,
    /// One file for every checked file (`--config FILE`).
    File(PathBuf),
    /// No file at all (`--isolated`).
    Isolated,
}

/// Finds the configuration of each file, reading each `crossfoot.toml` once per run.
#[derive(Debug)]
pub struct Resolver {
    fixed: Option<Arc<Config>>,
    /// The configuration of each directory visited, found or default.
    by_dir: HashMap<PathBuf, Arc<Config>>,
    /// Each file read, by path, so that directories sharing a file share the result.
    by_file: HashMap<PathBuf, Arc<Config>>,
}

impl Resolver {
    /// # Errors
    /// [`ConfigError`] when `--config FILE` cannot be read or is invalid.
    pub fn new(mode: &Mode) -> Result<Self, ConfigError> {
        let fixed = match mode {
            Mode::Discover => None,
            Mode::File(path) => Some(Arc::new(load(path)?)),
            Mode::Isolated => Some(Arc::new(Config::default())),
        };
        Ok(Self {
            fixed,
            by_dir: HashMap::new(),
            by_file: HashMap::new(),
        })
    }

    /// The configuration of a checked file: the nearest `crossfoot.toml` in its directory or
    /// above.
    ///
    /// # Errors
    /// [`ConfigError`] when the file found is unreadable or invalid.
    pub fn for_file(&mut self, file: &Path) -> Result<Arc<Config>, ConfigError> {
        let abs = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
        let dir = abs.parent().map_or_else(|| abs.clone(), Path::to_path_buf);
        self.for_dir(&dir)
    }

    /// The configuration that applies in `dir`.
    ///
    /// # Errors
    /// [`ConfigError`] when the file found is unreadable or invalid.
    pub fn for_dir(&mut self, dir: &Path) -> Result<Arc<Config>, ConfigError> {
        if let Some(fixed) = &self.fixed {
            return Ok(Arc::clone(fixed));
        }
        let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
        let mut visited = Vec::new();
        let mut found = None;
        for d in dir.ancestors() {
            if let Some(c) = self.by_dir.get(d) {
                found = Some(Arc::clone(c));
                break;
            }
            visited.push(d.to_path_buf());
            let candidate = d.join(FILE_NAME);
            // Metadata follows a symlink: a link to a file is a file.
            if let Ok(meta) = std::fs::metadata(&candidate)
                && !meta.is_file()
            {
                let kind = if meta.is_dir() {
                    "a directory"
                } else {
                    "not a regular file"
                };
                return Err(ConfigError::NotAFile {
                    path: candidate,
                    kind,
                });
            }
            if candidate.is_file() {
                let config = if let Some(c) = self.by_file.get(&candidate) {
                    Arc::clone(c)
                } else {
                    let c = Arc::new(load(&candidate)?);
                    self.by_file.insert(candidate, Arc::clone(&c));
                    c
                };
                found = Some(config);
                break;
            }
        }
        let config = found.unwrap_or_default();
        for d in visited {
            self.by_dir.insert(d, Arc::clone(&config));
        }
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Layer, ConfigError> {
        parse_layer(Path::new("/tmp/crossfoot.toml"), text)
    }

    fn error_text(text: &str) -> String {
        match parse(text) {
            Ok(_) => panic!("expected an error for {text:?}"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn reads_every_key() {
        let l = parse(
            "extend = \"base.toml\"\ntolerance = 0.5\nexclude = [\"drafts/**\"]\n[currency]\ncode = \"EUR\"\nsymbols = [\"EUR\", \"€\"]\n[rules]\nmissing-currency = \"off\"\ntotal-mismatch = \"warning\"\n",
        )
        .expect("valid");
        assert_eq!(l.tolerance, Some(Decimal::new(5, 1)));
        assert_eq!(l.code.as_deref(), Some("EUR"));
        assert_eq!(l.symbols, Some(vec!["EUR".to_string(), "€".to_string()]));
        assert_eq!(l.rules.get("missing-currency"), Some(&Level::Off));
        assert_eq!(l.rules.get("total-mismatch"), Some(&Level::Warning));
        assert!(l.extend.is_some_and(|(p, _)| p.ends_with("base.toml")));
    }

    #[test]
    fn currency_may_be_a_plain_code() {
        let l = parse("currency = \"GBP\"\n").expect("valid");
        assert_eq!(l.code.as_deref(), Some("GBP"));
        assert!(l.symbols.is_none());
    }

    #[test]
    fn tolerance_keeps_exact_digits() {
        let l = parse("tolerance = 0.1\n").expect("valid");
        assert_eq!(l.tolerance, Some(Decimal::new(1, 1)));
        assert!(
            parse("tolerance = \"ten\"\n").is_err(),
            "a string must be a number"
        );
        let l = parse("tolerance = \"0.25\"\n").expect("valid");
        assert_eq!(l.tolerance, Some(Decimal::new(25, 2)));
        let l = parse("tolerance = 1_000\n").expect("valid");
        assert_eq!(l.tolerance, Some(Decimal::from(1000)));
        let l = parse("tolerance = 1.5e3\n").expect("valid");
        assert_eq!(l.tolerance, Some(Decimal::from(1500)));
    }

    /// A float too large or too small for a `Decimal` says so; it used to say "no exact decimal
    /// form" for `1e300`.
    #[test]
    fn tolerance_out_of_range() {
        let e = error_text("tolerance = 1e300\n");
        assert!(
            e.contains("out of range") && e.contains("79228162514264337593543950335"),
            "{e}"
        );
        assert!(error_text("tolerance = 1e29\n").contains("out of range"));
        assert!(error_text("tolerance = 1e-300\n").contains("too small"));
        assert!(error_text("tolerance = inf\n").contains("not a finite number"));
        assert!(error_text("tolerance = nan\n").contains("not a finite number"));
        assert!(error_text("tolerance = -0.5\n").contains("negative"));
        let l = parse("tolerance = 1e28\n").expect("1e28 fits");
        assert_eq!(
            l.tolerance,
            Some(Decimal::from_scientific("1e28").expect("1e28"))
        );
    }

    #[test]
    fn errors_name_line_and_allowed_values() {
        let e = error_text("tolerance = 1\ntolerence = 2\n");
        assert!(
            e.contains(":2:1:")
                && e.contains("unknown field `tolerence`")
                && e.contains("`tolerance`"),
            "{e}"
        );
        let e = error_text("[rules]\ntotal-mismatch = \"fatal\"\n");
        assert!(
            e.contains(":2:") && e.contains("`error`") && e.contains("`off`"),
            "{e}"
        );
        let e = error_text("[rules]\nno-such-rule = \"off\"\n");
        assert!(
            e.contains(":2:1:") && e.contains("unknown rule code `no-such-rule`"),
            "{e}"
        );
        let e = error_text("tolerance = -1\n");
        assert!(e.contains(":1:13:") && e.contains("negative"), "{e}");
        let e = error_text("[currency]\ncode = \"usd\"\n");
        assert!(
            e.contains(":2:8:") && e.contains("not a currency code"),
            "{e}"
        );
        let e = error_text("[currency]\nsign = \"$\"\n");
        assert!(
            e.contains("unknown field `sign`") && e.contains("`symbols`"),
            "{e}"
        );
        let e = error_text("exclude = [\"a/[\"]\n");
        assert!(e.contains("not a valid glob"), "{e}");
    }

    #[test]
    fn nearer_layers_win_and_rules_merge() {
        let base = parse(
            "tolerance = 2\n[rules]\ntotal-mismatch = \"warning\"\nmissing-currency = \"off\"\n",
        )
        .expect("valid");
        let child = parse("[rules]\ntotal-mismatch = \"info\"\n").expect("valid");
        let c = merge(vec![child, base]);
        assert_eq!(c.tolerance, Decimal::from(2));
        assert_eq!(c.rules.get("total-mismatch"), Some(&Level::Info));
        assert_eq!(c.rules.get("missing-currency"), Some(&Level::Off));
    }
}
