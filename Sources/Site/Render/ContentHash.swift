/// A short, stable fingerprint of bytes (64-bit FNV-1a, hex), used to name assets so
/// browsers can cache them forever and a changed file gets a new name.
enum ContentHash {
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let text = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
