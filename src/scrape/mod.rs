//! The scrape format: the grammar, `Article`, the `Articles` iterator, rendering.
