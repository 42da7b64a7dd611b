//! Chronicle's core: corpus loading, temporal tagging, publication-date inference, event
//! building and export. No GUI dependency lives here; the egui app (`app`, behind the
//! default `gui` feature) is a thin layer over it. See ARCHITECTURE.md.

pub mod corpus;
pub mod curation;
pub mod events;
pub mod export;
pub mod extract;
pub mod picture;
pub mod project;
pub mod pubdate;
pub mod tagger;
pub mod text;
pub mod timeaxis;
pub mod timeval;

#[cfg(feature = "gui")]
pub mod app;
