import Foundation
import Testing
import AgencyCore

@Suite("UUID.version4(using:)")
struct RandomUUIDTests {
    @Test("version 4, RFC 4122 variant, from the generator's bits")
    func versionAndVariant() {
        var generator = SeededGenerator(seed: 1)
        for _ in 0..<1_000 {
            let text = UUID.version4(using: &generator).uuidString.lowercased()
            let characters = Array(text)
            #expect(characters[14] == "4", "\(text)")
            #expect("89ab".contains(characters[19]), "\(text)")
            #expect(text != UUID.unassigned.uuidString.lowercased())
        }
    }

    @Test("the same seed gives the same UUIDs, taken from two draws each")
    func determinism() {
        var a = SeededGenerator(seed: 99)
        var b = SeededGenerator(seed: 99)
        let first = (0..<100).map { _ in UUID.version4(using: &a) }
        #expect(first == (0..<100).map { _ in UUID.version4(using: &b) })
        #expect(Set(first).count == 100)

        var raw = SeededGenerator(seed: 99)
        let (high, low) = (raw.next(), raw.next())
        let expected = String(format: "%016llx%016llx", high, low)
        let hex = first[0].uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        // Every nibble except the version nibble (12) and the two variant bits (16) is the generator's.
        for (index, (x, y)) in zip(hex, expected).enumerated() where index != 12 && index != 16 {
            #expect(x == y, "nibble \(index)")
        }
        var replay = SeededGenerator(seed: 99)
        for _ in 0..<200 { _ = replay.next() }
        #expect(replay == a)
    }
}
