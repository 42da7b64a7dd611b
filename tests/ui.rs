//! UI tests: the real app driven headless through egui_kittest (clicks by label).

use chronicle::app::{ChronicleApp, Saved, Source};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

fn harness(source: Source) -> Harness<'static, ChronicleApp> {
    let mut app = ChronicleApp::new(Saved::default(), source);
    app.wait_for_load();
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut ChronicleApp| app.show(ui), app);
    h.run();
    h
}

/// Scrolls the event list until a row containing `text` and `also` shows, then clicks it.
fn click_row(h: &mut Harness<'static, ChronicleApp>, text: &str, also: &str) {
    for _ in 0..50 {
        let row = h
            .query_all_by_label_contains(text)
            .find(|n| n.accesskit_node().label().is_some_and(|l| l.contains(also)));
        if let Some(row) = row {
            row.scroll_to_me();
            h.run();
            let row = h
                .query_all_by_label_contains(text)
                .find(|n| n.accesskit_node().label().is_some_and(|l| l.contains(also)))
                .expect("row still there after scrolling to it");
            row.click();
            h.run();
            return;
        }
        h.get_all_by_label_contains(" source")
            .last()
            .expect("event rows")
            .scroll_down();
        h.run();
    }
    panic!("no event row containing {text:?}");
}

#[test]
fn clicking_an_event_shows_every_excerpt() {
    let mut h = harness(Source::Embedded);
    click_row(&mut h, "2024-06-19  ", "(5 sources)");
    let app = h.state();
    let sel = app.selected.expect("an event is selected");
    let e = &app.extraction.events[sel];
    assert_eq!(e.span.value(), "2024-06-19");
    // Every mention's date phrase is shown under its article.
    for m in &e.mentions {
        let a = &app.extraction.corpus.articles[m.article];
        let phrase = format!("“{}” = {}", &a.text[m.start..m.end], m.value);
        assert!(
            h.query_all_by_label_contains(&phrase).next().is_some(),
            "missing excerpt {phrase}"
        );
    }
    assert!(h.query_all_by_label_contains("published").count() >= e.sources);
}

/// A file dropped onto the window, as the windowing layer reports it.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_folder_loads_it() {
    let dir = std::env::temp_dir().join(format!("chronicle-drop-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("a.txt"),
        "Date: 2020-03-05\n\nFloods hit the valley\nThe river rose on Monday.\n",
    )
    .unwrap();
    std::fs::write(dir.join("bad.txt"), b"\x00\x01\x02 not text").unwrap();
    let mut h = harness(Source::Embedded);
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(dir.clone())));
    h.step(); // the frame that sees the drop starts the load
    h.state_mut().wait_for_load();
    h.run();
    let app = h.state();
    assert_eq!(app.extraction.corpus.articles.len(), 1);
    assert_eq!(
        app.extraction.corpus.articles[0].title,
        "Floods hit the valley"
    );
    assert!(
        h.query_by_label_contains("binary").is_some(),
        "the unreadable file is reported"
    );
    assert!(h.query_by_label_contains("Floods hit the valley").is_some());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_missing_folder_is_an_error_in_the_window() {
    let h = harness(Source::Paths(vec!["/definitely/not/here".into()]));
    assert!(
        h.query_by_label_contains("no such file or folder")
            .is_some()
    );
}

/// The publication-date field of the articles panel (it starts with the inferred date).
fn date_field<'h>(h: &'h Harness<'static, ChronicleApp>) -> egui_kittest::Node<'h> {
    h.query_all_by_role(egui::accesskit::Role::TextInput)
        .find(|n| n.value().is_some_and(|v| v.starts_with("2024-")))
        .expect("the date field")
}

#[test]
fn correcting_a_publication_date_re_resolves_the_article() {
    let mut h = harness(Source::Embedded);
    // The first article says Putin arrived "early on Wednesday"; its date is inferred.
    h.get_all_by_label("edit")
        .next()
        .expect("an edit button per article")
        .click();
    h.run();
    date_field(&h).focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    date_field(&h).type_text("2024-06-26");
    h.run();
    h.get_by_label("set").click();
    h.step();
    h.state_mut().wait_for_load();
    h.run();
    let app = h.state();
    let first = &app.extraction.corpus.articles[0];
    assert_eq!(app.extraction.published[0].source.as_str(), "edited");
    let wednesday = app
        .extraction
        .events
        .iter()
        .flat_map(|e| &e.mentions)
        .find(|m| m.article == 0 && first.text[m.start..m.end].contains("Wednesday"))
        .expect("the Wednesday mention");
    assert_eq!(
        wednesday.value, "2024-06-26",
        "re-resolved against the corrected date"
    );
    assert!(h.query_by_label_contains("26 Jun 2024 · edited").is_some());
}

const FLOODS: &str = "Date: 2020-03-05\n\nFloods\nThe river rose on Monday.\n";
const CLEAN_UP: &str = "Date: 2020-03-06\n\nClean-up\nVolunteers arrived on Thursday.\n";

fn article_titles(h: &Harness<'static, ChronicleApp>) -> Vec<String> {
    let articles = &h.state().extraction.corpus.articles;
    articles.iter().map(|a| a.title.clone()).collect()
}

#[test]
fn reload_picks_up_changed_and_new_files() {
    let dir = std::env::temp_dir().join(format!("chronicle-reload-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a.txt"), FLOODS).unwrap();
    let mut h = harness(Source::Paths(vec![dir.clone()]));
    assert_eq!(h.state().extraction.corpus.articles.len(), 1);
    std::fs::write(
        dir.join("a.txt"),
        "Date: 2020-03-05\n\nFloods recede\nThe river fell on Tuesday.\n",
    )
    .unwrap();
    std::fs::write(dir.join("b.txt"), CLEAN_UP).unwrap();
    h.get_by_label("Reload").click();
    h.step();
    h.state_mut().wait_for_load();
    h.run();
    let titles = article_titles(&h);
    assert_eq!(titles, ["Floods recede", "Clean-up"]);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn search_filters_the_list_and_the_timeline() {
    let mut h = harness(Source::Embedded);
    let all = h.state().extraction.events.len();
    h.get_by_role(egui::accesskit::Role::TextInput).focus();
    h.run();
    h.get_by_role(egui::accesskit::Role::TextInput)
        .type_text("Vladivostok");
    h.run();
    let app = h.state();
    let shown: Vec<usize> = (0..all).filter(|&i| app.shown[i]).collect();
    assert!(
        !shown.is_empty() && shown.len() < all,
        "{} of {all}",
        shown.len()
    );
    assert!(
        shown
            .iter()
            .all(|&i| app.extraction.events[i].span.value().starts_with("2023"))
    );
    assert!(
        h.query_by_label_contains(&format!("{} of {all} events", shown.len()))
            .is_some()
    );
    assert!(
        h.query_by_label_contains("1961  ").is_none(),
        "filtered rows are gone from the list"
    );
}

#[test]
fn keyboard_moves_the_selection() {
    let mut h = harness(Source::Embedded);
    h.key_press(egui::Key::ArrowRight);
    h.run();
    assert_eq!(h.state().selected, Some(0));
    h.key_press(egui::Key::ArrowRight);
    h.run();
    assert_eq!(h.state().selected, Some(1));
    h.key_press(egui::Key::ArrowLeft);
    h.run();
    assert_eq!(h.state().selected, Some(0));
    h.key_press(egui::Key::ArrowLeft);
    h.run();
    assert_eq!(h.state().selected, Some(0), "stays on the first event");
    let title = h.state().extraction.events[0].title.clone();
    assert!(
        h.query_all_by_label_contains(&title).count() >= 2,
        "the detail panel shows it"
    );
}

/// Reviewed image snapshots of the seed timeline (tests/snapshots/*.png): at fit-all, and
/// zoomed into the week of 19 June 2024.
#[test]
fn seed_timeline_snapshots() {
    let mut h = harness(Source::Embedded);
    h.snapshot("seed_fit_all");
    let app = h.state_mut();
    let (a, b) = (
        chronicle::timeaxis::day_number(chrono::NaiveDate::from_ymd_opt(2024, 6, 15).unwrap()),
        chronicle::timeaxis::day_number(chrono::NaiveDate::from_ymd_opt(2024, 6, 22).unwrap()),
    );
    let view = chronicle::app::timeline::TimeView {
        min: app.axis.to_axis(a),
        max: app.axis.to_axis(b),
    };
    app.push(chronicle::app::Command::SetView(view));
    h.step(); // applies the command at the end of the frame
    h.run();
    assert_eq!(h.state().view, Some(view));
    h.snapshot("seed_june_2024");
    // Coloured by source article, with the legend of articles.
    h.get_by_label("Colour: corroboration").click();
    h.run();
    h.get_by_label("by source article").click();
    h.run();
    assert_eq!(
        h.state().saved.colour_by,
        chronicle::app::timeline::ColourBy::Source
    );
    h.snapshot("seed_june_2024_by_source");
    // One band per source: the signing stands in all five.
    h.get_by_label("Lanes by source").click();
    h.run();
    assert!(h.state().saved.source_lanes);
    h.snapshot("seed_june_2024_source_lanes");
}

/// "Export image…" opens a window with a preview; what it writes is the picture laid out
/// for the chosen preset (here 2× slide), whatever the window's size; "Copy image" hands
/// the same picture to the clipboard.
#[test]
fn export_window_writes_the_slide_picture_and_copies_it() {
    let mut h = harness(Source::Embedded);
    h.get_by_label("Export image…").click();
    h.run();
    h.get_by_label("Save PNG…");
    h.get_by_label("Save SVG…");
    h.get_by_label("2×").click();
    h.run();
    h.get_by_label_contains("PNG 3840×2160 px");

    let dir = std::env::temp_dir().join(format!("chronicle-ui-export-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("slide.png");
    // The save dialog is the platform's; the path it returns arrives as this command.
    h.state_mut()
        .push(chronicle::app::Command::WriteImage(out.clone()));
    h.step();
    h.run();
    let img = image::open(&out)
        .expect("the picture was written")
        .to_rgba8();
    assert_eq!(img.dimensions(), (3840, 2160));
    assert!(
        h.state()
            .messages
            .iter()
            .any(|m| !m.error && m.text.contains("slide.png"))
    );

    h.get_by_label("Copy image").click();
    h.step();
    let copied = h
        .output()
        .platform_output
        .commands
        .iter()
        .any(|c| matches!(c, egui::OutputCommand::CopyImage(img) if img.size == [3840, 2160]));
    assert!(copied, "the picture went to the clipboard");
    let _ = std::fs::remove_dir_all(&dir);
}

fn event_titled<'a>(
    app: &'a ChronicleApp,
    value: &str,
    sources: usize,
) -> &'a chronicle::events::Event {
    app.extraction
        .events
        .iter()
        .find(|e| e.span.value() == value && e.sources == sources)
        .expect("the event")
}

/// Rename in the detail panel, then Ctrl+Z and Ctrl+Shift+Z.
#[test]
fn rename_marks_the_event_edited_and_undo_redo_step_through_it() {
    let mut h = harness(Source::Embedded);
    click_row(&mut h, "2024-06-19  ", "(5 sources)");
    let before = h.state().extraction.events[h.state().selected.unwrap()]
        .title
        .clone();
    h.get_by_label("Edit this event").click();
    h.run();
    h.get_by_label("Title").click();
    h.run();
    h.key_press(egui::Key::End);
    h.get_by_label("Title").type_text(" (treaty signed)");
    h.run();
    h.get_by_label("Rename").click();
    h.run();
    let renamed = format!("{before} (treaty signed)");
    {
        let app = h.state();
        let e = &app.extraction.events[app.selected.expect("selection follows the event")];
        assert_eq!(e.title, renamed);
        assert!(e.edited);
        assert_eq!(e.sources, 5, "the edit changes the title only");
    }
    assert!(
        h.query_all_by_label_contains("(treaty signed)  (5 sources) · edited")
            .next()
            .is_some()
    );

    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(event_titled(h.state(), "2024-06-19", 5).title, before);
    assert!(!event_titled(h.state(), "2024-06-19", 5).edited);

    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    h.run();
    assert_eq!(event_titled(h.state(), "2024-06-19", 5).title, renamed);
}

/// Hide takes the event off the timeline and the list (the "hidden" box brings it back);
/// the Undo button restores it.
#[test]
fn hide_removes_the_event_until_undone() {
    let mut h = harness(Source::Embedded);
    click_row(&mut h, "2006  ", "(1 source)");
    let n_shown = h.state().shown.iter().filter(|s| **s).count();
    h.get_by_label("Edit this event").click();
    h.run();
    h.get_by_label("Hide").click();
    h.run();
    let app = h.state();
    let i = app
        .extraction
        .events
        .iter()
        .position(|e| e.span.value() == "2006")
        .expect("still in the extraction");
    assert!(app.extraction.events[i].hidden);
    assert!(!app.shown[i]);
    assert_eq!(app.shown.iter().filter(|s| **s).count(), n_shown - 1);
    assert!(
        h.query_all_by_label_contains("2006  ").next().is_none(),
        "gone from the list"
    );

    h.get_by_label("hidden").click();
    h.run();
    assert!(
        h.query_all_by_label_contains("(1 source) · hidden · edited")
            .next()
            .is_some()
    );

    h.get_by_label("Undo").click();
    h.run();
    let app = h.state();
    assert!(app.extraction.events.iter().all(|e| !e.hidden));
}

/// "Merge with…" joins another event's mentions to the selected one.
#[test]
fn merge_joins_two_events() {
    let mut h = harness(Source::Embedded);
    let n = h.state().extraction.events.len();
    click_row(&mut h, "2001  ", "(1 source)");
    let into_mentions = event_titled(h.state(), "2001", 1).mentions.len();
    let from_mentions = event_titled(h.state(), "2006", 1).mentions.len();
    h.get_by_label("Edit this event").click();
    h.run();
    h.get_by_label("Merge with…").click();
    h.run();
    // The menu's entry (the list row also starts with "2006  " but counts sources).
    h.query_all_by_label_contains("2006  ")
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| !l.contains("source)"))
        })
        .expect("a menu entry for the 2006 event")
        .click();
    h.run();
    let app = h.state();
    assert_eq!(app.extraction.events.len(), n - 1);
    assert!(
        app.extraction
            .events
            .iter()
            .all(|e| e.span.value() != "2006")
    );
    let merged = app
        .extraction
        .events
        .iter()
        .find(|e| e.span.value() == "2001")
        .expect("the merged event keeps its date");
    assert_eq!(merged.mentions.len(), into_mentions + from_mentions);
    assert_eq!(merged.sources, 2, "both articles now corroborate it");
    assert!(merged.edited);
}

fn scratch(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("chronicle-ui-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A saved project re-opens with its edits re-applied to a fresh extraction; a corrupt
/// project file is reported and left untouched.
#[test]
fn projects_round_trip_and_corrupt_files_are_left_alone() {
    let dir = scratch("project");
    let file = dir.join("brief.chronicle.json");
    let mut h = harness(Source::Embedded);
    click_row(&mut h, "2024-06-19  ", "(5 sources)");
    h.get_by_label("Edit this event").click();
    h.run();
    h.get_by_label("Pin").click();
    h.run();
    h.state_mut().push(chronicle::app::Command::SaveProjectTo {
        path: file.clone(),
        allow_inside: false,
    });
    h.step();
    h.run();
    assert!(!h.state().dirty);
    assert!(file.exists());

    // `chronicle brief.chronicle.json` opens it.
    let mut app = ChronicleApp::new(Saved::default(), Source::Paths(vec![file.clone()]));
    let mut h2 = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut ChronicleApp| app.show(ui), {
            app.wait_for_load();
            app
        });
    h2.step(); // the first frame applies OpenProject, which starts loading
    h2.state_mut().wait_for_load();
    h2.run();
    assert!(event_titled(h2.state(), "2024-06-19", 5).pinned);
    assert_eq!(h2.state().project_path.as_deref(), Some(file.as_path()));

    let bad = dir.join("broken.chronicle.json");
    std::fs::write(&bad, b"{ not json").unwrap();
    h2.state_mut()
        .push(chronicle::app::Command::OpenProject(bad.clone()));
    h2.step();
    h2.run();
    assert!(
        h2.state()
            .messages
            .iter()
            .any(|m| m.error && m.text.contains("broken.chronicle.json"))
    );
    assert_eq!(std::fs::read(&bad).unwrap(), b"{ not json");
    assert_eq!(h2.state().project_path.as_deref(), Some(file.as_path()));
    let _ = std::fs::remove_dir_all(&dir);
}

/// Unsaved edits left at exit come back at the next start, on request.
#[test]
fn unsaved_work_is_recovered_after_a_restart() {
    let data = scratch("autosave");
    let mut app = ChronicleApp::new(Saved::default(), Source::Embedded).with_data_dir(data.clone());
    app.wait_for_load();
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut ChronicleApp| app.show(ui), app);
    h.run();
    click_row(&mut h, "2017  ", "(1 source)");
    h.get_by_label("Edit this event").click();
    h.run();
    h.get_by_label("Pin").click();
    h.run();
    h.state_mut().on_exit();

    let mut again =
        ChronicleApp::new(Saved::default(), Source::Embedded).with_data_dir(data.clone());
    again.wait_for_load();
    assert!(again.recovered.is_some());
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut ChronicleApp| app.show(ui), again);
    h.run();
    assert!(!event_titled(h.state(), "2017", 1).pinned);
    h.get_by_label("Restore").click();
    h.step();
    h.state_mut().wait_for_load();
    h.run();
    assert!(event_titled(h.state(), "2017", 1).pinned);
    assert!(h.state().dirty, "restored work is still unsaved");
    let _ = std::fs::remove_dir_all(&data);
}

/// A click on an excerpt opens the whole article with that sentence highlighted.
#[test]
fn clicking_an_excerpt_opens_the_full_article() {
    let mut h = harness(Source::Embedded);
    click_row(&mut h, "2023-09  ", "(3 sources)");
    let title = h.state().extraction.events[h.state().selected.unwrap()]
        .title
        .clone();
    h.query_all_by_label_contains("Vladivostok")
        .find(|n| {
            let node = n.accesskit_node();
            node.role() == egui::accesskit::Role::Label && node.value().is_some_and(|v| v != title)
        })
        .expect("an excerpt")
        .click();
    h.run();
    let r = h.state().reading.expect("an article is open");
    let a = &h.state().extraction.corpus.articles[r.article];
    assert!(a.text[r.sentence.0..r.sentence.1].contains("Vladivostok"));
    // The reader shows the whole text, not only the sentence.
    let whole_text_shown = h
        .query_all_by_label_contains(&a.text[r.sentence.0..r.sentence.1])
        .any(|n| {
            n.accesskit_node()
                .value()
                .is_some_and(|v| v.len() + 1 >= a.text.len())
        });
    assert!(whole_text_shown, "the full article is shown");
}

/// The stretch of time shown when the app closed comes back at the next start.
#[test]
fn the_view_is_remembered_between_runs() {
    let mut h = harness(Source::Embedded);
    let app = h.state_mut();
    let d = |m, d| chrono::NaiveDate::from_ymd_opt(2024, m, d).unwrap();
    let view = chronicle::app::timeline::TimeView {
        min: app.axis.to_axis(chronicle::timeaxis::day_number(d(6, 1))),
        max: app.axis.to_axis(chronicle::timeaxis::day_number(d(6, 30))),
    };
    app.push(chronicle::app::Command::SetView(view));
    h.step();
    let saved = h.state().saved_for_next_run();
    assert_eq!(saved.last_view, Some((d(6, 1), d(6, 30))));

    let mut next = ChronicleApp::new(saved, Source::Embedded);
    next.wait_for_load();
    let v = next.view.expect("the view comes back");
    let back = |u: f64| chronicle::timeaxis::date_of(next.axis.to_day(u));
    assert_eq!((back(v.min), back(v.max)), (Some(d(6, 1)), Some(d(6, 30))));
}

/// The timeline panel alone, with its commands kept for the test to read.
struct Panel {
    extraction: chronicle::extract::Extraction,
    axis: chronicle::timeaxis::Axis,
    placement: chronicle::app::timeline::Placement,
    shown: Vec<bool>,
    view: Option<chronicle::app::timeline::TimeView>,
    commands: Vec<chronicle::app::Command>,
}

/// A dense stretch (thousands of events in a few days) is drawn as density bars; a click on
/// a bar zooms into that stretch.
#[test]
fn a_dense_cluster_expands_on_click() {
    use chronicle::app::timeline::{self, Placement, TimeView};
    use chronicle::timeaxis::{Axis, day_number};
    let day = |d| chrono::NaiveDate::from_ymd_opt(2024, 6, d).unwrap();
    // 3,000 events over three days, and a few spread over the month.
    let mut events: Vec<chronicle::events::Event> = (0..3000u32)
        .map(|i| {
            chronicle::events::Event::new(
                format!("e{i}"),
                format!("Burst happening {i}"),
                chronicle::timeval::Span::day(day(10 + i % 3)),
                Vec::new(),
            )
        })
        .collect();
    for d in [1, 5, 20, 28] {
        events.push(chronicle::events::Event::new(
            format!("lone{d}"),
            format!("Lone happening {d}"),
            chronicle::timeval::Span::day(day(d)),
            Vec::new(),
        ));
    }
    events.sort_by_key(|e| e.span.start);
    let extraction = chronicle::extract::Extraction {
        events,
        ..Default::default()
    };
    let axis = Axis::linear();
    let panel = Panel {
        placement: Placement::new(&extraction.events, &axis),
        shown: vec![true; extraction.events.len()],
        extraction,
        axis,
        view: None,
        commands: Vec::new(),
    };
    let mut h = Harness::builder()
        .with_size([1000.0, 400.0])
        .build_ui_state(
            |ui, p: &mut Panel| {
                let scene = timeline::Scene {
                    extraction: &p.extraction,
                    axis: &p.axis,
                    placement: &p.placement,
                    shown: &p.shown,
                    selected: None,
                    view: p.view,
                    colour_by: timeline::ColourBy::default(),
                    source_lanes: false,
                };
                let rect = timeline::show(ui, &scene, &mut p.commands);
                ui.data_mut(|d| d.insert_temp(egui::Id::unique("rect"), rect));
            },
            panel,
        );
    h.run();
    let rect: egui::Rect = h
        .ctx
        .data(|d| d.get_temp(egui::Id::unique("rect")))
        .expect("the panel's rect");
    let fit = TimeView::fit(&h.state().extraction.events, &h.state().axis);
    // The timeline's plot spans the panel less 8 points on each side; bars stand on the axis.
    let plot = egui::Rect::from_min_max(
        egui::pos2(rect.left() + 8.0, rect.top()),
        egui::pos2(rect.right() - 8.0, rect.bottom()),
    );
    let x = fit.x_of(day_number(day(11)) + 0.5, plot);
    let at = egui::pos2(x, rect.bottom() - 30.0);
    h.state_mut().commands.clear();
    h.event(egui::Event::PointerMoved(at));
    h.run();
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
        h.run();
    }
    let zoomed = h
        .state()
        .commands
        .iter()
        .find_map(|c| match c {
            chronicle::app::Command::SetView(v) => Some(*v),
            _ => None,
        })
        .expect("the click zooms");
    assert!(zoomed.span() < fit.span() / 5.0, "{zoomed:?} vs {fit:?}");
    let inside = |d: u32| {
        let u = day_number(day(d)) + 0.5;
        u >= zoomed.min && u <= zoomed.max
    };
    assert!(inside(11), "the clicked cluster is in the new view");
    assert!(!inside(1) && !inside(28), "the rest of the month is not");
}

/// Watch mode: a new article dropped into the loaded folder appears without a click.
#[test]
fn watch_mode_picks_up_a_new_article() {
    let dir = scratch("watch");
    std::fs::write(dir.join("a.txt"), FLOODS).unwrap();
    let mut h = harness(Source::Paths(vec![dir.clone()]));
    h.get_by_label("Watch").click();
    h.run();
    assert!(h.state().saved.watch);
    std::fs::write(dir.join("b.txt"), CLEAN_UP).unwrap();
    let start = std::time::Instant::now();
    while h.state().extraction.corpus.articles.len() < 2 {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(10),
            "the new file was not picked up"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
        h.step();
        if h.state().is_loading() {
            h.state_mut().wait_for_load();
        }
    }
    h.step();
    let titles = article_titles(&h);
    assert_eq!(titles, ["Floods", "Clean-up"]);
    let _ = std::fs::remove_dir_all(&dir);
}
