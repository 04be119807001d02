//! Exports: JSON (the `claimgraph/1` contract), DOT and GraphML.

pub mod json;
