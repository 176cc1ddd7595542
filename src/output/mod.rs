//! Output formats, one emitter each.

pub mod human;
pub mod json;

/// The formats of `crossfoot check --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// miette's graphical report with source excerpts (the default).
    #[default]
    Human,
    /// `{"version": 1, "diagnostics": [...]}`.
    Json,
}
