//! stub
use crate::article::{Quote, Section};
pub fn attribute(_sections: &[Section], _quotes: &mut [Quote]) {}
