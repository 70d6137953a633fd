import Testing
import AgencyCore

@Suite struct TimestampTests {
    @Test func parsesMicroseconds() throws {
        let t = try Timestamp(parsing: "2026-01-23T10:15:30.123456+00:00")
        #expect(t.postgresText == "2026-01-23T10:15:30.123456+00:00")
    }
}
