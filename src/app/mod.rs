//! The desktop app: a thin egui layer over the core.
//!
//! * `ChronicleApp` holds the *saved* state (`Saved`, persisted by eframe between runs),
//!   the loaded `Extraction`, and *per-frame* state that is rebuilt or discarded freely.
//! * Panels (one file each) read the state and push [`Command`]s; commands are applied
//!   once per frame, at its end, by [`ChronicleApp::apply`]. No panel mutates shared state.
//! * One open path (`Command::Open`) serves the file dialog, drag & drop and the command
//!   line; loading runs on a worker thread (`loader`).

mod articles;
mod curate;
mod detail;
mod event_list;
mod export;
mod filter;
mod loader;
mod overview;
mod picker;
mod reader;
mod status_bar;
pub mod timeline;
mod watch;

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::curation::{self, Edit, EventRef, Unapplied};
use crate::events::Event;
use crate::extract::{Corrections, Extraction};
use crate::project::{self, Project, ProjectError, ViewSettings};
use crate::timeaxis::{self, Axis};
pub use loader::Source;
use timeline::TimeView;

/// Everything that changes app state. Panels push these; `apply` runs them once a frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Load these files/folders (from the dialog, a drop or the command line).
    Open(Vec<PathBuf>),
    /// Load the built-in corpus.
    OpenEmbedded,
    /// Show the native folder dialog (on a worker thread; never blocks the UI).
    ShowOpenDialog,
    /// Select an event by index into `extraction.events` (None: clear).
    Select(Option<usize>),
    /// Set the visible time range of the timeline.
    SetView(TimeView),
    /// Fit the timeline to all events.
    FitAll,
    /// Open or close the "Export image" window.
    ShowExport(bool),
    /// Change the export size or scale.
    SetExport(export::Settings),
    /// Set the picture's title (empty: the default title).
    SetExportTitle(String),
    /// Ask where to save the picture in this format (then `WriteImage`).
    SaveImage(crate::picture::Format),
    /// Write the picture to this file (PNG or SVG by its extension).
    WriteImage(PathBuf),
    /// Put the picture on the clipboard.
    CopyImage,
    /// Expand collapsed gap `i` of the time axis back to real time.
    ExpandBreak(usize),
    /// Collapse long empty stretches of the time axis, or show real time everywhere.
    ToggleBreaks,
    /// Correct (or, with `None`, un-correct) an article's publication date; every relative
    /// date of the article is resolved again.
    SetPublished {
        article: String,
        date: Option<chrono::NaiveDate>,
    },
    /// Read the loaded folders again, re-reading only the files that changed.
    Reload,
    /// Stop the running load; what was read so far is shown.
    CancelLoad,
    /// Select the next (`1`) or previous (`-1`) event that passes the filter.
    Step(i32),
    /// Zoom the timeline by a factor (> 1 zooms in) around its centre.
    ZoomBy(f64),
    /// Zoom the timeline to the selected event.
    ZoomToSelection,
    /// Change the event filter.
    SetFilter(filter::Filter),
    /// Close the error bar.
    DismissErrors,
    /// Show or hide the articles panel.
    ToggleArticles,
    /// Colour the timeline's dots by corroboration or by source.
    SetColourBy(timeline::ColourBy),
    /// Split the timeline into one band per source article, or back to one band.
    ToggleSourceLanes,
    /// Watch the loaded folders and reload when their files change (or stop watching).
    ToggleWatch,
    /// Make one edit of the events (undoable).
    Edit(Edit),
    /// Step back one edit (Ctrl+Z), or forward again (Ctrl+Shift+Z).
    Undo,
    Redo,
    /// Open or close the "Add event" window.
    ShowAddEvent(bool),
    /// Open the project file at this path (its folders, edits, view and export title).
    OpenProject(PathBuf),
    /// Show the dialog to pick a project file to open.
    ShowOpenProjectDialog,
    /// Save the project where it was last saved (or ask where).
    SaveProject,
    /// Show the dialog to pick where to save the project.
    ShowSaveProjectDialog,
    /// Save the project to this path; `allow_inside`: the user agreed to put it inside an
    /// article folder.
    SaveProjectTo {
        path: PathBuf,
        allow_inside: bool,
    },
    /// Open the full article at a sentence (None: close it).
    ShowArticle(Option<reader::Reading>),
    /// Take back (or throw away) the unsaved work recovered from the last session.
    RestoreAutosave,
    DiscardAutosave,
}

/// A line of the status bar: a problem the user can act on, or the outcome of an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

impl Message {
    pub fn error(text: String) -> Message {
        Message { text, error: true }
    }

    pub fn info(text: String) -> Message {
        Message { text, error: false }
    }
}

/// State kept between runs (eframe persistence).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Saved {
    pub show_articles: bool,
    /// Collapse long empty stretches of the time axis into labelled breaks.
    pub collapse_gaps: bool,
    pub last_export_dir: Option<PathBuf>,
    /// Size and scale of "Export image…".
    pub export: export::Settings,
    /// Project files opened or saved, most recent first.
    pub recent_projects: Vec<PathBuf>,
    /// The stretch of time shown at the end of the last run, and what was loaded then
    /// (empty: the built-in corpus): the same articles open on the same view.
    pub last_view: Option<(chrono::NaiveDate, chrono::NaiveDate)>,
    pub last_paths: Vec<PathBuf>,
    /// What the timeline's dot colours say.
    pub colour_by: timeline::ColourBy,
    /// One timeline band per source article.
    pub source_lanes: bool,
    /// Reload the folders when their files change.
    pub watch: bool,
}

impl Default for Saved {
    fn default() -> Self {
        Saved {
            show_articles: true,
            collapse_gaps: true,
            last_export_dir: None,
            export: export::Settings::default(),
            recent_projects: Vec::new(),
            last_view: None,
            last_paths: Vec::new(),
            colour_by: timeline::ColourBy::default(),
            source_lanes: false,
            watch: false,
        }
    }
}

/// The app. Construct with [`ChronicleApp::new`] and drive with [`ChronicleApp::show`]
/// (eframe does it through `App::ui`; tests through egui_kittest).
pub struct ChronicleApp {
    pub saved: Saved,
    /// What is shown: the last extraction that finished loading.
    pub extraction: Extraction,
    /// Human name of what is loaded ("built-in corpus", a folder path).
    pub source_label: String,
    pub selected: Option<usize>,
    /// Per-frame: a list row to scroll into view (the selection changed on the timeline).
    reveal: Option<usize>,
    /// Rows of the event list shown in the last frame.
    list_rows: std::ops::Range<usize>,
    pub view: Option<TimeView>,
    /// The time axis (with collapsed gaps), derived from the events and `saved.collapse_gaps`.
    pub axis: Axis,
    /// The events placed on `axis` (derived; rebuilt with it).
    placement: timeline::Placement,
    /// Messages for the error bar (load failures, export results).
    pub messages: Vec<Message>,
    /// The files and folders loaded (None: the built-in corpus), for Reload.
    pub paths: Option<Vec<PathBuf>>,
    /// The analyst's edits, in order: replayed on every extraction (`curation::apply`);
    /// publication-date edits go into the pipeline itself (`curation::corrections`).
    pub edits: Vec<Edit>,
    /// Earlier and undone states of `edits`.
    undo: Vec<Vec<Edit>>,
    redo: Vec<Vec<Edit>>,
    /// The events as extracted, before the edits.
    base_events: Vec<Event>,
    /// Edits whose event or mention is no longer found, listed for the user.
    pub unapplied: Vec<Unapplied>,
    /// The project file this work belongs to, once opened or saved.
    pub project_path: Option<PathBuf>,
    /// Edits or settings changed since the project was last saved.
    pub dirty: bool,
    /// Where unsaved work is autosaved (None: no autosave, e.g. in tests).
    data_dir: Option<PathBuf>,
    last_autosave: Option<std::time::Instant>,
    /// Unsaved work found from a session that did not end cleanly.
    pub recovered: Option<Project>,
    /// A save refused because it is inside an article folder, waiting for consent.
    confirm_inside: Option<PathBuf>,
    /// A view (dates) to show once the project's articles are loaded.
    pending_view: Option<(chrono::NaiveDate, chrono::NaiveDate)>,
    curate: curate::State,
    picker: picker::Picker,
    /// The article open in the reader window, at a sentence.
    pub reading: Option<reader::Reading>,
    reader: reader::Reader,
    /// The folders being watched (watch mode), with the paths it watches.
    watch: Option<(Vec<PathBuf>, watch::Watch)>,
    /// The event filter and its result (one flag per event), recomputed on change.
    pub filter: filter::Filter,
    pub shown: Vec<bool>,
    /// Per-frame: move keyboard focus to the search box.
    focus_search: bool,
    /// Per-frame state of the articles panel's date editor.
    editing: articles::Editing,
    commands: Vec<Command>,
    loader: loader::Loader,
    export: export::Dialog,
    /// The title of exported pictures (None: `export::default_title`).
    pub export_title: Option<String>,
    /// Bumped whenever the events or the filter change (the export preview follows it).
    revision: u64,
    /// Screen rectangle of the timeline in the last frame ("Current view" export size).
    timeline_rect: Option<egui::Rect>,
}

impl ChronicleApp {
    /// A new app that starts loading `source` at once.
    pub fn new(saved: Saved, source: Source) -> Self {
        let mut app = ChronicleApp {
            saved,
            extraction: Extraction::default(),
            source_label: String::new(),
            selected: None,
            reveal: None,
            list_rows: 0..0,
            view: None,
            axis: Axis::linear(),
            placement: timeline::Placement::default(),
            messages: Vec::new(),
            edits: Vec::new(),
            undo: Vec::new(),
            redo: Vec::new(),
            base_events: Vec::new(),
            unapplied: Vec::new(),
            project_path: None,
            dirty: false,
            data_dir: None,
            last_autosave: None,
            recovered: None,
            confirm_inside: None,
            pending_view: None,
            curate: curate::State::default(),
            picker: picker::Picker::default(),
            reading: None,
            reader: reader::Reader::default(),
            watch: None,
            paths: None,
            filter: filter::Filter::default(),
            shown: Vec::new(),
            focus_search: false,
            editing: articles::Editing::default(),
            commands: Vec::new(),
            loader: loader::Loader::default(),
            export: export::Dialog::default(),
            export_title: None,
            revision: 0,
            timeline_rect: None,
        };
        // `chronicle PROJECT.chronicle.json` opens the project (its folders load then).
        if let Source::Paths(p) = &source
            && let [one] = p.as_slice()
            && one.to_string_lossy().ends_with(project::EXTENSION)
        {
            app.commands.push(Command::OpenProject(one.clone()));
            return app;
        }
        if let Source::Paths(p) = &source {
            app.paths = Some(p.clone());
        }
        if app.paths.clone().unwrap_or_default() == app.saved.last_paths {
            app.pending_view = app.saved.last_view;
        }
        app.loader.start(source, Corrections::default());
        app
    }

    /// Saved state with the current view, for the next run.
    pub fn saved_for_next_run(&self) -> Saved {
        let view = self.project().view;
        Saved {
            last_view: view.from.zip(view.to),
            last_paths: self.paths.clone().unwrap_or_default(),
            ..self.saved.clone()
        }
    }

    /// Autosaves unsaved work into `dir`, and offers what an earlier session left there.
    pub fn with_data_dir(mut self, dir: PathBuf) -> Self {
        match project::load_autosave(&dir) {
            Ok(Some(p)) if !p.edits.is_empty() => self.recovered = Some(p),
            Ok(_) => {}
            Err(e) => self.messages.push(Message::error(format!(
                "Autosaved work could not be read: {e}"
            ))),
        }
        self.data_dir = Some(dir);
        self
    }

    /// The corrections the edits make to the pipeline (publication dates).
    fn corrections(&self) -> Corrections {
        curation::corrections(&self.edits)
    }

    /// The project as it stands: folders, edits, view, export title.
    pub fn project(&self) -> Project {
        let (from, to) = match self.view {
            Some(v) => (
                timeaxis::date_of(self.axis.to_day(v.min)),
                timeaxis::date_of(self.axis.to_day(v.max)),
            ),
            None => (None, None),
        };
        Project {
            paths: self.paths.clone().unwrap_or_default(),
            edits: self.edits.clone(),
            view: ViewSettings {
                from,
                to,
                breaks: self.saved.collapse_gaps,
                search: self.filter.query.clone(),
                min_sources: self.filter.min_sources,
            },
            export_title: self.export_title.clone(),
            ..Project::default()
        }
    }

    /// Changes the edit list (undoably) and brings the events up to date.
    fn change_edits(&mut self, change: impl FnOnce(&mut Vec<Edit>)) {
        let before = self.edits.clone();
        change(&mut self.edits);
        if self.edits == before {
            return;
        }
        self.redo.clear();
        self.edits_changed(&before);
        self.undo.push(before);
    }

    fn edits_changed(&mut self, before: &[Edit]) {
        self.dirty = true;
        if curation::corrections(before) != self.corrections() {
            // A publication date changed: the pipeline runs again; `install` replays the edits.
            let source = Source::Again {
                label: self.source_label.clone(),
                corpus: self.extraction.corpus.clone(),
            };
            self.loader.start(source, self.corrections());
        } else {
            self.replay();
        }
    }

    /// The extracted events with the edits applied again; the selection follows its event.
    fn replay(&mut self) {
        let selected = self
            .selected
            .and_then(|i| self.extraction.events.get(i))
            .map(|e| EventRef::of(&self.extraction, e));
        self.extraction.events = self.base_events.clone();
        self.unapplied = curation::apply(&mut self.extraction, &self.edits);
        self.revision += 1;
        self.shown = self.filter.apply(&self.extraction);
        let old_axis = self.axis.clone();
        self.set_axis(self.derive_axis());
        self.view = self.view.map(|v| v.remapped(&old_axis, &self.axis));
        self.selected = selected.and_then(|r| r.resolve(&self.extraction));
    }

    fn open_project(&mut self, path: PathBuf) {
        let p = match Project::load(&path) {
            Ok(p) => p,
            Err(e) => {
                // Never overwritten: the broken file is not adopted as the current project.
                self.messages
                    .push(Message::error(format!("Cannot open the project: {e}")));
                return;
            }
        };
        self.adopt(p);
        self.project_path = Some(path.clone());
        self.dirty = false;
        self.remember_project(path);
    }

    /// Takes a project's folders, edits and settings, and loads its articles.
    fn adopt(&mut self, p: Project) {
        self.edits = p.edits;
        self.undo.clear();
        self.redo.clear();
        self.export_title = p.export_title;
        self.filter = filter::Filter {
            query: p.view.search,
            min_sources: p.view.min_sources,
            ..filter::Filter::default()
        };
        self.saved.collapse_gaps = p.view.breaks;
        self.pending_view = p.view.from.zip(p.view.to);
        self.messages.clear();
        let source = if p.paths.is_empty() {
            self.paths = None;
            Source::Embedded
        } else {
            self.paths = Some(p.paths.clone());
            Source::Paths(p.paths)
        };
        self.loader.start(source, self.corrections());
    }

    fn remember_project(&mut self, path: PathBuf) {
        self.saved.recent_projects.retain(|p| *p != path);
        self.saved.recent_projects.insert(0, path);
        self.saved.recent_projects.truncate(8);
    }

    fn save_project(&mut self, path: PathBuf, allow_inside: bool) {
        let mut p = self.project();
        p.allow_inside_articles = allow_inside;
        match p.save(&path) {
            Ok(()) => {
                self.messages
                    .push(Message::info(format!("Saved {}", path.display())));
                self.project_path = Some(path.clone());
                self.dirty = false;
                self.remember_project(path);
                if let Some(dir) = &self.data_dir {
                    let _ = project::clear_autosave(dir);
                }
            }
            Err(ProjectError::InsideArticles { .. }) => self.confirm_inside = Some(path),
            Err(e) => self
                .messages
                .push(Message::error(format!("Cannot save the project: {e}"))),
        }
    }

    /// At the end of a session: unsaved work stays in the autosave (offered at the next
    /// start); saved work leaves no autosave behind.
    pub fn on_exit(&mut self) {
        let Some(dir) = self.data_dir.clone() else {
            return;
        };
        if self.dirty {
            self.last_autosave = None;
            self.autosave();
        } else if self.recovered.is_none() {
            // (Recovered work the user neither restored nor discarded stays for next time.)
            let _ = project::clear_autosave(&dir);
        }
    }

    /// Writes unsaved work to the data folder every so often.
    fn autosave(&mut self) {
        let (Some(dir), true) = (&self.data_dir, self.dirty) else {
            return;
        };
        let due = self
            .last_autosave
            .is_none_or(|t| t.elapsed() >= std::time::Duration::from_secs(15));
        if due {
            let mut p = self.project();
            p.allow_inside_articles = true; // the data folder is never an article folder
            if let Err(e) = project::save_autosave(dir, &p) {
                self.messages
                    .push(Message::error(format!("Autosave failed: {e}")));
            }
            self.last_autosave = Some(std::time::Instant::now());
        }
    }

    /// Queue a command for the end of this frame.
    pub fn push(&mut self, c: Command) {
        self.commands.push(c);
    }

    /// True while a load is running.
    pub fn is_loading(&self) -> bool {
        self.loader.is_busy()
    }

    /// Blocks until the running load (if any) has finished and its result is shown.
    /// For tests and the command line; the UI never calls it.
    pub fn wait_for_load(&mut self) {
        if let Some(result) = self.loader.wait() {
            self.install(result);
        }
    }

    /// One frame of the whole UI.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if let Some(result) = self.loader.poll() {
            self.install(result);
        }
        for path in self.loader.poll_dialog() {
            self.commands.push(Command::Open(path));
        }
        if let Some(c) = self.picker.poll() {
            self.commands.push(c);
        }
        self.keep_watching(&ctx);
        self.autosave();
        self.handle_drops(&ctx);
        self.handle_keys(&ctx);

        egui::Panel::top("menu").show(ui, |ui| {
            self.menu_bar(ui);
            self.curation_bar(ui);
        });
        status_bar::show(
            ui,
            &self.messages,
            self.loader.progress(),
            &mut self.commands,
        );
        if self.saved.show_articles {
            egui::Panel::left("articles")
                .default_size(260.0)
                .show(ui, |ui| {
                    articles::show(ui, &self.extraction, &mut self.editing, &mut self.commands);
                });
        }
        egui::Panel::right("detail")
            .default_size(420.0)
            .show(ui, |ui| {
                detail::show(
                    ui,
                    &self.extraction,
                    self.selected,
                    &mut self.curate,
                    &mut self.commands,
                );
            });
        egui::Panel::bottom("events")
            .resizable(true)
            .default_size(220.0)
            .show(ui, |ui| {
                let focus = std::mem::take(&mut self.focus_search);
                event_list::search_bar(
                    ui,
                    &self.extraction,
                    &self.filter,
                    &self.shown,
                    focus,
                    &mut self.commands,
                );
                self.list_rows = event_list::show(
                    ui,
                    &self.extraction,
                    &self.shown,
                    self.selected,
                    self.reveal.take(),
                    &mut self.commands,
                );
            });
        egui::CentralPanel::default().show(ui, |ui| {
            let full = TimeView::fit(&self.extraction.events, &self.axis);
            let scene = timeline::Scene {
                extraction: &self.extraction,
                axis: &self.axis,
                placement: &self.placement,
                shown: &self.shown,
                selected: self.selected,
                view: self.view,
                colour_by: self.saved.colour_by,
                source_lanes: self.saved.source_lanes,
            };
            overview::show(ui, &scene, full, &mut self.commands);
            let rect = timeline::show(ui, &scene, &mut self.commands);
            self.timeline_rect = Some(rect);
        });
        // The picture's options (title, sizes, clock) are worked out only while the
        // export window is open, not every frame.
        if self.export.open {
            let input = export::Input {
                extraction: &self.extraction,
                shown: &self.shown,
                settings: &self.saved.export,
                opts: self.picture_options(),
                revision: self.revision,
            };
            self.export.show(&ctx, &input, &mut self.commands);
        } else {
            self.export.closed();
        }

        curate::add_window(&ctx, &self.edits, &mut self.curate, &mut self.commands);
        self.reader
            .show(&ctx, &self.extraction, self.reading, &mut self.commands);
        self.confirm_window(&ctx);
        if self.dirty && self.data_dir.is_some() {
            ctx.request_repaint_after(std::time::Duration::from_secs(15));
        }
        if self.loader.is_busy() || self.picker.is_busy() {
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
        }
        let commands = std::mem::take(&mut self.commands);
        for c in commands {
            self.apply(&ctx, c);
        }
    }

    /// Watch mode: (re)starts the watcher when the loaded folders change, reloads once the
    /// watched files have changed and settled.
    fn keep_watching(&mut self, ctx: &egui::Context) {
        let wanted = self.paths.clone().filter(|_| self.saved.watch);
        if wanted.as_ref() != self.watch.as_ref().map(|(p, _)| p) {
            self.watch = None;
            if let Some(paths) = wanted {
                match watch::Watch::start(ctx, &paths) {
                    Ok(w) => self.watch = Some((paths, w)),
                    Err(e) => {
                        self.messages
                            .push(Message::error(format!("Cannot watch the folders: {e}")));
                        self.saved.watch = false;
                    }
                }
            }
        }
        if let Some((_, w)) = &mut self.watch
            && w.due(ctx)
            && !self.loader.is_busy()
        {
            self.commands.push(Command::Reload);
        }
    }

    /// Asks before saving a project inside an article folder.
    fn confirm_window(&mut self, ctx: &egui::Context) {
        let Some(path) = self.confirm_inside.clone() else {
            return;
        };
        egui::Window::new("Save inside the article folder?")
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui.label(format!(
                    "{} is inside a folder of articles. Chronicle never writes there unless you say so.",
                    path.display()
                ));
                ui.horizontal(|ui| {
                    if ui.button("Save there").clicked() {
                        self.commands.push(Command::SaveProjectTo {
                            path: path.clone(),
                            allow_inside: true,
                        });
                    }
                    if ui.button("Cancel").clicked() {
                        self.confirm_inside = None;
                    }
                });
            });
    }

    /// The bar offering unsaved work from a session that ended without saving, and the
    /// edits that no longer find their event.
    fn curation_bar(&mut self, ui: &mut egui::Ui) {
        if let Some(p) = &self.recovered {
            ui.horizontal(|ui| {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    format!(
                        "Unsaved work from the last session was recovered ({} edit{}).",
                        p.edits.len(),
                        if p.edits.len() == 1 { "" } else { "s" }
                    ),
                );
                if ui.button("Restore").clicked() {
                    self.commands.push(Command::RestoreAutosave);
                }
                if ui.button("Discard").clicked() {
                    self.commands.push(Command::DiscardAutosave);
                }
            });
        }
        if !self.unapplied.is_empty() {
            ui.collapsing(
                format!(
                    "{} edit{} no longer find{} their event",
                    self.unapplied.len(),
                    if self.unapplied.len() == 1 { "" } else { "s" },
                    if self.unapplied.len() == 1 { "s" } else { "" }
                ),
                |ui| {
                    for u in &self.unapplied {
                        ui.label(format!(
                            "#{} {}: {}",
                            u.index + 1,
                            edit_name(&u.edit),
                            u.reason
                        ));
                    }
                },
            );
        }
    }

    fn menu_bar(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.menu_button("Project", |ui| {
                if ui.button("Open project…").clicked() {
                    self.commands.push(Command::ShowOpenProjectDialog);
                    ui.close();
                }
                if ui.button("Save project").clicked() {
                    self.commands.push(Command::SaveProject);
                    ui.close();
                }
                if ui.button("Save project as…").clicked() {
                    self.commands.push(Command::ShowSaveProjectDialog);
                    ui.close();
                }
                if !self.saved.recent_projects.is_empty() {
                    ui.separator();
                    ui.weak("Recent projects");
                    for p in &self.saved.recent_projects {
                        let name = p.file_name().map_or_else(
                            || p.display().to_string(),
                            |n| n.to_string_lossy().into_owned(),
                        );
                        if ui
                            .button(name)
                            .on_hover_text(p.display().to_string())
                            .clicked()
                        {
                            self.commands.push(Command::OpenProject(p.clone()));
                            ui.close();
                        }
                    }
                }
            });
            if ui
                .add_enabled(!self.undo.is_empty(), egui::Button::new("Undo"))
                .on_hover_text("Ctrl+Z")
                .clicked()
            {
                self.commands.push(Command::Undo);
            }
            if ui
                .add_enabled(!self.redo.is_empty(), egui::Button::new("Redo"))
                .on_hover_text("Ctrl+Shift+Z")
                .clicked()
            {
                self.commands.push(Command::Redo);
            }
            if ui.button("Add event…").clicked() {
                self.commands.push(Command::ShowAddEvent(true));
            }
            if ui.button("Open folder…").clicked() {
                self.commands.push(Command::ShowOpenDialog);
            }
            if ui.button("Built-in corpus").clicked() {
                self.commands.push(Command::OpenEmbedded);
            }
            if ui
                .button("Reload")
                .on_hover_text("Read the folders again (only changed files)")
                .clicked()
            {
                self.commands.push(Command::Reload);
            }
            if ui.button("Fit all").clicked() {
                self.commands.push(Command::FitAll);
            }
            if ui
                .button("Export image…")
                .on_hover_text("A picture for a slide: PNG, SVG or the clipboard")
                .clicked()
            {
                self.commands.push(Command::ShowExport(true));
            }
            if toggle_button(
                ui,
                self.saved.collapse_gaps,
                ("Real time", "Collapse gaps"),
                "Collapse long empty stretches of the time axis",
            ) {
                self.commands.push(Command::ToggleBreaks);
            }
            let colour = match self.saved.colour_by {
                timeline::ColourBy::Corroboration => "Colour: corroboration",
                timeline::ColourBy::Source => "Colour: source",
            };
            ui.menu_button(colour, |ui| {
                for (by, name) in [
                    (
                        timeline::ColourBy::Corroboration,
                        "by corroboration (sources)",
                    ),
                    (timeline::ColourBy::Source, "by source article"),
                ] {
                    if ui
                        .selectable_label(self.saved.colour_by == by, name)
                        .clicked()
                    {
                        self.commands.push(Command::SetColourBy(by));
                        ui.close();
                    }
                }
            });
            if self.paths.is_some()
                && ui
                    .selectable_label(self.saved.watch, "Watch")
                    .on_hover_text("Reload the folders when their files change")
                    .clicked()
            {
                self.commands.push(Command::ToggleWatch);
            }
            if toggle_button(
                ui,
                self.saved.source_lanes,
                ("One lane", "Lanes by source"),
                "One band per source article: who reported what, when",
            ) {
                self.commands.push(Command::ToggleSourceLanes);
            }
            if toggle_button(
                ui,
                self.saved.show_articles,
                ("Hide articles", "Show articles"),
                "The articles panel, with their publication dates",
            ) {
                self.commands.push(Command::ToggleArticles);
            }
            ui.separator();
            let project = self
                .project_path
                .as_ref()
                .and_then(|p| p.file_name())
                .map(|n| format!("{} · ", n.to_string_lossy()))
                .unwrap_or_default();
            let edited = match (self.edits.len(), self.dirty) {
                (0, _) => String::new(),
                (n, dirty) => format!(
                    ", {n} edit{}{}",
                    if n == 1 { "" } else { "s" },
                    if dirty { " (unsaved)" } else { "" }
                ),
            };
            ui.label(format!(
                "{project}{} — {} articles, {} events{edited}",
                self.source_label,
                self.extraction.corpus.articles.len(),
                self.extraction.events.len()
            ));
        });
    }

    /// Keyboard navigation (when no text field has the keyboard): arrows move between
    /// events, Enter zooms to the selection, `/` searches, `+`/`-` zoom, Home fits all.
    fn handle_keys(&mut self, ctx: &egui::Context) {
        if ctx.egui_wants_keyboard_input() {
            return;
        }
        let (redo, undo) = ctx.input_mut(|i| {
            let shift = egui::Modifiers::COMMAND | egui::Modifiers::SHIFT;
            let redo = i.consume_key(shift, egui::Key::Z);
            (redo, i.consume_key(egui::Modifiers::COMMAND, egui::Key::Z))
        });
        if redo {
            self.commands.push(Command::Redo);
        } else if undo {
            self.commands.push(Command::Undo);
        }
        ctx.input(|i| {
            for (key, c) in [
                (egui::Key::ArrowRight, Command::Step(1)),
                (egui::Key::ArrowDown, Command::Step(1)),
                (egui::Key::ArrowLeft, Command::Step(-1)),
                (egui::Key::ArrowUp, Command::Step(-1)),
                (egui::Key::Enter, Command::ZoomToSelection),
                (egui::Key::Plus, Command::ZoomBy(1.5)),
                (egui::Key::Equals, Command::ZoomBy(1.5)),
                (egui::Key::Minus, Command::ZoomBy(1.0 / 1.5)),
                (egui::Key::Home, Command::FitAll),
            ] {
                if i.key_pressed(key) {
                    self.commands.push(c);
                }
            }
            if i.key_pressed(egui::Key::Slash) {
                self.focus_search = true;
            }
        });
    }

    fn handle_drops(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if !dropped.is_empty() {
            self.commands.push(Command::Open(dropped));
        }
    }

    fn install(&mut self, result: loader::Loaded) {
        self.source_label = result.label;
        if result.reread {
            self.messages.retain(|m| !m.error);
        }
        if !result.again && !result.partial {
            for e in &result.extraction.corpus.errors {
                self.messages
                    .push(Message::error(format!("{}: {}", e.path, e.error)));
            }
        }
        // After a correction the same articles come back: keep the view, keep the
        // selection on the event of the same date when there still is one.
        let kept = self
            .selected
            .and_then(|i| self.extraction.events.get(i))
            .map(|e| e.span);
        self.extraction = result.extraction;
        self.base_events = self.extraction.events.clone();
        self.unapplied = curation::apply(&mut self.extraction, &self.edits);
        if result.partial {
            // A preview lacks most articles: its missing targets are not news.
            self.unapplied.clear();
        }
        self.revision += 1;
        self.shown = self.filter.apply(&self.extraction);
        let old_axis = self.axis.clone();
        self.set_axis(self.derive_axis());
        if result.again || result.reread {
            self.view = self.view.map(|v| v.remapped(&old_axis, &self.axis));
            self.selected =
                kept.and_then(|s| self.extraction.events.iter().position(|e| e.span == s));
        } else {
            self.view = self.pending_view.take().map(|(from, to)| TimeView {
                min: self.axis.to_axis(timeaxis::day_number(from)),
                max: self.axis.to_axis(timeaxis::day_number(to)),
            });
            self.selected = None;
        }
    }

    /// Pans the view (if there is one) so that event `i` is inside it.
    fn keep_in_view(&mut self, i: usize) {
        let (Some(v), Some(e)) = (self.view, self.extraction.events.get(i)) else {
            return;
        };
        let at = self.axis.to_axis(timeaxis::day_number(e.span.mid()) + 0.5);
        if at < v.min || at > v.max {
            self.view = Some(v.panned(at - (v.min + v.max) / 2.0));
        }
    }

    /// The title of exported pictures: the user's, else the default from the corpus.
    pub fn picture_title(&self) -> String {
        self.export_title
            .clone()
            .unwrap_or_else(|| crate::export::default_title(&self.extraction))
    }

    /// What "Export image…" draws: the preset size (or the timeline panel's size and the
    /// stretch of time it shows), the events that pass the filter, the axis breaks as shown.
    pub fn picture_options(&self) -> crate::picture::Options {
        let (mut from, mut to) = (None, None);
        let (width, height) = match self.saved.export.size.preset() {
            Some(p) => p.size(),
            None => {
                if let Some(v) = self.view {
                    from = timeaxis::date_of(self.axis.to_day(v.min));
                    to = timeaxis::date_of(self.axis.to_day(v.max));
                }
                let r = self.timeline_rect.unwrap_or(egui::Rect::from_min_size(
                    egui::Pos2::ZERO,
                    egui::vec2(1200.0, 600.0),
                ));
                (r.width().max(400.0) as u32, r.height().max(300.0) as u32)
            }
        };
        crate::picture::Options {
            width,
            height,
            title: Some(self.picture_title()),
            from,
            to,
            breaks: self.saved.collapse_gaps,
            generated: chrono::Local::now().date_naive(),
        }
    }

    fn set_axis(&mut self, axis: Axis) {
        self.placement = timeline::Placement::new(&self.extraction.events, &axis);
        self.axis = axis;
    }

    fn derive_axis(&self) -> Axis {
        if !self.saved.collapse_gaps {
            return Axis::linear();
        }
        Axis::collapsing(self.extraction.events.iter().map(|e| {
            (
                timeaxis::day_number(e.span.start),
                timeaxis::day_number(e.span.end) + 1.0,
            )
        }))
    }

    /// Applies one command. The only place where app state changes.
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Open(paths) => {
                self.messages.clear();
                self.paths = Some(paths.clone());
                self.loader.start(Source::Paths(paths), self.corrections());
            }
            Command::OpenEmbedded => {
                self.messages.clear();
                self.paths = None;
                self.loader.start(Source::Embedded, self.corrections());
            }
            Command::ShowOpenDialog => self.loader.show_dialog(ctx),
            Command::Select(i) => {
                self.selected = i.filter(|&i| i < self.extraction.events.len());
                self.reveal = self.selected.filter(|i| !self.list_rows.contains(i));
            }
            Command::SetView(v) => self.view = Some(v),
            Command::FitAll => {
                self.view = None;
                self.set_axis(self.derive_axis());
            }
            Command::ShowExport(open) => self.export.open = open,
            Command::SetExport(settings) => self.saved.export = settings,
            Command::SetExportTitle(title) => {
                let title = title.trim().to_string();
                self.export_title = (!title.is_empty()).then_some(title);
                self.dirty = true; // the title is part of the project
            }
            Command::SaveImage(format) => self.picker.start(
                ctx,
                picker::Purpose::SaveImage(format),
                self.saved.last_export_dir.clone(),
            ),
            Command::WriteImage(path) => {
                match crate::picture::render_to_file(
                    &self.extraction,
                    Some(&self.shown),
                    &self.picture_options(),
                    self.saved.export.pixel_scale(),
                    &path,
                ) {
                    Ok(()) => {
                        self.messages
                            .push(Message::info(format!("Exported {}", path.display())));
                        self.saved.last_export_dir = path.parent().map(PathBuf::from);
                    }
                    Err(e) => self
                        .messages
                        .push(Message::error(format!("Export failed: {e}"))),
                }
            }
            Command::CopyImage => {
                let drawn = export::draw(
                    &self.extraction,
                    &self.shown,
                    &self.picture_options(),
                    self.saved.export.pixel_scale(),
                );
                match drawn {
                    Ok(image) => {
                        let size = image.size;
                        ctx.copy_image(image);
                        self.messages.push(Message::info(format!(
                            "Copied a {}×{} image",
                            size[0], size[1]
                        )));
                    }
                    Err(e) => self
                        .messages
                        .push(Message::error(format!("Copy failed: {e}"))),
                }
            }
            Command::ExpandBreak(i) => {
                let expanded = self.axis.without_break(i);
                let view = self
                    .view
                    .unwrap_or_else(|| TimeView::fit(&self.extraction.events, &self.axis));
                self.view = Some(view.remapped(&self.axis, &expanded));
                self.set_axis(expanded);
            }
            Command::ToggleBreaks => {
                let old = self.axis.clone();
                self.saved.collapse_gaps = !self.saved.collapse_gaps;
                self.set_axis(self.derive_axis());
                self.view = self.view.map(|v| v.remapped(&old, &self.axis));
            }
            Command::SetPublished { article, date } => self.change_edits(|edits| {
                edits.retain(
                    |e| !matches!(e, Edit::SetPublished { article: a, .. } if *a == article),
                );
                if let Some(date) = date {
                    edits.push(Edit::SetPublished { article, date });
                }
            }),
            Command::Edit(edit) => self.change_edits(|edits| edits.push(edit)),
            Command::Undo => {
                if let Some(previous) = self.undo.pop() {
                    let current = std::mem::replace(&mut self.edits, previous);
                    self.redo.push(current.clone());
                    self.edits_changed(&current);
                }
            }
            Command::Redo => {
                if let Some(next) = self.redo.pop() {
                    let current = std::mem::replace(&mut self.edits, next);
                    self.undo.push(current.clone());
                    self.edits_changed(&current);
                }
            }
            Command::ShowAddEvent(open) => {
                self.curate.add = open.then(curate::AddForm::default);
            }
            Command::OpenProject(path) => self.open_project(path),
            Command::SetColourBy(by) => self.saved.colour_by = by,
            Command::ToggleSourceLanes => self.saved.source_lanes = !self.saved.source_lanes,
            Command::ToggleWatch => self.saved.watch = !self.saved.watch,
            Command::ShowArticle(r) => self.reading = r,
            Command::ShowOpenProjectDialog => self.picker.start(
                ctx,
                picker::Purpose::OpenProject,
                self.project_path
                    .as_ref()
                    .and_then(|p| p.parent().map(PathBuf::from)),
            ),
            Command::SaveProject => match self.project_path.clone() {
                Some(path) => self.save_project(path, false),
                None => self.apply(ctx, Command::ShowSaveProjectDialog),
            },
            Command::ShowSaveProjectDialog => self.picker.start(
                ctx,
                picker::Purpose::SaveProject,
                self.project_path
                    .as_ref()
                    .and_then(|p| p.parent().map(PathBuf::from)),
            ),
            Command::SaveProjectTo { path, allow_inside } => {
                self.confirm_inside = None;
                self.save_project(path, allow_inside);
            }
            Command::RestoreAutosave => {
                if let Some(p) = self.recovered.take() {
                    self.adopt(p);
                    self.dirty = true;
                }
            }
            Command::DiscardAutosave => {
                self.recovered = None;
                if let Some(dir) = &self.data_dir {
                    let _ = project::clear_autosave(dir);
                }
            }
            Command::CancelLoad => self.loader.cancel(),
            Command::Step(delta) => {
                let shown: Vec<usize> = (0..self.extraction.events.len())
                    .filter(|&i| self.shown[i])
                    .collect();
                let at = self
                    .selected
                    .and_then(|s| shown.iter().position(|&i| i == s));
                let next = match (at, delta >= 0) {
                    (None, true) => shown.first(),
                    (None, false) => shown.last(),
                    (Some(k), true) => shown.get(k + 1).or(shown.get(k)),
                    (Some(k), false) => shown.get(k.saturating_sub(1)),
                };
                if let Some(&i) = next {
                    self.selected = Some(i);
                    self.reveal = Some(i).filter(|i| !self.list_rows.contains(i));
                    self.keep_in_view(i);
                }
            }
            Command::ZoomBy(f) => {
                let v = self
                    .view
                    .unwrap_or_else(|| TimeView::fit(&self.extraction.events, &self.axis));
                self.view = Some(v.zoomed(f, (v.min + v.max) / 2.0));
            }
            Command::ZoomToSelection => {
                if let Some(e) = self.selected.and_then(|i| self.extraction.events.get(i)) {
                    let a = self.axis.to_axis(timeaxis::day_number(e.span.start));
                    let b = self.axis.to_axis(timeaxis::day_number(e.span.end) + 1.0);
                    let pad = ((b - a) * 2.0).max(3.0);
                    self.view = Some(TimeView {
                        min: a - pad,
                        max: b + pad,
                    });
                }
            }
            Command::SetFilter(f) => {
                self.revision += 1;
                self.filter = f;
                self.shown = self.filter.apply(&self.extraction);
                if self.selected.is_some_and(|i| !self.shown[i]) {
                    self.selected = None;
                }
            }
            Command::Reload => match self.paths.clone() {
                Some(paths) => {
                    let previous = self.extraction.corpus.clone();
                    self.loader
                        .start(Source::Reload { paths, previous }, self.corrections());
                }
                None => self.loader.start(Source::Embedded, self.corrections()),
            },
            Command::DismissErrors => self.messages.clear(),
            Command::ToggleArticles => self.saved.show_articles = !self.saved.show_articles,
        }
    }
}

/// eframe glue.
struct EframeApp(ChronicleApp);

const STORAGE_KEY: &str = "chronicle";

impl eframe::App for EframeApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.0.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, &self.0.saved_for_next_run());
    }

    fn on_exit(&mut self) {
        self.0.on_exit();
    }
}

/// Opens the window on `paths` (none: the built-in corpus).
pub fn run(paths: Vec<PathBuf>) -> Result<(), String> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Chronicle")
            .with_inner_size([1400.0, 900.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    let source = if paths.is_empty() {
        Source::Embedded
    } else {
        Source::Paths(paths)
    };
    eframe::run_native(
        "Chronicle",
        options,
        Box::new(move |cc| {
            let saved = cc
                .storage
                .and_then(|s| eframe::get_value(s, STORAGE_KEY))
                .unwrap_or_default();
            let mut app = ChronicleApp::new(saved, source);
            if let Some(dir) = eframe::storage_dir("Chronicle") {
                app = app.with_data_dir(dir);
            }
            Ok(Box::new(EframeApp(app)))
        }),
    )
    .map_err(|e| e.to_string())
}

/// A button for a setting that is `on` or off, labelled with what a click switches to.
fn toggle_button(
    ui: &mut egui::Ui,
    on: bool,
    (when_on, when_off): (&str, &str),
    hover: &str,
) -> bool {
    let label = if on { when_on } else { when_off };
    ui.button(label).on_hover_text(hover).clicked()
}

/// A short name of an edit for the list of edits that no longer apply.
fn edit_name(e: &Edit) -> &'static str {
    match e {
        Edit::Rename { .. } => "rename",
        Edit::SetDate { .. } => "date change",
        Edit::Hide { .. } => "hide",
        Edit::Pin { .. } => "pin",
        Edit::SetNote { .. } => "note",
        Edit::Merge { .. } => "merge",
        Edit::Split { .. } => "split",
        Edit::Add { .. } => "added event",
        Edit::SetPublished { .. } => "publication date",
    }
}
