//! Graphviz DOT: a picture of the graph.
//!
//! Actors are red boxes, incidents ellipses (grey for incidents cited as context), victims
//! houses, ATT&CK techniques yellow hexagons, attacker software purple components, sectors notes
//! and countries circles; an incident's techniques and software hang on `uses` edges. Attribution edges (incident to actor) are
//! styled by status: confirmed solid, suspected dashed, claimed dotted, speculated and denied
//! grey; context-of edges are light grey. Render with `dot -Tsvg graph.dot -o graph.svg`.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io;

use crate::graph::{IncidentId, KnowledgeGraph};
use crate::model::{AttributionStatus, Country, Sector};

/// The graph as a Graphviz digraph.
///
/// # Examples
/// ```
/// use threatbrief::export::to_dot;
/// use threatbrief::graph::KnowledgeGraph;
///
/// let dot = to_dot(&KnowledgeGraph::new());
/// assert!(dot.starts_with("digraph threatbrief {"));
/// ```
#[must_use]
pub fn to_dot(graph: &KnowledgeGraph) -> String {
    let graph: Cow<'_, KnowledgeGraph> = if graph.canonical {
        Cow::Borrowed(graph)
    } else {
        Cow::Owned(graph.clone().into_canonical())
    };
    let graph = graph.as_ref();
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = write_graph(graph, &mut out);
    out
}

/// Writes the graph as a Graphviz digraph to `out`.
///
/// # Errors
/// Any error `out` returns.
pub fn write_dot(graph: &KnowledgeGraph, mut out: impl io::Write) -> io::Result<()> {
    out.write_all(to_dot(graph).as_bytes())
}

/// A DOT double-quoted string: quotes and backslashes escaped, line breaks as `\n`.
fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn sector_node(sector: Sector) -> String {
    quote(&format!("sector:{sector}"))
}

fn country_node(country: Country) -> String {
    quote(&format!("country:{country}"))
}

fn incident_node(id: IncidentId) -> String {
    format!("incident{}", id.index())
}

fn edge_style(status: AttributionStatus) -> &'static str {
    match status {
        AttributionStatus::Confirmed => "style=solid, penwidth=2",
        AttributionStatus::Suspected => "style=dashed",
        AttributionStatus::Claimed => "style=dotted",
        _ => "style=dashed, color=grey60, fontcolor=grey60",
    }
}

fn write_graph(graph: &KnowledgeGraph, out: &mut String) -> std::fmt::Result {
    writeln!(out, "digraph threatbrief {{")?;
    writeln!(out, "  graph [rankdir=LR, fontname=\"Helvetica\"];")?;
    writeln!(out, "  node [fontname=\"Helvetica\", fontsize=10];")?;
    writeln!(out, "  edge [fontname=\"Helvetica\", fontsize=9];")?;

    for (id, actor) in graph.actors() {
        let mut label = actor.name.clone();
        if let Some(attack) = &actor.attack_id {
            write!(label, "\n{attack}")?;
        }
        if let Some(country) = actor.country {
            write!(label, " ({country})")?;
        }
        writeln!(
            out,
            "  actor{} [label={}, shape=box, style=\"filled,bold\", fillcolor=\"#f4cccc\"];",
            id.index(),
            quote(&label)
        )?;
    }
    for (id, incident) in graph.incidents() {
        let mut label = if incident.types.is_empty() {
            "incident".to_owned()
        } else {
            incident
                .types
                .iter()
                .map(|t| t.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        match incident.when {
            Some(when) if when.from == when.to => write!(label, "\n{}", when.from)?,
            Some(when) => write!(label, "\n{} to {}", when.from, when.to)?,
            None => write!(
                label,
                "\nreported {}",
                graph.article(incident.article).scraped_at.date()
            )?,
        }
        if incident.context {
            label.push_str("\ncited as context");
        }
        if incident.status == AttributionStatus::Unattributed {
            label.push_str("\nunattributed");
            if !incident.hypotheses.is_empty() {
                let kinds: Vec<&str> = incident.hypotheses.iter().map(|k| k.as_str()).collect();
                write!(label, ": {}?", kinds.join(", "))?;
            }
        }
        let style = if incident.context {
            "style=\"filled,dashed\", fillcolor=\"#eeeeee\""
        } else {
            "style=filled, fillcolor=\"#cfe2f3\""
        };
        writeln!(
            out,
            "  {} [label={}, shape=ellipse, {style}];",
            incident_node(id),
            quote(&label)
        )?;
    }
    for (id, org) in graph.orgs() {
        writeln!(
            out,
            "  org{} [label={}, shape=house, style=filled, fillcolor=\"#d9ead3\"];",
            id.index(),
            quote(&org.name)
        )?;
    }
    for (id, technique) in graph.techniques() {
        writeln!(
            out,
            "  technique{} [label={}, shape=hexagon, style=filled, fillcolor=\"#fff2cc\"];",
            id.index(),
            quote(&format!("{}\n{}", technique.name, technique.id))
        )?;
    }
    for (id, software) in graph.software_nodes() {
        let mut label = software.name.clone();
        if let Some(attack) = &software.attack_id {
            write!(label, "\n{attack}")?;
        }
        writeln!(
            out,
            "  software{} [label={}, shape=component, style=filled, fillcolor=\"#ead1dc\"];",
            id.index(),
            quote(&label)
        )?;
    }
    for sector in graph.sectors() {
        writeln!(
            out,
            "  {} [label={}, shape=note];",
            sector_node(sector),
            quote(sector.as_str())
        )?;
    }
    for country in graph.countries() {
        writeln!(
            out,
            "  {} [label={}, shape=circle];",
            country_node(country),
            quote(country.code())
        )?;
    }

    for (incident, actor, edge) in graph.attributions() {
        let mut label = edge.status.as_str().to_owned();
        if !edge.by.is_empty() {
            let by: Vec<&str> = edge.by.iter().map(String::as_str).collect();
            write!(label, "\nby {}", by.join(", "))?;
        }
        writeln!(
            out,
            "  {} -> actor{} [label={}, {}];",
            incident_node(incident),
            actor.index(),
            quote(&label),
            edge_style(edge.status)
        )?;
    }
    for (incident, org, _) in graph.targets() {
        writeln!(
            out,
            "  {} -> org{} [label=\"targets\"];",
            incident_node(incident),
            org.index()
        )?;
    }
    for (incident, technique, _) in graph.technique_uses() {
        writeln!(
            out,
            "  {} -> technique{} [label=\"uses\", color=\"#bf9000\"];",
            incident_node(incident),
            technique.index()
        )?;
    }
    for (incident, software, _) in graph.software_uses() {
        writeln!(
            out,
            "  {} -> software{} [label=\"uses\", color=\"#a64d79\"];",
            incident_node(incident),
            software.index()
        )?;
    }
    for (org, sector) in graph.org_sectors() {
        writeln!(
            out,
            "  org{} -> {} [color=grey40];",
            org.index(),
            sector_node(sector)
        )?;
    }
    for (org, country) in graph.org_countries() {
        writeln!(
            out,
            "  org{} -> {} [color=grey40];",
            org.index(),
            country_node(country)
        )?;
    }
    // An incident's own sectors and countries, where its victims do not already lead there.
    let mut victim_sectors: BTreeSet<(IncidentId, Sector)> = BTreeSet::new();
    let mut victim_countries: BTreeSet<(IncidentId, Country)> = BTreeSet::new();
    let org_sectors: BTreeSet<_> = graph.org_sectors().collect();
    let org_countries: BTreeSet<_> = graph.org_countries().collect();
    for (incident, org, _) in graph.targets() {
        victim_sectors.extend(
            org_sectors
                .range((org, Sector::ALL[0])..)
                .take_while(|(o, _)| *o == org)
                .map(|&(_, s)| (incident, s)),
        );
        victim_countries.extend(
            org_countries
                .range((org, Country::new("AA").expect("valid code"))..)
                .take_while(|(o, _)| *o == org)
                .map(|&(_, c)| (incident, c)),
        );
    }
    for (incident, sector) in graph.incident_sectors() {
        if !victim_sectors.contains(&(incident, sector)) {
            writeln!(
                out,
                "  {} -> {} [color=grey40];",
                incident_node(incident),
                sector_node(sector)
            )?;
        }
    }
    for (incident, country) in graph.incident_countries() {
        if !victim_countries.contains(&(incident, country)) {
            writeln!(
                out,
                "  {} -> {} [color=grey40];",
                incident_node(incident),
                country_node(country)
            )?;
        }
    }
    for (context, main) in graph.context_of() {
        writeln!(
            out,
            "  {} -> {} [label=\"context of\", style=dashed, color=grey80, fontcolor=grey60];",
            incident_node(context),
            incident_node(main)
        )?;
    }
    for (id, actor) in graph.actors() {
        if let Some(country) = actor.country {
            writeln!(
                out,
                "  actor{} -> {} [label=\"from\", style=dotted, color=grey60];",
                id.index(),
                country_node(country)
            )?;
        }
    }
    writeln!(out, "}}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::fixture::{sample_article, sample_report};

    #[test]
    fn labels_escape_quotes_backslashes_and_line_breaks() {
        assert_eq!(quote(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(quote("x\r\ny"), r#""x\ny""#);
    }

    #[test]
    fn the_sample_draws_a_confirmed_context_attribution_only() {
        let mut graph = KnowledgeGraph::new();
        let mut report = sample_report();
        report.incidents[0].victims[0].name = "The \"Interior\" Ministry \\ France".into();
        graph.ingest(&sample_article(None), &report);
        let dot = to_dot(&graph);
        assert!(
            dot.contains(
                "incident1 -> actor0 [label=\"confirmed\\nby ANSSI, France\", style=solid"
            )
        );
        assert!(!dot.contains("incident0 -> actor0"));
        assert!(dot.contains("incident1 -> incident0 [label=\"context of\""));
        assert!(dot.contains(r#"label="The \"Interior\" Ministry \\ France""#));
        assert_eq!(dot, to_dot(&graph));
        assert!(dot.ends_with("}\n"));
    }

    /// Renders the sample with Graphviz when `dot` is installed.
    #[test]
    fn graphviz_accepts_the_output() {
        use std::process::{Command, Stdio};
        let mut graph = KnowledgeGraph::new();
        graph.ingest(&sample_article(None), &sample_report());
        let Ok(mut child) = Command::new("dot")
            .arg("-Tsvg")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
        else {
            return; // Graphviz not installed
        };
        std::io::Write::write_all(child.stdin.as_mut().unwrap(), to_dot(&graph).as_bytes())
            .unwrap();
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success() && output.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}
