/// A small seeded generator, so property tests are random in shape but repeatable.
public struct SplitMix64: RandomNumberGenerator {
    public var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func int(below n: Int) -> Int { Int(next() % UInt64(n)) }

    /// `nil` one time in three, so absent values are written as `null` often.
    public mutating func maybe<T>(_ make: (inout SplitMix64) -> T) -> T? {
        int(below: 3) == 0 ? nil : make(&self)
    }
}
