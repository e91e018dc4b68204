//! Cleaning: what an article says, separated from what the web page wraps around it.
//!
//! - [`html`]: main text, title, author, outlet and canonical URL of an HTML page.
//! - [`boilerplate`]: marks leftover lines and regions (menus, "Lire aussi", "PUBLICITÉ",
//!   cookie banners, author bios…) as annotations; nothing is ever deleted.
//! - [`dates`]: the publication date and the dates written in the text.
//! - [`textmeta`]: title, outlet and author of plain-text scrapes, read from the text.

pub mod boilerplate;
pub mod dates;
pub mod html;
pub mod textmeta;

pub use boilerplate::BoilerplateStage;
pub use dates::DateStage;
pub use textmeta::TextMetaStage;
