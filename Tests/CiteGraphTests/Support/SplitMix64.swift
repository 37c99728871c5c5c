/// A small seeded generator, so property tests are random in shape but repeatable.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(below n: Int) -> Int { Int(next() % UInt64(n)) }

    /// `nil` one time in three, so absent values are written as `null` often.
    mutating func maybe<T>(_ make: (inout SplitMix64) -> T) -> T? {
        int(below: 3) == 0 ? nil : make(&self)
    }
}
