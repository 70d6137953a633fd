import Foundation
import Testing
import AgencyCore

@Suite("Timestamp round trip")
struct TimestampRoundTripTests {
    @Test("microsecond values survive encode → decode → encode unchanged (seeded, years 1–9999)")
    func valuesRoundTrip() throws {
        var generator = SeededGenerator(seed: Seeds.timestamps ^ 1)
        var values: [Timestamp] = [Timestamp(microsecondsSinceEpoch: Range4DigitYears.first),
                                   Timestamp(microsecondsSinceEpoch: Range4DigitYears.last),
                                   Timestamp(microsecondsSinceEpoch: -1), .unassigned]
        for _ in 0..<2_000 {
            values.append(Timestamp(microsecondsSinceEpoch: Int64.random(
                in: Range4DigitYears.first...Range4DigitYears.last, using: &generator)))
        }
        for value in values {
            let json = try agencyJSON(Box(value: value))
            let decoded = try agencyDecode(Box<Timestamp>.self, json)
            #expect(decoded.value == value, "\(json)")
            #expect(try agencyJSON(decoded) == json)
        }
    }

    @Test("any accepted spelling decodes → encodes → decodes to the same instant (seeded)")
    func spellingsRoundTrip() throws {
        var generator = SeededGenerator(seed: Seeds.timestamps ^ 2)
        for _ in 0..<1_000 {
            let (year, month) = (generator.int(in: 1...9999), generator.int(in: 1...12))
            let day = generator.int(in: 1...28)
            let (hour, minute, second) = (generator.int(in: 0...23), generator.int(in: 0...59), generator.int(in: 0...59))
            let micros = generator.chance(0.2) ? 0 : generator.int(in: 0...999_999)
            let offsetMinutes = generator.chance(0.3) ? 0 : generator.int(in: -959...959)
            var text = String(format: "%04d-%02d-%02d", year, month, day)
            text += generator.pick(["T", " ", "t"]) + String(format: "%02d:%02d:%02d", hour, minute, second)
            if micros != 0 || generator.chance(0.3) {
                let digits = generator.int(in: 6...9)
                text += "." + String(format: "%06d", micros) + String(repeating: "0", count: digits - 6)
            }
            text += Self.offsetText(minutes: offsetMinutes, style: generator.int(in: 0...4))
            let local = try #require(Timestamp(year: year, month: month, day: day, hour: hour, minute: minute,
                                               second: second, microsecond: micros))
            let expected = local.adding(minutes: -offsetMinutes)

            let decoded = try agencyDecode(Box<Timestamp>.self, #"{"value":"\#(text)"}"#)
            #expect(decoded.value == expected, "\(text)")
            let encoded = try agencyJSON(decoded)
            #expect(encoded == #"{"value":"\#(expected.postgresText)"}"#)
            #expect(try agencyDecode(Box<Timestamp>.self, encoded) == decoded)
        }
    }

    /// `Z`, `±HH:MM`, `±HHMM`, `±HH` (whole hours only) or nothing (UTC only).
    static func offsetText(minutes: Int, style: Int) -> String {
        let sign = minutes < 0 ? "-" : "+"
        let (hours, rest) = (abs(minutes) / 60, abs(minutes) % 60)
        switch style {
        case 0: return minutes == 0 ? "Z" : sign + String(format: "%02d:%02d", hours, rest)
        case 1: return sign + String(format: "%02d%02d", hours, rest)
        case 2 where rest == 0: return sign + String(format: "%02d", hours)
        case 3 where minutes == 0: return ""
        default: return sign + String(format: "%02d:%02d", hours, rest)
        }
    }
}
