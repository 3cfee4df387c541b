//! Text to knowledge: incidents, attribution, actors, victims, dates, indicators.
