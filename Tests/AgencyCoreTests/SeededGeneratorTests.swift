import Foundation
import Testing
import AgencyCore

@Suite("SeededGenerator")
struct SeededGeneratorTests {
    @Test("the same seed gives the same sequence; another seed another")
    func determinism() {
        var a = SeededGenerator(seed: 42)
        var b = SeededGenerator(seed: 42)
        var c = SeededGenerator(seed: 43)
        #expect(a == b)
        let first = (0..<1_000).map { _ in a.next() }
        #expect(first == (0..<1_000).map { _ in b.next() })
        #expect(first != (0..<1_000).map { _ in c.next() })
        #expect(a == b && a != c)
        #expect(Set(first).count == first.count)
    }

    /// Expected values from an independent transcription of the reference algorithms
    /// (splitmix64 seeding four words of xoshiro256**, prng.di.unimi.it), run in Python.
    static let referenceOutputs: [(seed: UInt64, outputs: [UInt64])] = [
        (0, [0x99EC_5F36_CB75_F2B4, 0xBF6E_1F78_4956_452A, 0x1A5F_849D_4933_E6E0]),
        (42, [0x1578_0B2E_0C2E_C716, 0x6104_D986_6D11_3A7E, 0xAE17_5332_39E4_99A1]),
    ]

    @Test("the sequence is stable across platforms and releases", arguments: referenceOutputs)
    func knownValues(_ seed: UInt64, _ expected: [UInt64]) {
        var generator = SeededGenerator(seed: seed)
        #expect((0..<expected.count).map { _ in generator.next() } == expected)
    }

    @Test("drives the standard library's random APIs deterministically")
    func standardLibrary() {
        var a = SeededGenerator(seed: 7)
        var b = SeededGenerator(seed: 7)
        #expect((0..<50).map { _ in Int.random(in: 0..<1_000, using: &a) } ==
            (0..<50).map { _ in Int.random(in: 0..<1_000, using: &b) })
        #expect(Array(0..<20).shuffled(using: &a) == Array(0..<20).shuffled(using: &b))
    }
}
