//! Text to knowledge: incidents, attribution, actors, victims, dates, indicators.

mod cues;
mod dates;
mod indicators;
mod promo;
mod sentences;
