//! Bitcoin addresses, reported only when their checksum holds: base58check (`1...`, `3...`,
//! double SHA-256) and bech32 / bech32m (`bc1...`, BIP 173 and BIP 350). A random word or hash
//! of the right shape passes a 32-bit checksum about once in four billion times.

use sha2::{Digest, Sha256};

const BASE58: &[u8; 58] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const BECH32: &[u8; 32] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";

/// Whether `s` is a mainnet bitcoin address with a valid checksum.
pub(super) fn is_address(s: &str) -> bool {
    let b = s.as_bytes();
    match b.first() {
        Some(b'1' | b'3') => (26..=35).contains(&b.len()) && base58check(b),
        Some(b'b' | b'B') => (14..=74).contains(&b.len()) && segwit(b),
        _ => false,
    }
}

/// A P2PKH (version 0) or P2SH (version 5) address: 25 bytes whose last four are the first
/// four of the double SHA-256 of the others.
fn base58check(s: &[u8]) -> bool {
    // Big-endian base-256 digits of the number, at most 25 bytes for a valid address.
    let mut num = [0u8; 25];
    for &c in s {
        let Some(mut carry) = BASE58.iter().position(|&d| d == c) else {
            return false;
        };
        for byte in num.iter_mut().rev() {
            carry += usize::from(*byte) * 58;
            *byte = (carry & 0xff) as u8;
            carry >>= 8;
        }
        if carry != 0 {
            return false;
        }
    }
    // Each leading '1' is a leading zero byte; the number must fill the rest exactly.
    let ones = s.iter().take_while(|&&c| c == b'1').count();
    let zeros = num.iter().take_while(|&&b| b == 0).count();
    if zeros != ones {
        return false;
    }
    if !matches!(num[0], 0 | 5) || (num[0] == 0) != (s[0] == b'1') {
        return false;
    }
    let check = Sha256::digest(Sha256::digest(&num[..21]));
    check[..4] == num[21..]
}

/// A segwit address: `bc1`, a witness version and program, and a bech32 checksum (version 0)
/// or bech32m checksum (versions 1 to 16). All one case.
fn segwit(s: &[u8]) -> bool {
    let lower = s.iter().all(|b| !b.is_ascii_uppercase());
    let upper = s.iter().all(|b| !b.is_ascii_lowercase());
    if !(lower || upper) || !s[..3].eq_ignore_ascii_case(b"bc1") {
        return false;
    }
    let mut data = Vec::with_capacity(s.len() - 3);
    for &c in &s[3..] {
        match BECH32.iter().position(|&d| d == c.to_ascii_lowercase()) {
            Some(v) => data.push(v as u8),
            None => return false,
        }
    }
    if data.len() < 7 {
        return false;
    }
    let mut values = vec![3, 3, 0, 2, 3]; // "bc" expanded: high bits, 0, low bits
    values.extend_from_slice(&data);
    let constant = match data[0] {
        0 => 1,
        1..=16 => 0x2bc8_30a3,
        _ => return false,
    };
    if polymod(&values) != constant {
        return false;
    }
    // The program: 5-bit groups after the version, without the six checksum groups.
    let groups = &data[1..data.len() - 6];
    let bits = groups.len() * 5;
    let program = bits / 8;
    // Leftover bits must be padding: fewer than 5, all zero.
    let pad = bits % 8;
    let last = groups.last().copied().unwrap_or(0);
    if pad >= 5 || last & ((1 << pad) - 1) != 0 {
        return false;
    }
    match data[0] {
        0 => program == 20 || program == 32,
        _ => (2..=40).contains(&program),
    }
}

/// The BCH checksum of BIP 173.
fn polymod(values: &[u8]) -> u32 {
    const GEN: [u32; 5] = [
        0x3b6a_57b2,
        0x2650_8e6d,
        0x1ea1_19fa,
        0x3d42_33dd,
        0x2a14_62b3,
    ];
    let mut chk: u32 = 1;
    for &v in values {
        let top = chk >> 25;
        chk = ((chk & 0x01ff_ffff) << 5) ^ u32::from(v);
        for (i, g) in GEN.iter().enumerate() {
            if (top >> i) & 1 == 1 {
                chk ^= g;
            }
        }
    }
    chk
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums_decide() {
        // Well-known addresses: the genesis block's, BIP 173's and BIP 350's examples.
        for good in [
            "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
            "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
            "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
            "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3",
            "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
        ] {
            assert!(is_address(good), "{good}");
        }
        for bad in [
            "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb",
            "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz",
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7KV8f3t4",
            "1111111111111111111111111111111111",
            "1234567890abcdefghijkmnopqrstuvwx",
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh",
        ] {
            assert!(!is_address(bad), "{bad}");
        }
    }
}
