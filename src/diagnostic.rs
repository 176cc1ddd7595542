//! Our own diagnostic type: plain data with byte spans, converted to miette only at the edge.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::source::Span;

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A secondary span with its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub message: String,
    /// One figure of a listing (every amount of a section): renderers may fold a long listing
    /// into a line of text instead of pointing at each figure.
    pub listing: bool,
}

impl Label {
    #[must_use]
    pub fn new(span: Span, message: impl Into<String>) -> Self {
        Self {
            span,
            message: message.into(),
            listing: false,
        }
    }

    #[must_use]
    pub fn listing(span: Span, message: impl Into<String>) -> Self {
        Self {
            span,
            message: message.into(),
            listing: true,
        }
    }
}

/// Whether applying a fix can change what a figure says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// Only the written form changes; the value stays.
    Safe,
    /// A figure changes: a judgement the editor must confirm.
    Unsafe,
}

/// One replacement of the bytes in `span`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub span: Span,
    pub replacement: String,
}

/// The edits that resolve one diagnostic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub title: String,
    pub applicability: Applicability,
    pub edits: Vec<Edit>,
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    /// The primary span: the figure, statement or bullet the finding is about.
    pub span: Span,
    /// The message of the primary label, shown under the span.
    pub primary_label: Option<String>,
    pub labels: Vec<Label>,
    pub help: Option<String>,
    pub fix: Option<Fix>,
    pub declared: Option<Decimal>,
    pub computed: Option<Decimal>,
    /// For amount rules: the value the amount was read as.
    pub value: Option<Decimal>,
    /// The section the finding belongs to (name and ordinal), for fingerprints and reports.
    pub section: Option<String>,
}

impl Diagnostic {
    /// A diagnostic with the rule's default severity; the registry may override it later.
    #[must_use]
    pub fn new(rule: &crate::rules::Rule, span: Span, message: impl Into<String>) -> Self {
        Self {
            code: rule.code,
            severity: rule.severity,
            message: message.into(),
            span,
            primary_label: None,
            labels: Vec::new(),
            help: None,
            fix: None,
            declared: None,
            computed: None,
            value: None,
            section: None,
        }
    }

    #[must_use]
    pub fn with_label(mut self, message: impl Into<String>) -> Self {
        self.primary_label = Some(message.into());
        self
    }

    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    #[must_use]
    pub fn with_fix(mut self, fix: Option<Fix>) -> Self {
        self.fix = fix;
        self
    }

    #[must_use]
    pub fn with_value(mut self, value: Decimal) -> Self {
        self.value = Some(value);
        self
    }

    #[must_use]
    pub fn in_section(mut self, section: Option<String>) -> Self {
        self.section = section;
        self
    }

    /// `declared − computed`, where both apply.
    #[must_use]
    pub fn difference(&self) -> Option<Decimal> {
        Some(self.declared?.saturating_sub(self.computed?))
    }
}
