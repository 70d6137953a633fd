import Foundation
import AgencyCore

/// Seeds used by the property tests, so every run checks the same cases.
enum Seeds {
    static let timestamps: UInt64 = 0x7157_A3E1
    static let dates: UInt64 = 0xDA7E
    static let keyset: UInt64 = 0x4E75_E7
    static let values: UInt64 = 0x5A1_0E
}

extension SeededGenerator {
    /// An integer in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// `true` with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }

    /// One of `options`.
    mutating func pick<T>(_ options: [T]) -> T { options[int(in: 0...(options.count - 1))] }
}
