//! Parse errors and their positions.
