//! Embedded reference data (threat actors, sectors, countries, software) and its lookups.
