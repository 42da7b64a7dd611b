//! File stamps: what a file looked like when it was loaded, so a reload can re-read only
//! the files that changed.

use std::fs;
use std::hash::Hasher;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// A loaded file's identity: size, modification time and a hash of its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileStamp {
    pub path: PathBuf,
    pub len: u64,
    pub modified: SystemTime,
    /// FxHash of the file's bytes (stable across runs).
    pub hash: u64,
    /// Hash of the sidecar row applied to the article (0 without one), so a changed
    /// `articles.tsv` also counts as a change.
    pub meta_hash: u64,
}

impl FileStamp {
    /// The stamp of `path` as it is now (reads the whole file).
    pub fn of(path: &Path) -> std::io::Result<FileStamp> {
        let meta = fs::metadata(path)?;
        let mut bytes = Vec::new();
        fs::File::open(path)?.read_to_end(&mut bytes)?;
        Ok(FileStamp {
            path: path.to_path_buf(),
            len: bytes.len() as u64,
            modified: meta.modified()?,
            hash: hash_bytes(&bytes),
            meta_hash: 0,
        })
    }

    /// Whether the file on disk still matches: same size and modification time, or (when
    /// only the time moved) the same bytes.
    pub fn is_current(&self) -> bool {
        let Ok(meta) = fs::metadata(&self.path) else {
            return false;
        };
        if !meta.is_file() || meta.len() != self.len {
            return false;
        }
        if meta.modified().ok() == Some(self.modified) {
            return true;
        }
        FileStamp::of(&self.path).is_ok_and(|now| now.hash == self.hash)
    }

    /// Same size and modification time as `meta` (the cheap check a reload uses).
    pub(super) fn matches(&self, meta: &fs::Metadata) -> bool {
        meta.is_file() && meta.len() == self.len && meta.modified().ok() == Some(self.modified)
    }
}

/// The paths among `stamps` whose files changed, vanished or became unreadable since.
pub fn changed<'a>(stamps: impl IntoIterator<Item = &'a FileStamp>) -> Vec<PathBuf> {
    stamps
        .into_iter()
        .filter(|s| !s.is_current())
        .map(|s| s.path.clone())
        .collect()
}

pub(super) fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    h.write(bytes);
    h.write_usize(bytes.len());
    h.finish()
}
