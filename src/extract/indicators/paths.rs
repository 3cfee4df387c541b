//! File paths (Windows and Unix) and Windows registry keys, kept as written.
//!
//! A Windows path opens with a drive (`C:\`), an environment variable (`%APPDATA%\`) or a
//! server (`\\host\share`); a registry key with a hive (`HKLM\`, `HKEY_CURRENT_USER\`,
//! PowerShell's `HKCU:\`). Both may hold spaces (`C:\Program Files (x86)\...`,
//! `...\Windows NT\CurrentVersion`): inside quotes they run to the closing quote, and
//! otherwise they go on past a space while the next word holds a backslash. A Unix path opens
//! with `~/` or a directory every system has (`/etc/`, `/tmp/`, `/Users/`...) and has at least
//! two parts, so `and/or`, `24/7` and a URL's path are not paths.

use crate::model::IndicatorKind;

const HIVES: &[&str] = &[
    "HKEY_LOCAL_MACHINE",
    "HKEY_CURRENT_USER",
    "HKEY_CLASSES_ROOT",
    "HKEY_CURRENT_CONFIG",
    "HKEY_USERS",
    "HKLM",
    "HKCU",
    "HKCR",
    "HKCC",
    "HKU",
];

/// Directories at the root of Unix and macOS systems.
const UNIX_ROOTS: &[&str] = &[
    "bin",
    "boot",
    "dev",
    "etc",
    "home",
    "lib",
    "lib32",
    "lib64",
    "mnt",
    "opt",
    "proc",
    "root",
    "run",
    "sbin",
    "srv",
    "sys",
    "tmp",
    "usr",
    "var",
    "Applications",
    "Library",
    "System",
    "Users",
    "Volumes",
    "private",
];

/// The registry hive `s` opens with, in any case, and its full name (STIX wants it written
/// out): `(bytes of the hive as written, full name)`.
pub(crate) fn hive(b: &[u8]) -> Option<(usize, &'static str)> {
    let name = HIVES
        .iter()
        .find(|h| b.len() > h.len() && b[..h.len()].eq_ignore_ascii_case(h.as_bytes()))?;
    let full = match *name {
        "HKLM" => "HKEY_LOCAL_MACHINE",
        "HKCU" => "HKEY_CURRENT_USER",
        "HKCR" => "HKEY_CLASSES_ROOT",
        "HKCC" => "HKEY_CURRENT_CONFIG",
        "HKU" => "HKEY_USERS",
        full => full,
    };
    Some((name.len(), full))
}

/// What a Windows path or registry key opens with at the start of `b`: its kind and the
/// length of the opening (up to and including the first backslash).
fn windows_start(b: &[u8]) -> Option<(IndicatorKind, usize)> {
    let at = |k: usize| b.get(k).copied().unwrap_or(b' ');
    if let Some((len, _)) = hive(b) {
        let mut k = len;
        if at(k) == b':' {
            k += 1;
        }
        return (at(k) == b'\\').then_some((IndicatorKind::RegistryKey, k + 1));
    }
    if b.len() > 3 && b[0].is_ascii_alphabetic() && b[1] == b':' && b[2] == b'\\' {
        return Some((IndicatorKind::FilePath, 3));
    }
    if at(0) == b'%' {
        let name = b[1..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'(' | b')'))
            .count();
        return (name > 1 && at(name + 1) == b'%' && at(name + 2) == b'\\')
            .then_some((IndicatorKind::FilePath, name + 3));
    }
    if b.starts_with(b"\\\\") && at(2).is_ascii_alphanumeric() {
        return Some((IndicatorKind::FilePath, 2));
    }
    None
}

/// A Windows path or registry key starting at `start` in `b` and written as far as `end` (the
/// end of its token), extended over quoted or spaced parts: its kind and where it ends.
pub(super) fn windows(b: &[u8], start: usize, end: usize) -> Option<(IndicatorKind, usize)> {
    let (kind, open) = windows_start(&b[start..end])?;
    let quote = start.checked_sub(1).map(|k| b[k]);
    let mut stop = end;
    if let Some(q @ (b'"' | b'\'' | b'`')) = quote {
        // Quoted: to the closing quote on the same line, if it is near.
        let line = &b[start..b.len().min(start + 300)];
        if let Some(close) = line.iter().position(|&c| c == q || c == b'\n')
            && line[close] == q
        {
            stop = start + close;
        }
    } else {
        // Spaced: "Program Files\...", "Windows NT\...", "Program Files (x86)\...".
        loop {
            let word = |from: usize| {
                let to = b[from..]
                    .iter()
                    .position(u8::is_ascii_whitespace)
                    .map_or(b.len(), |n| from + n);
                (from, to)
            };
            if b.get(stop) != Some(&b' ') || stop + 1 >= b.len() {
                break;
            }
            let (w, w_end) = word(stop + 1);
            let next = &b[w..w_end];
            let continues = |part: &[u8]| {
                part.contains(&b'\\')
                    && part.iter().all(|c| c.is_ascii() && *c != b':')
                    && part
                        .first()
                        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'(')
                    && windows_start(part).is_none()
            };
            if continues(next) {
                stop = w_end;
            } else if next.len() <= 12
                && next.iter().all(u8::is_ascii_alphanumeric)
                && b.get(w_end) == Some(&b' ')
                && w_end + 1 < b.len()
                && b[w_end + 1] == b'('
                && continues(&b[word(w_end + 1).0..word(w_end + 1).1])
            {
                stop = word(w_end + 1).1;
            } else {
                break;
            }
        }
    }
    // What closes a sentence or a bracket is not part of the path.
    while stop > start + open
        && matches!(
            b[stop - 1],
            b'.' | b',' | b';' | b':' | b')' | b'\'' | b'"' | b'*'
        )
    {
        if b[stop - 1] == b')' && b[start..stop].contains(&b'(') {
            break;
        }
        stop -= 1;
    }
    let rest = &b[start + open..stop];
    (rest.iter().any(u8::is_ascii_alphanumeric) && !rest.contains(&b'\n')).then_some((kind, stop))
}

/// A Unix path: `~/x` or `/root-dir/x...`.
pub(super) fn unix(s: &str) -> bool {
    let rest = if let Some(rest) = s.strip_prefix("~/") {
        return rest.bytes().any(|b| b.is_ascii_alphanumeric()) && !rest.contains("//");
    } else if let Some(rest) = s.strip_prefix('/') {
        rest
    } else {
        return false;
    };
    let mut parts = rest.split('/');
    let root = parts.next().unwrap_or("");
    UNIX_ROOTS.contains(&root)
        && parts
            .next()
            .is_some_and(|p| p.bytes().any(|b| b.is_ascii_alphanumeric() || b == b'.'))
        && !rest.contains("//")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn win(text: &str) -> Option<(IndicatorKind, &str)> {
        let end = text.find(' ').unwrap_or(text.len());
        windows(text.as_bytes(), 0, end).map(|(k, stop)| (k, &text[..stop]))
    }

    #[test]
    fn windows_paths_and_keys_run_over_spaced_folders() {
        use IndicatorKind::{FilePath, RegistryKey};
        let cases = [
            (
                "C:\\Users\\Public\\evil.exe.",
                Some((FilePath, "C:\\Users\\Public\\evil.exe")),
            ),
            (
                "C:\\Program Files\\Evil Corp\\x.exe and more",
                Some((FilePath, "C:\\Program Files\\Evil Corp\\x.exe")),
            ),
            (
                "C:\\Program Files (x86)\\Evil\\x.dll is",
                Some((FilePath, "C:\\Program Files (x86)\\Evil\\x.dll")),
            ),
            (
                "%APPDATA%\\Roaming\\x.js",
                Some((FilePath, "%APPDATA%\\Roaming\\x.js")),
            ),
            (
                "\\\\10.0.0.5\\share\\x.ps1",
                Some((FilePath, "\\\\10.0.0.5\\share\\x.ps1")),
            ),
            (
                "HKLM\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon here",
                Some((
                    RegistryKey,
                    "HKLM\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon",
                )),
            ),
            (
                "HKCU:\\Software\\Classes",
                Some((RegistryKey, "HKCU:\\Software\\Classes")),
            ),
            ("C:\\", None),
            (
                "C:\\Windows and C:\\Temp\\x",
                Some((FilePath, "C:\\Windows")),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(win(text), want, "{text}");
        }
    }

    #[test]
    fn unix_paths_open_at_a_known_root() {
        for yes in [
            "/etc/passwd",
            "/tmp/.x/miner",
            "~/.ssh/authorized_keys",
            "/Users/bob/Library",
        ] {
            assert!(unix(yes), "{yes}");
        }
        for no in ["/r/netsec", "/etc", "/wp-admin/x.php", "and/or", "/tmp//x"] {
            assert!(!unix(no), "{no}");
        }
    }
}
