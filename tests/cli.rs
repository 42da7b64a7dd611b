//! The CLI contract, run as a user would: the real binary, JSON on stdout.

use std::process::Command;

use serde_json::Value;

fn chronicle(args: &[&str]) -> (i32, Value, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_chronicle"))
        .args(args)
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    let json = serde_json::from_str(&stdout).unwrap_or(Value::Null);
    (
        out.status.code().unwrap_or(-1),
        json,
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

fn events_with_value<'a>(j: &'a Value, prefix: &str) -> Vec<&'a Value> {
    j["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["date"]["value"].as_str().unwrap().starts_with(prefix))
        .collect()
}

fn sources(e: &Value) -> Vec<String> {
    let mut s: Vec<String> = e["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["article"].as_str().unwrap().to_string())
        .collect();
    s.sort();
    s.dedup();
    s
}

#[test]
fn extract_on_the_embedded_corpus_finds_the_named_events() {
    let (code, j, _) = chronicle(&["extract", "--format", "json"]);
    assert_eq!(code, 0);
    assert_eq!(j["articles"].as_array().unwrap().len(), 5);
    assert!(j["errors"].as_array().unwrap().is_empty());

    // 1961 treaty and 2000 visit, from the articles that say so.
    let y1961 = events_with_value(&j, "1961");
    assert!(
        y1961
            .iter()
            .any(|e| sources(e).contains(&"000_8e2fd53396efb890".to_string())),
        "{y1961:?}"
    );
    let y2000 = events_with_value(&j, "2000");
    let s2000: Vec<String> = y2000.iter().flat_map(|e| sources(e)).collect();
    assert!(
        s2000.contains(&"003_944f2b94fed9c0d1".to_string()),
        "July 2000 visit: {s2000:?}"
    );

    // September 2023 Vladivostok summit.
    let sept = events_with_value(&j, "2023-09");
    let s_sept: Vec<String> = sept.iter().flat_map(|e| sources(e)).collect();
    assert!(
        s_sept.contains(&"003_944f2b94fed9c0d1".to_string()),
        "{s_sept:?}"
    );
    assert!(
        s_sept.contains(&"001_d08cd8d8d3db3508".to_string()),
        "{s_sept:?}"
    );

    // 19 June 2024: one event cited by all five articles.
    let signing = events_with_value(&j, "2024-06-19");
    assert!(
        signing.iter().any(|e| sources(e).len() == 5),
        "no 2024-06-19 event with five sources: {:?}",
        signing.iter().map(|e| sources(e)).collect::<Vec<_>>()
    );

    // Events are chronological; offsets are code points into the text.
    let starts: Vec<&str> = j["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["date"]["start"].as_str().unwrap())
        .collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted);
}

#[test]
fn publication_dates_carry_their_source() {
    let (_, j, _) = chronicle(&["extract"]);
    let arts = j["articles"].as_array().unwrap();
    let by_id = |id: &str| arts.iter().find(|a| a["id"] == id).unwrap()["published"].clone();
    let p = by_id("003_944f2b94fed9c0d1");
    assert_eq!(p["value"], "2024-06-19");
    assert_eq!(p["source"], "dateline");
    for id in [
        "000_8e2fd53396efb890",
        "002_6d3c99f1deddeec7",
        "004_a61480654b188038",
    ] {
        let p = by_id(id);
        assert_eq!(p["value"], "2024-06-19", "{id}");
        assert_ne!(p["source"], "dateline", "{id}");
        assert_ne!(p["source"], "header", "{id}");
    }
}

#[test]
fn mention_offsets_are_code_points() {
    let (_, j, _) = chronicle(&["extract"]);
    let texts: std::collections::HashMap<String, String> = chronicle_texts();
    for e in j["events"].as_array().unwrap() {
        for m in e["mentions"].as_array().unwrap() {
            let text = &texts[m["article"].as_str().unwrap()];
            let (s, en) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            let got: String = text.chars().skip(s).take(en - s).collect();
            assert_eq!(got, m["text"].as_str().unwrap());
        }
    }
}

fn chronicle_texts() -> std::collections::HashMap<String, String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect()
}

#[test]
fn bad_input_gets_clear_errors() {
    let (code, j, err) = chronicle(&["extract", "/no/such/folder"]);
    assert_ne!(code, 0);
    assert_eq!(j["errors"][0]["error"], "no such file or folder");
    assert!(err.contains("no article could be loaded"));

    let empty = tempdir("empty");
    let (code, j, _) = chronicle(&["extract", empty.to_str().unwrap()]);
    assert_ne!(code, 0);
    assert!(
        j["errors"][0]["error"]
            .as_str()
            .unwrap()
            .contains("no article files")
    );

    let mixed = tempdir("mixed");
    std::fs::write(
        mixed.join("good.txt"),
        "Date: 2021-05-04\n\nTitle\nIt happened on 3 May 2021.",
    )
    .unwrap();
    std::fs::write(mixed.join("bad.txt"), b"\x00\x00\x01 binary").unwrap();
    let (code, j, _) = chronicle(&["extract", mixed.to_str().unwrap()]);
    assert_eq!(code, 0, "one good file is enough");
    assert_eq!(j["articles"].as_array().unwrap().len(), 1);
    assert!(
        j["errors"][0]["path"]
            .as_str()
            .unwrap()
            .ends_with("bad.txt")
    );
    assert!(j["errors"][0]["error"].as_str().unwrap().contains("binary"));

    let (code, _, err) = chronicle(&[
        "tag",
        mixed.join("good.txt").to_str().unwrap(),
        "--dct",
        "2021-13-01",
    ]);
    assert_ne!(code, 0);
    assert!(err.contains("YYYY-MM-DD"), "{err}");
    for d in [empty, mixed] {
        std::fs::remove_dir_all(d).unwrap();
    }
}

#[test]
fn tag_prints_timexes_with_code_point_offsets() {
    let dir = tempdir("tag");
    let f = dir.join("t.txt");
    std::fs::write(&f, "“Café” – the talks on 19 June 2024 ended.").unwrap();
    let (code, j, _) = chronicle(&[
        "tag",
        f.to_str().unwrap(),
        "--dct",
        "2024-06-20",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0);
    let t = &j["timexes"][0];
    assert_eq!(t["text"], "19 June 2024");
    assert_eq!(t["value"], "2024-06-19");
    assert_eq!(t["type"], "DATE");
    let text = std::fs::read_to_string(&f).unwrap();
    let s = t["start"].as_u64().unwrap() as usize;
    assert_eq!(
        text.chars().skip(s).take(12).collect::<String>(),
        "19 June 2024"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

fn tempdir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("chronicle-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn extract_and_render_read_a_project_with_its_edits() {
    let dir = tempdir("project");
    // The built-in corpus (no paths), an event added by hand, a rename whose mention no
    // longer exists, and an export title.
    let project = serde_json::json!({
        "version": 1,
        "paths": [],
        "edits": [
            {"op": "add", "id": "added-1", "title": "Briefing for the committee",
             "start": "2024-06-21", "end": "2024-06-21", "granularity": "day"},
            {"op": "rename", "event": {"mention": {"article": "no-such-article",
             "start": 0, "end": 4, "text": "1961"}}, "title": "Gone"}
        ],
        "export_title": "Treaty briefing"
    });
    let path = dir.join(format!("brief{}", chronicle::project::EXTENSION));
    std::fs::write(&path, project.to_string()).unwrap();
    let p = path.to_str().unwrap();

    let (code, j, err) = chronicle(&["extract", p]);
    assert_eq!(code, 0, "{err}");
    let added: Vec<&Value> = j["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["title"] == "Briefing for the committee")
        .collect();
    assert_eq!(added.len(), 1, "the hand-added event is extracted");
    assert_eq!(added[0]["date"]["value"], "2024-06-21");
    // the corpus events are still there, and the edit that failed is reported
    assert!(!events_with_value(&j, "1961").is_empty());
    assert!(err.contains("edit 2 not applied"), "{err}");

    // the project's title is the default title of the exports
    let out = Command::new(env!("CARGO_BIN_EXE_chronicle"))
        .args(["extract", p, "--format", "markdown"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("Treaty briefing"));

    // render draws the same (the SVG carries the title and the added event)
    let svg = dir.join("brief.svg");
    let (code, _, err) = chronicle(&["render", p, "-o", svg.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(text.contains("Treaty briefing"), "title in the picture");
    assert!(
        text.contains("Briefing for the committee"),
        "added event drawn"
    );

    // a broken project is an error with the reason, and stays as it was
    std::fs::write(&path, "{ \"version\": 1, ").unwrap();
    let (code, _, err) = chronicle(&["extract", p]);
    assert_eq!(code, 1);
    assert!(err.contains("cannot open the project"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "{ \"version\": 1, "
    );
    let _ = std::fs::remove_dir_all(&dir);
}
